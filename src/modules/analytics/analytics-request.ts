import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.js';
import { RfmService } from './rfm/rfm.service.js';
import type { RfmScore } from './rfm/rfm.types.js';
import { effectiveSettings, type AnalyticsSettings } from './settings/analytics-settings.js';

/** What the analytics resolvers of one request share: settings, services, per-date loaders. */
export interface AnalyticsRequest {
  settings: AnalyticsSettings;
  timeZone: string;
  rfm: RfmService;
  /** `Customer.rfm(asOf)` for many customers in one statement per distinct asOf. */
  rfmScoreLoader(asOf: Date | null | undefined): DataLoader<string, RfmScore | null>;
}

// Keyed by the request's context object, so nothing outlives or crosses a request.
const perRequest = new WeakMap<RequestContext, AnalyticsRequest>();

export function analyticsOf(context: RequestContext): AnalyticsRequest {
  let request = perRequest.get(context);
  if (!request) {
    const tenant = context.auth.tenant;
    const rfm = new RfmService(context, tenant.settings, tenant.timeZone);
    const rfmLoaders = new Map<string, DataLoader<string, RfmScore | null>>();
    // "now" is fixed once per request so every customer of a page is scored as of the same instant.
    const requestTime = new Date();
    request = {
      settings: effectiveSettings(tenant.settings.analytics),
      timeZone: tenant.timeZone,
      rfm,
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
    perRequest.set(context, request);
  }
  return request;
}
