import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AssessmentAnswer } from './assessment.types.js';
import {
  ConfidenceBand, EvidenceMeasure, ItemStatus, MaturityDimension, MaturityStage, MaturityTier, ProvisionalReason, RecommendationReason,
} from './maturity.enums.js';

/** The scored assessment as the API shows it (MATURITY.md, Scoring and Recommendations). */

@ObjectType({ description: 'One observation of a measure of the tenant\'s data, as stored.' })
export class EvidenceObservation {
  @Field(() => EvidenceMeasure)
  measure!: EvidenceMeasure;

  @Field({ description: 'The measure\'s name in the requested language.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'The measured value (a share 0..1, a count, an NPS…); null when there is no data.' })
  value!: number | null;

  @Field(() => GraphQLJSONObject, { description: 'The figures behind the value (counts, medians).' })
  detail!: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: 'Days of data the measure looks back over.' })
  windowDays!: number | null;

  @Field()
  observedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'Evidence level e ∈ {0, .25, .5, .75, 1}; null = no evidence (never a penalty).' })
  level!: number | null;
}

@ObjectType({ description: 'A consultant\'s override of an item\'s effective score.' })
export class ItemOverride {
  @Field(() => Float, { description: 'The effective score s, 0..1.' })
  score!: number;

  @Field()
  justification!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'An item\'s self score, evidence and effective score.' })
export class AssessmentItemResult {
  @Field()
  itemId!: string;

  @Field(() => Int)
  stage!: number;

  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field()
  gate!: boolean;

  @Field(() => Int)
  weight!: number;

  @Field()
  text!: string;

  @Field({ description: 'False when NOT_APPLICABLE: left out of every score.' })
  applicable!: boolean;

  @Field(() => Float, { nullable: true, description: 'x = median answer / 4 (0 for UNKNOWN).' })
  selfScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'e, the latest evidence level; null without evidence.' })
  evidenceLevel!: number | null;

  @Field(() => Float, { nullable: true, description: 's = clamp(x, e − 0.25, e + 0.25), or the override.' })
  effectiveScore!: number | null;

  @Field(() => ItemStatus)
  status!: ItemStatus;

  @Field({ description: 'UNKNOWN (or unanswered): scores 0 and lowers confidence.' })
  unknown!: boolean;

  @Field({ description: 'No respondent has answered it.' })
  unanswered!: boolean;

  @Field({ description: 'Respondents\' answers spread over 2 steps or more.' })
  disagree!: boolean;

  @Field(() => [AssessmentAnswer])
  answers!: AssessmentAnswer[];

  @Field(() => EvidenceObservation, { nullable: true, description: 'The latest observation of the item\'s measure (bound items).' })
  evidence!: EvidenceObservation | null;

  @Field(() => ItemOverride, { nullable: true })
  override!: ItemOverride | null;
}

@ObjectType('MaturityStageScore', { description: 'A stage\'s score: S = Σ w·s / Σ w over its applicable items.' })
export class StageScoreView {
  @Field(() => Int)
  stage!: number;

  @Field(() => MaturityStage)
  key!: MaturityStage;

  @Field()
  name!: string;

  @Field(() => Float)
  score!: number;

  @Field({ description: 'S ≥ 0.70, every gate ≥ 0.50, and the stage before achieved.' })
  achieved!: boolean;

  @Field(() => [String], { description: 'Gate items with a score below 0.50.' })
  failingGates!: string[];
}

@ObjectType('MaturityDimensionScore', { description: 'A dimension of the profile (an axis of the radar).' })
export class DimensionScoreView {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Highest k with mean s of its items in stages ≤ k ≥ 0.70 and none of its gates there < 0.50.' })
  level!: number;

  @Field(() => Float, { nullable: true, description: 'Mean s of all its applicable items.' })
  mean!: number | null;
}

@ObjectType({ description: 'Where the company stands, from one kind of score.' })
export class MaturityPlacement {
  @Field(() => Int, { description: 'Highest achieved stage, 0 = not started.' })
  stage!: number;

  @Field(() => MaturityStage, { nullable: true })
  stageKey!: MaturityStage | null;

  @Field()
  stageName!: string;

  @Field(() => MaturityTier, { nullable: true })
  tier!: MaturityTier | null;

  @Field(() => String, { nullable: true })
  tierName!: string | null;

  @Field({ description: 'E.g. "Stage 3 · Align, 45% toward Segment".' })
  headline!: string;

  @Field(() => Float, { nullable: true, description: 'S of the next stage; null at stage 7.' })
  progressToNext!: number | null;

  @Field(() => Float, { description: 'Maturity index M = Σ_k Π_{j≤k} S_j, 0..7.' })
  index!: number;

  @Field(() => [StageScoreView])
  stageScores!: StageScoreView[];

  @Field(() => [Int], { description: 'Stages beyond the next with S ≥ 0.70: ahead of their foundations.' })
  aheadOfFoundations!: number[];

  @Field(() => [DimensionScoreView])
  dimensions!: DimensionScoreView[];

  @Field(() => MaturityDimension, { description: 'The lowest dimension.' })
  floor!: MaturityDimension;
}

@ObjectType({ description: 'How far the result can be trusted: C = c1 × (0.6 + 0.4 × c2 × c3).' })
export class AssessmentConfidence {
  @Field(() => Float)
  value!: number;

  @Field(() => ConfidenceBand)
  band!: ConfidenceBand;

  @Field(() => Float, { description: 'c1 = 1 − share of UNKNOWN items.' })
  knownShare!: number;

  @Field(() => Float, { description: 'c2 = share of bound items with evidence.' })
  evidenceCoverage!: number;

  @Field(() => Float, { description: 'c3 = CORROBORATED share of items with evidence.' })
  corroboratedShare!: number;
}

@ObjectType({ description: 'A next step, triggered by an item that is a gap.' })
export class AssessmentRecommendation {
  @Field(() => AssessmentItemResult, { description: 'The item (with its answers and evidence) that triggered it.' })
  item!: AssessmentItemResult;

  @Field(() => Float, { description: '(1 − s) × weight × f (1.5 below the target stage) × g (1.2 for OVERCLAIM or UNKNOWN).' })
  priority!: number;

  @Field(() => RecommendationReason)
  reason!: RecommendationReason;

  @Field()
  title!: string;

  @Field()
  action!: string;

  @Field({ description: 'The KPI to watch.' })
  kpi!: string;

  @Field()
  ownerRole!: string;

  @Field({ description: 'The cxgraph feature that helps.' })
  feature!: string;
}

@ObjectType({ description: 'The scored assessment in one language.' })
export class AssessmentResult {
  @Field()
  locale!: string;

  @Field({ description: 'The evidence-adjusted headline, e.g. "Stage 3 · Align, 45% toward Segment".' })
  headline!: string;

  @Field(() => MaturityPlacement, { description: 'From the answers alone (x).' })
  selfReported!: MaturityPlacement;

  @Field(() => MaturityPlacement, { description: 'From the effective scores (s): answers checked against the evidence.' })
  evidenceAdjusted!: MaturityPlacement;

  @Field(() => AssessmentConfidence)
  confidence!: AssessmentConfidence;

  @Field({ description: 'Over 20% UNKNOWN, or a gate of the next stage UNKNOWN.' })
  provisional!: boolean;

  @Field(() => [ProvisionalReason])
  provisionalReasons!: ProvisionalReason[];

  @Field(() => [AssessmentItemResult])
  items!: AssessmentItemResult[];

  @Field(() => [AssessmentRecommendation], { description: '3–5, most important first.' })
  recommendations!: AssessmentRecommendation[];

  @Field(() => [String], { description: 'The plan of the evidence-adjusted stage: what to do to reach the next one.' })
  nextSteps!: string[];

  @Field({ description: 'When these figures were computed (now, or at submission for submittedResult).' })
  computedAt!: Date;
}
