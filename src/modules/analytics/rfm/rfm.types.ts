import { ArgsType, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../../common/pagination.js';
import { RfmMethod } from './rfm.enums.js';
import type { RfmScoring } from './rfm.query.js';

@ObjectType('RfmSegmentRule', { description: 'A rule of an RFM segment map: the R, F (and optionally M) scores it covers.' })
export class RfmSegmentRuleType {
  @Field()
  segment!: string;

  @Field(() => [Int])
  recency!: number[];

  @Field(() => [Int])
  frequency!: number[];

  @Field(() => [Int], { nullable: true, description: 'Null: every M score.' })
  monetary?: number[] | null;
}

@InputType({ description: 'A rule of a custom segment map; the rules must cover every R×F (or R×F×M) cell exactly once.' })
export class RfmSegmentRuleInput {
  @Field({ description: 'Segment name: capital letters, digits and underscores, such as CHAMPIONS.' })
  segment!: string;

  @Field(() => [Int], { description: 'R scores (1..5) the rule covers.' })
  recency!: number[];

  @Field(() => [Int], { description: 'F scores (1..5) the rule covers.' })
  frequency!: number[];

  @Field(() => [Int], { nullable: true, description: 'M scores (1..5); omit on R×F maps.' })
  monetary?: number[] | null;
}

@InputType({ description: 'Four ascending edges per measure for the FIXED method; a value equal to an edge falls in the lower bin.' })
export class RfmThresholdsInput {
  @Field(() => [Float], { description: 'Days since the last order; at or below edge 1 scores 5.' })
  recency!: number[];

  @Field(() => [Float], { description: 'Completed orders in the window; at or below edge 1 scores 1.' })
  frequency!: number[];

  @Field(() => [Float], { description: 'Revenue in the window; at or below edge 1 scores 1.' })
  monetary!: number[];
}

@InputType({ description: 'RFM as of an instant over a window of completed orders.' })
export class RfmInput {
  @Field(() => Date, { nullable: true, description: 'R is measured to this instant; later orders do not count. Default: now.' })
  asOf?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Window start (inclusive). Default: `to` minus 365 days.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Window end (exclusive). Default: asOf.' })
  to?: Date | null;

  @Field(() => RfmMethod, { nullable: true, description: "Default: the tenant's setting (QUANTILE)." })
  method?: RfmMethod | null;

  @Field(() => RfmThresholdsInput, { nullable: true, description: 'Required with FIXED, refused otherwise.' })
  thresholds?: RfmThresholdsInput | null;

  @Field(() => [RfmSegmentRuleInput], { nullable: true, description: "Custom map for this query; default: the tenant's map." })
  segmentMap?: RfmSegmentRuleInput[] | null;
}

@ObjectType({ description: 'The four edges per measure that turned values into scores.' })
export class RfmThresholds {
  @Field(() => [Float], { description: 'Recency edges in days, ascending (≤ edge 1 → R 5).' })
  recency!: number[];

  @Field(() => [Float], { description: 'Frequency edges, ascending; for QUANTILE they are on the rank of buyers ordered by (F, external id), 1..N.' })
  frequency!: number[];

  @Field(() => [Float], { description: 'Monetary edges, ascending (≤ edge 1 → M 1).' })
  monetary!: number[];
}

@ObjectType({ description: 'One segment of an RFM result.' })
export class RfmSegmentSummary {
  @Field()
  segment!: string;

  @Field(() => Int, { description: 'Buyers in the segment.' })
  customers!: number;

  @Field(() => Float, { nullable: true, description: 'customers / all scored buyers.' })
  customerShare!: number | null;

  @Field({ description: 'Σ M of the segment, in base currency.' })
  revenue!: string;

  @Field(() => Float, { nullable: true, description: 'revenue / revenue of all scored buyers.' })
  revenueShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean recency in days; null for an empty segment.' })
  meanRecency!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean completed orders in the window.' })
  meanFrequency!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean revenue in the window.' })
  meanMonetary!: number | null;
}

@ObjectType({ description: 'One cell of the R×F grid (for a heat map).' })
export class RfmGridCell {
  @Field(() => Int)
  r!: number;

  @Field(() => Int)
  f!: number;

  @Field(() => Int, { description: 'Buyers with these R and F scores.' })
  customers!: number;
}

@ObjectType({ description: "A buyer's RFM measures and scores." })
export class RfmScore {
  customerId!: string;

  @Field({ description: 'External id of the customer.' })
  externalId!: string;

  @Field(() => Int, { description: 'Whole days from the last completed order to asOf.' })
  recency!: number;

  @Field(() => Int, { description: 'Distinct completed orders in the window.' })
  frequency!: number;

  @Field({ description: 'Revenue of completed orders in the window, base currency.' })
  monetary!: string;

  @Field(() => Int, { description: 'Recency score 1..5 (5 = most recent).' })
  r!: number;

  @Field(() => Int, { description: 'Frequency score 1..5 (5 = most frequent).' })
  f!: number;

  @Field(() => Int, { description: 'Monetary score 1..5 (5 = highest spend).' })
  m!: number;

  @Field({ description: 'Segment of the (R, F[, M]) cell in the map used.' })
  segment!: string;
}

export const RfmScoreConnection = connectionType(RfmScore, 'RfmScore');

@ArgsType()
export class RfmCustomersArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, at most 1000 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only buyers of these segments.' })
  segments?: string[] | null;
}

/** What the summary statement returns (see RfmService.summary). */
export interface RfmSummary {
  customerCount: number;
  revenue: string;
  reason: string | null;
  thresholds: RfmThresholds | null;
  segments: RfmSegmentSummary[];
  grid: RfmGridCell[];
}

@ObjectType({ description: 'RFM scores and segments of every buyer with a completed order in the window.' })
export class RfmResult {
  /** The scoring the result was computed with, for the customers page. */
  scoring!: RfmScoring;

  /** Runs the summary statement; called at most once, on the first summary field asked for. */
  loadSummary!: () => Promise<RfmSummary>;

  private summaryOnce?: Promise<RfmSummary>;

  /** The summary, computed once per result: a query asking only for `customers` never runs it. */
  summary(): Promise<RfmSummary> {
    this.summaryOnce ??= this.loadSummary();
    return this.summaryOnce;
  }

  @Field()
  asOf!: Date;

  @Field({ description: 'Window start (inclusive).' })
  from!: Date;

  @Field({ description: 'Window end (exclusive).' })
  to!: Date;

  @Field(() => RfmMethod)
  method!: RfmMethod;

  @Field(() => Int, { description: 'Buyers scored: customers with ≥ 1 completed order in the window.' })
  get customerCount(): Promise<number> {
    return this.summary().then((summary) => summary.customerCount);
  }

  @Field(() => String, { description: 'Σ M over scored buyers.' })
  get revenue(): Promise<string> {
    return this.summary().then((summary) => summary.revenue);
  }

  @Field(() => String, { nullable: true, description: 'Why there are no scores, when customerCount is 0.' })
  get reason(): Promise<string | null> {
    return this.summary().then((summary) => summary.reason);
  }

  @Field(() => RfmThresholds, { nullable: true, description: 'The edges actually used; null when no buyer was scored.' })
  get thresholds(): Promise<RfmThresholds | null> {
    return this.summary().then((summary) => summary.thresholds);
  }

  @Field(() => [RfmSegmentSummary], { description: 'Every segment of the map, in map order, empty ones included.' })
  get segments(): Promise<RfmSegmentSummary[]> {
    return this.summary().then((summary) => summary.segments);
  }

  @Field(() => [RfmGridCell], { description: 'All 25 R×F cells, R then F ascending.' })
  get grid(): Promise<RfmGridCell[]> {
    return this.summary().then((summary) => summary.grid);
  }

  @Field(() => [RfmSegmentRuleType], { description: 'The segment map used.' })
  segmentMap!: RfmSegmentRuleType[];
}

@ObjectType({ description: 'Customers that were in one segment at the first date and in another (or the same) at the second.' })
export class RfmTransition {
  @Field({ description: 'Segment at fromAsOf; NONE when the customer was not scored then.' })
  fromSegment!: string;

  @Field({ description: 'Segment at toAsOf; NONE when not scored then.' })
  toSegment!: string;

  @Field(() => Int)
  customers!: number;
}

@ArgsType()
export class RfmTransitionsArgs {
  @Field({ description: 'First date: RFM over the window ending here.' })
  fromAsOf!: Date;

  @Field({ description: 'Second date.' })
  toAsOf!: Date;

  @Field(() => Int, { nullable: true, description: 'Window length in days before each date (default 365).' })
  windowDays?: number | null;

  @Field(() => RfmMethod, { nullable: true })
  method?: RfmMethod | null;
}

