import type { NonEmptyArray } from 'type-graphql';
import { RevenueResolver } from './revenue/revenue.resolver.js';
import { CustomerRfmResolver, RfmResolver } from './rfm/rfm.resolver.js';
import { AnalyticsSettingsResolver } from './settings/analytics-settings.resolver.js';

/** Every resolver of the analytics module (scope analytics:read unless noted). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ANALYTICS_RESOLVERS: NonEmptyArray<Function> = [AnalyticsSettingsResolver, RfmResolver, CustomerRfmResolver, RevenueResolver];
