import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  AssessmentStatus, ConfidenceBand, EvidenceMeasure, ItemStatus, MaturityDimension, MaturityStage, MaturityTier,
  ProvisionalReason, QuickAnswer, RecommendationReason, SpecialAnswer,
} from './maturity.enums.js';

/** GraphQL inputs and results of assessments (MATURITY.md, Scoring and Over time). */

@InputType({ description: 'A new assessment of the company.' })
export class StartAssessmentInput {
  @Field({ description: '1 to 200 characters, e.g. "Annual review 2026".' })
  title!: string;

  @Field(() => [String], { description: 'Who answers (names or roles), 1 to 50, each 1 to 100 characters, distinct.' })
  respondents!: string[];
}

@InputType({ description: 'One respondent\'s answer to one item: exactly one of level, quick or special.' })
export class AnswerInput {
  @Field({ description: 'Item id of the assessment\'s questionnaire version, e.g. "4.1".' })
  itemId!: string;

  @Field({ description: 'One of the assessment\'s respondents.' })
  respondent!: string;

  @Field(() => Int, { nullable: true, description: '0 not in place · 1 ad hoc · 2 partly · 3 largely · 4 fully, measured and improved.' })
  level?: number | null;

  @Field(() => QuickAnswer, { nullable: true, description: 'Quick mode instead of level: NO = 0, PARTLY = 2, YES = 4.' })
  quick?: QuickAnswer | null;

  @Field(() => SpecialAnswer, { nullable: true, description: 'UNKNOWN or NOT_APPLICABLE instead of a level.' })
  special?: SpecialAnswer | null;

  @Field(() => String, { nullable: true, description: 'The respondent\'s note, up to 4,000 characters.' })
  note?: string | null;
}

@InputType({ description: 'Answers to save; a later answer of the same respondent to the same item replaces the earlier one.' })
export class AnswerItemsInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => [AnswerInput], { description: '1 to 500 answers; all are saved or none.' })
  answers!: AnswerInput[];
}

@InputType({ description: 'A consultant\'s override of an item\'s effective score.' })
export class OverrideItemInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  itemId!: string;

  @Field(() => Int, { nullable: true, description: 'The level 0..4 the item is worth (effective score level / 4); null removes the override.' })
  level?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, 10 to 4,000 characters; required with a level. Kept as evidence.' })
  justification?: string | null;
}

@InputType({ description: 'The level aimed at in one dimension.' })
export class DimensionTargetInput {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field(() => Int, { description: '1..7' })
  level!: number;
}

@InputType({ description: 'The company\'s targets; they replace the previous ones.' })
export class MaturityTargetsInput {
  @Field(() => Int, { nullable: true, description: 'The stage aimed at, 1..7; null for none.' })
  stage?: number | null;

  @Field(() => [DimensionTargetInput], { nullable: true, description: 'At most one per dimension.' })
  dimensions?: DimensionTargetInput[] | null;
}

@ObjectType({ description: 'One respondent\'s answer to one item.' })
export class AssessmentAnswer {
  @Field()
  itemId!: string;

  @Field()
  respondent!: string;

  @Field(() => Int, { nullable: true, description: '0..4; null for UNKNOWN or NOT_APPLICABLE.' })
  level!: number | null;

  @Field(() => SpecialAnswer, { nullable: true })
  special!: SpecialAnswer | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  answeredAt!: Date;
}

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

@ObjectType({ description: 'An assessment of the company: answers, evidence, result.' })
export class Assessment {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => Int, { description: 'Questionnaire version.' })
  modelVersion!: number;

  @Field(() => [String])
  respondents!: string[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType({ description: 'A dimension\'s level in a run or a target.' })
export class DimensionLevel {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field(() => Int)
  level!: number;
}

@ObjectType({ description: 'What changed since the run before.' })
export class MaturityChange {
  @Field(() => Int)
  stage!: number;

  @Field(() => Float)
  index!: number;

  @Field(() => [DimensionLevel], { description: 'Level change per dimension.' })
  dimensions!: DimensionLevel[];
}

@ObjectType({ description: 'One submitted assessment in the company\'s history, as it stood at submission.' })
export class MaturityRun {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  title!: string;

  @Field()
  submittedAt!: Date;

  @Field(() => Int, { description: 'Evidence-adjusted stage at submission.' })
  stage!: number;

  @Field(() => Int)
  selfReportedStage!: number;

  @Field(() => Float)
  index!: number;

  @Field(() => [DimensionLevel])
  dimensions!: DimensionLevel[];

  @Field(() => MaturityChange, { nullable: true, description: 'Null for the first run.' })
  change!: MaturityChange | null;
}

@ObjectType({ description: 'The company\'s maturity targets.' })
export class MaturityTargets {
  @Field(() => Int, { nullable: true })
  stage!: number | null;

  @Field(() => [DimensionLevel])
  dimensions!: DimensionLevel[];

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType({ description: 'A target against the latest run.' })
export class TargetProgress {
  @Field(() => MaturityDimension, { nullable: true, description: 'Null for the stage target.' })
  dimension!: MaturityDimension | null;

  @Field(() => Int)
  target!: number;

  @Field(() => Int, { description: 'Stage or level of the latest submitted run (0 without one).' })
  current!: number;

  @Field(() => Int, { description: 'target − current, at least 0.' })
  remaining!: number;

  @Field()
  met!: boolean;
}

@ObjectType({ description: 'The company\'s assessments over time, with targets and progress.' })
export class MaturityHistory {
  @Field(() => [MaturityRun], { description: 'Submitted assessments, oldest first.' })
  runs!: MaturityRun[];

  @Field(() => MaturityTargets)
  targets!: MaturityTargets;

  @Field(() => [TargetProgress], { description: 'The stage target first, then each dimension target.' })
  progress!: TargetProgress[];
}
