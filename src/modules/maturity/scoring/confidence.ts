import type { MaturityModel } from '../model/maturity-model.types.js';
import { EPSILON } from './item-scores.js';
import type { AssessmentScore, Confidence, ConfidenceBand, ItemScore } from './maturity-scoring.types.js';
import { stageNumbersOf } from './placement.js';

const HIGH_CONFIDENCE = 0.8;
const MEDIUM_CONFIDENCE = 0.5;

/** More than a fifth of the answers unknown makes the placement a guess (MATURITY.md, Scoring 9). */
const PROVISIONAL_UNKNOWN_SHARE = 0.2;

/** count / total, 0 when there is nothing to count: no evidence to check is not corroboration. */
function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

/** A consultant's override carries a written justification, which is evidence. */
function hasEvidence(item: ItemScore): boolean {
  return item.evidenceLevel !== null || item.status === 'OVERRIDDEN';
}

function boundItemIds(model: MaturityModel): Set<string> {
  return new Set(model.items.filter((definition) => definition.evidence !== null).map((definition) => definition.id));
}

function unknownShareOf(applicable: ItemScore[]): number {
  return share(applicable.filter((item) => item.unknown).length, applicable.length);
}

/** C = c1 × (0.6 + 0.4 × c2 × c3) over the applicable items (MATURITY.md, Scoring 9). */
export function confidenceOf(model: MaturityModel, items: ItemScore[]): Confidence {
  const applicable = items.filter((item) => item.applicable);
  const bound = boundItemIds(model);
  const boundItems = applicable.filter((item) => bound.has(item.itemId));
  const withEvidence = applicable.filter(hasEvidence);
  const knownShare = 1 - unknownShareOf(applicable);
  const evidenceCoverage = share(boundItems.filter(hasEvidence).length, boundItems.length);
  const corroboratedShare = share(withEvidence.filter((item) => item.status === 'CORROBORATED' || item.status === 'OVERRIDDEN').length, withEvidence.length);
  const value = knownShare * (0.6 + 0.4 * evidenceCoverage * corroboratedShare);
  const band: ConfidenceBand = value >= HIGH_CONFIDENCE - EPSILON ? 'HIGH' : value >= MEDIUM_CONFIDENCE - EPSILON ? 'MEDIUM' : 'LOW';
  return { value, band, knownShare, evidenceCoverage, corroboratedShare };
}

/** Provisional when too much is unknown or a gate of the next (evidence-adjusted) stage is unknown. */
export function provisionalOf(
  model: MaturityModel,
  items: ItemScore[],
  evidenceAdjustedStage: number,
): Pick<AssessmentScore, 'provisional' | 'provisionalReasons'> {
  const applicable = items.filter((item) => item.applicable);
  const provisionalReasons: AssessmentScore['provisionalReasons'] = [];
  if (unknownShareOf(applicable) > PROVISIONAL_UNKNOWN_SHARE + EPSILON) provisionalReasons.push('UNKNOWN_SHARE');
  // At the last stage there is no next stage and so no gate to wait for.
  const nextStage = stageNumbersOf(model).find((stage) => stage === evidenceAdjustedStage + 1);
  if (nextStage !== undefined && applicable.some((item) => item.stage === nextStage && item.gate && item.unknown)) provisionalReasons.push('NEXT_GATE_UNKNOWN');
  return { provisional: provisionalReasons.length > 0, provisionalReasons };
}
