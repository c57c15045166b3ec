import type { ClassType } from 'type-graphql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Interval, MetricDimension } from './metric.enums.js';
import type { MetricWindow } from './metric-window.js';

@ObjectType({ description: 'The window, interval and time zone a metric was actually computed with (defaults applied).' })
export class MetricWindowInfo {
  @Field({ description: 'Window start (inclusive).' })
  from!: Date;

  @Field({ description: 'Window end (exclusive).' })
  to!: Date;

  @Field({ description: 'Data after this instant is ignored.' })
  asOf!: Date;

  @Field(() => Interval)
  interval!: Interval;

  @Field()
  timeZone!: string;

  @Field(() => MetricDimension, { nullable: true })
  groupBy!: MetricDimension | null;

  static of(window: MetricWindow): MetricWindowInfo {
    return Object.assign(new MetricWindowInfo(), {
      from: window.from,
      to: window.to,
      asOf: window.asOf,
      interval: window.interval,
      timeZone: window.timeZone,
      groupBy: window.groupBy,
    });
  }
}

/** Fields every point of every series has: its bucket and its sample size. */
@ObjectType({ description: 'Fields every point of a metric series has.' })
export abstract class SeriesPoint {
  @Field({ description: 'Bucket start (local calendar boundary in the query time zone).' })
  start!: Date;

  @Field({ description: 'Bucket end (exclusive).' })
  end!: Date;

  @Field(() => Int, { description: 'Sample size: how many rows the value is computed from (0 for an empty bucket).' })
  n!: number;

  @Field(() => String, { nullable: true, description: 'Why the value is null, when it is.' })
  reason!: string | null;
}

/** Builds `<Name>Series { group points }` for a point type. */
export function seriesType<P extends object>(pointType: ClassType<P>, name: string) {
  @ObjectType(`${name}Series`, { description: `One ${name} series: a point per bucket, for one group of the breakdown.` })
  class SeriesType {
    @Field(() => String, { nullable: true, description: 'Value of the groupBy dimension; null without a breakdown or when not recorded.' })
    group!: string | null;

    @Field(() => [pointType])
    points!: P[];
  }
  return SeriesType;
}

@ObjectType({ description: 'A figure and the same figure for the period of equal length just before the window.' })
export class PeriodComparison {
  @Field(() => Float, { nullable: true, description: 'Figure for the window.' })
  current!: number | null;

  @Field(() => Float, { nullable: true, description: 'Figure for the previous period.' })
  previous!: number | null;

  @Field(() => Float, { nullable: true, description: 'current − previous; null when either is null.' })
  change!: number | null;

  @Field(() => Float, { nullable: true, description: '(current − previous) / |previous|; null when previous is null or 0.' })
  relativeChange!: number | null;

  static of(current: number | null, previous: number | null): PeriodComparison {
    const change = current === null || previous === null ? null : current - previous;
    return Object.assign(new PeriodComparison(), {
      current,
      previous,
      change,
      relativeChange: change === null || !previous ? null : change / Math.abs(previous),
    });
  }
}
