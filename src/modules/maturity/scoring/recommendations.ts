import type { MaturityModel } from '../model/maturity-model.types.js';
import { EPSILON } from './item-scores.js';
import type { ItemScore, Placement, RecommendationReason, RecommendedItem } from './maturity-scoring.types.js';
import { GATE_THRESHOLD, passes, stageNumbersOf } from './placement.js';

/** "Largely" (3 of 4) is good enough: only items below it are gaps worth recommending. */
const GAP_BELOW = 0.75;

/** A gap below the target stage is a missing foundation and weighs half again as much. */
const FOUNDATION_FACTOR = 1.5;

/** An overclaimed or unknown item is riskier than its score says. */
const RISK_FACTOR = 1.2;

const MAXIMUM_RECOMMENDATIONS = 5;

/** Lower ranks come first; within a rank, higher priority first. */
const RANK: Record<RecommendationReason, number> = { FAILING_GATE: 0, FOUNDATION_GAP: 0, WEAKEST_DIMENSION: 1, TARGET_STAGE_GAP: 2 };

interface Candidate extends RecommendedItem {
  modelOrder: number;
}

function reasonOf(item: ItemScore, effectiveScore: number, target: number, placement: Placement): RecommendationReason {
  if (item.stage === target && item.gate && !passes(effectiveScore, GATE_THRESHOLD)) return 'FAILING_GATE';
  if (item.stage < target) return 'FOUNDATION_GAP';
  if (item.dimension === placement.floor) return 'WEAKEST_DIMENSION';
  return 'TARGET_STAGE_GAP';
}

/**
 * The next steps toward target T = evidence-adjusted stage + 1 (MATURITY.md, Recommendations):
 * failing gates of T and foundation gaps, then the floor dimension, then the rest of T, each by
 * priority (1 − s) × w × f × g, ties in model order; at most five.
 */
export function recommendationsFor(model: MaturityModel, items: ItemScore[], evidenceAdjusted: Placement): RecommendedItem[] {
  const lastStage = Math.max(...stageNumbersOf(model));
  const target = Math.min(evidenceAdjusted.stage + 1, lastStage);
  const modelOrder = new Map(model.items.map((definition, index) => [definition.id, index]));
  const candidates: Candidate[] = [];
  for (const item of items) {
    if (!item.applicable || item.effectiveScore === null || item.stage > target) continue;
    const effectiveScore = item.effectiveScore;
    if (effectiveScore >= GAP_BELOW - EPSILON) continue;
    const foundation = item.stage < target ? FOUNDATION_FACTOR : 1;
    const risk = item.status === 'OVERCLAIM' || item.unknown ? RISK_FACTOR : 1;
    candidates.push({
      itemId: item.itemId,
      priority: (1 - effectiveScore) * item.weight * foundation * risk,
      reason: reasonOf(item, effectiveScore, target, evidenceAdjusted),
      modelOrder: modelOrder.get(item.itemId) ?? Number.MAX_SAFE_INTEGER,
    });
  }
  candidates.sort((left, right) => {
    if (RANK[left.reason] !== RANK[right.reason]) return RANK[left.reason] - RANK[right.reason];
    if (Math.abs(left.priority - right.priority) > EPSILON) return right.priority - left.priority;
    return left.modelOrder - right.modelOrder;
  });
  return candidates.slice(0, MAXIMUM_RECOMMENDATIONS).map(({ itemId, priority, reason }) => ({ itemId, priority, reason }));
}
