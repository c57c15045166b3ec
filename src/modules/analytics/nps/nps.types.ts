import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MetricWindowInfo, PeriodComparison, SeriesPoint, seriesType } from '../metric/metric.types.js';
import { NpsCategory } from './nps.enums.js';

type AbstractClass = abstract new (...args: any[]) => object;

/** Fields of a figure over the whole window (a group or the total), where a point has its bucket. */
@ObjectType({ description: 'Sample size of a survey figure over the window.' })
abstract class SurveySample {
  @Field(() => Int, { description: 'Sample size: answers counted.' })
  n!: number;

  @Field(() => String, { nullable: true, description: 'Why the values are null, when they are (no answers).' })
  reason!: string | null;
}

@ObjectType({ description: 'How many answers gave one score.' })
export class FeedbackScoreCount {
  @Field(() => Int)
  score!: number;

  @Field(() => Int)
  count!: number;
}

// The figures are mixins so points (which extend SeriesPoint), groups and totals carry the same
// fields and descriptions without three copies.

function withNpsFigures<Base extends AbstractClass>(base: Base) {
  @ObjectType({ description: 'NPS figures.' })
  abstract class NpsFigures extends base {
    @Field(() => Int, { description: 'Answers of 9 or 10.' })
    promoters!: number;

    @Field(() => Int, { description: 'Answers of 7 or 8.' })
    passives!: number;

    @Field(() => Int, { description: 'Answers of 0 to 6.' })
    detractors!: number;

    @Field(() => Float, { nullable: true, description: 'P = promoters / n, a share from 0 to 1; null when n = 0.' })
    promoterShare!: number | null;

    @Field(() => Float, { nullable: true, description: 'D = detractors / n, a share from 0 to 1; null when n = 0.' })
    detractorShare!: number | null;

    @Field(() => Float, { nullable: true, description: 'NPS = 100 × (P − D), from −100 to 100; null when n = 0.' })
    nps!: number | null;

    @Field(() => Float, { nullable: true, description: 'Margin of error (95%) of the NPS, in NPS points: 100 × 1.96 × sqrt((P + D − (P − D)²) / n); null when n = 0.' })
    marginOfError!: number | null;

    @Field({ description: "n < the tenant's lowSampleThreshold (default 30): too few answers to trust the figure." })
    lowSample!: boolean;
  }
  return NpsFigures;
}

function withCsatFigures<Base extends AbstractClass>(base: Base) {
  @ObjectType({ description: 'CSAT figures.' })
  abstract class CsatFigures extends base {
    @Field(() => Int, { description: 'Answers of 4 or 5.' })
    satisfied!: number;

    @Field(() => Float, { nullable: true, description: '% satisfied = 100 × satisfied / n, a percentage from 0 to 100; null when n = 0.' })
    satisfiedShare!: number | null;

    @Field(() => Float, { nullable: true, description: 'Mean score = Σ score / n, from 1 to 5; null when n = 0.' })
    mean!: number | null;

    @Field(() => [FeedbackScoreCount], { description: 'Answers per score, every score 1..5 listed (zeros included).' })
    distribution!: FeedbackScoreCount[];

    @Field(() => Float, { nullable: true, description: 'Margin of error (95%) of % satisfied, in percentage points: 100 × 1.96 × sqrt(p(1 − p) / n), p = satisfied / n; null when n = 0.' })
    marginOfError!: number | null;

    @Field({ description: "n < the tenant's lowSampleThreshold (default 30)." })
    lowSample!: boolean;
  }
  return CsatFigures;
}

function withCesFigures<Base extends AbstractClass>(base: Base) {
  @ObjectType({ description: 'CES figures.' })
  abstract class CesFigures extends base {
    @Field(() => Int, { description: 'Answers of 5 to 7.' })
    easy!: number;

    @Field(() => Float, { nullable: true, description: '% easy = 100 × easy / n, a percentage from 0 to 100; null when n = 0.' })
    easyShare!: number | null;

    @Field(() => Float, { nullable: true, description: 'Mean score = Σ score / n, from 1 to 7; null when n = 0.' })
    mean!: number | null;

    @Field(() => [FeedbackScoreCount], { description: 'Answers per score, every score 1..7 listed (zeros included).' })
    distribution!: FeedbackScoreCount[];

    @Field({ description: "n < the tenant's lowSampleThreshold (default 30)." })
    lowSample!: boolean;
  }
  return CesFigures;
}

const GROUP_DESCRIPTION = 'Value of the groupBy dimension; null when not recorded for the answer.';

@ObjectType({ description: 'NPS of the answers received in one bucket; n = answers (0..10).' })
export class NpsPoint extends withNpsFigures(SeriesPoint) {}

export const NpsSeries = seriesType(NpsPoint, 'Nps');

@ObjectType({ description: 'NPS over the whole window of the answers with one value of the groupBy dimension.' })
export class NpsGroup extends withNpsFigures(SurveySample) {
  @Field(() => String, { nullable: true, description: GROUP_DESCRIPTION })
  group!: string | null;
}

@ObjectType({ description: 'NPS of all answers in the window (filter applied, no breakdown).' })
export class NpsSummary extends withNpsFigures(SurveySample) {
  @Field(() => PeriodComparison, { description: 'NPS against the previous period of equal length just before the window.' })
  previous!: PeriodComparison;
}

@ObjectType({ description: 'Net Promoter Score of NPS answers (score 0..10) received in [from, min(to, asOf)).' })
export class NpsResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => [NpsSeries], { description: 'One series per group (one without groupBy), a point per bucket.' })
  series!: InstanceType<typeof NpsSeries>[];

  @Field(() => [NpsGroup], { description: 'Whole-window figures per group when groupBy is given; empty otherwise.' })
  groups!: NpsGroup[];

  @Field(() => NpsSummary)
  total!: NpsSummary;
}

@ObjectType({ description: 'CSAT of the answers received in one bucket; n = answers (1..5).' })
export class CsatPoint extends withCsatFigures(SeriesPoint) {}

export const CsatSeries = seriesType(CsatPoint, 'Csat');

@ObjectType({ description: 'CSAT over the whole window of the answers with one value of the groupBy dimension.' })
export class CsatGroup extends withCsatFigures(SurveySample) {
  @Field(() => String, { nullable: true, description: GROUP_DESCRIPTION })
  group!: string | null;
}

@ObjectType({ description: 'CSAT of all answers in the window (filter applied, no breakdown).' })
export class CsatSummary extends withCsatFigures(SurveySample) {
  @Field(() => PeriodComparison, { description: '% satisfied against the previous period of equal length (change in percentage points).' })
  previous!: PeriodComparison;
}

@ObjectType({ description: 'Customer satisfaction of CSAT answers (score 1..5) received in [from, min(to, asOf)).' })
export class CsatResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => [CsatSeries], { description: 'One series per group (one without groupBy), a point per bucket.' })
  series!: InstanceType<typeof CsatSeries>[];

  @Field(() => [CsatGroup], { description: 'Whole-window figures per group when groupBy is given; empty otherwise.' })
  groups!: CsatGroup[];

  @Field(() => CsatSummary)
  total!: CsatSummary;
}

@ObjectType({ description: 'CES of the answers received in one bucket; n = answers (1..7).' })
export class CesPoint extends withCesFigures(SeriesPoint) {}

export const CesSeries = seriesType(CesPoint, 'Ces');

@ObjectType({ description: 'CES over the whole window of the answers with one value of the groupBy dimension.' })
export class CesGroup extends withCesFigures(SurveySample) {
  @Field(() => String, { nullable: true, description: GROUP_DESCRIPTION })
  group!: string | null;
}

@ObjectType({ description: 'CES of all answers in the window (filter applied, no breakdown).' })
export class CesSummary extends withCesFigures(SurveySample) {
  @Field(() => PeriodComparison, { description: 'Mean effort score against the previous period of equal length.' })
  previous!: PeriodComparison;
}

@ObjectType({ description: 'Customer effort of CES answers (score 1..7, 7 = easiest) received in [from, min(to, asOf)).' })
export class CesResult {
  @Field(() => MetricWindowInfo)
  window!: MetricWindowInfo;

  @Field(() => [CesSeries], { description: 'One series per group (one without groupBy), a point per bucket.' })
  series!: InstanceType<typeof CesSeries>[];

  @Field(() => [CesGroup], { description: 'Whole-window figures per group when groupBy is given; empty otherwise.' })
  groups!: CesGroup[];

  @Field(() => CesSummary)
  total!: CesSummary;
}

@ObjectType({ description: 'Buyers of one RFM segment whose latest NPS answer falls in one category.' })
export class RfmNpsCell {
  @Field({ description: 'RFM segment as of asOf (default scoring and map, as groupBy RFM_SEGMENT).' })
  segment!: string;

  @Field(() => NpsCategory, { description: 'Category of the latest NPS answer at or before asOf; NONE without one.' })
  npsCategory!: NpsCategory;

  @Field(() => Int, { description: 'Buyers of the segment in this category.' })
  customers!: number;

  @Field(() => Float, { nullable: true, description: 'Share of the segment = customers / buyers of the segment, from 0 to 1; null when the segment has no buyers.' })
  share!: number | null;
}
