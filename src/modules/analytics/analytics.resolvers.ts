import type { NonEmptyArray } from 'type-graphql';
import { CohortResolver } from './cohort/cohort.resolver.js';
import { FeedbackOpsResolver } from './feedback-ops/feedback-ops.resolver.js';
import { GrowthResolver, RepeatPurchaseResolver } from './growth/growth.resolver.js';
import { JourneyAnalyticsResolver } from './journey-analytics/journey-analytics.resolver.js';
import { LeadScoreResolver } from './lead-score/lead-score.resolver.js';
import { LoyaltyResolver } from './loyalty/loyalty.resolver.js';
import { NpsResolver } from './nps/nps.resolver.js';
import { RevenueResolver } from './revenue/revenue.resolver.js';
import { CustomerRfmResolver, RfmResolver, RfmScoreCustomerResolver } from './rfm/rfm.resolver.js';
import { AnalyticsSettingsResolver } from './settings/analytics-settings.resolver.js';

/** Every resolver of the analytics module (scope analytics:read unless noted). */
export const ANALYTICS_RESOLVERS: NonEmptyArray<Function> = [
  AnalyticsSettingsResolver,
  RfmResolver,
  CustomerRfmResolver,
  RfmScoreCustomerResolver,
  RevenueResolver,
  NpsResolver,
  FeedbackOpsResolver,
  GrowthResolver,
  RepeatPurchaseResolver,
  CohortResolver,
  LoyaltyResolver,
  LeadScoreResolver,
  JourneyAnalyticsResolver,
];
