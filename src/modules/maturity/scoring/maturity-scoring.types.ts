import type { DimensionKey, TierKey } from '../model/maturity-model.types.js';

/** Inputs and results of scoring one assessment (MATURITY.md, Scoring). Pure data. */

/** One respondent's answer to one item. */
export type AnswerValue = { kind: 'LEVEL'; level: 0 | 1 | 2 | 3 | 4 } | { kind: 'UNKNOWN' } | { kind: 'NOT_APPLICABLE' };

export interface RespondentAnswer {
  respondent: string;
  value: AnswerValue;
}

/** Everything known about one item of the model. */
export interface ItemInput {
  itemId: string;
  /** Every respondent's answer; none yet → treated as UNKNOWN (flagged UNANSWERED too). */
  answers: RespondentAnswer[];
  /** Evidence level e ∈ {0, .25, .5, .75, 1}; null = no evidence (never a penalty). */
  evidenceLevel: number | null;
  /** A consultant's override of the effective score s (0..1), with its justification. */
  override: { score: number; justification: string } | null;
}

export type ItemStatus = 'CORROBORATED' | 'OVERCLAIM' | 'UNDERCLAIM' | 'SELF_REPORTED' | 'OVERRIDDEN' | 'NOT_APPLICABLE';

export interface ItemScore {
  itemId: string;
  stage: number;
  dimension: DimensionKey;
  gate: boolean;
  weight: number;
  /** False when NOT_APPLICABLE: the item leaves every numerator and denominator. */
  applicable: boolean;
  /** x = median answer / 4 (0 for UNKNOWN); null when not applicable. */
  selfScore: number | null;
  evidenceLevel: number | null;
  /** s: x clamped to e ± 0.25, or the override; null when not applicable. */
  effectiveScore: number | null;
  status: ItemStatus;
  unknown: boolean;
  /** No respondent has answered it at all (counts as UNKNOWN). */
  unanswered: boolean;
  /** Respondents' answers spread over 2 steps or more. */
  disagree: boolean;
}

export interface StageScore {
  stage: number;
  /** S_k = Σ w·s / Σ w over the stage's applicable items. */
  score: number;
  achieved: boolean;
  /** Gate items of the stage with s < 0.50. */
  failingGates: string[];
}

export interface DimensionScore {
  dimension: DimensionKey;
  /** Highest k with mean s of the dimension's items in stages ≤ k ≥ 0.70 and none of its gates there < 0.50; 0 if none. */
  level: number;
  /** Mean s of all the dimension's applicable items; null if it has none. */
  mean: number | null;
}

/** A placement computed from one kind of score: x (self-reported) or s (evidence-adjusted). */
export interface Placement {
  /** Highest achieved stage, 0 = not started. */
  stage: number;
  tier: TierKey | null;
  /** S of the next stage (null at stage 7): "45% toward Segment". */
  progressToNext: number | null;
  /** M = Σ_k Π_{j≤k} S_j ∈ [0, 7]. */
  index: number;
  stageScores: StageScore[];
  /** Stages j > stage + 1 with S_j ≥ 0.70. */
  aheadOfFoundations: number[];
  dimensions: DimensionScore[];
  /** The lowest dimension (level, then mean, then model order). */
  floor: DimensionKey;
}

export type ConfidenceBand = 'HIGH' | 'MEDIUM' | 'LOW';

export interface Confidence {
  /** C = c1 × (0.6 + 0.4 × c2 × c3). */
  value: number;
  band: ConfidenceBand;
  /** c1 = 1 − UNKNOWN share of applicable items. */
  knownShare: number;
  /** c2 = share of bound applicable items that have evidence. */
  evidenceCoverage: number;
  /** c3 = CORROBORATED share of the items with evidence. */
  corroboratedShare: number;
}

export type RecommendationReason = 'FAILING_GATE' | 'FOUNDATION_GAP' | 'WEAKEST_DIMENSION' | 'TARGET_STAGE_GAP';

export interface RecommendedItem {
  itemId: string;
  /** (1 − s) × w × f × g. */
  priority: number;
  reason: RecommendationReason;
}

export interface AssessmentScore {
  items: ItemScore[];
  selfReported: Placement;
  evidenceAdjusted: Placement;
  confidence: Confidence;
  provisional: boolean;
  /** UNKNOWN_SHARE (> 20 % unknown) and/or NEXT_GATE_UNKNOWN. */
  provisionalReasons: ('UNKNOWN_SHARE' | 'NEXT_GATE_UNKNOWN')[];
  /** 3–5 items, in order (MATURITY.md, Recommendations), for the evidence-adjusted stage. */
  recommendations: RecommendedItem[];
}
