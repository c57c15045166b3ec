import type { RequestContext } from '../../../context.js';
import { analyticsWindow } from '../analytics-request.js';
import { PeriodComparison, MetricWindowInfo } from '../metric/metric.types.js';
import type { MetricInput } from '../metric/metric.input.js';
import type { MetricWindow } from '../metric/metric-window.js';
import { assembleSeries, ratio, type SeriesRow } from '../metric/metric-series.js';
import { sumDecimals } from '../../../common/decimal-sum.js';
import { revenueSeriesSql, revenueTotalSql } from './revenue.query.js';
import { daysServe, revenueSeriesFromDaysSql } from './revenue-days.query.js';
import { RevenueDaysService } from './revenue-days.service.js';
import { RevenuePoint, RevenueResult, RevenueTotals } from './revenue.types.js';

export class RevenueService {
  constructor(
    private readonly scope: RequestContext,
  ) {}

  /** The series; the totals are computed only when asked for (see `totals`). */
  async revenue(input: MetricInput | null | undefined): Promise<RevenueResult> {
    const window = await analyticsWindow(this.scope, input);
    const rows = await this.scope.sql.query<SeriesRow>(await this.seriesSql(window));
    const series = assembleSeries(rows, window, (start, end, row) => toPoint(start, end, row));
    for (const { points } of series) {
      points.forEach((point, index) => {
        const before = index > 0 ? Number(points[index - 1].revenue) : null;
        point.revenueGrowth = before === null || before === 0 ? null : (Number(point.revenue) - before) / before;
      });
    }
    return Object.assign(new RevenueResult(), { window: MetricWindowInfo.of(window), series, resolvedWindow: window });
  }

  /** From the revenue days when they hold what the series groups and filters by, else from the orders. */
  private async seriesSql(window: MetricWindow) {
    if (!daysServe(window)) return revenueSeriesSql(this.scope.tenantId, window);
    await new RevenueDaysService(this.scope).prepare(window.timeZone);
    return revenueSeriesFromDaysSql(this.scope.tenantId, window);
  }

  /**
   * Totals of the window (capped at asOf) with the change from the previous period. Without a
   * breakdown the window's totals are the sums of its one series, which covers the same orders
   * ([from, min(to, asOf)), same filter): only the previous period is read again.
   */
  async totals(result: RevenueResult): Promise<RevenueTotals> {
    const window = result.resolvedWindow;
    // One after another: the statements share the request's connection.
    const [current] = window.groupBy === null
      ? [totalsOfSeries(result.series[0].points)]
      : await this.scope.sql.query<PeriodTotals>(revenueTotalSql(this.scope.tenantId, window, window.from, window.to));
    const [previous] = await this.scope.sql.query<PeriodTotals>(revenueTotalSql(this.scope.tenantId, window, window.previous.from, window.previous.to));
    const aov = (totals: PeriodTotals) => ratio(Number(totals.revenue), totals.orders);
    return Object.assign(new RevenueTotals(), {
      revenue: current.revenue,
      orders: current.orders,
      averageOrderValue: aov(current),
      revenueChange: PeriodComparison.of(Number(current.revenue), Number(previous.revenue)),
      ordersChange: PeriodComparison.of(current.orders, previous.orders),
      averageOrderValueChange: PeriodComparison.of(aov(current), aov(previous)),
    });
  }
}

function totalsOfSeries(points: RevenuePoint[]): PeriodTotals {
  const withOrders = points.filter((point) => point.orders > 0);
  return {
    orders: withOrders.reduce((sum, point) => sum + point.orders, 0),
    revenue: withOrders.length === 0 ? '0' : sumDecimals(withOrders.map((point) => point.revenue)),
  };
}

interface PeriodTotals {
  orders: number;
  revenue: string;
}

function toPoint(start: Date, end: Date, row: SeriesRow | undefined): RevenuePoint {
  const orders = Number(row?.orders ?? 0);
  const revenue = String(row?.revenue ?? '0');
  return Object.assign(new RevenuePoint(), {
    start,
    end,
    n: orders,
    reason: orders === 0 ? 'no completed orders in this bucket' : null,
    revenue,
    orders,
    averageOrderValue: ratio(Number(revenue), orders),
    revenueGrowth: null,
  });
}
