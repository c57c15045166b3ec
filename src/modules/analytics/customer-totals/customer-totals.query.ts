import { sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { ADVISORY_LOCK } from '../../../db/advisory-locks.js';
import { CUSTOMER_TOTALS_SLOTS } from '../../../db/migrations/Migration20261129000000_customer_totals_slots.js';
import { COMPLETED_ORDER } from '../../customer/customer.query.js';

/**
 * SQL of the customer-order-totals bases (see the migration that creates them): per customer,
 * the completed orders of the `windowDays` before `baseEnd` and of all time before it.
 */

export interface TotalsBase {
  tenantId: string;
  /** A UTC midnight; the base counts orders placed before it. */
  baseEnd: Date;
  windowDays: number;
}

/** A base that exists, in its slot: the partition holding its rows (Migration20261129000000). */
export interface KeptBase extends TotalsBase {
  slot: number;
  /** It had its buyers' places when this request found or built it (they may be dropped since). */
  ranked?: boolean;
}

const DAY_MS = 86_400_000;
const COMPLETED = trusted(COMPLETED_ORDER);

/** Days are 24 hours here, as in every metric window (the triggers use the same). */
function daysBefore(instant: Date, days: number): Date {
  return new Date(instant.getTime() - days * DAY_MS);
}

/**
 * The base's slot, locked FOR KEY SHARE so a writer cannot drop it while this request reads it;
 * an order write clearing its `ranked_buyers` does not wait for the lock.
 */
export function lockBaseSql(base: TotalsBase): SqlFragment {
  return sql`
    select slot, ranked_buyers is not null as ranked from customer_order_totals_base
     where tenant_id = ${base.tenantId} and base_end = ${base.baseEnd} and window_days = ${base.windowDays}
       for key share`;
}

/** Exclusive while building; order writes of the tenant wait for it (they take it shared). */
export function tryBuildLockSql(tenantId: string): SqlFragment {
  return sql`select pg_try_advisory_xact_lock(${ADVISORY_LOCK.customerTotalsBuild}, hashtext(${tenantId}::text)) as locked`;
}

/** The latest base of the same window ending before this one and at most `maxDaysBack` days before it. */
export function earlierBaseSql(base: TotalsBase, maxDaysBack: number): SqlFragment {
  return sql`
    select base_end, slot from customer_order_totals_base
     where tenant_id = ${base.tenantId} and window_days = ${base.windowDays}
       and base_end < ${base.baseEnd} and base_end >= ${daysBefore(base.baseEnd, maxDaysBack)}
     order by base_end desc
     limit 1`;
}

/**
 * Drops the tenant's oldest bases beyond `keep`, skipping any another request is reading and
 * the one in slot `spared` (this request's own reads lock nothing against itself).
 */
export function evictBasesSql(tenantId: string, keep: number, spared: number | null): SqlFragment {
  return sql`
    with evicted as (
      delete from customer_order_totals_base
       where ctid in (select ctid from customer_order_totals_base
                       where tenant_id = ${tenantId}
                       order by slot = ${spared} desc nulls last, built_at desc
                      offset ${keep}
                         for update skip locked)
      returning slot, base_end, window_days
    )
    delete from customer_order_totals t
     using evicted e
     where t.tenant_id = ${tenantId} and t.slot = e.slot and t.base_end = e.base_end and t.window_days = e.window_days`;
}

/** Statistics for a slot just filled, so its base is planned as the 100,000 rows it may be. */
export function analyzeSlotSql(slot: number): SqlFragment {
  return sql`select customer_order_totals_analyze(${slot}::int)`;
}

/** The lowest slot none of the tenant's bases holds, if any. */
export function freeSlotSql(tenantId: string, slots: number): SqlFragment {
  return sql`
    select s.slot from generate_series(0, ${slots - 1}) s(slot)
     where not exists (select 1 from customer_order_totals_base b where b.tenant_id = ${tenantId} and b.slot = s.slot)
     order by s.slot
     limit 1`;
}

/**
 * Writes a base: its rows from `rows` (customer_id, external_id, window_orders, window_revenue,
 * first_order_at, last_order_at, lifetime_orders, lifetime_revenue), then its own row. A
 * `ranked` base also gives each buyer its places in RFM's three orders (Migration20261130000000),
 * ties broken as RFM breaks them: by external id for frequency, by customer id where only the
 * value counts. Only RFM as of now reads places, so only today's base pays for them: the sorts
 * and their three indexes make a build take two to three times as long.
 */
function insertBaseSql(base: KeptBase, rows: SqlFragment, ranked: boolean): SqlFragment {
  // The places are numbered over the columns each order needs, then joined back: sorting the
  // whole rows three times took twice as long (1.1 s against 0.66 s in EXPLAIN ANALYZE of a
  // build of the benchmark tenant's 100,000 customers, indicative).
  const totals = ranked
    ? sql`
    totals as materialized (${rows}),
    places as (
      select customer_id,
             row_number() over (order by last_order_at desc, customer_id) as recency_rank,
             row_number() over (order by window_orders, external_id) as frequency_rank,
             row_number() over (order by window_revenue, customer_id) as monetary_rank
        from totals where window_orders > 0
    ),`
    : sql`
    totals as (${rows}),`;
  return sql`
    with ${totals}
    built as (
      insert into customer_order_totals
           (tenant_id, slot, base_end, window_days, customer_id, external_id, window_orders, window_revenue,
            first_order_at, last_order_at, lifetime_orders, lifetime_revenue, recency_rank, frequency_rank, monetary_rank, monetary_value)
      select ${base.tenantId}, ${base.slot}::smallint, ${base.baseEnd}::timestamptz, ${base.windowDays}::int, t.customer_id, t.external_id,
             t.window_orders, t.window_revenue, t.first_order_at, t.last_order_at, t.lifetime_orders, t.lifetime_revenue,
             ${ranked ? trusted('p.recency_rank, p.frequency_rank, p.monetary_rank') : trusted('null::int, null::int, null::int')}, t.window_revenue::float8
        from totals t ${ranked ? trusted('left join places p on p.customer_id = t.customer_id') : trusted('')}
      returning recency_rank
    )
    insert into customer_order_totals_base (tenant_id, slot, base_end, window_days, ranked_buyers)
    select ${base.tenantId}, ${base.slot}, ${base.baseEnd}, ${base.windowDays},
           ${ranked ? trusted('(select count(recency_rank)::int from built)') : trusted('null::int')}`;
}

/** Fills a base from the orders (one pass over the tenant's completed orders before baseEnd); `ranked` as insertBaseSql. */
export function buildBaseSql(base: KeptBase, ranked: boolean): SqlFragment {
  const windowStart = daysBefore(base.baseEnd, base.windowDays);
  return insertBaseSql(base, sql`
    select b.*, c.external_id
      from (select o.customer_id,
                   count(*) filter (where o.placed_at >= ${windowStart}) as window_orders,
                   coalesce(sum(o.amount) filter (where o.placed_at >= ${windowStart}), 0) as window_revenue,
                   min(o.placed_at) as first_order_at, max(o.placed_at) as last_order_at,
                   count(*) as lifetime_orders, sum(o.amount) as lifetime_revenue
              from "order" o
             where o.tenant_id = ${base.tenantId} and ${COMPLETED} and o.placed_at < ${base.baseEnd}
             group by o.customer_id) b
      join customer c on c.tenant_id = ${base.tenantId} and c.id = b.customer_id`, ranked);
}

/**
 * Fills a base from an earlier one of the same window plus the orders between them: the totals
 * as of the new base's end are exactly its rows (totalsAsOfSql), for the cost of two slivers
 * instead of every order. The build lock keeps writers from changing the earlier base meanwhile.
 */
export function buildBaseFromEarlierSql(base: KeptBase, earlier: KeptBase, ranked: boolean): SqlFragment {
  return insertBaseSql(base, totalsAsOfSql(earlier, base.baseEnd), ranked);
}

/**
 * The rows of a kept base, read from its slot's partition (see Migration20261129000000 for why
 * not through the parent). A tenant's rows in a slot are exactly the base in it (one base per
 * slot, rows written and dropped with their base), so the base's end is not tested again: a
 * base just built is not in the statistics of its end, and the estimate for the tenant is right.
 */
export function baseRowsSql(base: KeptBase): SqlFragment {
  if (!Number.isInteger(base.slot) || base.slot < 0 || base.slot >= CUSTOMER_TOTALS_SLOTS) throw new Error(`no totals slot ${base.slot}`);
  return sql`select * from ${trusted(`customer_order_totals_slot_${base.slot}`)} where tenant_id = ${base.tenantId}`;
}

/**
 * Per customer with a completed order before asOf (asOf ≥ baseEnd): external id, orders and revenue of the
 * W days before asOf, first and last order, and lifetime orders and revenue, all before asOf;
 * `monetary_value` is the window revenue as float8, kept in the base row: numeric to float8
 * goes through text, and converting every buyer's revenue cost tens of milliseconds per read.
 * The base plus the orders of [baseEnd, asOf), minus those that left the window,
 * [baseEnd − W, asOf − W): two slivers of at most a day each when bases are daily.
 */
export function totalsAsOfSql(base: KeptBase, asOf: Date): SqlFragment {
  const { tenantId, baseEnd, windowDays } = base;
  const rows = baseRowsSql(base);
  // At the base's own end both slivers are empty: the base is the answer, without the joins
  // and the arithmetic per customer.
  if (asOf.getTime() === baseEnd.getTime()) {
    return sql`
      select customer_id, external_id, window_orders, window_revenue, first_order_at, last_order_at, lifetime_orders, lifetime_revenue,
             monetary_value
        from (${rows}) b`;
  }
  return sql`
    select coalesce(b.customer_id, a.customer_id) as customer_id,
           -- A first order today has no base row yet: only those few look their customer up.
           coalesce(b.external_id, (select c.external_id from customer c where c.tenant_id = ${tenantId} and c.id = a.customer_id)) as external_id,
           coalesce(b.window_orders, 0) - coalesce(r.orders, 0) + coalesce(a.orders, 0) as window_orders,
           coalesce(b.window_revenue, 0) - coalesce(r.revenue, 0) + coalesce(a.revenue, 0) as window_revenue,
           least(b.first_order_at, a.first_order_at) as first_order_at,
           greatest(b.last_order_at, a.last_order_at) as last_order_at,
           coalesce(b.lifetime_orders, 0) + coalesce(a.orders, 0) as lifetime_orders,
           coalesce(b.lifetime_revenue, 0) + coalesce(a.revenue, 0) as lifetime_revenue,
           -- Only the customers a sliver changed are converted again.
           case when a.customer_id is null and r.customer_id is null then b.monetary_value
                else (coalesce(b.window_revenue, 0) - coalesce(r.revenue, 0) + coalesce(a.revenue, 0))::float8 end as monetary_value
      from (${rows}) b
      full join (select o.customer_id, count(*)::int as orders, sum(o.amount) as revenue,
                        min(o.placed_at) as first_order_at, max(o.placed_at) as last_order_at
                   from "order" o
                  where o.tenant_id = ${tenantId} and ${COMPLETED} and o.placed_at >= ${baseEnd} and o.placed_at < ${asOf}
                  group by o.customer_id) a on a.customer_id = b.customer_id
      left join (select o.customer_id, count(*)::int as orders, sum(o.amount) as revenue
                   from "order" o
                  where o.tenant_id = ${tenantId} and ${COMPLETED}
                    and o.placed_at >= ${daysBefore(baseEnd, windowDays)} and o.placed_at < ${daysBefore(asOf, windowDays)}
                  group by o.customer_id) r on r.customer_id = b.customer_id`;
}
