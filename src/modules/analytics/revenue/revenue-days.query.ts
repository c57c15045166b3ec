import { allOf, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { ADVISORY_LOCK } from '../../../db/advisory-locks.js';
import { COMPLETED_ORDER_SQL, dimensionSql, filterConditions, ORDER_FACT } from '../metric/metric-scope.js';
import { MetricDimension } from '../metric/metric.enums.js';
import { bucketOf, seriesSql } from '../metric/metric-series.js';
import type { MetricWindow } from '../metric/metric-window.js';

/**
 * SQL of the revenue days (Migration20261201000000_order_revenue_days): completed orders summed
 * per local day, channel and customer region, one base per tenant and time zone.
 *
 * Local day d runs from `d::timestamp at time zone Z` to the same of d + 1, here, in the build
 * and in the triggers alike, so the days and the orders around them never overlap or leave a gap.
 */

/** The zone's base: its first day not yet summed, and whether that is today (as of `now`) or later. */
export function baseStateSql(tenantId: string, timeZone: string, now: Date): SqlFragment {
  return sql`
    select through_day::text as through_day, through_day >= (${now}::timestamptz at time zone ${timeZone})::date as current
      from order_revenue_days_base
     where tenant_id = ${tenantId} and time_zone = ${timeZone}`;
}

/** Exclusive while building or extending; order writes of the tenant wait for it (they take it shared). */
export function tryBuildLockSql(tenantId: string): SqlFragment {
  return sql`select pg_try_advisory_xact_lock(${ADVISORY_LOCK.revenueDaysBuild}, hashtext(${tenantId}::text)) as locked`;
}

/** Drops the tenant's bases of other zones beyond the `keep - 1` built most recently, making room for one. */
export function evictOtherZonesSql(tenantId: string, timeZone: string, keep: number): SqlFragment {
  return sql`
    delete from order_revenue_days_base
     where tenant_id = ${tenantId} and time_zone <> ${timeZone}
       and time_zone not in (select time_zone from order_revenue_days_base
                              where tenant_id = ${tenantId} and time_zone <> ${timeZone}
                              order by built_at desc
                              limit ${keep - 1})`;
}

/** Creates the zone's base, or moves its end, to today's local day (as of `now`). */
export function upsertBaseSql(tenantId: string, timeZone: string, now: Date): SqlFragment {
  return sql`
    insert into order_revenue_days_base (tenant_id, time_zone, through_day)
    values (${tenantId}, ${timeZone}, (${now}::timestamptz at time zone ${timeZone})::date)
    on conflict (tenant_id, time_zone) do update set through_day = excluded.through_day, built_at = now()`;
}

/**
 * Sums the completed orders of the days from `fromDay` (or, for a new base, the tenant's first
 * order) up to today's local day, exclusive. Each order's day is found by a binary search of the
 * days' starts (width_bucket) rather than a time-zone conversion per order.
 */
export function sumDaysSql(tenantId: string, timeZone: string, now: Date, fromDay: string | null): SqlFragment {
  const first = fromDay === null
    ? sql`(select (min(o.placed_at) at time zone ${timeZone})::date - 1 from "order" o where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL})`
    : sql`${fromDay}::date`;
  return sql`
    with span as (
      select ${first} as first_day, (${now}::timestamptz at time zone ${timeZone})::date as through_day
    ), days as (
      select s.first_day, array_agg(d::date::timestamp at time zone ${timeZone} order by d) as starts,
             (s.through_day::timestamp at time zone ${timeZone}) as through_at
        from span s, generate_series(s.first_day, s.through_day - 1, interval '1 day') d
       group by s.first_day, s.through_day
    )
    insert into order_revenue_days (tenant_id, time_zone, day, channel, region, orders, revenue)
    select ${tenantId}, ${timeZone}, d.first_day + width_bucket(o.placed_at, d.starts) - 1, o.channel, c.region, count(*), sum(o.amount)
      from days d
      join "order" o on o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL}
                    and o.placed_at >= d.starts[1] and o.placed_at < d.through_at
      left join customer c on c.tenant_id = ${tenantId} and c.id = o.customer_id
     group by 3, 4, 5`;
}

/** Whether the days can answer this series: they keep only channel and region of each order. */
export function daysServe(window: MetricWindow): boolean {
  const { tagKeys, rfmSegments, segmentIds } = window.filter;
  const dimensionKept = window.groupBy === null || window.groupBy === MetricDimension.CHANNEL || window.groupBy === MetricDimension.REGION;
  return dimensionKept && !tagKeys?.length && !rfmSegments?.length && !segmentIds?.length;
}

/**
 * The revenue series (as revenueSeriesSql in revenue.query.ts) from the whole local days of
 * [from, dataEnd) the zone's base holds, plus the orders of the rest of the window: the part
 * before the first local midnight, after the last, and from the base's end on. The base is read
 * in the same statement, so a base dropped or patched meanwhile gives the same sums; without a
 * base every order is read.
 */
export function revenueSeriesFromDaysSql(tenantId: string, window: MetricWindow): SqlFragment {
  const zone = window.timeZone;
  const dayStart = (day: SqlFragment) => sql`(${day}::timestamp at time zone ${zone})`;
  const ordersDimension = dimensionSql(ORDER_FACT, window, tenantId);
  const daysKey = window.groupBy === MetricDimension.CHANNEL ? trusted('d.channel') : window.groupBy === MetricDimension.REGION ? trusted('d.region') : trusted('null::text');
  const daysFilter: SqlFragment[] = [];
  if (window.filter.channels?.length) daysFilter.push(sql`d.channel = any(${window.filter.channels}::text[])`);
  if (window.filter.regions?.length) daysFilter.push(sql`d.region = any(${window.filter.regions}::text[])`);
  const ordersBetween = (from: SqlFragment, to: SqlFragment) => sql`
    select ${bucketOf(sql`o.placed_at`, window)} as bucket, ${ordersDimension.key} as group_key, count(*) as orders, sum(o.amount) as revenue
      from "order" o ${ordersDimension.joins}
     where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL}
       and o.placed_at >= ${from} and o.placed_at < ${to}
       and ${allOf(filterConditions(ORDER_FACT, window, tenantId))}
     group by 1, 2`;
  // lo: the first local midnight at or after `from`; hi: the last at or before dataEnd, or the
  // base's end if earlier, and never before lo. The days [lo, hi) come from the base.
  return seriesSql(window, sql`
    with local as (
      select (${window.from}::timestamptz at time zone ${zone})::date as from_day, (${window.dataEnd}::timestamptz at time zone ${zone})::date as end_day
    ), edges as (
      select case when ${dayStart(sql`l.from_day`)} >= ${window.from} then l.from_day else l.from_day + 1 end as lo_day,
             case when ${dayStart(sql`l.end_day`)} <= ${window.dataEnd} then l.end_day else l.end_day - 1 end as end_day
        from local l
    ), span as (
      select e.lo_day,
             greatest(e.lo_day, least(e.end_day, coalesce((select b.through_day from order_revenue_days_base b
                                                            where b.tenant_id = ${tenantId} and b.time_zone = ${zone}), e.lo_day))) as hi_day
        from edges e
    ), bounds as (
      select s.lo_day, s.hi_day, ${dayStart(sql`s.lo_day`)} as lo, ${dayStart(sql`s.hi_day`)} as hi from span s
    ), parts as (
      select ${bucketOf(dayStart(sql`d.day`), window)} as bucket, ${daysKey} as group_key, sum(d.orders) as orders, sum(d.revenue) as revenue
        from order_revenue_days d
       where d.tenant_id = ${tenantId} and d.time_zone = ${zone}
         and d.day >= (select lo_day from bounds) and d.day < (select hi_day from bounds)
         and ${allOf(daysFilter)}
       group by 1, 2
      union all
      ${ordersBetween(sql`${window.from}::timestamptz`, sql`least((select lo from bounds), ${window.dataEnd}::timestamptz)`)}
      union all
      ${ordersBetween(sql`(select hi from bounds)`, sql`${window.dataEnd}::timestamptz`)}
    )
    select bucket, group_key, sum(orders)::int as orders, sum(revenue)::text as revenue
      from parts
     group by 1, 2`);
}
