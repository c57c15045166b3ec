import { allOf, sql, type SqlFragment } from '../../../common/sql-fragment.js';
import { FEEDBACK_FACT, filterConditions, TOUCHPOINT_FACT, type FactTable } from '../metric/metric-scope.js';
import type { MetricWindow } from '../metric/metric-window.js';

/**
 * SQL of the journey analytics (METRICS.md, "Journeys"): one statement per part, each reading
 * the touchpoints of one journey in [from, dataEnd) through (tenant_id, journey_id, occurred_at).
 */

// The shared filter's tag condition names its tag table `t`, which would hide a touchpoint
// aliased `t` inside that subquery; the touchpoints here are `tp` so the condition sees them.
const JOURNEY_TOUCHPOINT: FactTable = { ...TOUCHPOINT_FACT, alias: 'tp', customerColumn: 'tp.customer_id', channelColumn: 'tp.channel', stageColumn: 'tp.stage_id' };

export interface JourneyScope {
  tenantId: string;
  journeyId: string;
  window: MetricWindow;
}

/** Touchpoints (alias tp) of the journey in the window that pass the filter. */
function touchpointConditions({ tenantId, journeyId, window }: JourneyScope): SqlFragment {
  return sql`tp.tenant_id = ${tenantId} and tp.journey_id = ${journeyId}
         and tp.occurred_at >= ${window.from} and tp.occurred_at < ${window.dataEnd}
         and ${allOf(filterConditions(JOURNEY_TOUCHPOINT, window, tenantId))}`;
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
 * in days. Built from the first touchpoint per customer per stage, never per customer.
 */
export function journeyFunnelSql(scope: JourneyScope): SqlFragment {
  const { tenantId, journeyId } = scope;
  return sql`
    with stages as (
      select s.id, s.position, lead(s.id) over (order by s.position) as next_stage_id
        from journey_stage s
       where s.tenant_id = ${tenantId} and s.journey_id = ${journeyId}
    ), visits as (
      select tp.stage_id, tp.customer_id, tp.occurred_at
        from touchpoint tp
        join stages s on s.id = tp.stage_id
       where ${touchpointConditions(scope)}
    ), first_visits as (
      select v.stage_id, v.customer_id, min(v.occurred_at) as first_at
        from visits v
       group by v.stage_id, v.customer_id
    ), next_visits as (
      -- A visit to the next stage before (or at) the first visit of this one is not a conversion:
      -- the customer came back here from further along.
      select first_visit.stage_id, first_visit.customer_id, min(v.occurred_at) - first_visit.first_at as gap
        from first_visits first_visit
        join stages s on s.id = first_visit.stage_id
        join visits v on v.stage_id = s.next_stage_id and v.customer_id = first_visit.customer_id and v.occurred_at > first_visit.first_at
       group by first_visit.stage_id, first_visit.customer_id, first_visit.first_at
    )
    select s.id as stage_id,
           count(first_visit.customer_id)::int as customers,
           count(next_visit.customer_id)::int as converted,
           percentile_cont(0.5) within group (order by extract(epoch from next_visit.gap)::float8 / 86400) as median_days
      from stages s
      left join first_visits first_visit on first_visit.stage_id = s.id
      left join next_visits next_visit on next_visit.stage_id = first_visit.stage_id and next_visit.customer_id = first_visit.customer_id
     group by s.id, s.position
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
    select s.id as stage_id, count(tp.emotion)::int as n, avg(tp.emotion)::float8 as mean
      from journey_stage s
      left join touchpoint tp on tp.stage_id = s.id and tp.emotion is not null and ${touchpointConditions(scope)}
     where s.tenant_id = ${tenantId} and s.journey_id = ${journeyId}
     group by s.id, s.position
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
    select tp.stage_id, tp.channel, tp.action, count(*)::int as n, avg(tp.emotion)::float8 as mean
      from touchpoint tp
      join journey_stage s on s.tenant_id = ${tenantId} and s.id = tp.stage_id and s.journey_id = ${journeyId}
     where ${touchpointConditions(scope)} and tp.emotion is not null
     group by tp.stage_id, s.position, tp.channel, tp.action
    having count(*) >= ${minN}
     -- avg of smallint is numeric: equal means compare equal, so the tie-breaks apply.
     order by avg(tp.emotion), s.position, tp.channel nulls last, tp.action
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
    select s.id as stage_id,
           count(*) filter (where f.kind = 'NPS' and f.score >= 9)::int as promoters,
           count(*) filter (where f.kind = 'NPS' and f.score between 7 and 8)::int as passives,
           count(*) filter (where f.kind = 'NPS' and f.score <= 6)::int as detractors,
           count(*) filter (where f.kind = 'CSAT')::int as csat_n,
           count(*) filter (where f.kind = 'CSAT' and f.score >= 4)::int as csat_satisfied,
           (avg(f.score) filter (where f.kind = 'CSAT'))::float8 as csat_mean
      from journey_stage s
      left join feedback f on f.tenant_id = ${tenantId} and f.stage_id = s.id
            and f.kind in ('NPS', 'CSAT') and f.score is not null
            and f.received_at >= ${window.from} and f.received_at < ${window.dataEnd}
            and ${allOf(filterConditions(FEEDBACK_FACT, window, tenantId))}
     where s.tenant_id = ${tenantId} and s.journey_id = ${journeyId}
     group by s.id, s.position
     order by s.position`;
}
