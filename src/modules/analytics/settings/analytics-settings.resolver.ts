import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../context.js';
import { AnalyticsSettingsService } from './analytics-settings.service.js';
import { AnalyticsSettingsInput, AnalyticsSettingsType } from './analytics-settings.types.js';

@Resolver()
export class AnalyticsSettingsResolver {
  @Authorized('analytics:read')
  @Query(() => AnalyticsSettingsType, { description: "The tenant's analytics settings: churn window, sample threshold, SLA targets, RFM map, lead-score rules." })
  analyticsSettings(@Ctx() context: RequestContext): AnalyticsSettingsType {
    return new AnalyticsSettingsService(context).current();
  }

  @Authorized('admin')
  @Mutation(() => AnalyticsSettingsType, { description: 'Changes analytics settings; every value is validated and nothing is saved when one is refused.' })
  updateAnalyticsSettings(@Arg('input', () => AnalyticsSettingsInput) input: AnalyticsSettingsInput, @Ctx() context: RequestContext) {
    return new AnalyticsSettingsService(context).update(input);
  }
}
