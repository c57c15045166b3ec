import type { SqlFragment } from '../../../common/sql-fragment.js';
import type { RequestContext } from '../../../context.js';
import type { CustomerTotalsService } from '../customer-totals/customer-totals.service.js';
import { analyticsWindow } from '../analytics-request.js';
import type { MetricInput } from '../metric/metric.input.js';
import { MetricWindowInfo, PeriodComparison } from '../metric/metric.types.js';
import { assembleSeries, ratio } from '../metric/metric-series.js';
import { type MetricWindow } from '../metric/metric-window.js';
import { bucketRows, calendarBuckets, thresholds } from './calendar-buckets.js';
import { customerBaseSql, lifecycleSql, repeatPurchaseSeriesSql, repeatTotalsFromBasesSql, repeatTotalsFromOrdersSql } from './growth.query.js';
import {
  CustomerGrowthPoint,
  CustomerGrowthResult,
  CustomerGrowthTotal,
  LifecyclePoint,
  LifecycleResult,
  RepeatPurchasePoint,
  RepeatPurchaseResult,
  RepeatPurchaseSeries,
  RepeatPurchaseTotal,
} from './growth.types.js';

type SeriesKind = 'TOTAL' | 'GROUP';

interface EdgeRow {
  series: SeriesKind;
  group_key: string | null;
  k: number;
  base: number;
  acquired_before: number;
}

/** B and A at one edge. */
interface EdgeValues {
  base: number;
  acquiredBefore: number;
}

interface LifecycleRow {
  series: SeriesKind;
  group_key: string | null;
  j: number;
  new_customers: number;
  returning: number;
  resurrecting: number;
  dormant: number;
}

interface RepeatBucketRow {
  group_key: string | null;
  position: number;
  buyers: number;
  repeat_buyers: number;
}

interface RepeatTotalsRow {
  window_buyers: number;
  window_repeat_buyers: number;
  previous_buyers: number;
  previous_repeat_buyers: number;
}

interface Period {
  start: Date;
  end: Date;
}

const AFTER_AS_OF = 'the period starts at or after asOf: nothing is known about it yet';

export class GrowthService {
  constructor(
    private readonly scope: RequestContext,
    private readonly churnWindowDays: number,
    private readonly totals: CustomerTotalsService,
  ) {}

  async customerGrowth(input: MetricInput | null | undefined): Promise<CustomerGrowthResult> {
    const window = await analyticsWindow(this.scope, input);
    const { tenantId, sql } = this.scope;
    const buckets = await calendarBuckets(sql, window);
    // Buckets are clipped to the window, so they chain into the total: B at the end of one is B at the start of the next.
    const periods = buckets.map((bucket) => clip(bucket, window.from, window.dataEnd));
    const whole = { start: window.from, end: window.dataEnd };
    const previous = clip({ start: window.previous.from, end: window.previous.to }, window.previous.from, window.asOf);
    const edges = thresholds([...periods, whole, previous].filter(isOpen).flatMap((period) => [period.start, period.end]));
    // Built even when there is nothing to read, so a refused filter or breakdown is still reported.
    const statement = customerBaseSql(tenantId, window, edges, this.churnWindowDays);
    const rows = edges.length === 0 ? [] : await sql.query<EdgeRow>(statement);
    const profiles = edgeProfiles(rows, edges);
    const atEdge = (series: SeriesKind, group: string | null) => (instant: Date) => profiles.get(keyOf(series, group, instant.getTime()));
    const series = assembleSeries(bucketRows(buckets, groupsOf(rows, window)), window, (start, end, row) => {
      const lookup = atEdge(window.groupBy ? 'GROUP' : 'TOTAL', row?.group_key ?? null);
      return Object.assign(new CustomerGrowthPoint(), { start, end }, baseFigures(clip({ start, end }, window.from, window.dataEnd), lookup));
    });
    const current = baseFigures(whole, atEdge('TOTAL', null));
    const earlier = baseFigures(previous, atEdge('TOTAL', null));
    const total = Object.assign(new CustomerGrowthTotal(), { start: window.from, end: window.to }, current, {
      growthRateChange: PeriodComparison.of(current.growthRate, earlier.growthRate),
      retentionRateChange: PeriodComparison.of(current.retentionRate, earlier.retentionRate),
    });
    return Object.assign(new CustomerGrowthResult(), { window: MetricWindowInfo.of(window), churnWindowDays: this.churnWindowDays, series, total });
  }

  /** The window; the series and the total are computed only when asked for (field resolvers). */
  async repeatPurchaseRate(input: MetricInput | null | undefined): Promise<RepeatPurchaseResult> {
    const window = await analyticsWindow(this.scope, input);
    return Object.assign(new RepeatPurchaseResult(), { window: MetricWindowInfo.of(window), resolvedWindow: window });
  }

  async repeatPurchaseSeries(result: RepeatPurchaseResult): Promise<InstanceType<typeof RepeatPurchaseSeries>[]> {
    const window = result.resolvedWindow;
    const { tenantId, sql } = this.scope;
    const buckets = await calendarBuckets(sql, window);
    // Position 1 + i is the i-th bucket, the first one clipped to `from`.
    const starts = thresholds([window.from, ...buckets.slice(1).map((bucket) => bucket.start)]);
    const rows = await sql.query<RepeatBucketRow>(repeatPurchaseSeriesSql(tenantId, window, starts));
    const positions = new Map(buckets.map((bucket, index) => [bucket.start.getTime(), 1 + index]));
    const byPosition = new Map(rows.map((row) => [keyOf(row.group_key, row.position), row]));
    return assembleSeries(bucketRows(buckets, groupsOf(rows, window)), window, (start, end, row) => {
      const found = byPosition.get(keyOf(row?.group_key ?? null, positions.get(start.getTime())));
      return Object.assign(new RepeatPurchasePoint(), { start, end }, repeatFigures(found?.buyers ?? 0, found?.repeat_buyers ?? 0, 'in this bucket'));
    });
  }

  /** The window as one period (filter applied, no breakdown: a customer in several groups counts once). */
  async repeatPurchaseTotal(result: RepeatPurchaseResult): Promise<RepeatPurchaseTotal> {
    const window = result.resolvedWindow;
    const [row] = await this.scope.sql.query<RepeatTotalsRow>(await this.repeatTotalsSql(window));
    const current = repeatFigures(row.window_buyers, row.window_repeat_buyers, 'in the window');
    const previous = repeatFigures(row.previous_buyers, row.previous_repeat_buyers, 'in the previous period');
    return Object.assign(new RepeatPurchaseTotal(), { start: window.from, end: window.to }, current, { rateChange: PeriodComparison.of(current.rate, previous.rate) });
  }

  /**
   * From the per-customer totals as of asOf and as of `from` when bases serve both (one row per
   * buyer each), else from the orders of both periods. A channel filter is a property of the
   * orders, which the totals do not keep.
   */
  private async repeatTotalsSql(window: MetricWindow): Promise<SqlFragment> {
    if (!window.filter.channels?.length) {
      const current = await this.totals.totalsSql({ asOf: window.asOf, from: window.from, dataEnd: window.dataEnd });
      const previous = current && (await this.totals.totalsSql({ asOf: window.previous.to, from: window.previous.from, dataEnd: window.previous.to }));
      if (current && previous) return repeatTotalsFromBasesSql(this.scope.tenantId, window, current, previous);
    }
    return repeatTotalsFromOrdersSql(this.scope.tenantId, window);
  }

  async lifecycle(input: MetricInput | null | undefined): Promise<LifecycleResult> {
    const window = await analyticsWindow(this.scope, input);
    const { tenantId, sql } = this.scope;
    // The bucket before the window is read too: the first bucket's returning and dormant customers depend on it.
    const [before, ...buckets] = await calendarBuckets(sql, window, 1);
    const starts = [before, ...buckets].filter((bucket) => bucket.start < window.dataEnd).map((bucket) => bucket.start);
    const statement = lifecycleSql(tenantId, window, starts);
    const rows = starts.length < 2 ? [] : await sql.query<LifecycleRow>(statement);
    const positions = new Map(buckets.map((bucket, index) => [bucket.start.getTime(), index + 2]));
    const byPosition = new Map(rows.map((row) => [keyOf(row.series, row.group_key, row.j), row]));
    const kind: SeriesKind = window.groupBy ? 'GROUP' : 'TOTAL';
    const series = assembleSeries(bucketRows(buckets, groupsOf(rows, window)), window, (start, end, row) => {
      const found = byPosition.get(keyOf(kind, row?.group_key ?? null, positions.get(start.getTime())));
      return lifecyclePoint(start, end, found, start >= window.dataEnd);
    });
    return Object.assign(new LifecycleResult(), { window: MetricWindowInfo.of(window), series });
  }
}

/** Map key of a (series, group, position) tuple; JSON keeps a null group apart from an empty name. */
function keyOf(...parts: unknown[]): string {
  return JSON.stringify(parts);
}

/**
 * B and A at every edge of every (series, group), keyed by keyOf(series, group, edge time). The
 * rows are running totals (sorted by series, group, k) that hold until the next row's k.
 */
function edgeProfiles(rows: EdgeRow[], edges: Date[]): Map<string, EdgeValues> {
  const profiles = new Map<string, EdgeValues>();
  let index = 0;
  while (index < rows.length) {
    const { series, group_key: group } = rows[index];
    let current: EdgeValues = { base: 0, acquiredBefore: 0 };
    edges.forEach((edge, position) => {
      while (index < rows.length && rows[index].series === series && rows[index].group_key === group && rows[index].k <= position + 1) {
        current = { base: rows[index].base, acquiredBefore: rows[index].acquired_before };
        index += 1;
      }
      profiles.set(keyOf(series, group, edge.getTime()), current);
    });
    // Rows beyond the last edge (a piece closing after it) change nothing.
    while (index < rows.length && rows[index].series === series && rows[index].group_key === group) index += 1;
  }
  return profiles;
}

function clip(period: Period, from: Date, to: Date): Period {
  return { start: new Date(Math.max(period.start.getTime(), from.getTime())), end: new Date(Math.min(period.end.getTime(), to.getTime())) };
}

function isOpen(period: Period): boolean {
  return period.start < period.end;
}

/** The groups of the breakdown that have data; without a breakdown, the one unnamed series. */
function groupsOf(rows: { series?: SeriesKind; group_key: string | null }[], window: MetricWindow): (string | null)[] {
  if (!window.groupBy) return rows.length > 0 ? [null] : [];
  return [...new Set(rows.filter((row) => row.series !== 'TOTAL').map((row) => row.group_key))];
}

/** S, E, N and the rates of one period from B and A at its two edges. */
function baseFigures(period: Period, atEdge: (instant: Date) => EdgeValues | undefined) {
  const figures = { periodStart: period.start, periodEnd: period.end };
  if (!isOpen(period)) {
    return { ...figures, n: 0, reason: AFTER_AS_OF, newCustomers: null, activeBaseStart: null, activeBaseEnd: null, growthRate: null, retentionRate: null, churnRate: null };
  }
  // No row at an edge: no buyer in scope before asOf, so the base is empty throughout.
  const start = atEdge(period.start);
  const end = atEdge(period.end);
  const [baseStart, baseEnd] = [start?.base ?? 0, end?.base ?? 0];
  const added = (end?.acquiredBefore ?? 0) - (start?.acquiredBefore ?? 0);
  const base = { ...figures, newCustomers: added, activeBaseStart: baseStart, activeBaseEnd: baseEnd };
  if (baseStart === 0) {
    return { ...base, n: 0, reason: 'no active customers at the period start (B(s) = 0): growth and retention are undefined', growthRate: null, retentionRate: null, churnRate: null };
  }
  const retentionRate = (baseEnd - added) / baseStart;
  return { ...base, n: baseStart, reason: null, growthRate: (baseEnd - baseStart) / baseStart, retentionRate, churnRate: 1 - retentionRate };
}

function repeatFigures(buyers: number, repeatBuyers: number, where: string) {
  return { n: buyers, reason: buyers === 0 ? `no buyers (completed orders) ${where}` : null, buyers, repeatBuyers, rate: ratio(repeatBuyers, buyers) };
}

function lifecyclePoint(start: Date, end: Date, row: LifecycleRow | undefined, afterAsOf: boolean): LifecyclePoint {
  const [added, returning, resurrecting, dormant] = [row?.new_customers ?? 0, row?.returning ?? 0, row?.resurrecting ?? 0, row?.dormant ?? 0];
  const active = added + returning + resurrecting;
  const n = active + dormant;
  const reason = afterAsOf ? AFTER_AS_OF : n === 0 ? 'no customer with a completed order in this bucket or the one before' : null;
  return Object.assign(new LifecyclePoint(), { start, end, n, reason, newCustomers: added, returning, resurrecting, dormant: dormant === 0 ? 0 : -dormant, active });
}
