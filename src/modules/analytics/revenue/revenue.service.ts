import type { RequestContext } from '../../../context.js';
import { analyticsWindow } from '../analytics-request.js';
import { PeriodComparison, MetricWindowInfo } from '../metric/metric.types.js';
import type { MetricInput } from '../metric/metric.input.js';
import { assembleSeries, ratio, type SeriesRow } from '../metric/metric-series.js';
import { revenueSeriesSql, revenueTotalSql } from './revenue.query.js';
import { RevenuePoint, RevenueResult, RevenueTotals } from './revenue.types.js';

export class RevenueService {
  constructor(
    private readonly scope: RequestContext,
  ) {}

  async revenue(input: MetricInput | null | undefined): Promise<RevenueResult> {
    const window = await analyticsWindow(this.scope, input);
    const { tenantId, sql } = this.scope;
    // One after another: the statements share the request's connection.
    const rows = await sql.query<SeriesRow>(revenueSeriesSql(tenantId, window));
    const [current] = await sql.query<{ orders: number; revenue: string }>(revenueTotalSql(tenantId, window, window.from, window.to));
    const [previous] = await sql.query<{ orders: number; revenue: string }>(revenueTotalSql(tenantId, window, window.previous.from, window.previous.to));
    const series = assembleSeries(rows, window, (start, end, row) => toPoint(start, end, row));
    for (const { points } of series) {
      points.forEach((point, index) => {
        const before = index > 0 ? Number(points[index - 1].revenue) : null;
        point.revenueGrowth = before === null || before === 0 ? null : (Number(point.revenue) - before) / before;
      });
    }
    const aov = (totals: { orders: number; revenue: string }) => ratio(Number(totals.revenue), totals.orders);
    const totals = Object.assign(new RevenueTotals(), {
      revenue: current.revenue,
      orders: current.orders,
      averageOrderValue: aov(current),
      revenueChange: PeriodComparison.of(Number(current.revenue), Number(previous.revenue)),
      ordersChange: PeriodComparison.of(current.orders, previous.orders),
      averageOrderValueChange: PeriodComparison.of(aov(current), aov(previous)),
    });
    return Object.assign(new RevenueResult(), { window: MetricWindowInfo.of(window), series, totals });
  }
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
