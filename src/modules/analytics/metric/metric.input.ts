import { Field, ID, InputType } from 'type-graphql';
import { Interval, MetricDimension } from './metric.enums.js';

@InputType({ description: 'Restricts which customers and events a metric counts. All given conditions must hold.' })
export class MetricFilter {
  @Field(() => [String], { nullable: true, description: 'Customers holding every one of these active tag keys.' })
  tagKeys?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Events (orders, answers, touchpoints) in one of these channels.' })
  channels?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers in one of these regions.' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers in one of these RFM segments as of asOf (default scoring), e.g. CHAMPIONS.' })
  rfmSegments?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Customers that were members at asOf of every one of these saved segments (as their refreshes recorded it).' })
  segmentIds?: string[] | null;
}

@InputType({ description: 'The one input every time-based metric takes.' })
export class MetricInput {
  @Field(() => Date, { nullable: true, description: 'Start of the window (inclusive). Default: `to` minus 365 days.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the window (exclusive). Default: asOf. Buckets after asOf are returned empty.' })
  to?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The instant the data is read as of: nothing after it counts. Default: now.' })
  asOf?: Date | null;

  @Field(() => Interval, { nullable: true, description: 'Series bucket. Default MONTH.' })
  interval?: Interval | null;

  @Field(() => String, { nullable: true, description: "IANA time zone for buckets. Default: the tenant's." })
  timeZone?: string | null;

  @Field(() => MetricDimension, { nullable: true, description: 'Break the metric down: one series per value.' })
  groupBy?: MetricDimension | null;

  @Field(() => MetricFilter, { nullable: true })
  filter?: MetricFilter | null;
}
