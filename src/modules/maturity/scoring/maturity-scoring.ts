import type { Locale, Localized, MaturityModel } from '../model/maturity-model.types.js';
import { confidenceOf, provisionalOf } from './confidence.js';
import { itemScoresOf } from './item-scores.js';
import type { AssessmentScore, ItemInput, Placement } from './maturity-scoring.types.js';
import { placementOf } from './placement.js';
import { recommendationsFor } from './recommendations.js';

/** Stage 0 is no stage of the model, so its name lives here. */
const NOT_STARTED: Localized = { en: 'Not started', 'zh-CN': '尚未开始' };

/**
 * Scores one assessment against a model version (MATURITY.md, Scoring): items the inputs do not
 * mention count as unanswered. Recommendations follow the evidence-adjusted placement.
 */
export function scoreAssessment(model: MaturityModel, inputs: ItemInput[]): AssessmentScore {
  const items = itemScoresOf(model, inputs);
  const selfReported = placementOf(model, items, 'self');
  const evidenceAdjusted = placementOf(model, items, 'effective');
  return {
    items,
    selfReported,
    evidenceAdjusted,
    confidence: confidenceOf(model, items),
    ...provisionalOf(model, items, evidenceAdjusted.stage),
    recommendations: recommendationsFor(model, items, evidenceAdjusted),
  };
}

/** "Stage 3 · Align, 45% toward Segment"; at the last stage only "Stage 7 · Lifetime customers". */
export function headline(model: MaturityModel, placement: Placement, locale: Locale): string {
  const stageName = model.stages.find((stage) => stage.number === placement.stage)?.name[locale] ?? NOT_STARTED[locale];
  const next = model.stages.find((stage) => stage.number === placement.stage + 1);
  if (locale === 'zh-CN') {
    const current = `第 ${placement.stage} 阶段 · ${stageName}`;
    return next === undefined ? current : `${current}，距「${next.name[locale]}」已完成 ${percentOf(placement.progressToNext)}%`;
  }
  const current = `Stage ${placement.stage} · ${stageName}`;
  return next === undefined ? current : `${current}, ${percentOf(placement.progressToNext)}% toward ${next.name[locale]}`;
}

function percentOf(progress: number | null): number {
  return Math.round((progress ?? 0) * 100);
}
