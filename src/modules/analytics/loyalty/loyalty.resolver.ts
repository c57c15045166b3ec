import { Arg, Authorized, Ctx, Float, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { analyticsOf } from '../analytics-request.js';
import { MetricInput } from '../metric/metric.input.js';
import { DEFAULT_TOP_PERCENTS, MAX_TOP_PERCENTS } from './loyalty-math.js';
import { LoyaltyService } from './loyalty.service.js';
import { CustomerValueResult, ShareOfWalletResult, TenureResult, ValueConcentrationResult } from './loyalty.types.js';

function loyaltyOf(context: RequestContext): LoyaltyService {
  const analytics = analyticsOf(context);
  return new LoyaltyService(context, analytics.settings, analytics.totals);
}

@Resolver()
export class LoyaltyResolver {
  @Authorized('analytics:read')
  @Query(() => TenureResult, { description: 'Tenure = days from acquisition to the last completed order (churned buyers) or to asOf (active); mean, median, p90.' })
  tenure(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<TenureResult> {
    return loyaltyOf(context).tenure(input);
  }

  @Authorized('analytics:read')
  @Query(() => ShareOfWalletResult, { description: 'Share of wallet = revenue in the window / walletEstimate (capped at 1), mean over buyers with an estimate; coverage = their share of buyers.' })
  shareOfWallet(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<ShareOfWalletResult> {
    return loyaltyOf(context).shareOfWallet(input);
  }

  @Authorized('analytics:read')
  @Query(() => ValueConcentrationResult, { description: 'Top-k share = revenue of the top k% of buyers / revenue in the window; Lorenz curve, Gini, heavy/medium/light tiers.' })
  valueConcentration(
    @Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null,
    @Arg('topPercents', () => [Float], { defaultValue: DEFAULT_TOP_PERCENTS, description: `k values in (0, 100], at most ${MAX_TOP_PERCENTS}.` }) topPercents: number[],
    @Ctx() context: RequestContext,
  ): Promise<ValueConcentrationResult> {
    return loyaltyOf(context).valueConcentration(input, topPercents);
  }

  @Authorized('analytics:read')
  @Query(() => CustomerValueResult, { description: 'Historic value = revenue per buyer to asOf; simple CLV = AOV × orders per buyer per year × min(10, 1 / annual churn rate).' })
  customerValue(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<CustomerValueResult> {
    return loyaltyOf(context).customerValue(input);
  }
}
