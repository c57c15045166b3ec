import type { DimensionKey, MaturityModel } from '../model/maturity-model.types.js';
import { EPSILON } from './item-scores.js';
import type { DimensionScore, ItemScore, Placement, StageScore } from './maturity-scoring.types.js';

/** Which score a placement reads: x, what the company says, or s, what its data allows. */
export type ScoreUse = 'self' | 'effective';

/** A stage (and a dimension's level) needs a weighted score of 0.70 (MATURITY.md, Scoring 4). */
export const ACHIEVEMENT_THRESHOLD = 0.7;

/** A gate below "partly" (2 of 4) blocks its stage whatever the other items say. */
export const GATE_THRESHOLD = 0.5;

/** An applicable item's x or s; both are set whenever the item is applicable. */
export function scoreOf(item: ItemScore, use: ScoreUse): number {
  return (use === 'self' ? item.selfScore : item.effectiveScore) ?? 0;
}

export function passes(score: number, threshold: number): boolean {
  return score >= threshold - EPSILON;
}

function failingGate(item: ItemScore, use: ScoreUse): boolean {
  return item.gate && !passes(scoreOf(item, use), GATE_THRESHOLD);
}

/** Stage numbers of the model, ascending: 1..7 in version 1. */
export function stageNumbersOf(model: MaturityModel): number[] {
  return model.stages.map((stage) => stage.number).sort((left, right) => left - right);
}

function stageScoresOf(stageNumbers: number[], applicable: ItemScore[], use: ScoreUse): StageScore[] {
  const stageScores: StageScore[] = [];
  let previousAchieved = true;
  for (const stage of stageNumbers) {
    const stageItems = applicable.filter((item) => item.stage === stage);
    const totalWeight = stageItems.reduce((sum, item) => sum + item.weight, 0);
    // Gates never allow N/A, so a stage without applicable items only occurs in a broken model;
    // scoring it 0 keeps it from being achieved by default.
    const score = totalWeight === 0 ? 0 : stageItems.reduce((sum, item) => sum + item.weight * scoreOf(item, use), 0) / totalWeight;
    const failingGates = stageItems.filter((item) => failingGate(item, use)).map((item) => item.itemId);
    const achieved: boolean = previousAchieved && passes(score, ACHIEVEMENT_THRESHOLD) && failingGates.length === 0;
    stageScores.push({ stage, score, achieved, failingGates });
    previousAchieved = achieved;
  }
  return stageScores;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function dimensionScoreOf(dimension: DimensionKey, stageNumbers: number[], applicable: ItemScore[], use: ScoreUse): DimensionScore {
  const dimensionItems = applicable.filter((item) => item.dimension === dimension);
  let level = 0;
  for (const stage of stageNumbers) {
    const upToStage = dimensionItems.filter((item) => item.stage <= stage);
    const upToStageMean = mean(upToStage.map((item) => scoreOf(item, use)));
    // A dimension with nothing applicable up to k has shown nothing at k.
    if (upToStageMean === null) continue;
    if (passes(upToStageMean, ACHIEVEMENT_THRESHOLD) && !upToStage.some((item) => failingGate(item, use))) level = stage;
  }
  return { dimension, level, mean: mean(dimensionItems.map((item) => scoreOf(item, use))) };
}

/**
 * The lowest dimension: lowest level, then lowest mean, then model order. A dimension with no
 * applicable item is skipped, as nothing could be recommended for it (none in version 1: every
 * dimension has items that do not allow N/A).
 */
function floorOf(dimensions: DimensionScore[]): DimensionKey {
  const candidates = dimensions.filter((dimension) => dimension.mean !== null);
  let floor = candidates[0] ?? dimensions[0];
  for (const dimension of candidates.slice(1)) {
    const lowerLevel = dimension.level < floor.level;
    const lowerMean = dimension.level === floor.level && (dimension.mean ?? 0) < (floor.mean ?? 0) - EPSILON;
    if (lowerLevel || lowerMean) floor = dimension;
  }
  return floor.dimension;
}

/** Stage, index, dimension profile and floor from x ('self') or s ('effective') (MATURITY.md, Scoring 3–8). */
export function placementOf(model: MaturityModel, items: ItemScore[], use: ScoreUse): Placement {
  const applicable = items.filter((item) => item.applicable);
  const stageNumbers = stageNumbersOf(model);
  const stageScores = stageScoresOf(stageNumbers, applicable, use);
  // Achievement needs the previous stage, so the achieved stages are a prefix.
  const stage = stageScores.reduce((highest, stageScore) => (stageScore.achieved ? stageScore.stage : highest), 0);
  const next = stageScores.find((stageScore) => stageScore.stage === stage + 1);
  let product = 1;
  let index = 0;
  for (const stageScore of stageScores) {
    product *= stageScore.score;
    index += product;
  }
  const dimensions = model.dimensions.map((dimension) => dimensionScoreOf(dimension.key, stageNumbers, applicable, use));
  return {
    stage,
    tier: model.stages.find((definition) => definition.number === stage)?.tier ?? null,
    progressToNext: next?.score ?? null,
    index,
    stageScores,
    aheadOfFoundations: stageScores.filter((stageScore) => stageScore.stage > stage + 1 && passes(stageScore.score, ACHIEVEMENT_THRESHOLD)).map((stageScore) => stageScore.stage),
    dimensions,
    floor: floorOf(dimensions),
  };
}
