import { sql, type SqlFragment } from '../../../common/sql-fragment.js';
import type { RfmScoring } from './rfm.query.js';

/**
 * SQL of the RFM score cache (the migration that creates it says why and how it stays exact):
 * one row per scoring, every buyer's measures and cell as arrays, element i of each the same
 * buyer's (the aggregates of one group see its rows in the same order). Readers that page
 * order by external id themselves; sorting 100,000 ids here took a third of writing an entry.
 */

/** Everything a scoring's scores depend on besides the orders; the tenant is the row's own. */
export function scoringKeyOf(scoring: RfmScoring): string {
  return [scoring.method, scoring.asOf.toISOString(), scoring.from.toISOString(), scoring.to.toISOString(), JSON.stringify(scoring.fixed ?? null)].join('|');
}

/**
 * The id of the scoring's current entry, locked FOR KEY SHARE so it is not deleted while this
 * request reads it (an order write marking it stale does not wait for the lock).
 */
export function lockCachedScoresSql(tenantId: string, scoringKey: string): SqlFragment {
  return sql`select id::text from rfm_score_cache where tenant_id = ${tenantId} and scoring_key = ${scoringKey} and not stale for key share`;
}

/**
 * Scores the buyers and keeps the result; returns the entry's id. `scoredCtes` computes CTEs
 * `edges` and `scored` (rfm.query.ts). With no buyer the arrays are empty and the edges null.
 */
export function writeCachedScoresSql(scoring: RfmScoring, scoringKey: string, scoredCtes: SqlFragment): SqlFragment {
  return sql`
    with ${scoredCtes}
    insert into rfm_score_cache (tenant_id, scoring_key, as_of, recency_edges, frequency_edges, monetary_edges,
                                 customer_ids, external_ids, recency, frequency, monetary, cells)
    select ${scoring.tenantId}, ${scoringKey}, ${scoring.asOf}, e.recency_edges, e.frequency_edges, e.monetary_edges,
           coalesce(a.customer_ids, '{}'), coalesce(a.external_ids, '{}'), coalesce(a.recency, '{}'),
           coalesce(a.frequency, '{}'), coalesce(a.monetary, '{}'), coalesce(a.cells, '{}')
      from edges e
      cross join (select array_agg(s.customer_id) as customer_ids,
                         array_agg(s.external_id) as external_ids,
                         array_agg(s.recency) as recency,
                         array_agg(s.frequency) as frequency,
                         array_agg(s.monetary) as monetary,
                         array_agg(s.cell::smallint) as cells
                    from scored s) a
    returning id::text`;
}

/**
 * CTEs `edges` and `scored` (customer_id, external_id, recency, frequency, monetary, r, f, m,
 * cell) read from a kept entry, in the shape rfm.query.ts computes them.
 */
export function cachedScoredCtes(tenantId: string, entryId: string): SqlFragment {
  return sql`
    cached as materialized (
      select * from rfm_score_cache where tenant_id = ${tenantId} and id = ${entryId}::bigint
    ),
    edges as (select recency_edges, frequency_edges, monetary_edges from cached),
    scored as (
      select u.customer_id, u.external_id, u.recency, u.frequency, u.monetary,
             (u.cell - 1) / 25 + 1 as r, (u.cell - 1) / 5 % 5 + 1 as f, (u.cell - 1) % 5 + 1 as m, u.cell::int as cell
        from cached c,
             unnest(c.customer_ids, c.external_ids, c.recency, c.frequency, c.monetary, c.cells) as u(customer_id, external_id, recency, frequency, monetary, cell)
    )`;
}

/**
 * (customer_id, segment) of every buyer of a kept entry. Only the two arrays it needs are
 * unnested: every array unnested is read and decompressed whole.
 */
export function cachedMembershipSql(tenantId: string, entryId: string, segmentMap: SqlFragment): SqlFragment {
  return sql`
    select u.customer_id, map.segment
      from rfm_score_cache c
     cross join unnest(c.customer_ids, c.cells) as u(customer_id, cell)
      join (${segmentMap}) map on map.cell = u.cell
     where c.tenant_id = ${tenantId} and c.id = ${entryId}::bigint`;
}

/**
 * Deletes the tenant's stale entries and its oldest beyond `keep`, skipping any a request is
 * reading (it holds FOR KEY SHARE, which FOR UPDATE waits for; SKIP LOCKED passes it by).
 */
export function evictCachedScoresSql(tenantId: string, keep: number): SqlFragment {
  return sql`
    delete from rfm_score_cache
     where id in (select id from rfm_score_cache
                   where tenant_id = ${tenantId}
                   order by stale, built_at desc
                  offset ${keep}
                     for update skip locked)
        or id in (select id from rfm_score_cache where tenant_id = ${tenantId} and stale for update skip locked)`;
}
