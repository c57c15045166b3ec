import { allOf, joinSql, sql, type SqlFragment } from '../../../common/sql-fragment.js';
import { dimensionSql, FEEDBACK_FACT, filterConditions, rfmMembershipOf, type FactTable } from '../metric/metric-scope.js';
import { bucketOf, seriesSql } from '../metric/metric-series.js';
import type { MetricWindow } from '../metric/metric-window.js';
import type { SurveyScale } from './nps-math.js';

/**
 * Survey answers (feedback of kind NPS, CSAT or CES) counted per score, so one statement gives
 * every figure of METRICS.md "NPS" and "CSAT and CES" (shares, mean, distribution) for a bucket,
 * a group or the window. Each reads the index (tenant_id, kind, received_at).
 */

// `counts[i]` = answers with score `scale.min + i`, as an int[] with an entry for every score.
function scoreCountsSql(scale: SurveyScale): SqlFragment {
  const columns: SqlFragment[] = [];
  for (let score = scale.min; score <= scale.max; score += 1) columns.push(sql`count(*) filter (where f.score = ${score})`);
  return sql`array[${joinSql(columns, ', ')}]::int[]`;
}

function answersSql(tenantId: string, window: MetricWindow, scale: SurveyScale, from: Date, to: Date): SqlFragment {
  return sql`f.tenant_id = ${tenantId} and f.kind = ${scale.kind} and f.score is not null
       and f.received_at >= ${from} and f.received_at < ${to}
       and ${allOf(filterConditions(FEEDBACK_FACT, window, tenantId))}`;
}

/** Per bucket and group: `counts`. Gap-free through seriesSql; the groups' window figures are its sums. */
export function surveySeriesSql(tenantId: string, window: MetricWindow, scale: SurveyScale): SqlFragment {
  const dimension = dimensionSql(FEEDBACK_FACT, window, tenantId);
  return seriesSql(window, sql`
    select ${bucketOf(sql`f.received_at`, window)} as bucket, ${dimension.key} as group_key, ${scoreCountsSql(scale)} as counts
      from feedback f ${dimension.joins}
     where ${answersSql(tenantId, window, scale, window.from, window.dataEnd)}
     group by 1, 2`);
}

/**
 * The window and the previous period in one pass (no breakdown, filter applied): a row per
 * period that has answers, `is_current` telling which. The previous period ends at `from`,
 * and both stop at asOf (dataEnd = min(to, asOf)).
 */
export function surveyTotalsSql(tenantId: string, window: MetricWindow, scale: SurveyScale): SqlFragment {
  return sql`
    select f.received_at >= ${window.from} as is_current, ${scoreCountsSql(scale)} as counts
      from feedback f
     where ${answersSql(tenantId, window, scale, window.previous.from, window.dataEnd)}
     group by 1`;
}

// The RFM membership, read as a fact table so the shared customer filters apply to it.
const MEMBERSHIP_FACT: FactTable = { name: 'customers', alias: 'm', customerColumn: 'm.customer_id' };

/**
 * Buyers counted by (RFM segment as of asOf, category of their latest NPS answer at or before
 * asOf). The latest answer is one sort of the tenant's NPS answers read from the index, not a
 * subquery per buyer; of two answers at the same instant the lower score counts, which keeps
 * the result deterministic without reading the table for the id.
 */
export function rfmByNpsCategorySql(tenantId: string, window: MetricWindow): SqlFragment {
  const { rfmSegments, ...customerFilter } = window.filter;
  // The membership is already computed here: filter its segment column instead of scoring again.
  const conditions = filterConditions(MEMBERSHIP_FACT, { ...window, filter: customerFilter }, tenantId);
  if (rfmSegments?.length) conditions.push(sql`m.segment = any(${rfmSegments}::text[])`);
  return sql`
    with membership as materialized (${rfmMembershipOf(window)}),
    latest as (
      select distinct on (f.customer_id) f.customer_id, f.score
        from feedback f
       where f.tenant_id = ${tenantId} and f.kind = 'NPS' and f.score is not null
         and f.customer_id is not null and f.received_at <= ${window.asOf}
       order by f.customer_id, f.received_at desc, f.score
    )
    select m.segment,
           case when l.score is null then 'NONE' when l.score >= 9 then 'PROMOTER' when l.score >= 7 then 'PASSIVE' else 'DETRACTOR' end as nps_category,
           count(*)::int as customers
      from membership m
      left join latest l on l.customer_id = m.customer_id
     where ${allOf(conditions)}
     group by 1, 2`;
}
