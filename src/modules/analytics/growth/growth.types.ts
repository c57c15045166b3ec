import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MetricWindowInfo, PeriodComparison, SeriesPoint, seriesType } from '../metric/metric.types.js';
import type { MetricWindow } from '../metric/metric-window.js';

/** Base-change figures of one period [periodStart, periodEnd), shared by series points and the window total. */
@ObjectType()
abstract class CustomerBaseFigures extends SeriesPoint {
  @Field({ description: 'Start s of the period measured: the bucket start, or `from` for a bucket that begins before the window.' })
  periodStart!: Date;

  @Field({ description: 'End e of the period measured: the bucket end, capped at `to` and at asOf.' })
  periodEnd!: Date;

  @Field(() => Int, { nullable: true, description: 'N = customers acquired (first completed order ever) in [s, e); null for a bucket after asOf.' })
  newCustomers!: number | null;

  @Field(() => Int, { nullable: true, description: 'S = B(s): buyers acquired before s whose last completed order before s is at or after s − churnWindowDays.' })
  activeBaseStart!: number | null;

  @Field(() => Int, { nullable: true, description: 'E = B(e), the active base at the period end.' })
  activeBaseEnd!: number | null;

  @Field(() => Float, { nullable: true, description: 'Customer growth rate = (E − S) / S; null when S = 0.' })
  growthRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Customer retention rate CRR = (E − N) / S; null when S = 0.' })
  retentionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Churn rate = 1 − CRR; null when S = 0.' })
  churnRate!: number | null;
}

@ObjectType({ description: 'Growth of the active customer base in one bucket; n = S, the active base at the period start.' })
export class CustomerGrowthPoint extends CustomerBaseFigures {}

export const CustomerGrowthSeries = seriesType(CustomerGrowthPoint, 'CustomerGrowth');

@ObjectType({ description: 'Growth of the active base over the whole window [from, min(to, asOf)); n = S.' })
export class CustomerGrowthTotal extends CustomerBaseFigures {
  @Field(() => PeriodComparison, { description: 'Growth rate of the window against the previous period of equal length.' })
  growthRateChange!: PeriodComparison;

  @Field(() => PeriodComparison, { description: 'Retention rate (CRR) of the window against the previous period.' })
  retentionRateChange!: PeriodComparison;
}

@ObjectType({ description: 'New customers, active base, growth, retention (CRR) and churn per bucket and for the window.' })
export class CustomerGrowthResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => Int, { description: 'The churn window used (tenant setting churnWindowDays): a buyer stays in the active base this many days after a completed order.' })
  churnWindowDays!: number;

  @Field(() => [CustomerGrowthSeries])
  series!: InstanceType<typeof CustomerGrowthSeries>[];

  @Field(() => CustomerGrowthTotal, { description: 'The window as one period (filter applied, no breakdown).' })
  total!: CustomerGrowthTotal;
}

@ObjectType()
abstract class RepeatPurchaseFigures extends SeriesPoint {
  @Field(() => Int, { description: 'Buyers: customers with at least one completed order in the period.' })
  buyers!: number;

  @Field(() => Int, { description: 'Buyers with at least two completed orders in the period.' })
  repeatBuyers!: number;

  @Field(() => Float, { nullable: true, description: 'Repeat purchase rate = repeatBuyers / buyers; null without buyers.' })
  rate!: number | null;
}

@ObjectType({ description: 'Repeat purchase rate of one bucket, counting only the orders in that bucket; n = buyers.' })
export class RepeatPurchasePoint extends RepeatPurchaseFigures {}

export const RepeatPurchaseSeries = seriesType(RepeatPurchasePoint, 'RepeatPurchase');

@ObjectType({ description: 'Repeat purchase rate over the window [from, min(to, asOf)); n = buyers.' })
export class RepeatPurchaseTotal extends RepeatPurchaseFigures {
  @Field(() => PeriodComparison, { description: 'Rate against the previous period of equal length.' })
  rateChange!: PeriodComparison;
}

@ObjectType({ description: 'Share of buyers with two or more completed orders, per bucket and for the window.' })
export class RepeatPurchaseResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  // series and total are field resolvers (growth.resolver.ts), each computed only when asked for.

  /** The resolved window, for the field resolvers; not a GraphQL field. */
  resolvedWindow!: MetricWindow;
}

@ObjectType({ description: 'Growth accounting of one calendar bucket; n = customers active in it or in the bucket before.' })
export class LifecyclePoint extends SeriesPoint {
  @Field(() => Int, { description: 'New: customers acquired (first completed order ever) in the bucket.' })
  newCustomers!: number;

  @Field(() => Int, { description: 'Returning: a completed order in this bucket and in the previous one.' })
  returning!: number;

  @Field(() => Int, { description: 'Resurrecting: a completed order in this bucket, none in the previous one, acquired before this bucket.' })
  resurrecting!: number;

  @Field(() => Int, { description: 'Dormant, as a NEGATIVE count: −(customers with a completed order in the previous bucket and none in this one).' })
  dormant!: number;

  @Field(() => Int, { description: 'Active = new + returning + resurrecting.' })
  active!: number;
}

export const LifecycleSeries = seriesType(LifecyclePoint, 'Lifecycle');

@ObjectType({ description: 'New, returning, resurrecting and dormant customers per whole calendar bucket.' })
export class LifecycleResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => [LifecycleSeries])
  series!: InstanceType<typeof LifecycleSeries>[];
}
