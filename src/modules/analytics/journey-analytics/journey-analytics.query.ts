import { allOf, sql, type SqlFragment } from '../../../common/sql-fragment.js';
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
 * in days. Built from the first (and last) touchpoint per customer per stage, never per customer.
 */
export function journeyFunnelSql(scope: JourneyScope): SqlFragment {
  const { tenantId, journeyId } = scope;
  return sql`
    with stages as (
      select s.id, s.position, (row_number() over (order by s.position))::int as step
        from journey_stage s
       where s.tenant_id = ${tenantId} and s.journey_id = ${journeyId}
    ), visits as (
      select t.customer_id, s.step, min(t.occurred_at) as first_at, max(t.occurred_at) as last_at
        from touchpoint t
        join stages s on s.id = t.stage_id
       where ${touchpointConditions(scope)}
       group by t.customer_id, s.step
    ), pairs as (
      -- The customer's visits to this stage and to the next one, side by side (one sort, no join).
      select v.customer_id, v.step, v.first_at,
             case when lead(v.step) over w = v.step + 1 then lead(v.first_at) over w end as next_first_at,
             case when lead(v.step) over w = v.step + 1 then lead(v.last_at) over w end as next_last_at
        from visits v
      window w as (partition by v.customer_id order by v.step)
    ), steps as (
      -- One pass over the pairs. A customer who met the next stage before this one and again
      -- after it converts at their first visit after it, which only their own touchpoints
      -- tell; few customers do, and the subquery runs for those only (a case evaluates lazily).
      select p.step, count(*)::int as customers, count(p.gap)::int as converted,
             percentile_cont(0.5) within group (order by date_part('epoch', p.gap) / 86400) as median_days
        from (select p.step,
                     case when p.next_first_at > p.first_at then p.next_first_at - p.first_at
                          when p.next_last_at > p.first_at then
                            (select min(t.occurred_at) from touchpoint t
                              where t.customer_id = p.customer_id and t.stage_id = (select id from stages where step = p.step + 1)
                                and t.occurred_at > p.first_at and ${touchpointConditions(scope)}) - p.first_at
                     end as gap
                from pairs p) p
       group by p.step
    )
    select s.id as stage_id, coalesce(n.customers, 0) as customers, coalesce(n.converted, 0) as converted, n.median_days
      from stages s
      left join steps n on n.step = s.step
     order by s.position`;
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
