import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MetricWindowInfo, PeriodComparison, SeriesPoint, seriesType } from '../metric/metric.types.js';
import type { MetricWindow } from '../metric/metric-window.js';

@ObjectType({ description: 'Revenue of one bucket; n = completed orders.' })
export class RevenuePoint extends SeriesPoint {
  @Field({ description: 'Σ amount of completed orders (base currency).' })
  revenue!: string;

  @Field(() => Int, { description: 'Count of completed orders.' })
  orders!: number;

  @Field(() => Float, { nullable: true, description: 'Average order value = revenue / orders; null without orders.' })
  averageOrderValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Revenue growth = (revenue − previous bucket) / previous bucket; null when the previous bucket is 0 or absent.' })
  revenueGrowth!: number | null;
}

export const RevenueSeries = seriesType(RevenuePoint, 'Revenue');

@ObjectType({ description: 'Revenue totals of the window.' })
export class RevenueTotals {
  @Field({ description: 'Σ amount of completed orders in the window.' })
  revenue!: string;

  @Field(() => Int)
  orders!: number;

  @Field(() => Float, { nullable: true, description: 'revenue / orders.' })
  averageOrderValue!: number | null;

  @Field(() => PeriodComparison, { description: 'Revenue against the previous period of equal length.' })
  revenueChange!: PeriodComparison;

  @Field(() => PeriodComparison, { description: 'Orders against the previous period.' })
  ordersChange!: PeriodComparison;

  @Field(() => PeriodComparison, { description: 'AOV against the previous period.' })
  averageOrderValueChange!: PeriodComparison;
}

@ObjectType({ description: 'Revenue, orders and average order value of completed orders, per bucket.' })
export class RevenueResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => [RevenueSeries])
  series!: InstanceType<typeof RevenueSeries>[];

  /** The resolved window, for the totals field resolver; not a GraphQL field. */
  resolvedWindow!: MetricWindow;
}
