import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { analyticsOf } from '../analytics-request.js';
import { CohortService } from './cohort.service.js';
import { CohortInput, CohortResult } from './cohort.types.js';

@Resolver()
export class CohortResolver {
  @Authorized('analytics:read')
  @Query(() => CohortResult, {
    description: 'Acquisition cohorts by month or week: for offset k, retention = members with a completed order in period k / size (k = 0 is 1), revenue per member = their revenue in period k / size.',
  })
  cohorts(@Arg('input', () => CohortInput, { nullable: true }) input: CohortInput | null, @Ctx() context: RequestContext): Promise<CohortResult> {
    return new CohortService(context, analyticsOf(context).timeZone).cohorts(input);
  }
}
