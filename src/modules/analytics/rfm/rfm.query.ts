import { sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { COMPLETED_ORDER } from '../../customer/customer.query.js';
import { DEFAULT_SEGMENT_CELLS } from './rfm-segment-map.js';
import { RfmMethod } from './rfm.enums.js';

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
}

const QUINTILES = trusted('array[0.2, 0.4, 0.6, 0.8]');

// Number of edges strictly below the value: 0..4, so a value equal to an edge stays in the
// lower bin (right-inclusive bins, as pandas qcut).
function binOf(value: string, edges: string): SqlFragment {
  return trusted(`(1 + (${value} > ${edges}[1])::int + (${value} > ${edges}[2])::int + (${value} > ${edges}[3])::int + (${value} > ${edges}[4])::int)`);
}

/**
 * Per buyer with a completed order in [from, to): recency in whole days to asOf, distinct
 * completed orders, revenue in base currency.
 */
function measuredSql(scoring: RfmScoring): SqlFragment {
  // Aggregate the orders first (the covering partial index holds every column needed), then
  // fetch the external ids of the buyers only. Each order row is one distinct order.
  return sql`
    select b.customer_id, c.external_id,
           floor(extract(epoch from (${scoring.asOf}::timestamptz - b.last_order_at)) / 86400)::int as recency,
           b.frequency, b.monetary
      from (select o.customer_id, max(o.placed_at) as last_order_at, count(*)::int as frequency, sum(o.amount) as monetary
              from "order" o
             where o.tenant_id = ${scoring.tenantId} and ${trusted(COMPLETED_ORDER)}
               and o.placed_at >= ${scoring.from} and o.placed_at < ${scoring.to}
             group by o.customer_id) b
      join customer c on c.tenant_id = ${scoring.tenantId} and c.id = b.customer_id`;
}

/** Edges (four per measure, ascending) computed from the measured buyers. */
function edgesSql(method: RfmMethod, fixed: RfmScoring['fixed']): SqlFragment {
  switch (method) {
    case RfmMethod.QUANTILE:
      return sql`
        select percentile_cont(${QUINTILES}) within group (order by recency) as recency_edges,
               percentile_cont(${QUINTILES}) within group (order by frequency_rank) as frequency_edges,
               percentile_cont(${QUINTILES}) within group (order by monetary::float8) as monetary_edges
          from ranked`;
    case RfmMethod.NTILE:
      // Ascending edges as for quantiles: the largest value of each score but the top one (for
      // recency, of scores 5..2, since a smaller recency scores higher).
      return sql`
        select array(select max(recency)::float8 from ranked where recency_tile > 1 group by recency_tile order by recency_tile desc) as recency_edges,
               array(select max(frequency)::float8 from ranked where frequency_tile < 5 group by frequency_tile order by frequency_tile) as frequency_edges,
               array(select max(monetary)::float8 from ranked where monetary_tile < 5 group by monetary_tile order by monetary_tile) as monetary_edges`;
    case RfmMethod.FIXED:
      return sql`select ${fixed?.recency ?? []}::float8[] as recency_edges, ${fixed?.frequency ?? []}::float8[] as frequency_edges, ${fixed?.monetary ?? []}::float8[] as monetary_edges`;
  }
}

// Only the window functions the method needs: each is a sort of every buyer.
function rankColumns(method: RfmMethod): SqlFragment {
  switch (method) {
    case RfmMethod.QUANTILE:
      return trusted(`, row_number() over (order by frequency, external_id) as frequency_rank`);
    case RfmMethod.NTILE:
      return trusted(`, ntile(5) over (order by recency desc, external_id) as recency_tile,
             ntile(5) over (order by frequency, external_id) as frequency_tile,
             ntile(5) over (order by monetary, external_id) as monetary_tile`);
    case RfmMethod.FIXED:
      return trusted('');
  }
}

function scoresSql(method: RfmMethod): SqlFragment {
  if (method === RfmMethod.NTILE) {
    return trusted(`recency_tile as r, frequency_tile as f, monetary_tile as m`);
  }
  const frequencyValue = method === RfmMethod.QUANTILE ? 'frequency_rank' : 'frequency';
  return sql`(6 - ${binOf('recency', 'e.recency_edges')}) as r, ${binOf(frequencyValue, 'e.frequency_edges')} as f, ${binOf('monetary::float8', 'e.monetary_edges')} as m`;
}

/**
 * CTEs `measured`, `ranked`, `edges` and `scored` (customer_id, external_id, recency,
 * frequency, monetary, r, f, m, segment); follow with a select from them.
 */
export function rfmScoredCtes(scoring: RfmScoring): SqlFragment {
  return sql`
    measured as materialized (${measuredSql(scoring)}),
    ranked as (
      select measured.*${rankColumns(scoring.method)}
        from measured
    ),
    edges as materialized (${edgesSql(scoring.method, scoring.fixed)}),
    scored_values as (
      select ranked.customer_id, ranked.external_id, ranked.recency, ranked.frequency, ranked.monetary, ${scoresSql(scoring.method)}
        from ranked cross join edges e
    ),
    scored as (
      select scored_values.*, (${scoring.cells}::text[])[(r - 1) * 25 + (f - 1) * 5 + m] as segment
        from scored_values
    )`;
}

/** (customer_id, segment) of every buyer as of asOf, default scoring and window: for breakdowns. */
export function rfmMembershipSql(tenantId: string, asOf: Date, cells: string[] = DEFAULT_SEGMENT_CELLS, windowDays = 365): SqlFragment {
  const from = new Date(asOf.getTime() - windowDays * 86_400_000);
  return sql`with ${rfmScoredCtes({ tenantId, asOf, from, to: asOf, method: RfmMethod.QUANTILE, cells })} select customer_id, segment from scored`;
}

/** Summary rows: one per segment, one per (r, f) cell, and one carrying the edges. */
export function rfmSummarySql(scoring: RfmScoring): SqlFragment {
  return sql`
    with ${rfmScoredCtes(scoring)}
    select 'segment' as kind, segment, null::int as r, null::int as f, count(*)::int as customers, sum(monetary)::text as revenue,
           avg(recency)::float8 as mean_recency, avg(frequency)::float8 as mean_frequency, avg(monetary)::float8 as mean_monetary,
           null::float8[] as recency_edges, null::float8[] as frequency_edges, null::float8[] as monetary_edges
      from scored group by segment
    union all
    select 'cell', null, r, f, count(*)::int, null, null, null, null, null, null, null from scored group by r, f
    union all
    select 'edges', null, null, null, (select count(*)::int from measured), (select sum(monetary)::text from measured), null, null, null,
           recency_edges, frequency_edges, monetary_edges
      from edges`;
}

/** One page of scored buyers ordered by external id, optionally of some segments or customers. */
export function rfmScoresPageSql(
  scoring: RfmScoring,
  page: { segments?: string[] | null; customerIds?: string[] | null; afterExternalId?: string | null; limit: number },
): SqlFragment {
  return sql`
    with ${rfmScoredCtes(scoring)}
    select customer_id, external_id, recency, frequency, monetary::text as monetary, r, f, m, segment
      from scored
     where (${page.segments ?? null}::text[] is null or segment = any(${page.segments ?? null}::text[]))
       and (${page.customerIds ?? null}::uuid[] is null or customer_id = any(${page.customerIds ?? null}::uuid[]))
       and (${page.afterExternalId ?? null}::text is null or external_id > ${page.afterExternalId ?? null})
     order by external_id
     limit ${page.limit}`;
}

/** Customers counted by (segment at the first date, segment at the second); NONE = not scored. */
export function rfmTransitionsSql(first: RfmScoring, second: RfmScoring): SqlFragment {
  return sql`
    with first_scores as (with ${rfmScoredCtes(first)} select customer_id, segment from scored),
         second_scores as (with ${rfmScoredCtes(second)} select customer_id, segment from scored)
    select coalesce(a.segment, 'NONE') as from_segment, coalesce(b.segment, 'NONE') as to_segment, count(*)::int as customers
      from first_scores a full join second_scores b on b.customer_id = a.customer_id
     group by 1, 2
     order by 1, 2`;
}
