import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { MetricInput } from '../metric/metric.input.js';
import { RevenueService } from './revenue.service.js';
import { RevenueResult } from './revenue.types.js';

@Resolver()
export class RevenueResolver {
  @Authorized('analytics:read')
  @Query(() => RevenueResult, { description: 'Revenue = Σ completed order amounts, orders = their count, AOV = revenue / orders, per bucket and for the window.' })
  revenue(@Arg('input', () => MetricInput, { nullable: true }) input: MetricInput | null, @Ctx() context: RequestContext): Promise<RevenueResult> {
    return new RevenueService(context).revenue(input);
  }
}
