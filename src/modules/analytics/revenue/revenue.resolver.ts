import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { MetricInput } from '../metric/metric.input.js';
import { RevenueService } from './revenue.service.js';
import { RevenueResult, RevenueTotals } from './revenue.types.js';

@Resolver(() => RevenueResult)
export class RevenueResolver {
  @Authorized('analytics:read')
  @Query(() => RevenueResult, { description: 'Revenue = Σ completed order amounts, orders = their count, AOV = revenue / orders, per bucket and for the window.' })
  revenue(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<RevenueResult> {
    return new RevenueService(context).revenue(input);
  }

  // A field resolver, so a dashboard asking only for the series does not pay for two more
  // periods of orders.
  @FieldResolver(() => RevenueTotals, { description: 'Totals over the whole window (filter applied, no breakdown).' })
  totals(@Root() result: RevenueResult, @Ctx() context: RequestContext): Promise<RevenueTotals> {
    return new RevenueService(context).totals(result);
  }
}
