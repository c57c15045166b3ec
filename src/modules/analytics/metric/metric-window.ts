import type { SqlFragment } from '../../../common/sql-fragment.js';
import type { FieldError } from '../../../common/errors.js';
import { throwIfInvalid } from '../../../common/errors.js';
import { isTimeZone } from '../../tenant/tenant.service.js';
import { INTERVAL_SQL, Interval, type MetricDimension } from './metric.enums.js';
import type { MetricFilter, MetricInput } from './metric.input.js';

export const DAY_MS = 86_400_000;
export const DEFAULT_WINDOW_DAYS = 365;
/** A series longer than this is refused: no chart needs it and it would be slow to build. */
export const MAX_SERIES_POINTS = 1000;
const MAX_FILTER_VALUES = 100;

/** A metric query with every default applied and every value checked. */
export interface MetricWindow {
  /** Window start, inclusive. */
  from: Date;
  /** Window end, exclusive: buckets run to here. */
  to: Date;
  asOf: Date;
  /** Where data stops: the earlier of `to` and `asOf`. */
  dataEnd: Date;
  interval: Interval;
  timeZone: string;
  groupBy: MetricDimension | null;
  filter: MetricFilter;
  /** The period of the same length just before `from`, for "previous period" comparisons. */
  previous: { from: Date; to: Date };
  /**
   * (customer_id, segment) of every buyer as of asOf, when the breakdown or filter uses RFM
   * segments: prepared by `analyticsWindow` (analytics-request.ts), which may build a base.
   */
  rfmMembership?: SqlFragment;
  /**
   * (customer_id, segment_id, segment) of the saved segments' members at asOf, when the
   * breakdown or filter uses saved segments (analytics-request.ts prepares it).
   */
  savedSegmentMembership?: SqlFragment;
}

/**
 * Applies the defaults of METRICS.md (window = the 365 days ending at asOf, the tenant's time
 * zone) and refuses inputs that cannot be answered, naming the field.
 */
export function resolveMetricWindow(input: MetricInput | null | undefined, tenantTimeZone: string, now = new Date(), path = 'input'): MetricWindow {
  const errors: FieldError[] = [];
  const value = input ?? {};
  const asOf = value.asOf ?? now;
  const to = value.to ?? asOf;
  const from = value.from ?? new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
  const interval = value.interval ?? Interval.MONTH;
  const timeZone = value.timeZone ?? tenantTimeZone;
  for (const [name, date] of [['asOf', asOf], ['from', from], ['to', to]] as const) {
    if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 2200) {
      errors.push({ field: `${path}.${name}`, message: 'must be a date-time between the years 1900 and 2200' });
    }
  }
  if (from.getTime() >= to.getTime()) errors.push({ field: `${path}.from`, message: 'must be before `to`' });
  if (!isTimeZone(timeZone)) errors.push({ field: `${path}.timeZone`, message: `"${timeZone}" is not an IANA time zone` });
  const points = (to.getTime() - from.getTime()) / (INTERVAL_SQL[interval].approximateDays * DAY_MS);
  if (points > MAX_SERIES_POINTS) {
    errors.push({ field: `${path}.interval`, message: `gives about ${Math.ceil(points)} points for this window; at most ${MAX_SERIES_POINTS} are allowed, choose a longer interval or a shorter window` });
  }
  const filter = value.filter ?? {};
  for (const [name, list] of Object.entries(filter) as [keyof MetricFilter, string[] | null | undefined][]) {
    if (!list) continue;
    if (list.length > MAX_FILTER_VALUES) errors.push({ field: `${path}.filter.${name}`, message: `must list at most ${MAX_FILTER_VALUES} values` });
    if (list.some((item) => typeof item !== 'string' || item.length === 0 || item.length > 200)) {
      errors.push({ field: `${path}.filter.${name}`, message: 'values must be 1 to 200 characters' });
    }
  }
  throwIfInvalid(errors);
  const length = to.getTime() - from.getTime();
  return {
    from,
    to,
    asOf,
    dataEnd: new Date(Math.min(to.getTime(), asOf.getTime())),
    interval,
    timeZone,
    groupBy: value.groupBy ?? null,
    filter,
    previous: { from: new Date(from.getTime() - length), to: from },
  };
}
