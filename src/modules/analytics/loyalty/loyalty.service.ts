import { badInput } from '../../../common/errors.js';
import type { RequestContext } from '../../../context.js';
import { analyticsWindow } from '../analytics-request.js';
import type { MetricInput } from '../metric/metric.input.js';
import { MetricWindowInfo, PeriodComparison } from '../metric/metric.types.js';
import { ratio } from '../metric/metric-series.js';
import { CUSTOMER_VALUE_METRIC, recordMetricUsageSql } from '../metric/metric-usage.query.js';
import { DAY_MS, type MetricWindow } from '../metric/metric-window.js';
import type { CustomerTotalsService } from '../customer-totals/customer-totals.service.js';
import type { AnalyticsSettings } from '../settings/analytics-settings.js';
import { checkTopPercents, predictCustomerValue } from './loyalty-math.js';
import { customerValueSql, shareOfWalletSql, tenureSql, valueConcentrationSql, type Instant, type LoyaltyTotals } from './loyalty.query.js';
import {
  AnnualRetention, CustomerValueResult, HistoricValue, LorenzPoint, PredictedValue, ShareOfWalletResult, TenureResult, TopShare,
  ValueConcentrationResult, ValueTier, ValueTierSummary,
} from './loyalty.types.js';

const YEAR_DAYS = 365;

interface TenureRow {
  buyers: number;
  churned: number;
  mean_days: number | null;
  /** Median and p90, from one sort. */
  percentiles: [number, number] | null;
  previous_mean_days: number | null;
}

interface ShareRow {
  buyers: number;
  estimated: number;
  capped: number;
  mean_share: number | null;
  median_share: number | null;
  previous_mean_share: number | null;
}

interface CutRow {
  current: boolean;
  kind: 'TOP' | ValueTier | 'LORENZ';
  label: number;
  customers: number;
  revenue: string;
  share: number;
  buyers: number;
  total: string;
  gini: number;
}

interface CustomerValueRow {
  buyers: number;
  historic_total: string;
  historic_mean: number | null;
  historic_median: number | null;
  previous_historic_mean: number | null;
  window_orders: number;
  window_buyers: number;
  window_revenue: string;
  start_base: number;
  end_base: number;
  acquired: number;
}

const NO_BUYERS = 'no customer has a completed order in the window';

/** Tenure, share of wallet, value concentration and customer value (METRICS.md), in PostgreSQL. */
export class LoyaltyService {
  constructor(
    private readonly scope: RequestContext,
    private readonly settings: AnalyticsSettings,
    private readonly totals: CustomerTotalsService,
  ) {}

  async tenure(input: MetricInput | null | undefined): Promise<TenureResult> {
    const window = await this.windowOf(input);
    const current = this.instant(window.asOf);
    const previous = this.instant(previousInstant(window));
    const [row] = await this.scope.sql.query<TenureRow>(tenureSql(this.scope.tenantId, window, current, previous, await this.totalsOf(window)));
    return Object.assign(new TenureResult(), {
      window: MetricWindowInfo.of(window),
      churnWindowDays: this.settings.churnWindowDays,
      n: row.buyers,
      churned: row.churned,
      active: row.buyers - row.churned,
      meanDays: row.mean_days,
      medianDays: row.percentiles?.[0] ?? null,
      p90Days: row.percentiles?.[1] ?? null,
      meanDaysChange: PeriodComparison.of(row.mean_days, row.previous_mean_days),
      reason: row.buyers === 0 ? 'no customer has a completed order at or before asOf' : null,
    });
  }

  async shareOfWallet(input: MetricInput | null | undefined): Promise<ShareOfWalletResult> {
    const window = await this.windowOf(input);
    const [row] = await this.scope.sql.query<ShareRow>(shareOfWalletSql(this.scope.tenantId, window, await this.totalsOf(window)));
    return Object.assign(new ShareOfWalletResult(), {
      window: MetricWindowInfo.of(window),
      buyers: row.buyers,
      n: row.estimated,
      coverage: ratio(row.estimated, row.buyers),
      meanShare: row.mean_share,
      medianShare: row.median_share,
      capped: row.capped,
      meanShareChange: PeriodComparison.of(row.mean_share, row.previous_mean_share),
      reason: row.buyers === 0 ? NO_BUYERS : row.estimated === 0 ? 'no buyer in the window has a wallet estimate' : null,
    });
  }

  async valueConcentration(input: MetricInput | null | undefined, topPercents: readonly number[]): Promise<ValueConcentrationResult> {
    checkTopPercents(topPercents);
    const window = await this.windowOf(input);
    const rows = await this.scope.sql.query<CutRow>(valueConcentrationSql(this.scope.tenantId, window, topPercents, await this.totalsOf(window)));
    const now = rows.filter((row) => row.current);
    const before = rows.filter((row) => !row.current);
    const total = now[0]?.total ?? '0';
    const topShares = topPercents.map((percent, index) => {
      const cut = now.find((row) => row.kind === 'TOP' && row.label === index + 1);
      return Object.assign(new TopShare(), { percent, customers: cut?.customers ?? 0, revenue: cut?.revenue ?? '0', share: cut?.share ?? null });
    });
    const lorenz = Array.from({ length: 11 }, (_, decile) => {
      const cut = now.find((row) => row.kind === 'LORENZ' && row.label === decile);
      return Object.assign(new LorenzPoint(), { populationShare: decile / 10, revenueShare: cut?.share ?? null });
    });
    const tiers = [ValueTier.HEAVY, ValueTier.MEDIUM, ValueTier.LIGHT].map((tier) => {
      const cut = now.find((row) => row.kind === tier);
      return Object.assign(new ValueTierSummary(), { tier, customers: cut?.customers ?? 0, revenue: cut?.revenue ?? '0', share: cut?.share ?? null });
    });
    const heavyShare = (cuts: CutRow[]) => cuts.find((row) => row.kind === ValueTier.HEAVY)?.share ?? null;
    return Object.assign(new ValueConcentrationResult(), {
      window: MetricWindowInfo.of(window),
      n: now[0]?.buyers ?? 0,
      revenue: total,
      topShares,
      lorenz,
      gini: now[0]?.gini ?? null,
      tiers,
      topTwentyShareChange: PeriodComparison.of(heavyShare(now), heavyShare(before)),
      giniChange: PeriodComparison.of(now[0]?.gini ?? null, before[0]?.gini ?? null),
      reason: now.length === 0 ? NO_BUYERS : null,
    });
  }

  async customerValue(input: MetricInput | null | undefined): Promise<CustomerValueResult> {
    const window = await this.windowOf(input);
    const asOf = this.instant(window.asOf);
    const yearStart = this.instant(new Date(window.asOf.getTime() - YEAR_DAYS * DAY_MS));
    const [row] = await this.scope.sql.query<CustomerValueRow>(customerValueSql(this.scope.tenantId, window, { asOf, yearStart, previousAt: previousInstant(window) }, await this.totalsOf(window, yearStart.at)));
    // That the company looks at CLV is itself evidence for its maturity assessment (item 7.2).
    await this.scope.sql.query(recordMetricUsageSql(this.scope.tenantId, CUSTOMER_VALUE_METRIC, new Date()));
    const windowDays = Math.max(0, (window.dataEnd.getTime() - window.from.getTime()) / DAY_MS);
    const counts = { startBase: row.start_base, endBase: row.end_base, acquired: row.acquired };
    const prediction = predictCustomerValue({ ...counts, orders: row.window_orders, buyers: row.window_buyers, revenue: Number(row.window_revenue), windowDays });
    const historic = Object.assign(new HistoricValue(), {
      n: row.buyers,
      total: row.historic_total,
      mean: row.historic_mean,
      median: row.historic_median,
      meanChange: PeriodComparison.of(row.historic_mean, row.previous_historic_mean),
      reason: row.buyers === 0 ? 'no customer has a completed order at or before asOf' : null,
    });
    const retention = Object.assign(new AnnualRetention(), {
      from: yearStart.at,
      to: asOf.at,
      ...counts,
      retentionRate: prediction.retentionRate,
      churnRate: prediction.churnRate,
    });
    const predicted = Object.assign(new PredictedValue(), {
      value: prediction.value,
      reason: prediction.reason,
      orders: row.window_orders,
      buyers: row.window_buyers,
      revenue: row.window_revenue,
      averageOrderValue: prediction.averageOrderValue,
      windowDays,
      ordersPerBuyerPerYear: prediction.ordersPerBuyerPerYear,
      retention,
      expectedLifetimeYears: prediction.expectedLifetimeYears,
      lifetimeCapped: prediction.lifetimeCapped,
    });
    return Object.assign(new CustomerValueResult(), { window: MetricWindowInfo.of(window), churnWindowDays: this.settings.churnWindowDays, historic, predicted });
  }

  // These metrics are one figure per window: a breakdown would need per-group ranks and bases.
  private async windowOf(input: MetricInput | null | undefined): Promise<MetricWindow> {
    const window = await analyticsWindow(this.scope, input);
    if (window.groupBy) throw badInput('input.groupBy', 'is not supported by this metric; use filter to restrict the customers');
    return window;
  }

  /**
   * Per-customer totals as of asOf, as of the previous instant and (when asked) as of
   * `yearStart`, all over windows of the metric window's length, or null when a base cannot
   * serve one of them (the window does not end at asOf, a channel filter, a base being built):
   * the metric then reads the orders.
   */
  private async totalsOf(window: MetricWindow, yearStart?: Date): Promise<LoyaltyTotals | null> {
    if (window.filter.channels?.length) return null;
    const length = window.asOf.getTime() - window.from.getTime();
    const asOfInstant = (at: Date) => this.totals.totalsSql({ asOf: at, from: new Date(at.getTime() - length), dataEnd: at });
    const current = await this.totals.totalsSql({ asOf: window.asOf, from: window.from, dataEnd: window.dataEnd });
    if (!current) return null;
    const previous = await asOfInstant(previousInstant(window));
    if (!previous) return null;
    if (!yearStart) return { current, previous };
    const atYearStart = await asOfInstant(yearStart);
    return atYearStart ? { current, previous, yearStart: atYearStart } : null;
  }

  private instant(at: Date): Instant {
    return { at, churnCutoff: new Date(at.getTime() - this.settings.churnWindowDays * DAY_MS) };
  }
}

/** Stock figures of the previous period are read as of asOf minus the window's length. */
function previousInstant(window: MetricWindow): Date {
  return new Date(window.asOf.getTime() - (window.to.getTime() - window.from.getTime()));
}
