import { sql, type SqlFragment } from '../../../common/sql-fragment.js';
import type { SqlRunner } from '../../../db/sql-runner.js';
import { toDate } from '../../../db/sql-runner.js';
import { INTERVAL_SQL } from '../metric/metric.enums.js';
import type { SeriesRow } from '../metric/metric-series.js';
import type { MetricWindow } from '../metric/metric-window.js';

export interface CalendarBucket {
  start: Date;
  end: Date;
}

/**
 * The local calendar buckets of the window (the same ones `seriesSql` lists), plus `before`
 * buckets ahead of the first. Customer metrics read them first and pass their edges back as a
 * constant `timestamptz[]`, so each order finds its bucket with `width_bucket` (a binary search
 * on a constant) instead of a time-zone conversion per row.
 */
export async function calendarBuckets(runner: SqlRunner, window: MetricWindow, before = 0): Promise<CalendarBucket[]> {
  const { unit, step } = INTERVAL_SQL[window.interval];
  const zone = window.timeZone;
  const rows = await runner.query<{ start: unknown; end: unknown }>(sql`
    select b at time zone ${zone} as start, (b + ${step}::interval) at time zone ${zone} as end
      from generate_series(date_trunc(${unit}, ${window.from}::timestamptz at time zone ${zone}) - ${step}::interval * ${before}::int,
                           (${window.to}::timestamptz - interval '1 microsecond') at time zone ${zone},
                           ${step}::interval) b
     order by b`);
  return rows.map((row) => ({ start: toDate(row.start) as Date, end: toDate(row.end) as Date }));
}

/** Sorted, distinct instants, as the thresholds of `width_bucket`. */
export function thresholds(instants: Date[]): Date[] {
  return [...new Set(instants.map((instant) => instant.getTime()))].sort((a, b) => a - b).map((time) => new Date(time));
}

/** `width_bucket(column, thresholds)`: how many thresholds are ≤ the value (0 before the first). */
export function positionOf(column: SqlFragment, edges: Date[]): SqlFragment {
  return sql`width_bucket(${column}, ${edges}::timestamptz[])`;
}

/**
 * Rows in the shape `assembleSeries` takes: every bucket for every group that has data, or
 * every bucket without data when no group has any. Customer metrics compute their figures per
 * (group, bucket) in the service, from a few aggregated rows.
 */
export function bucketRows(buckets: CalendarBucket[], groups: (string | null)[]): SeriesRow[] {
  if (groups.length === 0) return buckets.map(({ start, end }) => ({ bucket_start: start, bucket_end: end, has_data: false, group_key: null }));
  return buckets.flatMap(({ start, end }) => groups.map((group) => ({ bucket_start: start, bucket_end: end, has_data: true, group_key: group })));
}
