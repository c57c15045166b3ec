import { allOf, joinSql, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { COMPLETED_ORDER_SQL, CUSTOMER_FACT, dimensionSql, filterConditions, ORDER_FACT, TOTALS_FACT } from '../metric/metric-scope.js';
import type { MetricWindow } from '../metric/metric-window.js';
import { positionOf, thresholds } from './calendar-buckets.js';

/** A purchase in every metric: a completed order with a positive amount (base currency). */

/**
 * Up to this many edges (or buckets) a customer's activity is folded into one bigint per
 * customer (bit i: an order in the i-th span between thresholds), and customers with the same
 * bits are counted together: one cheap pass in index order (one width_bucket and one bit_or per
 * order), and few distinct bit patterns to expand. Growth folds twice as many thresholds as
 * edges (each edge and the edge minus the churn window), so 24 edges use at most 49 of the 63
 * bits. With more edges (weekly or daily series) the patterns become nearly unique per
 * customer and expanding them costs customers × edges, so the queries switch to reading each
 * order's step from the one before it (a window over the same index order), whose cost does not
 * grow with the number of edges.
 */
export const MAX_FOLDED_POSITIONS = 24;

/**
 * Counts rows of `source` (a CTE with customer_id) by `columns`: once for the whole filtered
 * scope (series TOTAL, group null) and, with a breakdown, once per group (series GROUP). The
 * filter and breakdown are properties of the customer: they are worked out once per customer
 * and joined to the source rows, rather than evaluated for every order. A channel (a property
 * of one order) is refused naming the field, as it would change what "acquired" means.
 */
function byScopeSql(tenantId: string, window: MetricWindow, source: string, columns: string, measures: string): SqlFragment {
  const filters = filterConditions(CUSTOMER_FACT, window, tenantId);
  const conditions = allOf([sql`c.tenant_id = ${tenantId}`, ...filters]);
  const dimension = dimensionSql(CUSTOMER_FACT, window, tenantId);
  const total = sql`
    select 'TOTAL' as series, null::text as group_key, ${trusted(columns)}, ${trusted(measures)}
      from ${trusted(source)} s
     where ${filters.length > 0 ? sql`s.customer_id in (select c.id from customer c where ${conditions})` : sql`true`}
     group by ${trusted(columns)}`;
  if (!window.groupBy) return total;
  return sql`${total}
    union all
    select 'GROUP', g.group_key, ${trusted(columns)}, ${trusted(measures)}
      from ${trusted(source)} s
      join (select c.id as customer_id, ${dimension.key} as group_key from customer c ${dimension.joins} where ${conditions}) g on g.customer_id = s.customer_id
     group by 2, ${trusted(columns)}`;
}

/**
 * The thresholds that cut time into spans for the folded base, and per edge t_k the bits of
 * the spans that make up [t_k − churn, t_k): a customer is in the base at t_k when one of
 * their orders falls in one of those spans. The thresholds are the edges and each edge minus
 * the churn window, so both ends of every such interval are thresholds; span i (bit i) is what
 * width_bucket numbers i, [thresholds[i − 1], thresholds[i]).
 */
function baseMasks(edges: Date[], churnWindowDays: number): { spans: Date[]; masks: string[] } {
  const churnMs = churnWindowDays * 86_400_000;
  const spans = thresholds(edges.flatMap((edge) => [edge, new Date(edge.getTime() - churnMs)]));
  const indexOf = (instant: number) => spans.findIndex((threshold) => threshold.getTime() === instant) + 1;
  const masks = edges.map((edge) => {
    let mask = 0n;
    for (let span = indexOf(edge.getTime() - churnMs); span < indexOf(edge.getTime()); span += 1) mask |= 1n << BigInt(span);
    return mask.toString();
  });
  return { spans, masks };
}

/**
 * The active base B(t_k) and acquisitions A(t_k) at the edges t_1 < … < t_m: rows (series,
 * group_key, k, base, acquired_before), running totals at k that hold until the next row's k.
 *
 * B(t) counts buyers with a completed order in [t − churn window, t): orders before t, so the
 * base at the end of one bucket is the base at the start of the next and an order exactly at a
 * boundary belongs to the later bucket. An order at p keeps its customer in the base at the
 * edges in (p, p + churn]: positions width_bucket(p) + 1 … width_bucket(p + churn). A(t_k)
 * counts customers whose first completed order is before t_k.
 */
export function customerBaseSql(tenantId: string, window: MetricWindow, edges: Date[], churnWindowDays: number): SqlFragment {
  const churn = sql`make_interval(hours => ${churnWindowDays * 24}::int)`;
  const completed = sql`"order" o where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL} and o.placed_at < ${window.asOf}`;
  if (edges.length <= MAX_FOLDED_POSITIONS) {
    const { spans, masks } = baseMasks(edges, churnWindowDays);
    // Bit k of flags: in the base at edge k. Folding the spans into edges per customer keeps
    // the distinct patterns few (runs of edges), where the span bits would be nearly unique.
    const edgeBits = joinSql(masks.map((mask, index) => sql`case when spans & ${mask}::int8 <> 0 then ${(1n << BigInt(index + 1)).toString()}::int8 else 0 end`), ' | ');
    return sql`
      with per_customer as (
        select customer_id, acquired, ${edgeBits} as flags
          from (select o.customer_id, ${positionOf(sql`min(o.placed_at)`, edges)} as acquired,
                       bit_or(1::int8 << ${positionOf(sql`o.placed_at`, spans)}) as spans
                  from ${completed}
                 group by o.customer_id) folded
      ), patterns as (${byScopeSql(tenantId, window, 'per_customer', 's.flags, s.acquired', 'count(*)::int as customers')})
      select series, group_key, k,
             coalesce(sum(customers) filter (where flags & (1::int8 << k) <> 0), 0)::int as base,
             coalesce(sum(customers) filter (where acquired < k), 0)::int as acquired_before
        from patterns cross join generate_series(1, ${edges.length}::int) k
       group by 1, 2, 3
       order by 1, 2, 3`;
  }
  // Each order extends its customer's stay in the base by (max(p, previous + churn), p + churn]:
  // disjoint pieces whose +1 at the first edge inside and −1 after the last edge add up to B.
  // Pieces are keyed by one integer so PostgreSQL hashes them (it cannot estimate the groups of
  // width_bucket pairs and would sort a million rows instead).
  const span = edges.length + 1;
  return sql`
    with steps as (
      select customer_id, previous_at is null as acquires,
             ${positionOf(sql`case when previous_at is null then placed_at else greatest(placed_at, previous_at + ${churn}) end`, edges)} as opens,
             ${positionOf(sql`placed_at + ${churn}`, edges)} as closes
        from (select o.customer_id, o.placed_at, lag(o.placed_at) over (partition by o.customer_id order by o.placed_at) as previous_at
                from ${completed}) ordered
    ), pieces as (
      select customer_id, (opens * ${span}::int + closes) * 2 + acquires::int as piece from steps where opens <> closes or acquires
    ), counted as (${byScopeSql(tenantId, window, 'pieces', 's.piece', 'count(*)::int as customers')}),
    deltas as (
      select series, group_key, piece / 2 / ${span}::int + 1 as k, customers as base, customers * (piece % 2) as acquired from counted
      union all
      select series, group_key, piece / 2 % ${span}::int + 1, -customers, 0 from counted
    )
    select series, group_key, k,
           (sum(sum(base)) over running)::int as base, (sum(sum(acquired)) over running)::int as acquired_before
      from deltas
     group by 1, 2, 3
    window running as (partition by series, group_key order by k)
     order by 1, 2, 3`;
}

/**
 * Lifecycle counts per bucket: `starts` are the starts of the bucket before the window and of
 * the window's buckets up to asOf, so position 1 is the bucket before and j = 2 … n the window's.
 * Rows (series, group_key, j, new_customers, returning, resurrecting, dormant).
 */
export function lifecycleSql(tenantId: string, window: MetricWindow, starts: Date[]): SqlFragment {
  const completed = sql`"order" o where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL} and o.placed_at < ${window.dataEnd}`;
  const n = starts.length;
  if (n <= MAX_FOLDED_POSITIONS) {
    // Bit j of a customer's flags: a completed order in the j-th bucket; acquired: the position of the first order ever.
    const bit = (position: string) => trusted(`(flags & (1::int8 << ${position}) <> 0)`);
    return sql`
      with per_customer as (
        select o.customer_id, ${positionOf(sql`min(o.placed_at)`, starts)} as acquired,
               bit_or(1::int8 << ${positionOf(sql`o.placed_at`, starts)}) as flags
          from ${completed}
         group by o.customer_id
      ), patterns as (${byScopeSql(tenantId, window, 'per_customer', 's.flags, s.acquired', 'count(*)::int as customers')}),
      states as (
        select series, group_key, j, customers, acquired, ${bit('j')} as active, ${bit('(j - 1)')} as was_active
          from patterns cross join generate_series(2, ${n}::int) j
      )
      select series, group_key, j,
             coalesce(sum(customers) filter (where active and acquired = j), 0)::int as new_customers,
             coalesce(sum(customers) filter (where active and was_active), 0)::int as returning,
             coalesce(sum(customers) filter (where active and not was_active and acquired < j), 0)::int as resurrecting,
             coalesce(sum(customers) filter (where was_active and not active), 0)::int as dormant
        from states
       group by 1, 2, 3
       order by 1, 2, 3`;
  }
  // A customer's first order in a bucket makes them new (no order before at all), returning
  // (their previous order was in the bucket just before) or resurrecting; their last order in a
  // bucket makes them dormant in the next bucket unless their next order is in it. Each order
  // becomes one integer, position × 8 + start × 2 + dormant (start 3 = not the first order in
  // its bucket), so one hashed count covers both kinds of event; no row is filtered out first,
  // as PostgreSQL would then underestimate the rows and sort them instead of hashing.
  return sql`
    with events as (
      select customer_id,
             position * 8
             + case when position < 2 or previous_position is not distinct from position then 3
                    when previous_position is null then 0
                    when previous_position = position - 1 then 1
                    else 2 end * 2
             + (position between 1 and ${n - 1}::int and next_position is distinct from position
                and (next_position is null or next_position > position + 1))::int as event
        from (select customer_id, position, lag(position) over customer_orders as previous_position, lead(position) over customer_orders as next_position
                from (select o.customer_id, o.placed_at, ${positionOf(sql`o.placed_at`, starts)} as position from ${completed}) positioned
              window customer_orders as (partition by customer_id order by placed_at)) ordered
    ), counted as (${byScopeSql(tenantId, window, 'events', 's.event', 'count(*)::int as customers')}),
    by_bucket as (
      select series, group_key, event / 8 as j, event / 2 % 4 as state, customers from counted
      union all
      select series, group_key, event / 8 + 1, 4, customers from counted where event % 2 = 1
    )
    select series, group_key, j,
           coalesce(sum(customers) filter (where state = 0), 0)::int as new_customers,
           coalesce(sum(customers) filter (where state = 1), 0)::int as returning,
           coalesce(sum(customers) filter (where state = 2), 0)::int as resurrecting,
           coalesce(sum(customers) filter (where state = 4), 0)::int as dormant
      from by_bucket
     where j between 2 and ${n}::int
     group by 1, 2, 3
     order by 1, 2, 3`;
}

/**
 * Buyers and repeat buyers per bucket: rows (group_key, position, buyers, repeat_buyers), where
 * position p is the bucket starting at starts[p − 1] (the first one clipped to `from`). Buyers
 * have a completed order in the bucket, repeat buyers two or more. Orders are counted per
 * (customer, bucket) straight from the (customer, placed_at) index; only the window is read.
 */
export function repeatPurchaseSeriesSql(tenantId: string, window: MetricWindow, starts: Date[]): SqlFragment {
  const dimension = dimensionSql(ORDER_FACT, window, tenantId);
  return sql`
    select group_key, position, count(*)::int as buyers, count(*) filter (where orders >= 2)::int as repeat_buyers
      from (select o.customer_id, ${dimension.key} as group_key, ${positionOf(sql`o.placed_at`, starts)} as position, count(*) as orders
              from "order" o ${dimension.joins}
             where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL}
               and o.placed_at >= ${window.from} and o.placed_at < ${window.dataEnd}
               and ${allOf(filterConditions(ORDER_FACT, window, tenantId))}
             group by o.customer_id, group_key, position) per_bucket
     group by 1, 2
     order by 1, 2`;
}

/** Buyers and repeat buyers of the window and of the previous period, from per-customer order counts. */
function repeatTotalsOf(counts: SqlFragment): SqlFragment {
  return sql`
    select count(*) filter (where window_orders >= 1)::int as window_buyers,
           count(*) filter (where window_orders >= 2)::int as window_repeat_buyers,
           count(*) filter (where previous_orders >= 1)::int as previous_buyers,
           count(*) filter (where previous_orders >= 2)::int as previous_repeat_buyers
      from (${counts}) per_customer`;
}

/**
 * The window's and the previous period's totals from the completed orders of both (one pass in
 * (customer, placed_at) order): one row (window_buyers, window_repeat_buyers, previous_buyers,
 * previous_repeat_buyers).
 */
export function repeatTotalsFromOrdersSql(tenantId: string, window: MetricWindow): SqlFragment {
  return repeatTotalsOf(sql`
    select count(*) filter (where o.placed_at >= ${window.from}) as window_orders, count(*) filter (where o.placed_at < ${window.from}) as previous_orders
      from "order" o
     where o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL}
       and o.placed_at >= ${window.previous.from} and o.placed_at < ${window.dataEnd}
       and ${allOf(filterConditions(ORDER_FACT, window, tenantId))}
     group by o.customer_id`);
}

/**
 * The same row from per-customer totals (customer-totals) as of asOf over the window and as of
 * `from` over the previous period: one row per buyer of each instead of every order. The buyer
 * filters (tags, regions, RFM segments) apply to those rows; a channel filter never gets here.
 */
export function repeatTotalsFromBasesSql(tenantId: string, window: MetricWindow, current: SqlFragment, previous: SqlFragment): SqlFragment {
  const buyers = allOf(filterConditions(TOTALS_FACT, window, tenantId));
  const period = (totals: SqlFragment) => sql`
    select count(*) filter (where t.window_orders >= 1)::int as buyers, count(*) filter (where t.window_orders >= 2)::int as repeat_buyers
      from (${totals}) t
     where ${buyers}`;
  return sql`
    select w.buyers as window_buyers, w.repeat_buyers as window_repeat_buyers, p.buyers as previous_buyers, p.repeat_buyers as previous_repeat_buyers
      from (${period(current)}) w, (${period(previous)}) p`;
}
