import type { ItemDefinition, MaturityModel } from '../model/maturity-model.types.js';
import type { ItemInput, ItemScore, ItemStatus, RespondentAnswer } from './maturity-scoring.types.js';

/**
 * Scores are eighths, weighted means of them or a consultant's decimal: a threshold compared
 * with ≥ or ≤ allows for the float error of those sums, so 0.7 computed as 0.6999999999 passes.
 */
export const EPSILON = 1e-9;

/** Evidence corroborates a self score within one step of the scale either way (MATURITY.md, Scoring 2). */
const EVIDENCE_TOLERANCE = 0.25;

/** The highest level of the 0..4 scale: x = level / 4. */
const TOP_LEVEL = 4;

/** A spread of two steps between respondents is a disagreement worth discussing, one step is noise. */
const DISAGREEMENT_SPREAD = 2;

/** What the respondents' answers to one item amount to, before evidence. */
type CombinedAnswer =
  | { kind: 'LEVEL'; selfScore: number; disagree: boolean }
  | { kind: 'UNKNOWN'; unanswered: boolean }
  | { kind: 'NOT_APPLICABLE' };

/** The median of a non-empty list: the mean of the two middle values when the count is even. */
export function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function combinedAnswerOf(definition: ItemDefinition, answers: RespondentAnswer[]): CombinedAnswer {
  if (answers.length === 0) return { kind: 'UNKNOWN', unanswered: true };
  const levels = answers.flatMap((answer) => (answer.value.kind === 'LEVEL' ? [answer.value.level] : []));
  // A respondent who knows the level outweighs colleagues who do not know or think it does not apply.
  if (levels.length > 0) {
    return { kind: 'LEVEL', selfScore: median(levels) / TOP_LEVEL, disagree: Math.max(...levels) - Math.min(...levels) >= DISAGREEMENT_SPREAD };
  }
  const everyNotApplicable = answers.every((answer) => answer.value.kind === 'NOT_APPLICABLE');
  // The service rejects N/A on items that do not allow it; if one slips through it must not drop
  // a gate from the score, so it counts as not known.
  if (everyNotApplicable && definition.allowsNotApplicable) return { kind: 'NOT_APPLICABLE' };
  return { kind: 'UNKNOWN', unanswered: false };
}

/** s and its status from x, the evidence level e and a consultant's override (MATURITY.md, Scoring 2). */
export function effectiveScoreOf(
  selfScore: number,
  evidenceLevel: number | null,
  override: ItemInput['override'],
): { effectiveScore: number; status: ItemStatus } {
  if (override !== null) return { effectiveScore: override.score, status: 'OVERRIDDEN' };
  if (evidenceLevel === null) return { effectiveScore: selfScore, status: 'SELF_REPORTED' };
  const effectiveScore = Math.min(Math.max(selfScore, evidenceLevel - EVIDENCE_TOLERANCE), evidenceLevel + EVIDENCE_TOLERANCE);
  if (Math.abs(selfScore - evidenceLevel) <= EVIDENCE_TOLERANCE + EPSILON) return { effectiveScore, status: 'CORROBORATED' };
  return { effectiveScore, status: selfScore > evidenceLevel ? 'OVERCLAIM' : 'UNDERCLAIM' };
}

/** The score of one item of the model; no input at all means nobody has answered it yet. */
export function itemScoreOf(definition: ItemDefinition, input: ItemInput | undefined): ItemScore {
  const answer = combinedAnswerOf(definition, input?.answers ?? []);
  const evidenceLevel = input?.evidenceLevel ?? null;
  const identity = { itemId: definition.id, stage: definition.stage, dimension: definition.dimension, gate: definition.gate, weight: definition.weight };
  if (answer.kind === 'NOT_APPLICABLE') {
    return { ...identity, applicable: false, selfScore: null, evidenceLevel, effectiveScore: null, status: 'NOT_APPLICABLE', unknown: false, unanswered: false, disagree: false };
  }
  const selfScore = answer.kind === 'LEVEL' ? answer.selfScore : 0;
  const { effectiveScore, status } = effectiveScoreOf(selfScore, evidenceLevel, input?.override ?? null);
  return {
    ...identity,
    applicable: true,
    selfScore,
    evidenceLevel,
    effectiveScore,
    status,
    unknown: answer.kind === 'UNKNOWN',
    unanswered: answer.kind === 'UNKNOWN' && answer.unanswered,
    disagree: answer.kind === 'LEVEL' && answer.disagree,
  };
}

/** Every item of the model, in model order; inputs for items the model does not have are ignored. */
export function itemScoresOf(model: MaturityModel, inputs: ItemInput[]): ItemScore[] {
  const inputsById = new Map(inputs.map((input) => [input.itemId, input]));
  return model.items.map((definition) => itemScoreOf(definition, inputsById.get(definition.id)));
}
