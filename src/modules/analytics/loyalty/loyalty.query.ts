import { allOf, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { COMPLETED_ORDER_SQL, filterConditions, ORDER_FACT, TOTALS_FACT } from '../metric/metric-scope.js';
import type { MetricWindow } from '../metric/metric-window.js';

/**
 * SQL of the loyalty metrics (METRICS.md: loyalty, value concentration, customer value). Each
 * metric is a summary over one row per buyer, and those rows come from one of two sources:
 * - the per-customer totals (customer-totals) as of asOf and as of the earlier instants the
 *   metric compares with, when bases serve them: one row per customer instead of every order;
 * - else the completed orders (status COMPLETED, amount > 0, base currency), read once and
 *   grouped by customer (the partial indexes on completed orders cover every column read).
 * Orders count when placed before asOf, as in every window. A channel filter applies to the
 * orders, acquisition included, so it always reads the orders (the totals have no channel);
 * the other filters apply to the buyers.
 */

/** Per-customer totals (totalsAsOfSql) as of each instant a loyalty metric reads. */
export interface LoyaltyTotals {
  /** As of asOf, over the window [from, asOf). */
  current: SqlFragment;
  /** As of asOf minus the window's length (window.from when to = asOf). */
  previous: SqlFragment;
  /** As of asOf − 365 days (customer value's annual retention). */
  yearStart?: SqlFragment;
}

/** The buyer filters (tags, regions, RFM segments) on a per-buyer row aliased t. */
function buyerFilterOf(tenantId: string, window: MetricWindow): SqlFragment {
  return allOf(filterConditions(TOTALS_FACT, window, tenantId));
}

/** Completed orders of the tenant in the filter's channels. */
function ordersOf(tenantId: string, window: MetricWindow): SqlFragment {
  const orderFilter = { ...window, filter: { channels: window.filter.channels } };
  return sql`o.tenant_id = ${tenantId} and ${COMPLETED_ORDER_SQL} and ${allOf(filterConditions(ORDER_FACT, orderFilter, tenantId))}`;
}

/**
 * The customer filters (tags, regions, RFM segments) as a `having` of the per-buyer grouping:
 * they depend on the customer only, so testing them once per buyer instead of once per order
 * gives the same rows for a tenth of the work.
 */
function buyersOf(tenantId: string, window: MetricWindow): SqlFragment {
  const customerFilter = { ...window, filter: { ...window.filter, channels: null } };
  return sql`group by o.customer_id having ${allOf(filterConditions(ORDER_FACT, customerFilter, tenantId))}`;
}

/** An instant to measure a stock figure at, and the cutoff of the active base there. */
export interface Instant {
  at: Date;
  /** at − churn window: a buyer whose last order is before it has churned. */
  churnCutoff: Date;
}

// Days from acquisition to the last order when it is before the churn cutoff, else to the instant.
function tenureDays(lastOrderColumn: string, instant: Instant): SqlFragment {
  const lastOrder = trusted(lastOrderColumn);
  // date_part gives float8; extract would give numeric, several times slower per buyer.
  return sql`date_part('epoch', (case when ${lastOrder} < ${instant.churnCutoff} then ${lastOrder} else ${instant.at}::timestamptz end) - acquired_at) / 86400`;
}

/**
 * Tenure of every buyer acquired before asOf, and the mean as of the previous instant (asOf
 * minus the window length): one row per buyer, one sort for both percentiles.
 */
export function tenureSql(tenantId: string, window: MetricWindow, current: Instant, previous: Instant, totals: LoyaltyTotals | null): SqlFragment {
  return sql`
    select count(*)::int as buyers,
           count(*) filter (where last_order_at < ${current.churnCutoff})::int as churned,
           avg(days) as mean_days,
           percentile_cont(array[0.5, 0.9]) within group (order by days) as percentiles,
           avg(previous_days) as previous_mean_days
      from (select last_order_at, ${tenureDays('last_order_at', current)} as days,
                   case when previous_last_order_at is not null then ${tenureDays('previous_last_order_at', previous)} end as previous_days
              from (${totals ? tenureBuyersFromTotals(tenantId, window, totals) : tenureBuyersFromOrders(tenantId, window, current, previous)}) buyers) tenures`;
}

function tenureBuyersFromOrders(tenantId: string, window: MetricWindow, current: Instant, previous: Instant): SqlFragment {
  return sql`
    select min(o.placed_at) as acquired_at,
           max(o.placed_at) as last_order_at,
           max(o.placed_at) filter (where o.placed_at < ${previous.at}) as previous_last_order_at
      from "order" o
     where ${ordersOf(tenantId, window)} and o.placed_at < ${current.at}
     ${buyersOf(tenantId, window)}`;
}

function tenureBuyersFromTotals(tenantId: string, window: MetricWindow, totals: LoyaltyTotals): SqlFragment {
  return sql`
    select t.first_order_at as acquired_at, t.last_order_at, p.last_order_at as previous_last_order_at
      from (${totals.current}) t
      left join (${totals.previous}) p on p.customer_id = t.customer_id
     where ${buyerFilterOf(tenantId, window)}`;
}

// One row per buyer and period: (current, customer_id, revenue, revenue_float8), current true
// for the window, false for the previous period of equal length; the periods touch at
// window.from and both end by asOf (dataEnd ≤ asOf). From the totals, each period is its own
// base's buyers, and revenue_float8 is the float8 the base keeps (numeric → float8 goes through text).
function periodRevenueSql(tenantId: string, window: MetricWindow, totals: LoyaltyTotals | null): SqlFragment {
  if (totals) {
    return sql`
      select t.current, t.customer_id, t.revenue, t.revenue_float8
        from (select true as current, customer_id, window_revenue as revenue, monetary_value as revenue_float8
                from (${totals.current}) c where window_orders > 0
              union all
              select false, customer_id, window_revenue, monetary_value from (${totals.previous}) p where window_orders > 0) t
       where ${buyerFilterOf(tenantId, window)}`;
  }
  return sql`
    select period.current, r.customer_id, period.revenue, period.revenue::float8 as revenue_float8
      from (select o.customer_id,
                   sum(o.amount) filter (where o.placed_at >= ${window.from}) as current_revenue,
                   sum(o.amount) filter (where o.placed_at < ${window.from}) as previous_revenue
              from "order" o
             where ${ordersOf(tenantId, window)} and o.placed_at >= ${window.previous.from} and o.placed_at < ${window.dataEnd}
             ${buyersOf(tenantId, window)}) r
      cross join lateral (values (true, r.current_revenue), (false, r.previous_revenue)) period(current, revenue)
     where period.revenue is not null`;
}

/**
 * Buyers, buyers with a positive wallet estimate and their capped shares, now and before.
 * Shares are float8: they are reported as floats, and numeric division per buyer is slow. Each
 * `offset 0` keeps its subquery from being merged into the one above, so a share and a wallet
 * are computed once per row, not once per aggregate that reads them: numeric → float8 goes
 * through text, and evaluating it per aggregate made this statement twice as slow. A share
 * above 1 counts as 1, written with case because least() would turn null into 1.
 */
export function shareOfWalletSql(tenantId: string, window: MetricWindow, totals: LoyaltyTotals | null): SqlFragment {
  return sql`
    select count(*) filter (where current)::int as buyers, count(share) filter (where current)::int as estimated,
           count(*) filter (where current and share > 1)::int as capped,
           avg(capped_share) filter (where current) as mean_share,
           percentile_cont(0.5) within group (order by capped_share) filter (where current) as median_share,
           avg(capped_share) filter (where not current) as previous_mean_share
      from (select current, share, case when share > 1 then 1 else share end as capped_share
              from (select r.current, r.revenue_float8 / w.wallet as share
                      from (${periodRevenueSql(tenantId, window, totals)}) r
                      left join (select id, wallet_estimate::float8 as wallet from customer
                                  where tenant_id = ${tenantId} and wallet_estimate > 0 offset 0) w on w.id = r.customer_id
                    offset 0) shares
            offset 0) capped`;
}

/**
 * Value concentration per period, one row per cut: a band (lower, upper] of buyers ranked by
 * ascending revenue, whose revenue is C(upper) − C(lower), C(p) being the revenue of the p
 * smallest buyers, linear between whole buyers (the Lorenz curve is piecewise linear).
 * TOP k = the top ceil(k × N / 100); tiers split at ceil(20% N) and ceil(50% N) from the top;
 * LORENZ d = the bottom d × N / 10. numeric keeps k × N / 100 exact (no 3.0000000004 → 4).
 *
 * N is counted before the ranking so the ranked buyers are read once, in one sort per period:
 * that pass sums i·x_i for the Gini and keeps C only at the few ranks the cuts need. Ties in
 * revenue are ranked in any order: no figure depends on their order. Revenue is ranked and
 * summed in whole cents (amounts have two decimals): bigint is exact like numeric and several
 * times faster.
 *
 * Each period is ranked on its own, by cents alone. One sort of both periods by (period, cents)
 * took twice as long: with a boolean first key, PostgreSQL compares most pairs on their second
 * key through the whole-tuple comparator, where a single bigint key takes its fast path. From
 * the totals the buyers are read per period (once for N, once to rank), straight from the
 * period's base; from the orders they are grouped once and kept (materialized).
 */
export function valueConcentrationSql(tenantId: string, window: MetricWindow, percents: readonly number[], totals: LoyaltyTotals | null): SqlFragment {
  return sql`
    with revenue as ${trusted(totals ? 'not materialized' : 'materialized')} (
      select r.current, (r.revenue * 100)::bigint as cents from (${periodRevenueSql(tenantId, window, totals)}) r
    ), stats as (
      select current, count(*)::numeric as buyers, sum(cents) as total,
             ceil(count(*) * 0.2) as heavy, ceil(count(*) * 0.5) as heavy_and_medium
        from revenue
       group by current
    ), cuts as (
      select current, 'TOP' as kind, k.index::int as label, buyers - least(buyers, ceil(k.percent * buyers / 100)) as lower, buyers as upper
        from stats cross join unnest(${percents}::numeric[]) with ordinality k(percent, index)
      union all select current, 'HEAVY', 0, buyers - heavy, buyers from stats
      union all select current, 'MEDIUM', 0, buyers - heavy_and_medium, buyers - heavy from stats
      union all select current, 'LIGHT', 0, 0, buyers - heavy_and_medium from stats
      union all select current, 'LORENZ', d, 0, d * buyers / 10 from stats cross join generate_series(0, 10) d
    ), positions as (
      select current, lower as position from cuts union select current, upper from cuts
    ), needed as (
      select current, floor(position)::bigint as rank from positions
      union select current, floor(position)::bigint + 1 from positions
    ), scan as (
      ${rankedPeriodSql(true)}
      union all
      ${rankedPeriodSql(false)}
    ), picked as (
      select s.current, p.rank, p.cumulative from scan s cross join unnest(s.ranks, s.cumulatives) p(rank, cumulative)
    ), valued as (
      select p.current, p.position,
             coalesce(below.cumulative, 0) + (p.position - floor(p.position)) * (coalesce(above.cumulative, 0) - coalesce(below.cumulative, 0)) as value
        from positions p
        left join picked below on below.current = p.current and below.rank = floor(p.position)::bigint
        left join picked above on above.current = p.current and above.rank = floor(p.position)::bigint + 1
    )
    select c.current, c.kind, c.label, (c.upper - c.lower)::float8 as customers,
           round((u.value - l.value) / 100, 2)::text as revenue, ((u.value - l.value) / s.total)::float8 as share,
           s.buyers::int as buyers, (s.total / 100)::numeric(20, 2)::text as total,
           (2 * g.weighted / (s.buyers * s.total) - (s.buyers + 1) / s.buyers)::float8 as gini
      from cuts c
      join stats s on s.current = c.current
      join scan g on g.current = c.current
      join valued l on l.current = c.current and l.position = c.lower
      join valued u on u.current = c.current and u.position = c.upper
     order by c.current desc, c.kind, c.label`;
}

/**
 * One period's buyers (of valueConcentrationSql's revenue) ranked by cents: Σ rank·cents for
 * the Gini, and the running total C at the ranks the cuts need. A period without buyers gives
 * no row, as grouping both periods together did.
 */
function rankedPeriodSql(current: boolean): SqlFragment {
  return sql`
      select r.current, sum(r.rank::float8 * r.cents::float8) as weighted,
             array_agg(r.rank) filter (where n.rank is not null) as ranks,
             array_agg(r.cumulative) filter (where n.rank is not null) as cumulatives
        from (select current, cents, row_number() over w as rank, sum(cents) over w as cumulative
                from revenue
               where current = ${current}
              window w as (order by cents rows between unbounded preceding and current row)) r
        left join needed n on n.current = r.current and n.rank = r.rank
       group by r.current`;
}

export interface CustomerValueInstants {
  asOf: Instant;
  /** asOf − 365 days: start of the annual retention period. */
  yearStart: Instant;
  /** asOf minus the window length, for the previous historic mean. */
  previousAt: Date;
}

/**
 * Historic value per buyer (orders before asOf, and before the previous instant), the window's
 * orders, revenue and buyers, and S, E, N of the annual retention rate.
 */
export function customerValueSql(tenantId: string, window: MetricWindow, instants: CustomerValueInstants, totals: LoyaltyTotals | null): SqlFragment {
  const { asOf, yearStart } = instants;
  return sql`
    with buyers as (${totals?.yearStart ? customerValueBuyersFromTotals(tenantId, window, totals, totals.yearStart) : customerValueBuyersFromOrders(tenantId, window, instants)})
    select count(*)::int as buyers, coalesce(sum(historic), 0)::text as historic_total,
           avg(historic)::float8 as historic_mean,
           percentile_cont(0.5) within group (order by historic::float8) as historic_median,
           avg(previous_historic)::float8 as previous_historic_mean,
           coalesce(sum(window_orders), 0)::int as window_orders,
           count(*) filter (where window_orders > 0)::int as window_buyers,
           coalesce(sum(window_revenue), 0)::text as window_revenue,
           count(*) filter (where start_last_order_at >= ${yearStart.churnCutoff})::int as start_base,
           count(*) filter (where last_order_at >= ${asOf.churnCutoff})::int as end_base,
           count(*) filter (where acquired_at >= ${yearStart.at})::int as acquired
      from buyers`;
}

function customerValueBuyersFromOrders(tenantId: string, window: MetricWindow, instants: CustomerValueInstants): SqlFragment {
  const { asOf, yearStart, previousAt } = instants;
  const inWindow = sql`o.placed_at >= ${window.from} and o.placed_at < ${window.dataEnd}`;
  return sql`
    select min(o.placed_at) as acquired_at,
           max(o.placed_at) as last_order_at,
           max(o.placed_at) filter (where o.placed_at < ${yearStart.at}) as start_last_order_at,
           sum(o.amount) as historic,
           sum(o.amount) filter (where o.placed_at < ${previousAt}) as previous_historic,
           count(*) filter (where ${inWindow}) as window_orders,
           sum(o.amount) filter (where ${inWindow}) as window_revenue
      from "order" o
     where ${ordersOf(tenantId, window)} and o.placed_at < ${asOf.at}
     ${buyersOf(tenantId, window)}`;
}

// Totals as of asOf give the lifetime and window figures (the window ends at asOf when totals
// serve it), as of the previous instant the previous historic value, as of asOf − 365 days the
// last order then.
function customerValueBuyersFromTotals(tenantId: string, window: MetricWindow, totals: LoyaltyTotals, yearStart: SqlFragment): SqlFragment {
  return sql`
    select t.first_order_at as acquired_at, t.last_order_at, y.last_order_at as start_last_order_at,
           t.lifetime_revenue as historic, p.lifetime_revenue as previous_historic,
           t.window_orders, t.window_revenue
      from (${totals.current}) t
      left join (${totals.previous}) p on p.customer_id = t.customer_id
      left join (${yearStart}) y on y.customer_id = t.customer_id
     where ${buyerFilterOf(tenantId, window)}`;
}
