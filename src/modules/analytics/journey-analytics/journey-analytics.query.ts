import { allOf, joinSql, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { FEEDBACK_FACT, filterConditions, TOUCHPOINT_FACT } from '../metric/metric-scope.js';
import type { MetricWindow } from '../metric/metric-window.js';

/**
 * SQL of the journey analytics (METRICS.md, "Journeys"): one statement per part (the emotion
 * curve and the pain points share one), each reading the touchpoints of one journey in
 * [from, dataEnd) once (tenant_id, journey_id, occurred_at).
 */

export interface JourneyScope {
  tenantId: string;
  journeyId: string;
  window: MetricWindow;
}

/** Touchpoints (alias t, as the shared filter expects) of the journey in the window that pass the filter. */
function touchpointConditions({ tenantId, journeyId, window }: JourneyScope): SqlFragment {
  return sql`t.tenant_id = ${tenantId} and t.journey_id = ${journeyId}
         and t.occurred_at >= ${window.from} and t.occurred_at < ${window.dataEnd}
         and ${allOf(filterConditions(TOUCHPOINT_FACT, window, tenantId))}`;
}

export interface FunnelRow {
  stage_id: string;
  customers: number;
  converted: number;
  median_days: number | null;
}

/**
 * Per stage: customers with a touchpoint in it; of those, the ones whose first touchpoint in
 * the next stage (by position) comes after their first in this one; and the median of that gap
 * in days. `stageIds` are the journey's stages in position order (1 to 50 of them).
 *
 * One row per customer holds the first and last touchpoint in every stage, as filtered min/max
 * columns of one hash aggregate, so the touchpoints are read once and never sorted (grouping
 * them by customer and stage, then pairing each stage with the next in a window, sorted them
 * twice and took about 1.7× as long). The gaps come from the customer's columns side by side;
 * the single summary row is then turned into one row per stage.
 */
export function journeyFunnelSql(scope: JourneyScope, stageIds: readonly string[]): SqlFragment {
  const steps = stageIds.map((id, index) => ({ id, first: trusted(`first_${index}`), last: trusted(`last_${index}`), gap: trusted(`gap_${index}`), index }));
  const perStage = joinSql(steps.map(({ id, first, last }) => sql`
           min(t.occurred_at) filter (where t.stage_id = ${id}) as ${first},
           max(t.occurred_at) filter (where t.stage_id = ${id}) as ${last}`), ',');
  const gaps = joinSql(steps.map((step) => {
    const next = steps[step.index + 1];
    if (!next) return sql`${step.first}, null::interval as ${step.gap}`;
    // A customer who met the next stage before this one and again after it converts at their
    // first visit after it, which only their own touchpoints tell; few customers do, and the
    // subquery runs for those only (a case evaluates lazily).
    return sql`${step.first}, case when ${next.first} > ${step.first} then ${next.first} - ${step.first}
                     when ${next.last} > ${step.first} then
                       (select min(t.occurred_at) from touchpoint t
                         where t.customer_id = c.customer_id and t.stage_id = ${next.id} and t.occurred_at > c.${step.first}
                           and ${touchpointConditions(scope)}) - ${step.first}
                end as ${step.gap}`;
  }), ', ');
  const summaries = joinSql(steps.map(({ first, gap, index }) => sql`
           count(${first})::int as ${trusted(`customers_${index}`)}, count(${gap})::int as ${trusted(`converted_${index}`)},
           percentile_cont(0.5) within group (order by date_part('epoch', ${gap}) / 86400) as ${trusted(`median_${index}`)}`), ',');
  const perStageRows = joinSql(steps.map(({ id, index }) =>
    sql`(${index}, ${id}::uuid, s.${trusted(`customers_${index}`)}, s.${trusted(`converted_${index}`)}, s.${trusted(`median_${index}`)})`), ', ');
  // Each offset 0 keeps its subquery whole: a gap is computed once per customer, not once per
  // aggregate that reads it.
  return sql`
    select v.stage_id, v.customers, v.converted, v.median_days
      from (select ${summaries}
              from (select ${gaps}
                      from (select t.customer_id, ${perStage}
                              from touchpoint t
                             where ${touchpointConditions(scope)}
                             group by t.customer_id) c
                    offset 0) g) s
      cross join lateral (values ${perStageRows}) v(position, stage_id, customers, converted, median_days)
     order by v.position`;
}

export interface EmotionGroupRow {
  stage_id: string;
  channel: string | null;
  action: string;
  n: number;
  total: number;
  mean: number;
}

/**
 * Stage × channel × action: touchpoints with an emotion (−2..2), their sum and mean, lowest
 * mean first (ties by stage position, channel, action). The emotion curve sums these per stage
 * and the pain points keep those with n ≥ minN, so both read the touchpoints once.
 */
export function journeyEmotionGroupsSql(scope: JourneyScope): SqlFragment {
  const { tenantId, journeyId } = scope;
  return sql`
    select t.stage_id, t.channel, t.action, count(*)::int as n, sum(t.emotion)::int as total, avg(t.emotion)::float8 as mean
      from touchpoint t
      join journey_stage s on s.tenant_id = ${tenantId} and s.id = t.stage_id and s.journey_id = ${journeyId}
     where ${touchpointConditions(scope)} and t.emotion is not null
     group by t.stage_id, s.position, t.channel, t.action
     -- avg of smallint is numeric: equal means compare equal, so the tie-breaks apply.
     order by avg(t.emotion), s.position, t.channel nulls last, t.action`;
}

export interface StageFeedbackRow {
  stage_id: string;
  promoters: number;
  passives: number;
  detractors: number;
  csat_n: number;
  csat_satisfied: number;
  csat_mean: number | null;
}

/** Per stage: NPS categories and CSAT counts of the answers linked to it, received in the window. */
export function journeyStageFeedbackSql({ tenantId, journeyId, window }: JourneyScope): SqlFragment {
  return sql`
    with stages as (
      select s.id, s.position from journey_stage s where s.tenant_id = ${tenantId} and s.journey_id = ${journeyId}
    ), answers as (
      select f.stage_id,
             count(*) filter (where f.kind = 'NPS' and f.score >= 9)::int as promoters,
             count(*) filter (where f.kind = 'NPS' and f.score between 7 and 8)::int as passives,
             count(*) filter (where f.kind = 'NPS' and f.score <= 6)::int as detractors,
             count(*) filter (where f.kind = 'CSAT')::int as csat_n,
             count(*) filter (where f.kind = 'CSAT' and f.score >= 4)::int as csat_satisfied,
             (avg(f.score) filter (where f.kind = 'CSAT'))::float8 as csat_mean
        from feedback f
       where f.tenant_id = ${tenantId} and f.kind in ('NPS', 'CSAT') and f.score is not null
         and f.received_at >= ${window.from} and f.received_at < ${window.dataEnd}
         and f.stage_id in (select id from stages)
         and ${allOf(filterConditions(FEEDBACK_FACT, window, tenantId))}
       group by f.stage_id
    )
    select s.id as stage_id,
           coalesce(a.promoters, 0) as promoters, coalesce(a.passives, 0) as passives, coalesce(a.detractors, 0) as detractors,
           coalesce(a.csat_n, 0) as csat_n, coalesce(a.csat_satisfied, 0) as csat_satisfied, a.csat_mean
      from stages s
      left join answers a on a.stage_id = s.id
     order by s.position`;
}
