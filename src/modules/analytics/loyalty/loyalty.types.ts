import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MetricWindowInfo, PeriodComparison } from '../metric/metric.types.js';

/** The heavy / medium / light split of buyers by revenue (METRICS.md, value concentration). */
export enum ValueTier {
  HEAVY = 'HEAVY',
  MEDIUM = 'MEDIUM',
  LIGHT = 'LIGHT',
}

registerEnumType(ValueTier, {
  name: 'ValueTier',
  description: 'Buyers ranked by revenue in the window, from the top: heavy = the first ceil(20% × N), medium = up to ceil(50% × N), light = the rest.',
  valuesConfig: {
    HEAVY: { description: 'Top 20% of buyers: the first ceil(0.2 × N) by revenue.' },
    MEDIUM: { description: 'Next 30%: ranks ceil(0.2 × N) + 1 .. ceil(0.5 × N).' },
    LIGHT: { description: 'Bottom 50%: the remaining N − ceil(0.5 × N) buyers.' },
  },
});

@ObjectType({
  description:
    'Tenure (retention period) as of asOf: for every buyer acquired (first completed order) at or before asOf, days from acquisition to the last completed order at or before asOf ' +
    'when that order is before asOf − churnWindowDays (churned), else to asOf (active). The window start is not used: tenure is a stock figure; filters restrict the orders read.',
})
export class TenureResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => Int, { description: "The tenant's churn window the churned/active split used." })
  churnWindowDays!: number;

  @Field(() => Int, { description: 'Buyers measured: customers with a completed order at or before asOf.' })
  n!: number;

  @Field(() => Int, { description: 'Buyers whose last completed order is before asOf − churnWindowDays: tenure ends at that order.' })
  churned!: number;

  @Field(() => Int, { description: 'Buyers in the active base at asOf: tenure runs to asOf.' })
  active!: number;

  @Field(() => Float, { nullable: true, description: 'Mean tenure in days (fractional days, exact to the second).' })
  meanDays!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median tenure in days: percentile_cont(0.5).' })
  medianDays!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of tenure in days: percentile_cont(0.9) (linear interpolation).' })
  p90Days!: number | null;

  @Field(() => PeriodComparison, { description: 'Mean tenure now against the mean as of asOf minus the window length (same rules, data up to then).' })
  meanDaysChange!: PeriodComparison;

  @Field(() => String, { nullable: true, description: 'Why the figures are null, when they are.' })
  reason!: string | null;
}

@ObjectType({
  description:
    'Share of wallet = revenue in the window / walletEstimate, per buyer in the window (completed order in [from, min(to, asOf))); ' +
    'averaged over buyers with a positive walletEstimate. A share above 1 (spend above the estimate) is capped at 1. The estimate is the current one, not as of asOf.',
})
export class ShareOfWalletResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => Int, { description: 'Buyers in the window.' })
  buyers!: number;

  @Field(() => Int, { description: 'Sample size: buyers in the window with a positive walletEstimate.' })
  n!: number;

  @Field(() => Float, { nullable: true, description: 'Coverage = n / buyers; null without buyers.' })
  coverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of min(1, revenue / walletEstimate) over the n buyers.' })
  meanShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median of min(1, revenue / walletEstimate) over the n buyers: percentile_cont(0.5).' })
  medianShare!: number | null;

  @Field(() => Int, { description: 'Buyers whose revenue exceeded their estimate (share capped at 1): a sign of stale estimates.' })
  capped!: number;

  @Field(() => PeriodComparison, { description: 'Mean share against the previous period of equal length (same estimates).' })
  meanShareChange!: PeriodComparison;

  @Field(() => String, { nullable: true, description: 'Why meanShare is null, when it is.' })
  reason!: string | null;
}

@ObjectType({ description: 'Revenue of the top k% of buyers.' })
export class TopShare {
  @Field(() => Float, { description: 'k, as asked.' })
  percent!: number;

  @Field(() => Int, { description: 'Buyers in the top k%: ceil(k × N / 100), at least 1 of any buyers (rounded up).' })
  customers!: number;

  @Field({ description: 'Σ revenue in the window of those buyers.' })
  revenue!: string;

  @Field(() => Float, { nullable: true, description: 'Top-k share = revenue / total revenue; null without buyers.' })
  share!: number | null;
}

@ObjectType({ description: 'A point of the Lorenz curve.' })
export class LorenzPoint {
  @Field(() => Float, { description: 'x: share of buyers, from the lowest revenue up (0, 0.1, … 1).' })
  populationShare!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of revenue held by the bottom x of buyers; between two buyers (x × N not whole) linear between them, as the curve is piecewise linear.',
  })
  revenueShare!: number | null;
}

@ObjectType({ description: 'A heavy / medium / light tier of buyers.' })
export class ValueTierSummary {
  @Field(() => ValueTier)
  tier!: ValueTier;

  @Field(() => Int)
  customers!: number;

  @Field({ description: 'Σ revenue in the window of the tier.' })
  revenue!: string;

  @Field(() => Float, { nullable: true, description: 'revenue / total revenue; null without buyers.' })
  share!: number | null;
}

@ObjectType({ description: 'How concentrated revenue in the window is among buyers (completed orders in [from, min(to, asOf))).' })
export class ValueConcentrationResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => Int, { description: 'Sample size: buyers in the window.' })
  n!: number;

  @Field({ description: 'Σ revenue of completed orders in the window.' })
  revenue!: string;

  @Field(() => [TopShare], { description: 'One entry per asked percent, in the order asked.' })
  topShares!: TopShare[];

  @Field(() => [LorenzPoint], { description: 'The Lorenz curve at each decile, 0 to 1.' })
  lorenz!: LorenzPoint[];

  @Field(() => Float, {
    nullable: true,
    description: 'Gini = 2 Σ i·x_i / (N Σ x_i) − (N + 1) / N, x ascending, i = 1..N (0 = equal spend; 0 for one buyer); null without buyers.',
  })
  gini!: number | null;

  @Field(() => [ValueTierSummary], { description: 'HEAVY, MEDIUM, LIGHT.' })
  tiers!: ValueTierSummary[];

  @Field(() => PeriodComparison, { description: 'Top-20% share (the HEAVY share) against the previous period.' })
  topTwentyShareChange!: PeriodComparison;

  @Field(() => PeriodComparison, { description: 'Gini against the previous period.' })
  giniChange!: PeriodComparison;

  @Field(() => String, { nullable: true, description: 'Why the shares are null, when they are.' })
  reason!: string | null;
}

@ObjectType({ description: 'Historic customer value: revenue per buyer of all completed orders at or before asOf (all history, not just the window).' })
export class HistoricValue {
  @Field(() => Int, { description: 'Buyers: customers with a completed order at or before asOf.' })
  n!: number;

  @Field({ description: 'Σ revenue of those orders.' })
  total!: string;

  @Field(() => Float, { nullable: true, description: 'total / n.' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median revenue per buyer: percentile_cont(0.5).' })
  median!: number | null;

  @Field(() => PeriodComparison, { description: 'Mean against the mean as of asOf minus the window length.' })
  meanChange!: PeriodComparison;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType({ description: 'Customer retention over the 365 days ending at asOf: CRR = (E − N) / S, churn rate = 1 − CRR.' })
export class AnnualRetention {
  @Field({ description: 'Period start: asOf − 365 days.' })
  from!: Date;

  @Field({ description: 'Period end: asOf.' })
  to!: Date;

  @Field(() => Int, { description: 'S = active base at the start: buyers acquired ≤ start whose last completed order ≤ start is ≥ start − churnWindowDays.' })
  startBase!: number;

  @Field(() => Int, { description: 'E = active base at asOf.' })
  endBase!: number;

  @Field(() => Int, { description: 'N = buyers acquired (first completed order) after the start and at or before asOf.' })
  acquired!: number;

  @Field(() => Float, { nullable: true, description: 'CRR = (E − N) / S; null when S = 0. Can exceed 1 when lapsed buyers come back.' })
  retentionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Annual churn rate = 1 − CRR; null when S = 0.' })
  churnRate!: number | null;
}

@ObjectType({
  description:
    'Simple predictive CLV = averageOrderValue × ordersPerBuyerPerYear × expectedLifetimeYears, with every input. ' +
    'expectedLifetimeYears = min(10, 1 / annual churn rate); 10 when the churn rate is 0 or below.',
})
export class PredictedValue {
  @Field(() => Float, { nullable: true, description: 'The CLV; null (with reason) without orders in the window or when the churn rate is undefined (S = 0).' })
  value!: number | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Int, { description: 'Completed orders in the window.' })
  orders!: number;

  @Field(() => Int, { description: 'Buyers in the window.' })
  buyers!: number;

  @Field({ description: 'Σ revenue of completed orders in the window.' })
  revenue!: string;

  @Field(() => Float, { nullable: true, description: 'AOV = revenue / orders in the window.' })
  averageOrderValue!: number | null;

  @Field(() => Float, { description: 'Days of data in the window: (min(to, asOf) − from) / 86,400 s.' })
  windowDays!: number;

  @Field(() => Float, { nullable: true, description: 'Annualized linearly: (orders / buyers) × 365 / windowDays.' })
  ordersPerBuyerPerYear!: number | null;

  @Field(() => AnnualRetention)
  retention!: AnnualRetention;

  @Field(() => Float, { nullable: true, description: 'min(10, 1 / churn rate); 10 when churn ≤ 0; null when the churn rate is undefined.' })
  expectedLifetimeYears!: number | null;

  @Field({ description: 'True when the lifetime is the 10-year cap.' })
  lifetimeCapped!: boolean;
}

@ObjectType({ description: 'Historic and simple predictive customer value.' })
export class CustomerValueResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => Int, { description: "The tenant's churn window used for the active base." })
  churnWindowDays!: number;

  @Field(() => HistoricValue)
  historic!: HistoricValue;

  @Field(() => PredictedValue)
  predicted!: PredictedValue;
}
