import { sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { COMPLETED_ORDER } from '../../customer/customer.query.js';
import { RfmMethod } from './rfm.enums.js';
import { cachedMembershipSql, cachedScoredCtes } from './rfm-score-cache.query.js';
import type { KeptBase } from '../customer-totals/customer-totals.query.js';

/** SQL of RFM scoring (METRICS.md, RFM). Every value is a bind parameter. */

export interface RfmScoring {
  tenantId: string;
  /** R is measured to here; orders at or after it do not count. */
  asOf: Date;
  /** Window start (inclusive). */
  from: Date;
  /** Window end (exclusive); at most asOf. */
  to: Date;
  method: RfmMethod;
  /** FIXED only: four ascending edges per measure (F on the order count itself). */
  fixed?: { recency: number[]; frequency: number[]; monetary: number[] };
  /** 125 segment names by cell, see rfm-segment-map.ts. */
  cells: string[];
  /** Per-customer totals for exactly this window (customer-totals.service.ts), when available. */
  totals?: SqlFragment | null;
  /** The kept base those totals come from. */
  base?: KeptBase | null;
  /** The asOf was given by the caller (not "now"), so the scores may be kept and asked for again. */
  cacheable?: boolean;
  /** The id of a kept entry holding these scores (rfm-score-cache.service.ts), when there is one. */
  cachedEntryId?: string | null;
}

const QUINTILES = trusted('array[0.2, 0.4, 0.6, 0.8]');

// Number of edges strictly below the value: 0..4, so a value equal to an edge stays in the
// lower bin (right-inclusive bins, as pandas qcut). The edges are scalar columns of `e`
// (r1..r4, f1..f4, m1..m4): subscripting arrays for every buyer costs more than the scoring.
function binOf(value: string, edge: 'r' | 'f' | 'm'): SqlFragment {
  return trusted(`(1 + (${value} > e.${edge}1)::int + (${value} > e.${edge}2)::int + (${value} > e.${edge}3)::int + (${value} > e.${edge}4)::int)`);
}

/**
 * Per buyer with a completed order in [from, to): recency in whole days to asOf, distinct
 * completed orders, revenue in base currency (exact, and as float8 for edges and bins). From
 * the per-customer totals when the request has them for this window (customer-totals), else
 * from the orders.
 */
function measuredSql(scoring: RfmScoring): SqlFragment {
  // date_part returns float8; extract would return numeric, several times slower per buyer.
  const recency = sql`floor(date_part('epoch', ${scoring.asOf}::timestamptz - b.last_order_at) / 86400)::int`;
  if (scoring.totals) {
    return sql`
      select b.customer_id, b.external_id, ${recency} as recency, b.window_orders as frequency, b.window_revenue as monetary,
             b.monetary_value
        from (${scoring.totals}) b
       where b.window_orders > 0`;
  }
  // Aggregate the orders first (the covering partial index holds every column needed), then
  // fetch the external ids of the buyers only. Each order row is one distinct order.
  return sql`
    select b.customer_id, c.external_id, ${recency} as recency, b.frequency, b.monetary, b.monetary::float8 as monetary_value
      from (select o.customer_id, max(o.placed_at) as last_order_at, count(*)::int as frequency, sum(o.amount) as monetary
              from "order" o
             where o.tenant_id = ${scoring.tenantId} and ${trusted(COMPLETED_ORDER)}
               and o.placed_at >= ${scoring.from} and o.placed_at < ${scoring.to}
             group by o.customer_id) b
      join customer c on c.tenant_id = ${scoring.tenantId} and c.id = b.customer_id`;
}

const EDGE_SCALARS = trusted(`
    e as (
      select recency_edges[1] as r1, recency_edges[2] as r2, recency_edges[3] as r3, recency_edges[4] as r4,
             frequency_edges[1] as f1, frequency_edges[2] as f2, frequency_edges[3] as f3, frequency_edges[4] as f4,
             monetary_edges[1] as m1, monetary_edges[2] as m2, monetary_edges[3] as m3, monetary_edges[4] as m4
        from edges
    )`);

const R_AND_M_SCORES = sql`(6 - ${binOf('m.recency', 'r')}) as r, ${binOf('m.monetary_value', 'm')} as m`;

/**
 * QUANTILE (METRICS.md): R and M edges are value quintiles; F's are quintiles of the rank
 * 1..N of buyers ordered by (F, external id), which are simply 1 + p(N − 1), so F needs no
 * sort of every buyer: a buyer's F score follows from how many buyers have a lower F, except
 * in the few F groups an edge falls inside, where its place among equals (by external id)
 * decides. Only those buyers are ranked.
 */
function quantileScoresSql(scoring: RfmScoring): SqlFragment {
  return sql`
    edges as materialized (
      select percentile_cont(${QUINTILES}) within group (order by recency) as recency_edges,
             case when count(*) > 0 then array[1 + 0.2 * (count(*) - 1), 1 + 0.4 * (count(*) - 1), 1 + 0.6 * (count(*) - 1), 1 + 0.8 * (count(*) - 1)]::float8[] end as frequency_edges,
             percentile_cont(${QUINTILES}) within group (order by monetary_value) as monetary_edges
        from measured
    ),
    ${EDGE_SCALARS},
    frequency_groups as (
      select g.frequency, g.ranked_before, ${binOf('(g.ranked_before + 1)', 'f')} as first_score, ${binOf('(g.ranked_before + g.buyers)', 'f')} as last_score
        from (select frequency, count(*) as buyers, (sum(count(*)) over (order by frequency) - count(*))::bigint as ranked_before
                from measured group by frequency) g
        cross join e
    ),
    scored_values as (
      select m.customer_id, m.external_id, m.recency, m.frequency, m.monetary, ${R_AND_M_SCORES}, g.first_score as f
        from measured m
        join frequency_groups g on g.frequency = m.frequency and g.first_score = g.last_score
        cross join e
      union all
      select m.customer_id, m.external_id, m.recency, m.frequency, m.monetary, ${R_AND_M_SCORES}, ${binOf('m.frequency_rank', 'f')} as f
        from (select m.*, g.ranked_before + row_number() over (partition by m.frequency order by m.external_id) as frequency_rank
                from measured m
                join frequency_groups g on g.frequency = m.frequency and g.first_score <> g.last_score) m
        cross join e
    )`;
}

/** NTILE: ntile(5) on each measure, ties broken by external id; edges are each tile's largest value. */
function ntileScoresSql(scoring: RfmScoring): SqlFragment {
  return sql`
    ranked as (
      select m.*, ntile(5) over (order by m.recency desc, m.external_id) as recency_tile,
             ntile(5) over (order by m.frequency, m.external_id) as frequency_tile,
             ntile(5) over (order by m.monetary, m.external_id) as monetary_tile
        from measured m
    ),
    edges as materialized (
      -- Ascending edges as for quantiles: the largest value of each score but the top one (for
      -- recency, of scores 5..2, since a smaller recency scores higher).
      select array(select max(recency)::float8 from ranked where recency_tile > 1 group by recency_tile order by recency_tile desc) as recency_edges,
             array(select max(frequency)::float8 from ranked where frequency_tile < 5 group by frequency_tile order by frequency_tile) as frequency_edges,
             array(select max(monetary)::float8 from ranked where monetary_tile < 5 group by monetary_tile order by monetary_tile) as monetary_edges
    ),
    scored_values as (
      select customer_id, external_id, recency, frequency, monetary, recency_tile as r, monetary_tile as m, frequency_tile as f from ranked
    )`;
}

/** FIXED: the caller's edges, F on the order count itself. */
function fixedScoresSql(scoring: RfmScoring): SqlFragment {
  const fixed = scoring.fixed;
  return sql`
    edges as materialized (
      select ${fixed?.recency ?? []}::float8[] as recency_edges, ${fixed?.frequency ?? []}::float8[] as frequency_edges, ${fixed?.monetary ?? []}::float8[] as monetary_edges
    ),
    ${EDGE_SCALARS},
    scored_values as (
      select m.customer_id, m.external_id, m.recency, m.frequency, m.monetary, ${R_AND_M_SCORES}, ${binOf('m.frequency', 'f')} as f
        from measured m cross join e
    )`;
}

function scoresSql(scoring: RfmScoring): SqlFragment {
  switch (scoring.method) {
    case RfmMethod.QUANTILE:
      return quantileScoresSql(scoring);
    case RfmMethod.NTILE:
      return ntileScoresSql(scoring);
    case RfmMethod.FIXED:
      return fixedScoresSql(scoring);
  }
}

/** The map as rows (cell 1..125, segment), to join on a buyer's cell instead of indexing an array per buyer. */
export function segmentMapSql(cells: string[]): SqlFragment {
  return sql`select cell::int, segment from unnest(${cells}::text[]) with ordinality as map(segment, cell)`;
}

const CELL_OF_SCORES = trusted('((r - 1) * 25 + (f - 1) * 5 + m)');

/**
 * CTEs `edges`, `scored` (customer_id, external_id, recency, frequency, monetary, r, f, m,
 * cell) and `segment_map`; follow with a select from them. `scored` carries the cell, not the
 * segment: join `segment_map` where the segment is needed. Read from the kept entry when the
 * scoring has one, else computed.
 */
export function rfmScoredCtes(scoring: RfmScoring): SqlFragment {
  if (scoring.cachedEntryId) {
    return sql`${cachedScoredCtes(scoring.tenantId, scoring.cachedEntryId)}, segment_map as (${segmentMapSql(scoring.cells)})`;
  }
  return sql`${computedScoredCtes(scoring)}, segment_map as (${segmentMapSql(scoring.cells)})`;
}

/** CTEs `measured`, `edges` and `scored`, computed from the per-customer totals or the orders. */
export function computedScoredCtes(scoring: RfmScoring): SqlFragment {
  return sql`
    measured as materialized (${measuredSql(scoring)}),
    ${scoresSql(scoring)},
    scored as (
      select scored_values.*, ${CELL_OF_SCORES} as cell
        from scored_values
    )`;
}

/** (customer_id, segment) of every buyer of the scoring: for breakdowns and filters. */
export function rfmMembershipSql(scoring: RfmScoring): SqlFragment {
  if (scoring.cachedEntryId) return cachedMembershipSql(scoring.tenantId, scoring.cachedEntryId, segmentMapSql(scoring.cells));
  return sql`with ${rfmScoredCtes(scoring)} select s.customer_id, map.segment from scored s join segment_map map on map.cell = s.cell`;
}

/**
 * Summary rows: one per segment, one per (r, f) cell, and one carrying the edges. Buyers are
 * counted per (r, f, m) cell first, so the segment of only 125 cells is looked up.
 */
export function rfmSummarySql(scoring: RfmScoring): SqlFragment {
  return sql`
    with ${rfmScoredCtes(scoring)},
    cells as materialized (
      select cell, r, f, count(*)::int as customers, sum(monetary) as revenue,
             sum(recency)::float8 as recency_sum, sum(frequency)::float8 as frequency_sum
        from scored group by cell, r, f
    )
    ${SUMMARY_ROWS}`;
}

/**
 * The summary's rows from CTEs `cells` (cell, r, f, customers, revenue, recency_sum,
 * frequency_sum), `edges` (recency_edges, frequency_edges, monetary_edges) and `segment_map`.
 */
export const SUMMARY_ROWS = trusted(`
    select 'segment' as kind, map.segment, null::int as r, null::int as f, sum(c.customers)::int as customers, sum(c.revenue)::text as revenue,
           sum(c.recency_sum) / sum(c.customers) as mean_recency, sum(c.frequency_sum) / sum(c.customers) as mean_frequency,
           (sum(c.revenue) / sum(c.customers))::float8 as mean_monetary,
           null::float8[] as recency_edges, null::float8[] as frequency_edges, null::float8[] as monetary_edges
      from cells c join segment_map map on map.cell = c.cell
     group by map.segment
    union all
    select 'cell', null, r, f, sum(customers)::int, null, null, null, null, null, null, null from cells group by r, f
    union all
    select 'edges', null, null, null, (select coalesce(sum(customers), 0)::int from cells), (select sum(revenue)::text from cells), null, null, null,
           recency_edges, frequency_edges, monetary_edges
      from edges`);

/** One page of scored buyers ordered by external id, optionally of some segments or customers. */
export function rfmScoresPageSql(
  scoring: RfmScoring,
  page: { segments?: string[] | null; customerIds?: string[] | null; afterExternalId?: string | null; limit: number },
): SqlFragment {
  return sql`
    with ${rfmScoredCtes(scoring)}
    select s.customer_id, s.external_id, s.recency, s.frequency, s.monetary::text as monetary, s.r, s.f, s.m, map.segment
      from scored s
      join segment_map map on map.cell = s.cell
     where (${page.segments ?? null}::text[] is null or map.segment = any(${page.segments ?? null}::text[]))
       and (${page.customerIds ?? null}::uuid[] is null or s.customer_id = any(${page.customerIds ?? null}::uuid[]))
       and (${page.afterExternalId ?? null}::text is null or s.external_id > ${page.afterExternalId ?? null})
     order by s.external_id
     limit ${page.limit}`;
}

/** Customers counted by (segment at the first date, segment at the second); NONE = not scored. */
export function rfmTransitionsSql(first: RfmScoring, second: RfmScoring): SqlFragment {
  return sql`
    with first_scores as (${rfmMembershipSql(first)}),
         second_scores as (${rfmMembershipSql(second)})
    select coalesce(a.segment, 'NONE') as from_segment, coalesce(b.segment, 'NONE') as to_segment, count(*)::int as customers
      from first_scores a full join second_scores b on b.customer_id = a.customer_id
     group by 1, 2
     order by 1, 2`;
}
