import DataLoader from 'dataloader';
import { throwIfInvalid } from '../../common/errors.js';
import { perRequest } from '../../common/per-request.js';
import { isUuid } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { segmentMembershipAtSql } from '../segment/segment-history.query.js';
import { CustomerTotalsService } from './customer-totals/customer-totals.service.js';
import { MetricDimension } from './metric/metric.enums.js';
import type { MetricInput } from './metric/metric.input.js';
import { resolveMetricWindow, type MetricWindow } from './metric/metric-window.js';
import { RfmService } from './rfm/rfm.service.js';
import type { RfmScore } from './rfm/rfm.types.js';
import { effectiveSettings, type AnalyticsSettings } from './settings/analytics-settings.js';

/** What the analytics resolvers of one request share: settings, services, per-date loaders. */
export interface AnalyticsRequest {
  settings: AnalyticsSettings;
  timeZone: string;
  rfm: RfmService;
  /** Per-customer order totals, a base checked once per request and reused by every metric. */
  totals: CustomerTotalsService;
  /** `Customer.rfm(asOf)` for many customers in one statement per distinct asOf. */
  rfmScoreLoader(asOf: Date | null | undefined): DataLoader<string, RfmScore | null>;
}

export const analyticsOf = perRequest('analytics', (context: RequestContext): AnalyticsRequest => {
  const tenant = context.auth.tenant;
  const totals = new CustomerTotalsService(context);
  const rfm = new RfmService(context, tenant.settings, tenant.timeZone, totals);
  const rfmLoaders = new Map<string, DataLoader<string, RfmScore | null>>();
  // "now" is fixed once per request so every customer of a page is scored as of the same instant.
  const requestTime = new Date();
  return {
    settings: effectiveSettings(tenant.settings.analytics),
    timeZone: tenant.timeZone,
    rfm,
    totals,
    rfmScoreLoader(asOf) {
      const instant = asOf ?? requestTime;
      const key = instant.toISOString();
      let loader = rfmLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids: readonly string[]) => {
          const scores = await rfm.scoresOf(ids, instant);
          return ids.map((id) => scores.get(id) ?? null);
        });
        rfmLoaders.set(key, loader);
      }
      return loader;
    },
  };
});

/**
 * A metric input resolved in the tenant's zone (resolveMetricWindow), with the RFM membership
 * prepared when the breakdown or the filter uses RFM segments, or when `withRfm` asks for it.
 */
export async function analyticsWindow(
  context: RequestContext,
  input: MetricInput | null | undefined,
  options: { withRfm?: boolean; now?: Date; path?: string } = {},
): Promise<MetricWindow> {
  const analytics = analyticsOf(context);
  const window = resolveMetricWindow(input, analytics.timeZone, options.now, options.path);
  if (options.withRfm || window.groupBy === MetricDimension.RFM_SEGMENT || window.filter.rfmSegments?.length) {
    window.rfmMembership = await analytics.rfm.membershipSql(window.asOf, input?.asOf != null);
  }
  if (window.groupBy === MetricDimension.SAVED_SEGMENT || window.filter.segmentIds?.length) {
    const segmentIds = window.filter.segmentIds?.length ? await knownSegmentIds(context, window.filter.segmentIds, options.path ?? 'input') : null;
    // A breakdown over every segment reads them all; a filter alone reads only its own.
    const scope = window.groupBy === MetricDimension.SAVED_SEGMENT ? null : segmentIds;
    window.savedSegmentMembership = segmentMembershipAtSql(context.tenantId, window.asOf, scope);
  }
  return window;
}


/** The filter's segment ids, each checked to be a segment of the tenant. */
async function knownSegmentIds(context: RequestContext, ids: readonly string[], path: string): Promise<string[]> {
  const valid = ids.filter((id) => isUuid(id));
  const rows = await context.sql.rows<{ id: string }>('select id from segment where tenant_id = ? and id = any(?::uuid[])', [context.tenantId, valid]);
  const known = new Set(rows.map((row) => row.id));
  const errors = ids.flatMap((id, index) =>
    known.has(id.toLowerCase()) ? [] : [{ field: `${path}.filter.segmentIds[${index}]`, message: isUuid(id) ? `the tenant has no segment ${id}` : 'is not a valid segment id (a UUID)' }],
  );
  throwIfInvalid(errors);
  return ids.map((id) => id.toLowerCase());
}
