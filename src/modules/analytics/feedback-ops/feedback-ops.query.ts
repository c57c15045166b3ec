import { allOf, sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { dimensionSql, FEEDBACK_FACT, filterConditions, type DimensionSql } from '../metric/metric-scope.js';
import { bucketOf, bucketStartOf, seriesSql } from '../metric/metric-series.js';
import type { MetricWindow } from '../metric/metric-window.js';

/**
 * Feedback operations (the service loop). A case is a COMPLAINT or SUGGESTION, or an answer
 * that needs follow-up: an NPS detractor (0–6) or a CSAT of 1–2. Every time after asOf is
 * read as "not yet happened", so a figure as of a past date is reproducible.
 */

export interface ServiceTargets {
  complaintSlaHours: number;
  detractorSlaHours: number;
}

// The kind list comes first so the (tenant_id, kind, received_at) index is used; score is in it.
const IS_CASE = sql`f.kind = any(array['COMPLAINT', 'SUGGESTION', 'NPS', 'CSAT'])
  and (f.kind in ('COMPLAINT', 'SUGGESTION') or (f.kind = 'NPS' and f.score <= 6) or (f.kind = 'CSAT' and f.score <= 2))`;

/**
 * One row per case received in [from, to), with its response and resolution as of asOf. A
 * resolution without a recorded first response is taken as the response: a resolved case was
 * answered, and counting it as open would be wrong.
 */
/**
 * When feedback row `f` was answered as of asOf: its first response or, without one, its
 * resolution, if that is by asOf (else null: still unanswered then).
 */
export function answeredAtSql(asOf: Date): SqlFragment {
  return sql`case when least(f.first_response_at, f.resolved_at) <= ${asOf} then least(f.first_response_at, f.resolved_at) end`;
}

function casesSql(tenantId: string, window: MetricWindow, targets: ServiceTargets, from: Date, to: Date, dimension: DimensionSql): SqlFragment {
  const { asOf } = window;
  return sql`
    select f.kind, f.follow_up_result, ${dimension.key} as group_key, ${bucketOf(sql`f.received_at`, window)} as bucket,
           f.received_at >= ${window.from} as in_window,
           f.received_at + (case when f.kind in ('COMPLAINT', 'SUGGESTION') then ${targets.complaintSlaHours}::float8
                                 else ${targets.detractorSlaHours}::float8 end) * interval '1 hour' as deadline,
           s.answered_at,
           s.resolved_at,
           date_part('epoch', s.answered_at - f.received_at) / 3600 as response_hours,
           date_part('epoch', s.resolved_at - f.received_at) / 3600 as resolve_hours,
           -- A follow-up comes after the contact: when that contact is after asOf, so is the follow-up.
           f.follow_up_result is not null and not coalesce(least(f.first_response_at, f.resolved_at) > ${asOf}, false) as follow_up_counted
      from feedback f ${dimension.joins}
     cross join lateral (
       select ${answeredAtSql(asOf)} as answered_at,
              case when f.resolved_at <= ${asOf} then f.resolved_at end as resolved_at) s
     where f.tenant_id = ${tenantId} and ${IS_CASE}
       and f.received_at >= ${from} and f.received_at < ${to}
       and ${allOf(filterConditions(FEEDBACK_FACT, window, tenantId))}`;
}

/**
 * The figures of the cases `c` that meet `only`; an unanswered case is "due" once its target
 * passed by asOf. Median and p90 come from one sort (percentile_cont of an array).
 */
function figuresSql(window: MetricWindow, only: SqlFragment = trusted('true')): SqlFragment {
  const counted = (condition: SqlFragment) => sql`count(*) filter (where ${only} and ${condition})::int`;
  const due = sql`(c.answered_at is not null or c.deadline < ${window.asOf})`;
  const met = sql`c.answered_at <= c.deadline`;
  const followedUp = sql`c.follow_up_counted`;
  return sql`
    ${counted(sql`true`)} as received,
    ${counted(sql`c.answered_at is not null`)} as answered,
    percentile_cont(array[0.5, 0.9]) within group (order by c.response_hours) filter (where ${only}) as first_response_hours,
    ${counted(met)} as sla_met,
    ${counted(due)} as sla_due,
    ${counted(sql`c.resolved_at is not null`)} as resolved,
    percentile_cont(0.5) within group (order by c.resolve_hours) filter (where ${only}) as time_to_resolve_median_hours,
    ${counted(followedUp)} as followed_up,
    ${counted(sql`${followedUp} and c.follow_up_result = 'SATISFIED'`)} as follow_up_satisfied,
    ${counted(sql`c.kind = 'NPS'`)} as detractors,
    ${counted(sql`c.kind = 'NPS' and ${due}`)} as detractors_due,
    ${counted(sql`c.kind = 'NPS' and ${met}`)} as detractors_contacted`;
}

/** Figures of the cases of each bucket (and group), every bucket of the window returned. */
export function feedbackOperationsSeriesSql(tenantId: string, window: MetricWindow, targets: ServiceTargets): SqlFragment {
  const cases = casesSql(tenantId, window, targets, window.from, window.dataEnd, dimensionSql(FEEDBACK_FACT, window, tenantId));
  return seriesSql(window, sql`select c.bucket, c.group_key, ${figuresSql(window)} from (${cases}) c group by 1, 2`);
}

/**
 * Figures of the window, and the SLA counts of the previous period, in one scan of
 * [previous.from, min(to, asOf)) without a breakdown; both periods are judged as of asOf.
 */
export function feedbackOperationsTotalsSql(tenantId: string, window: MetricWindow, targets: ServiceTargets): SqlFragment {
  const cases = casesSql(tenantId, window, targets, window.previous.from, window.dataEnd, dimensionSql(FEEDBACK_FACT, { ...window, groupBy: null }, tenantId));
  return sql`
    select ${figuresSql(window, sql`c.in_window`)},
           count(*) filter (where not c.in_window and c.answered_at <= c.deadline)::int as previous_sla_met,
           count(*) filter (where not c.in_window and (c.answered_at is not null or c.deadline < ${window.asOf}))::int as previous_sla_due
      from (${cases}) c`;
}

/** Whole-window figures per value of the groupBy dimension. */
export function feedbackOperationsGroupsSql(tenantId: string, window: MetricWindow, targets: ServiceTargets): SqlFragment {
  const cases = casesSql(tenantId, window, targets, window.from, window.dataEnd, dimensionSql(FEEDBACK_FACT, window, tenantId));
  return sql`select c.group_key, ${figuresSql(window)} from (${cases}) c group by 1`;
}

/**
 * Cases received at or before asOf, any time, with the instant each stopped being open (null
 * while open at asOf). A case RESOLVED or CLOSED without a resolvedAt has no known closing
 * time, so it is never counted open: counting it open for ever would be worse.
 */
function backlogCasesSql(tenantId: string, window: MetricWindow, dimension: DimensionSql): SqlFragment {
  return sql`
    select ${dimension.key} as group_key, f.received_at, case when f.resolved_at <= ${window.asOf} then f.resolved_at end as closed_at
      from feedback f ${dimension.joins}
     where f.tenant_id = ${tenantId} and ${backlogCaseCondition(window.asOf)}
       and ${allOf(filterConditions(FEEDBACK_FACT, window, tenantId))}`;
}

/** A feedback row `f` that counts in the backlog at some time up to asOf (see backlogCasesSql). */
function backlogCaseCondition(asOf: Date): SqlFragment {
  return sql`${IS_CASE} and f.received_at <= ${asOf} and (f.resolved_at is not null or f.status not in ('RESOLVED', 'CLOSED'))`;
}

/** A feedback row `f` that is an open case at asOf, as the backlog counts it (segments use it too). */
export function openCaseAtSql(asOf: Date): SqlFragment {
  return sql`${backlogCaseCondition(asOf)} and (f.resolved_at is null or f.resolved_at > ${asOf})`;
}

/** The open backlog at asOf, without a breakdown. */
export function openBacklogSql(tenantId: string, window: MetricWindow): SqlFragment {
  const cases = backlogCasesSql(tenantId, window, dimensionSql(FEEDBACK_FACT, { ...window, groupBy: null }, tenantId));
  return sql`select count(*) filter (where b.closed_at is null)::int as open_backlog from (${cases}) b`;
}

/**
 * Net change of the backlog (+1 when a case arrives, −1 when it is resolved) per group and
 * bucket; changes before the window are summed as phase BEFORE, after it as AFTER. Running
 * sums of these give the backlog at each bucket end and, summed whole, the backlog at asOf.
 */
export function backlogChangesSql(tenantId: string, window: MetricWindow): SqlFragment {
  const cases = backlogCasesSql(tenantId, window, dimensionSql(FEEDBACK_FACT, window, tenantId));
  return sql`
    with backlog_case as (${cases}),
    change as (
      select group_key, received_at as at, 1 as delta from backlog_case
      union all
      select group_key, closed_at, -1 from backlog_case where closed_at is not null
    )
    select group_key,
           case when at < ${window.from} then 'BEFORE' when at < ${window.to} then 'IN' else 'AFTER' end as phase,
           case when at >= ${window.from} and at < ${window.to} then ${bucketStartOf(sql`at`, window)} end as bucket_start,
           sum(delta)::int as delta
      from change
     group by 1, 2, 3`;
}
