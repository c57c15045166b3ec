import type { RequestContext } from '../../../context.js';
import { analyticsWindow } from '../analytics-request.js';
import { toDate } from '../../../db/sql-runner.js';
import { MetricDimension } from '../metric/metric.enums.js';
import type { MetricInput } from '../metric/metric.input.js';
import { MetricWindowInfo, PeriodComparison } from '../metric/metric.types.js';
import { assembleSeries, numberOrNull, ratio, type SeriesRow } from '../metric/metric-series.js';
import {
  backlogChangesSql,
  feedbackOperationsGroupsSql,
  feedbackOperationsSeriesSql,
  feedbackOperationsTotalsSql,
  openBacklogSql,
  type ServiceTargets,
} from './feedback-ops.query.js';
import { FeedbackOperationsGroup, FeedbackOperationsPoint, FeedbackOperationsResult, FeedbackOperationsTotals } from './feedback-ops.types.js';

/** Columns of `figuresSql` (counts as int, percentiles as float8 or null). */
interface FiguresRow {
  received: number;
  answered: number;
  /** [median, p90]; null without answered cases. */
  first_response_hours: number[] | null;
  sla_met: number;
  sla_due: number;
  resolved: number;
  time_to_resolve_median_hours: number | null;
  followed_up: number;
  follow_up_satisfied: number;
  detractors: number;
  detractors_due: number;
  detractors_contacted: number;
}

interface BacklogChangeRow {
  group_key: string | null;
  phase: 'BEFORE' | 'IN' | 'AFTER';
  bucket_start: unknown;
  delta: number;
}

/** Backlog of one group: open cases before the window, net change per bucket, open at asOf. */
interface GroupBacklog {
  before: number;
  byBucket: Map<number, number>;
  atAsOf: number;
}

/** Dimensions under which one case can fall in several groups, so group figures do not add up. */
const MULTI_VALUED_DIMENSIONS = new Set([MetricDimension.TAG, MetricDimension.TAG_CATEGORY]);

type Figures = Omit<FeedbackOperationsTotals, 'n' | 'reason' | 'previous'>;

export class FeedbackOpsService {
  constructor(
    private readonly scope: RequestContext,
    private readonly targets: ServiceTargets,
  ) {}

  async feedbackOperations(input: MetricInput | null | undefined): Promise<FeedbackOperationsResult> {
    const window = await analyticsWindow(this.scope, input);
    const { tenantId, sql } = this.scope;
    // One statement at a time: the request has one connection.
    const seriesRows = await sql.query<SeriesRow>(feedbackOperationsSeriesSql(tenantId, window, this.targets));
    const [current] = await sql.query<FiguresRow & { previous_sla_met: number; previous_sla_due: number }>(feedbackOperationsTotalsSql(tenantId, window, this.targets));
    const groupRows = window.groupBy ? await sql.query<FiguresRow & { group_key: string | null }>(feedbackOperationsGroupsSql(tenantId, window, this.targets)) : [];
    const backlog = backlogByGroup(await sql.query<BacklogChangeRow>(backlogChangesSql(tenantId, window)));
    // The groups' backlogs add up to the total unless a case can sit in several groups (one per tag).
    const totalBacklog =
      window.groupBy && MULTI_VALUED_DIMENSIONS.has(window.groupBy)
        ? (await sql.query<{ open_backlog: number }>(openBacklogSql(tenantId, window)))[0].open_backlog
        : [...backlog.values()].reduce((sum, group) => sum + group.atAsOf, 0);

    const series = assembleSeries(seriesRows, window, (start, end, row) =>
      Object.assign(new FeedbackOperationsPoint(), { start, end, ...withReason(figuresOf(row as unknown as FiguresRow | undefined), 'this bucket') }),
    );
    for (const { group, points } of series) {
      const groupBacklog = backlog.get(group);
      let running = groupBacklog?.before ?? 0;
      for (const point of points) {
        running += groupBacklog?.byBucket.get(point.start.getTime()) ?? 0;
        if (point.start.getTime() > window.asOf.getTime()) {
          point.openBacklog = null;
          point.reason = [point.reason, 'the bucket starts after asOf (openBacklog)'].filter(Boolean).join('; ');
        } else {
          point.openBacklog = running;
        }
      }
    }

    const total = Object.assign(new FeedbackOperationsTotals(), {
      ...withReason({ ...figuresOf(current), openBacklog: totalBacklog }, 'the window'),
      previous: PeriodComparison.of(ratio(current.sla_met, current.sla_due), ratio(current.previous_sla_met, current.previous_sla_due)),
    });
    return Object.assign(new FeedbackOperationsResult(), {
      window: MetricWindowInfo.of(window),
      complaintSlaHours: this.targets.complaintSlaHours,
      detractorSlaHours: this.targets.detractorSlaHours,
      total,
      series,
      groups: window.groupBy ? groupsOf(groupRows, backlog) : [],
    });
  }
}

function figuresOf(row: FiguresRow | undefined): Figures {
  const count = (value: unknown) => Number(value ?? 0);
  const received = count(row?.received);
  const answered = count(row?.answered);
  const slaDue = count(row?.sla_due);
  const resolved = count(row?.resolved);
  const followedUp = count(row?.followed_up);
  const detractorsDue = count(row?.detractors_due);
  return {
    received,
    answered,
    open: received - answered,
    firstResponseMedianHours: numberOrNull(row?.first_response_hours?.[0]),
    firstResponseP90Hours: numberOrNull(row?.first_response_hours?.[1]),
    slaMet: count(row?.sla_met),
    slaDue,
    slaAttainment: ratio(count(row?.sla_met), slaDue),
    resolved,
    resolutionRate: ratio(resolved, received),
    timeToResolveMedianHours: numberOrNull(row?.time_to_resolve_median_hours),
    openBacklog: null,
    followedUp,
    followUpSatisfaction: ratio(count(row?.follow_up_satisfied), followedUp),
    detractors: count(row?.detractors),
    detractorsDue,
    closedLoopRate: ratio(count(row?.detractors_contacted), detractorsDue),
  };
}

/** n and the reason for every null value, named after the field it explains. */
function withReason(figures: Figures, scope: string): Figures & { n: number; reason: string | null } {
  const reasons: string[] = [];
  if (figures.received === 0) {
    reasons.push(`no cases received in ${scope}`);
  } else {
    if (figures.answered === 0) reasons.push('no case answered by asOf (firstResponseMedianHours, firstResponseP90Hours)');
    if (figures.slaDue === 0) reasons.push('every case is unanswered and still within its target at asOf (slaAttainment)');
    if (figures.resolved === 0) reasons.push('no case resolved by asOf (timeToResolveMedianHours)');
    if (figures.followedUp === 0) reasons.push('no followed-up case (followUpSatisfaction)');
    if (figures.detractors === 0) reasons.push('no detractors (closedLoopRate)');
    else if (figures.detractorsDue === 0) reasons.push('every detractor is uncontacted and still within the target at asOf (closedLoopRate)');
  }
  return { ...figures, n: figures.received, reason: reasons.length > 0 ? reasons.join('; ') : null };
}

function backlogByGroup(rows: BacklogChangeRow[]): Map<string | null, GroupBacklog> {
  const byGroup = new Map<string | null, GroupBacklog>();
  for (const row of rows) {
    const group = byGroup.get(row.group_key) ?? { before: 0, byBucket: new Map<number, number>(), atAsOf: 0 };
    const delta = Number(row.delta);
    group.atAsOf += delta;
    if (row.phase === 'BEFORE') group.before += delta;
    if (row.phase === 'IN') {
      const start = (toDate(row.bucket_start) as Date).getTime();
      group.byBucket.set(start, (group.byBucket.get(start) ?? 0) + delta);
    }
    byGroup.set(row.group_key, group);
  }
  return byGroup;
}

/** Groups with cases in the window, and groups with only an older backlog (received 0). */
function groupsOf(rows: (FiguresRow & { group_key: string | null })[], backlog: Map<string | null, GroupBacklog>): FeedbackOperationsGroup[] {
  const byKey = new Map<string | null, FiguresRow | undefined>(rows.map((row) => [row.group_key, row]));
  for (const [key, group] of backlog) if (group.atAsOf !== 0 && !byKey.has(key)) byKey.set(key, undefined);
  return [...byKey.keys()].sort(namedFirst).map((group) =>
    Object.assign(new FeedbackOperationsGroup(), {
      group,
      ...withReason({ ...figuresOf(byKey.get(group)), openBacklog: backlog.get(group)?.atAsOf ?? 0 }, 'the window for this group'),
    }),
  );
}

function namedFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
