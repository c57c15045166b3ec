import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { analyticsOf } from '../analytics-request.js';
import { MetricInput } from '../metric/metric.input.js';
import { GrowthService } from './growth.service.js';
import { CustomerGrowthResult, LifecycleResult, RepeatPurchaseResult, RepeatPurchaseSeries, RepeatPurchaseTotal } from './growth.types.js';

function growthService(context: RequestContext): GrowthService {
  const analytics = analyticsOf(context);
  return new GrowthService(context, analytics.settings.churnWindowDays, analytics.totals);
}

@Resolver()
export class GrowthResolver {
  @Authorized('analytics:read')
  @Query(() => CustomerGrowthResult, {
    description: 'Per period [s, e): new customers N, active base S = B(s) and E = B(e), growth = (E − S) / S, CRR = (E − N) / S, churn = 1 − CRR; B(t) = buyers with a completed order in [t − churnWindowDays, t).',
  })
  customerGrowth(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<CustomerGrowthResult> {
    return growthService(context).customerGrowth(input);
  }

  @Authorized('analytics:read')
  @Query(() => RepeatPurchaseResult, { description: 'Repeat purchase rate = buyers with ≥ 2 completed orders in the period / buyers with ≥ 1, per bucket and for the window.' })
  repeatPurchaseRate(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<RepeatPurchaseResult> {
    return growthService(context).repeatPurchaseRate(input);
  }

  @Authorized('analytics:read')
  @Query(() => LifecycleResult, {
    description:
      'Per whole calendar bucket (active = a completed order in it): new (acquired in it), returning (active in it and the previous bucket), resurrecting (active, not in the previous, acquired earlier), dormant (−(active in the previous, not in it)).',
  })
  lifecycle(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<LifecycleResult> {
    return growthService(context).lifecycle(input);
  }
}

// Field resolvers, so a dashboard tile asking only for the window's rate reads the per-customer
// totals and not a year of orders per bucket.
@Resolver(() => RepeatPurchaseResult)
export class RepeatPurchaseResolver {
  @FieldResolver(() => [RepeatPurchaseSeries])
  series(@Root() result: RepeatPurchaseResult, @Ctx() context: RequestContext): Promise<InstanceType<typeof RepeatPurchaseSeries>[]> {
    return growthService(context).repeatPurchaseSeries(result);
  }

  @FieldResolver(() => RepeatPurchaseTotal, { description: 'The window as one period (filter applied, no breakdown).' })
  total(@Root() result: RepeatPurchaseResult, @Ctx() context: RequestContext): Promise<RepeatPurchaseTotal> {
    return growthService(context).repeatPurchaseTotal(result);
  }
}
