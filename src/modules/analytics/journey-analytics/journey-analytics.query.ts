import { allOf, sql, type SqlFragment } from '../../../common/sql-fragment.js';
import { FEEDBACK_FACT, filterConditions, TOUCHPOINT_FACT } from '../metric/metric-scope.js';
import type { MetricWindow } from '../metric/metric-window.js';

/**
 * SQL of the journey analytics (METRICS.md, "Journeys"): one statement per part, each reading
 * the touchpoints of one journey in [from, dataEnd) once (tenant_id, journey_id, occurred_at).
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
    ), gaps as (
      select p.step, p.next_first_at - p.first_at as gap
        from pairs p
       where p.next_first_at > p.first_at
      union all
      -- A customer who met the next stage before this one and again after it converts at the
      -- first visit after it, which only their own touchpoints tell; few customers do.
      select p.step, min(t.occurred_at) - p.first_at
        from pairs p
        join stages next_stage on next_stage.step = p.step + 1
        join touchpoint t on t.tenant_id = ${tenantId} and t.customer_id = p.customer_id and t.stage_id = next_stage.id and t.occurred_at > p.first_at
       where p.next_first_at <= p.first_at and p.next_last_at > p.first_at and ${touchpointConditions(scope)}
       group by p.step, p.customer_id, p.first_at
    ), customers as (
      select p.step, count(*)::int as customers from pairs p group by p.step
    ), conversions as (
      select g.step, count(*)::int as converted,
             percentile_cont(0.5) within group (order by date_part('epoch', g.gap) / 86400) as median_days
        from gaps g
       group by g.step
    )
    select s.id as stage_id, coalesce(n.customers, 0) as customers, coalesce(c.converted, 0) as converted, c.median_days
      from stages s
      left join customers n on n.step = s.step
      left join conversions c on c.step = s.step
     order by s.position`;
}

export interface EmotionRow {
  stage_id: string;
  n: number;
  mean: number | null;
}

/** Per stage: mean emotion (−2..2) of the touchpoints that carry one, and how many do. */
export function journeyEmotionSql(scope: JourneyScope): SqlFragment {
  const { tenantId, journeyId } = scope;
  return sql`
    with emotions as (
      select t.stage_id, count(*)::int as n, avg(t.emotion)::float8 as mean
        from touchpoint t
       where ${touchpointConditions(scope)} and t.emotion is not null
       group by t.stage_id
    )
    select s.id as stage_id, coalesce(e.n, 0) as n, e.mean
      from journey_stage s
      left join emotions e on e.stage_id = s.id
     where s.tenant_id = ${tenantId} and s.journey_id = ${journeyId}
     order by s.position`;
}

export interface PainPointRow {
  stage_id: string;
  channel: string | null;
  action: string;
  n: number;
  mean: number;
}

/** Stage × channel × action with the lowest mean emotion among those with at least minN emotions. */
export function journeyPainPointsSql(scope: JourneyScope, limit: number, minN: number): SqlFragment {
  const { tenantId, journeyId } = scope;
  return sql`
    select t.stage_id, t.channel, t.action, count(*)::int as n, avg(t.emotion)::float8 as mean
      from touchpoint t
      join journey_stage s on s.tenant_id = ${tenantId} and s.id = t.stage_id and s.journey_id = ${journeyId}
     where ${touchpointConditions(scope)} and t.emotion is not null
     group by t.stage_id, s.position, t.channel, t.action
    having count(*) >= ${minN}
     -- avg of smallint is numeric: equal means compare equal, so the tie-breaks apply.
     order by avg(t.emotion), s.position, t.channel nulls last, t.action
     limit ${limit}`;
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
