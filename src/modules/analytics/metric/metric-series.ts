import { sql, type SqlFragment } from '../../../common/sql-fragment.js';
import { toDate } from '../../../db/sql-runner.js';
import { INTERVAL_SQL } from './metric.enums.js';
import type { MetricWindow } from './metric-window.js';

/** The local calendar buckets of the window, as local timestamps in order (generate_series). */
function localBucketsSql(window: MetricWindow): SqlFragment {
  const { unit, step } = INTERVAL_SQL[window.interval];
  const zone = window.timeZone;
  return sql`generate_series(date_trunc(${unit}, ${window.from}::timestamptz at time zone ${zone}),
                             (${window.to}::timestamptz - interval '1 microsecond') at time zone ${zone},
                             ${step}::interval)`;
}

/** The instants the window's buckets start at, as one array (an InitPlan: computed once per statement). */
function bucketStartsSql(window: MetricWindow): SqlFragment {
  return sql`(select array_agg(b at time zone ${window.timeZone} order by b) from ${localBucketsSql(window)} b)`;
}

/**
 * The position (1, 2, …) of the local calendar bucket a time column falls in, in the query's
 * time zone: a binary search of the bucket starts (width_bucket) instead of a time-zone
 * conversion per row, which cost most of a series over a year of orders. The column must lie
 * in [from, to).
 */
export function bucketOf(column: SqlFragment, window: MetricWindow): SqlFragment {
  return sql`width_bucket(${column}, ${bucketStartsSql(window)})`;
}

/** The instant the local calendar bucket of a time column starts at (column in [from, to)). */
export function bucketStartOf(column: SqlFragment, window: MetricWindow): SqlFragment {
  return sql`${bucketStartsSql(window)}[${bucketOf(column, window)}]`;
}

/**
 * Wraps a facts query (which must output `bucket`, from `bucketOf`, and `group_key`) so every
 * bucket of the window comes back, with the facts of the buckets that have any. Charts then
 * have no gaps.
 */
export function seriesSql(window: MetricWindow, facts: SqlFragment): SqlFragment {
  const { step } = INTERVAL_SQL[window.interval];
  const zone = window.timeZone;
  return sql`
    with buckets as (
      select position::int as bucket, b at time zone ${zone} as bucket_start, (b + ${step}::interval) at time zone ${zone} as bucket_end
        from ${localBucketsSql(window)} with ordinality as series(b, position)
    ), facts as (${facts})
    select b.bucket_start, b.bucket_end, f.bucket is not null as has_data, f.*
      from buckets b left join facts f on f.bucket = b.bucket
     order by b.bucket`;
}

export interface SeriesRow {
  bucket_start: unknown;
  bucket_end: unknown;
  has_data: boolean;
  group_key: string | null;
  [column: string]: unknown;
}

export interface Series<P> {
  group: string | null;
  points: P[];
}

/**
 * One series per group, each with one point per bucket; buckets without facts get the empty
 * point. Without a breakdown there is exactly one series (group null), even with no data.
 */
export function assembleSeries<P>(rows: SeriesRow[], window: MetricWindow, toPoint: (start: Date, end: Date, row: SeriesRow | undefined) => P): Series<P>[] {
  const buckets: { start: Date; end: Date }[] = [];
  const seen = new Set<number>();
  const byGroup = new Map<string | null, Map<number, SeriesRow>>();
  for (const row of rows) {
    const start = toDate(row.bucket_start) as Date;
    if (!seen.has(start.getTime())) {
      seen.add(start.getTime());
      buckets.push({ start, end: toDate(row.bucket_end) as Date });
    }
    if (!row.has_data) continue;
    const group = byGroup.get(row.group_key) ?? new Map<number, SeriesRow>();
    group.set(start.getTime(), row);
    byGroup.set(row.group_key, group);
  }
  if (!window.groupBy && byGroup.size === 0) byGroup.set(null, new Map());
  const groups = [...byGroup.keys()].sort(compareGroups);
  return groups.map((group) => ({
    group,
    points: buckets.map(({ start, end }) => toPoint(start, end, byGroup.get(group)?.get(start.getTime()))),
  }));
}

// Named groups in order, the "not recorded" group (null) last.
function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Numbers come back from PostgreSQL as text (numeric, bigint); null stays null. */
export function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return Number(value);
}

/** Share `part / whole`, or null when the whole is zero. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
