import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Interval } from '../metric/metric.enums.js';
import { MetricWindowInfo } from '../metric/metric.types.js';

export const DEFAULT_MAX_OFFSET = 12;
export const MAX_OFFSET_LIMIT = 60;

@InputType({ description: 'Which acquisition cohorts to build and how far to follow them.' })
export class CohortInput {
  @Field(() => Date, { nullable: true, description: 'The first cohort is the calendar period holding this instant. Default: `to` minus 365 days.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The last cohort is the calendar period holding the instant just before min(to, asOf). Default: asOf.' })
  to?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Nothing after this instant counts. Default: now.' })
  asOf?: Date | null;

  @Field(() => String, { nullable: true, description: "IANA time zone of the calendar periods. Default: the tenant's." })
  timeZone?: string | null;

  @Field(() => Interval, { nullable: true, description: 'Cohort period: MONTH (default) or WEEK (ISO, from Monday).' })
  interval?: Interval | null;

  @Field(() => Int, { nullable: true, description: `Follow each cohort for offsets 0..maxOffset periods (default ${DEFAULT_MAX_OFFSET}, at most ${MAX_OFFSET_LIMIT}).` })
  maxOffset?: number | null;
}

@ObjectType({ description: 'One cohort k periods after its acquisition period; n = cohort size.' })
export class CohortOffset {
  @Field(() => Int, { description: 'k: periods after the acquisition period (0 = the acquisition period).' })
  offset!: number;

  @Field({ description: 'Start of period k (local calendar boundary).' })
  start!: Date;

  @Field({ description: 'End of period k (exclusive).' })
  end!: Date;

  @Field({ description: 'False while period k is still running at asOf: its figures can still grow.' })
  complete!: boolean;

  @Field(() => Int, { description: 'Sample size: the cohort size.' })
  n!: number;

  @Field(() => String, { nullable: true, description: 'Why the ratios are null, when they are.' })
  reason!: string | null;

  @Field(() => Int, { description: 'Cohort members with a completed order in period k (all of them at k = 0).' })
  activeCustomers!: number;

  @Field(() => Float, { nullable: true, description: 'Retention = activeCustomers / size (1 at k = 0); null for an empty cohort.' })
  retention!: number | null;

  @Field({ description: "Σ amount of the members' completed orders in period k (base currency)." })
  revenue!: string;

  @Field(() => Float, { nullable: true, description: 'Revenue retained per member = revenue / size; null for an empty cohort.' })
  revenuePerMember!: number | null;
}

@ObjectType({ description: 'Customers acquired (first completed order ever) in one calendar period.' })
export class Cohort {
  @Field({ description: 'Start of the acquisition period (local calendar boundary).' })
  start!: Date;

  @Field({ description: 'End of the acquisition period (exclusive).' })
  end!: Date;

  @Field(() => Int, { description: 'Cohort size: customers whose first completed order falls in the period (before asOf).' })
  size!: number;

  @Field(() => [CohortOffset], { description: 'Offsets 0..maxOffset whose period has begun by asOf; later ones are left out, not zero.' })
  offsets!: CohortOffset[];
}

@ObjectType({ description: 'Acquisition cohorts: retention and revenue per member k periods after acquisition.' })
export class CohortResult {
  @Field(() => MetricWindowInfo, { description: 'The window: cohorts are the whole calendar periods from the one holding `from` to the one holding min(to, asOf).' })
  window!: MetricWindowInfo;

  @Field(() => Int)
  maxOffset!: number;

  @Field(() => [Cohort], { description: 'One cohort per calendar period, oldest first, empty periods included (size 0).' })
  cohorts!: Cohort[];
}
