import type { TenantScope } from '../../../context.js';
import { ratio } from '../../analytics/metric/metric-series.js';
import { effectiveSettings, type AnalyticsSettings } from '../../analytics/settings/analytics-settings.js';
import type { EvidenceMeasureKey } from '../model/maturity-model.types.js';
import {
  activeApiKeyLevel,
  activeSegmentLevel,
  advocacyLevel,
  closedLoopLevel,
  clvReadinessLevel,
  coverageLevel,
  feedbackVolumeLevel,
  freshBehaviouralSegmentLevel,
  lifecycleMeasurabilityLevel,
} from './evidence-levels.js';
import { EVIDENCE_MEASURES, evidenceSql, RECENT_DAYS, tenantSettingsSql } from './maturity-evidence.query.js';

/** What the tenant's data says about one measure at one instant. */
export interface EvidenceObservation {
  measure: EvidenceMeasureKey;
  /** The measure's headline figure (a share, a count, months, hours, an NPS); null when it cannot be computed. */
  value: number | null;
  /** The counts behind the value, for the report. */
  detail: Record<string, number | string | boolean | null>;
  /** The window the value covers, in days before observedAt; null when it has none (all history, all customers). */
  windowDays: number | null;
  /** The instant the data was read as of. */
  observedAt: Date;
  /** e ∈ {0, .25, .5, .75, 1}; null = no evidence, which never counts against the answer. */
  level: number | null;
}

/** The figures of one measure as its query returns them (maturity-evidence.query.ts). */
type Figures = Record<string, number | boolean | null>;

interface MeasureContext {
  settings: AnalyticsSettings;
  /** A completed order in the last 35 days: without one, the measures over buyers have no evidence. */
  recentOrders: boolean;
}

type Reading = Pick<EvidenceObservation, 'value' | 'detail' | 'windowDays' | 'level'>;

/**
 * The evidence of every measure, in the order of EvidenceMeasureKey, as of `asOf`: two
 * statements, the tenant's settings (churn window, response targets) and every figure.
 */
export async function observeEvidence(scope: TenantScope, asOf: Date): Promise<EvidenceObservation[]> {
  const [tenant] = await scope.sql.query<{ settings: { analytics?: unknown } | null }>(tenantSettingsSql(scope.tenantId));
  const settings = effectiveSettings(tenant?.settings?.analytics);
  const [row] = await scope.sql.query<Record<EvidenceMeasureKey, Figures>>(
    evidenceSql({
      tenantId: scope.tenantId,
      asOf,
      churnWindowDays: settings.churnWindowDays,
      targets: { complaintSlaHours: settings.complaintSlaHours, detractorSlaHours: settings.detractorSlaHours },
    }),
  );
  const context: MeasureContext = { settings, recentOrders: count(row.ORDERS_WITH_CHANNEL_SHARE.recent) > 0 };
  return EVIDENCE_MEASURES.map((measure) => ({ measure, ...READERS[measure](row[measure], context), observedAt: asOf }));
}

const READERS: Record<EvidenceMeasureKey, (figures: Figures, context: MeasureContext) => Reading> = {
  CONTACTABLE_CUSTOMER_SHARE: (figures) => {
    const customers = count(figures.customers);
    const contactable = count(figures.contactable);
    return measured(ratio(contactable, customers), count(figures.recent) > 0, coverageLevel, { customers, contactable }, null);
  },

  ORDERS_WITH_CHANNEL_SHARE: (figures) => {
    const orders = count(figures.orders);
    const withChannel = count(figures.with_channel);
    return measured(ratio(withChannel, orders), count(figures.recent) > 0, coverageLevel, { orders, withChannel }, 90);
  },

  BUYERS_WITH_EXTERNAL_ID_SHARE: (figures, { settings, recentOrders }) =>
    buyerCoverage(figures, 'linked', 'linkedBuyers', recentOrders, settings.churnWindowDays),

  FRESH_BEHAVIOURAL_SEGMENT_COVERAGE: (figures, { recentOrders }) => {
    const activeBuyers = count(figures.active_buyers);
    const scoredBuyers = count(figures.scored);
    const freshSegments = count(figures.fresh_segments);
    return measured(ratio(scoredBuyers, activeBuyers), recentOrders, (share) => freshBehaviouralSegmentLevel(freshSegments, share), { freshSegments, activeBuyers, scoredBuyers }, RECENT_DAYS);
  },

  ACTIVE_SEGMENT_COUNT: (figures) => {
    const segments = count(figures.segments);
    return { value: segments, detail: { segments }, windowDays: RECENT_DAYS, level: activeSegmentLevel(segments) };
  },

  LIFECYCLE_MEASURABILITY: (figures) => {
    const historyMonths = numberOrNull(figures.history_months);
    const segments = count(figures.segments);
    return { value: historyMonths, detail: { historyMonths, segments }, windowDays: null, level: historyMonths === null ? null : lifecycleMeasurabilityLevel(historyMonths, segments) };
  },

  CONSENT_COVERAGE: (figures, { settings, recentOrders }) => buyerCoverage(figures, 'with_consent', 'buyersWithConsent', recentOrders, settings.churnWindowDays),

  LEAD_SCORE_OR_JOURNEY_COVERAGE: (figures) => buyerCoverage(figures, 'tracked', 'buyersWithTouchpoint', figures.recent === true, 30),

  UNIFIED_PROFILE_COVERAGE: (figures, { settings, recentOrders }) => buyerCoverage(figures, 'unified', 'unifiedBuyers', recentOrders, settings.churnWindowDays),

  FEEDBACK_VOLUME_AND_STAGES: (figures) => {
    const answers = count(figures.answers);
    const stages = count(figures.stages);
    const activeBuyers = count(figures.active_buyers);
    return measured(ratio(answers, activeBuyers), count(figures.recent) > 0, (perBuyer) => feedbackVolumeLevel(perBuyer, stages), { answers, stages, activeBuyers }, 90);
  },

  CLOSED_LOOP_RESPONSE: (figures) => {
    const cases = count(figures.cases);
    const medianHours = numberOrNull(figures.median_hours);
    const withinSla = ratio(count(figures.within_sla), cases);
    const level = count(figures.recent) > 0 && withinSla !== null ? closedLoopLevel(medianHours, withinSla) : null;
    return { value: medianHours, detail: { cases, answered: count(figures.answered), medianHours, withinSla }, windowDays: 90, level };
  },

  ACTIVE_API_KEYS: (figures) => {
    const keys = count(figures.keys);
    return { value: keys, detail: { keys }, windowDays: 7, level: activeApiKeyLevel(keys) };
  },

  PREDICTIVE_TAG_COVERAGE: (figures) => buyerCoverage(figures, 'tagged', 'taggedBuyers', figures.recent === true, RECENT_DAYS),

  CLV_READINESS: (figures) => {
    const historyMonths = numberOrNull(figures.history_months);
    const customerValueQueried = figures.customer_value_queried === true;
    return { value: historyMonths, detail: { historyMonths, customerValueQueried }, windowDays: null, level: historyMonths === null ? null : clvReadinessLevel(historyMonths, customerValueQueried) };
  },

  ADVOCACY_NPS: (figures) => {
    const answers = count(figures.answers);
    const promoters = count(figures.promoters);
    const detractors = count(figures.detractors);
    const newBuyers = count(figures.new_buyers);
    const referredNewBuyers = count(figures.referred_new_buyers);
    const nps = answers > 0 ? (100 * (promoters - detractors)) / answers : null;
    const detail = { answers, promoters, detractors, newBuyers, referredNewBuyers, referredShare: ratio(referredNewBuyers, newBuyers) };
    return measured(nps, count(figures.recent) > 0, advocacyLevel, detail, 90);
  },
};

/**
 * A measure whose level comes from its value by `band`: no evidence when there is no recent
 * data, or when the value cannot be computed (no active buyer to divide by, say).
 */
function measured(value: number | null, recent: boolean, band: (value: number) => number, detail: EvidenceObservation['detail'], windowDays: number | null): Reading {
  return { value, detail, windowDays, level: recent && value !== null ? band(value) : null };
}

/** A share of the active buyers (`column` counts those that qualify, shown as `name`), with the coverage bands. */
function buyerCoverage(figures: Figures, column: string, name: string, recent: boolean, windowDays: number): Reading {
  const activeBuyers = count(figures.active_buyers);
  const qualifying = count(figures[column]);
  return measured(ratio(qualifying, activeBuyers), recent, coverageLevel, { activeBuyers, [name]: qualifying }, windowDays);
}

function count(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
