import { sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { COMPLETED_ORDER } from '../../customer/customer.query.js';
import { baseRowsSql, type KeptBase } from '../customer-totals/customer-totals.query.js';
import { segmentMapSql, SUMMARY_ROWS, type RfmScoring } from './rfm.query.js';

/**
 * The QUANTILE summary of rfm.query.ts, computed from a base's places (Migration20261130000000)
 * instead of sorting every buyer: the same edges, cells and rows, to the last bit.
 *
 * The buyers now are the base's buyers, minus the customers whose totals changed since it was
 * built ("touched": an order in the slivers since the base's end or out of the window's
 * start, or a row an order write patched), plus those touched customers that still buy.
 * A quintile edge is a value at some place k among the N buyers now. The base rows keep their
 * places as built, so the buyer at k is an untouched row near place k (the touched customers
 * shift it by at most their number) or an added customer: a few dozen rows around each edge,
 * read by index and sorted with the added customers near them, give the edges exactly
 * (rankedMeasureSql). Then one scan scores the untouched buyers, comparing frequency places
 * with the frequency edges' places, and the touched ones are scored from their values.
 */

const DAY_MS = 86_400_000;
const QUINTILES = trusted('array[0.2, 0.4, 0.6, 0.8]::float8[]');
const COMPLETED = trusted(COMPLETED_ORDER);

type Measure = 'recency' | 'frequency' | 'monetary';

/**
 * Whole days from the last order to asOf, as rfm.query.ts measures it (date_part gives float8;
 * the same expression keeps the same rounding).
 */
function recencyOf(asOf: Date, lastOrderAt: string): SqlFragment {
  return sql`floor(date_part('epoch', ${asOf}::timestamptz - ${trusted(lastOrderAt)}) / 86400)::int`;
}

/**
 * How one measure orders the buyers now: its value `columns` as selected from a base row `b`
 * (`base`) and the same values of an added customer `a` (`added`, one expression per column).
 */
interface MeasureOrder {
  measure: Measure;
  columns: string[];
  base: SqlFragment;
  added: string[];
}

function tuple(alias: string, columns: string[]): SqlFragment {
  return trusted(`(${columns.map((column) => `${alias}.${column}`).join(', ')})`);
}

/**
 * CTE `<measure>_ranked`: buyers around the measure's targets with their place now (`rank`).
 *
 * A target's first window [k − a − 1, k + m + 1] holds its buyer, but is as wide as the
 * customers touched. It is narrowed from the untouched rows just outside it (values Vlo below,
 * Vhi above): an untouched row at place j inside has rank j − (removed below j) + (added
 * below its value), so the row at k + (removed below the window) − (added below Vhi) or the
 * next untouched one ranks at most k, and the one at k + (removed up to its top) − (added
 * below Vlo) or the untouched one before ranks at least k; the target lies between them.
 * Those windows hold about as many rows as touched customers fall inside the first window.
 *
 * Each merged window is then ranked: its untouched rows and the added customers sorting
 * between its lowest and highest untouched row (all of them below or above where the window
 * reaches the first or last place), sorted with the untouched rows below it counted in. A
 * rank is exact in that range; the added customers outside it are not in the sort.
 */
function rankedMeasureSql(base: KeptBase, order: MeasureOrder): SqlFragment {
  const place = trusted(`${order.measure}_rank`);
  const rows = sql`(${baseRowsSql(base)}) b`;
  const untouched = trusted('not b.patched and not exists (select from sliver s where s.customer_id = b.customer_id)');
  const sortedBy = trusted(order.columns.map((column) => `pool.${column}`).join(', '));
  const added = trusted(`(${order.added.join(', ')})`);
  const ranked = trusted(`${order.measure}_ranked`);
  const windows = trusted(`${order.measure}_windows`);
  const segments = trusted(`${order.measure}_segments`);
  return sql`
    ${windows} as materialized (
      select w.lo, w.hi,
             greatest(1, w.k + (select count(*) from touched d where d.${place} < w.lo)
                             - (select count(*) from added a where vhi.found is null or ${added} < ${tuple('vhi', order.columns)}))::int as lo2,
             least(w.hi, w.k + (select count(*) from touched d where d.${place} <= w.hi)
                             - (select count(*) from added a where vlo.found and ${added} < ${tuple('vlo', order.columns)}))::int as hi2
        from targets w
        left join lateral (select true as found, ${order.base} from ${rows} where b.${place} >= w.hi and ${untouched} order by b.${place} limit 1) vhi on true
        left join lateral (select true as found, ${order.base} from ${rows} where b.${place} <= w.lo and ${untouched} order by b.${place} desc limit 1) vlo on true
       where w.measure = ${order.measure}
    ),
    ${segments} as materialized (
      select lower(s.places) as lo, upper(s.places) - 1 as hi
        from (select unnest(range_agg(int4range(
                       case when narrow then lo2 else lo end, case when narrow then hi2 else hi end, '[]'))) as places
                from (select w.*, exists (select from ${rows} where b.${place} between w.lo2 and w.hi2 and ${untouched}) as narrow
                        from ${windows} w) w) s
    ),
    ${ranked} as materialized (
      select p.* from ${segments} g
       cross join lateral (select min(b.${place}) as low, max(b.${place}) as high from ${rows} where b.${place} between g.lo and g.hi and ${untouched}) ends
        left join lateral (select ${order.base} from ${rows} where b.${place} = ends.low) l on true
        left join lateral (select ${order.base} from ${rows} where b.${place} = ends.high) h on true
       cross join lateral (
         select pool.*,
                max(pool.place) over upto as place_reached,
                row_number() over upto
                  + coalesce(ends.low - 1 - (select count(*) from touched d where d.${place} < ends.low), 0)
                  + case when g.lo > 1 and ends.low is not null then (select count(*) from added a where ${added} < ${tuple('l', order.columns)}) else 0 end as rank,
                g.lo
           from (select ${order.base}, 0 as source, b.${place} as place from ${rows} where b.${place} between g.lo and g.hi and ${untouched}
                 union all
                 select ${trusted(order.added.join(', '))}, 1, null from added a
                  where (g.lo = 1 or ends.low is null or ${added} >= ${tuple('l', order.columns)})
                    and (g.hi = (select na from n) or ends.high is null or ${added} <= ${tuple('h', order.columns)})) pool
         window upto as (order by ${sortedBy}, pool.source, pool.place rows unbounded preceding)
       ) p
    )`;
}

/** The summary rows of rfm.query.ts's rfmSummarySql, plus `ranked` on the edges row (false: the base's places are unusable, ask rfmSummarySql). */
export function rfmRankedSummarySql(scoring: RfmScoring, base: KeptBase): SqlFragment {
  const { tenantId, asOf } = scoring;
  const windowStart = new Date(base.baseEnd.getTime() - base.windowDays * DAY_MS);
  const leftBefore = new Date(asOf.getTime() - base.windowDays * DAY_MS);
  return sql`
    with
    -- Per customer, the orders since the base's end less those that left the window since.
    sliver as materialized (
      select customer_id, sum(orders)::int as orders, sum(revenue) as revenue, max(last_order_at) as last_order_at
        from (select o.customer_id, count(*) as orders, sum(o.amount) as revenue, max(o.placed_at) as last_order_at
                from "order" o
               where o.tenant_id = ${tenantId} and ${COMPLETED} and o.placed_at >= ${base.baseEnd} and o.placed_at < ${asOf}
               group by o.customer_id
              union all
              select o.customer_id, -count(*), -sum(o.amount), null
                from "order" o
               where o.tenant_id = ${tenantId} and ${COMPLETED} and o.placed_at >= ${windowStart} and o.placed_at < ${leftBefore}
               group by o.customer_id) d
       group by customer_id
    ),
    touched as materialized (
      select t.customer_id, b.recency_rank, b.frequency_rank, b.monetary_rank,
             coalesce(b.external_id, (select c.external_id from customer c where c.tenant_id = ${tenantId} and c.id = t.customer_id)) as external_id,
             coalesce(b.window_orders, 0) + coalesce(s.orders, 0) as frequency,
             coalesce(b.window_revenue, 0) + coalesce(s.revenue, 0) as monetary,
             greatest(b.last_order_at, s.last_order_at) as last_order_at
        from (select customer_id from sliver
              union
              select b.customer_id from (${baseRowsSql(base)}) b where b.patched) t
        -- The whole key, so each touched customer is one index probe.
        left join (${baseRowsSql(base)}) b
               on b.slot = ${base.slot} and b.base_end = ${base.baseEnd} and b.window_days = ${base.windowDays} and b.customer_id = t.customer_id
        left join sliver s on s.customer_id = t.customer_id
    ),
    added as materialized (
      select customer_id, external_id, frequency, monetary, monetary::float8 as monetary_value, ${recencyOf(asOf, 'last_order_at')} as recency
        from touched where frequency > 0
    ),
    n as materialized (
      select x.na, x.a, x.m, x.na - x.m + x.a as n
        from (select (select ranked_buyers from customer_order_totals_base
                       where tenant_id = ${tenantId} and slot = ${base.slot} and base_end = ${base.baseEnd} and window_days = ${base.windowDays}) as na,
                     (select count(*) from added) as a,
                     (select count(*) from touched where recency_rank is not null) as m) x
    ),
    -- The places whose values make the edges: percentile_cont's two rows around each quintile
    -- for recency and monetary (0-based floor and ceiling of q(N − 1)), and for frequency the
    -- place each edge 1 + q(N − 1) passes (a buyer above it scores higher).
    targets as materialized (
      select t.measure, t.i, t.k, greatest(1, t.k - n.a - 1)::int as lo, least(n.na, t.k + n.m + 1)::int as hi
        from n cross join lateral (
          select m.measure, q.i, floor(q.q * (n.n - 1))::bigint + 1 as k
            from unnest(${QUINTILES}) with ordinality q(q, i) cross join (values ('recency'), ('monetary')) m(measure)
          union all
          select m.measure, q.i, ceil(q.q * (n.n - 1))::bigint + 1
            from unnest(${QUINTILES}) with ordinality q(q, i) cross join (values ('recency'), ('monetary')) m(measure)
          union all
          select 'frequency', q.i, floor((1 + q.q * (n.n - 1))::float8)::bigint
            from unnest(array[0.2, 0.4, 0.6, 0.8]) with ordinality q(q, i)
        ) t
       where n.n > 0
    ),
    ${rankedMeasureSql(base, { measure: 'recency', columns: ['v'], base: sql`${recencyOf(asOf, 'b.last_order_at')} as v`, added: ['a.recency'] })},
    ${rankedMeasureSql(base, { measure: 'monetary', columns: ['v'], base: trusted('b.monetary_value as v'), added: ['a.monetary_value'] })},
    ${rankedMeasureSql(base, { measure: 'frequency', columns: ['orders', 'external_id'], base: trusted('b.window_orders as orders, b.external_id'), added: ['a.frequency', 'a.external_id'] })},
    edges as materialized (
      select (select array_agg(lo.v + ((q.q * (n.n - 1)) - floor(q.q * (n.n - 1))) * (hi.v - lo.v) order by q.i)
                from unnest(${QUINTILES}) with ordinality q(q, i)
                join recency_ranked lo on lo.rank = floor(q.q * (n.n - 1)) + 1
                join recency_ranked hi on hi.rank = ceil(q.q * (n.n - 1)) + 1) as recency_edges,
             case when n.n > 0 then array[1 + 0.2 * (n.n - 1), 1 + 0.4 * (n.n - 1), 1 + 0.6 * (n.n - 1), 1 + 0.8 * (n.n - 1)]::float8[] end as frequency_edges,
             (select array_agg(lo.v + ((q.q * (n.n - 1)) - floor(q.q * (n.n - 1))) * (hi.v - lo.v) order by q.i)
                from unnest(${QUINTILES}) with ordinality q(q, i)
                join monetary_ranked lo on lo.rank = floor(q.q * (n.n - 1)) + 1
                join monetary_ranked hi on hi.rank = ceil(q.q * (n.n - 1)) + 1) as monetary_edges
        from n
    ),
    -- Per frequency edge, the buyer at its place: buyers ordered after it score higher. An
    -- untouched buyer is after it exactly when its own place is above \`cut\`, the highest
    -- untouched place up to it (or the window's start less one when none is).
    frequency_keys as materialized (
      select t.i, f.orders, f.external_id, coalesce(f.place_reached, f.lo - 1) as cut
        from targets t join frequency_ranked f on f.rank = t.k
       where t.measure = 'frequency'
    ),
    -- width_bucket counts the thresholds at or below a value; negated, the ones at or above it.
    e as materialized (
      select array[-recency_edges[4], -recency_edges[3], -recency_edges[2], -recency_edges[1]] as recency_negated,
             array[-monetary_edges[4], -monetary_edges[3], -monetary_edges[2], -monetary_edges[1]] as monetary_negated,
             (select array_agg(k.cut + 1 order by k.i) from frequency_keys k) as frequency_after,
             (select array_agg(k.orders order by k.i) from frequency_keys k) as key_orders,
             (select array_agg(k.external_id order by k.i) from frequency_keys k) as key_ids
        from edges
    ),
    -- R = 1 + edges at or above the recency, M = 5 − edges at or above the revenue, F = 1 +
    -- frequency edges passed (rfm.query.ts's bins: a value equal to an edge stays below it);
    -- the cell (R − 1) × 25 + (F − 1) × 5 + M. The edges are read as scalar subqueries: a
    -- parameter once per statement, where a joined row's array cost twice as much per buyer.
    scored as (
      select width_bucket(-u.recency::float8, (select recency_negated from e)) * 25 + width_bucket(u.frequency_rank, (select frequency_after from e)) * 5
               + 5 - width_bucket(-u.monetary_value, (select monetary_negated from e)) as cell,
             u.monetary, u.recency, u.frequency
        from (select ${recencyOf(asOf, 'b.last_order_at')} as recency, b.frequency_rank, b.window_revenue as monetary, b.monetary_value, b.window_orders as frequency
                from (${baseRowsSql(base)}) b
               where b.recency_rank is not null and not b.patched
                 and not exists (select from sliver s where s.customer_id = b.customer_id)
                 and (select na from n) is not null) u
      union all
      select width_bucket(-a.recency::float8, e.recency_negated) * 25
               + (select count(*) from unnest(e.key_orders, e.key_ids) k(orders, id) where (a.frequency, a.external_id) > (k.orders, k.id))::int * 5
               + 5 - width_bucket(-a.monetary_value, e.monetary_negated),
             a.monetary, a.recency, a.frequency
        from added a cross join e
       where (select na from n) is not null
    ),
    cells as materialized (
      select cell, (cell - 1) / 25 + 1 as r, (cell - 1) / 5 % 5 + 1 as f, count(*)::int as customers, sum(monetary) as revenue,
             sum(recency)::float8 as recency_sum, sum(frequency)::float8 as frequency_sum
        from scored
       group by cell
    ),
    segment_map as (${segmentMapSql(scoring.cells)}),
    summary as (${SUMMARY_ROWS})
    select summary.*, (select na is not null from n) as ranked from summary`;
}
