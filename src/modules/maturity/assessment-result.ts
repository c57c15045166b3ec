import type { AnswerRow, EvidenceRow, OverrideRow } from './assessment.query.js';
import type {
  AssessmentItemResult, AssessmentRecommendation, AssessmentResult, EvidenceObservation, MaturityPlacement,
} from './assessment-result.types.js';
import type { AssessmentAnswer } from './assessment.types.js';
import {
  ConfidenceBand, EvidenceMeasure, ItemStatus, MaturityDimension, MaturityStage, MaturityTier, ProvisionalReason, RecommendationReason, SpecialAnswer,
} from './maturity.enums.js';
import type { Locale, MaturityModel } from './model/maturity-model.types.js';
import { headline } from './scoring/maturity-scoring.js';
import type { AssessmentScore, Placement } from './scoring/maturity-scoring.types.js';

/** Turns a score and what it was computed from into the API's result, in one language. */

export interface ResultSources {
  model: MaturityModel;
  score: AssessmentScore;
  answers: AnswerRow[];
  overrides: Map<string, OverrideRow>;
  evidence: Map<string, EvidenceRow>;
  computedAt: Date;
}

const NOT_STARTED: Record<Locale, string> = { en: 'Not started', 'zh-CN': '尚未开始' };

export function toAnswer(row: AnswerRow): AssessmentAnswer {
  return {
    itemId: row.item_id,
    respondent: row.respondent,
    level: row.level,
    special: row.special as SpecialAnswer | null,
    note: row.note,
    answeredAt: row.answered_at,
  };
}

function toEvidence(model: MaturityModel, row: EvidenceRow, locale: Locale): EvidenceObservation {
  const measure = model.measures[row.measure as keyof MaturityModel['measures']];
  return {
    measure: row.measure as EvidenceMeasure,
    name: measure ? measure.name[locale] : row.measure,
    value: row.value === null ? null : Number(row.value),
    detail: row.detail ?? {},
    windowDays: row.window_days,
    observedAt: row.observed_at,
    level: row.level === null ? null : Number(row.level),
  };
}

export function placementView(model: MaturityModel, placement: Placement, locale: Locale): MaturityPlacement {
  const stage = model.stages.find((candidate) => candidate.number === placement.stage);
  const tier = stage ? model.tiers.find((candidate) => candidate.key === stage.tier) : undefined;
  return {
    stage: placement.stage,
    stageKey: (stage?.key as MaturityStage | undefined) ?? null,
    stageName: stage ? stage.name[locale] : NOT_STARTED[locale],
    tier: (placement.tier as MaturityTier | null) ?? null,
    tierName: tier ? tier.name[locale] : null,
    headline: headline(model, placement, locale),
    progressToNext: placement.progressToNext,
    index: placement.index,
    stageScores: placement.stageScores.map((score) => {
      const definition = model.stages[score.stage - 1];
      return { stage: score.stage, key: definition.key as MaturityStage, name: definition.name[locale], score: score.score, achieved: score.achieved, failingGates: score.failingGates };
    }),
    aheadOfFoundations: placement.aheadOfFoundations,
    dimensions: placement.dimensions.map((dimension) => ({
      dimension: dimension.dimension as MaturityDimension,
      name: model.dimensions.find((candidate) => candidate.key === dimension.dimension)?.name[locale] ?? dimension.dimension,
      level: dimension.level,
      mean: dimension.mean,
    })),
    floor: placement.floor as MaturityDimension,
  };
}

export function buildResult(sources: ResultSources, locale: Locale): AssessmentResult {
  const { model, score } = sources;
  const items: AssessmentItemResult[] = score.items.map((item) => {
    const definition = model.items.find((candidate) => candidate.id === item.itemId);
    const evidence = sources.evidence.get(item.itemId);
    const override = sources.overrides.get(item.itemId);
    return {
      itemId: item.itemId,
      stage: item.stage,
      dimension: item.dimension as MaturityDimension,
      gate: item.gate,
      weight: item.weight,
      text: definition ? definition.text[locale] : item.itemId,
      applicable: item.applicable,
      selfScore: item.selfScore,
      evidenceLevel: item.evidenceLevel,
      effectiveScore: item.effectiveScore,
      status: item.status as ItemStatus,
      unknown: item.unknown,
      unanswered: item.unanswered,
      disagree: item.disagree,
      answers: sources.answers.filter((answer) => answer.item_id === item.itemId).map(toAnswer),
      evidence: evidence ? toEvidence(model, evidence, locale) : null,
      override: override ? { score: Number(override.score), justification: override.justification, createdAt: override.created_at } : null,
    };
  });
  const byId = new Map(items.map((item) => [item.itemId, item]));
  const recommendations: AssessmentRecommendation[] = score.recommendations.map((recommended) => {
    const text = model.items.find((candidate) => candidate.id === recommended.itemId)!.recommendation;
    return {
      item: byId.get(recommended.itemId)!,
      priority: recommended.priority,
      reason: recommended.reason as RecommendationReason,
      title: text.title[locale],
      action: text.action[locale],
      kpi: text.kpi[locale],
      ownerRole: text.ownerRole[locale],
      feature: text.feature[locale],
    };
  });
  const evidenceAdjusted = placementView(model, score.evidenceAdjusted, locale);
  const currentStage = model.stages.find((stage) => stage.number === score.evidenceAdjusted.stage);
  // A stage's plan leads to the next stage; before stage 1 the plan is to put its gates in place.
  const nextSteps = currentStage
    ? currentStage.nextSteps.map((step) => step[locale])
    : model.items.filter((item) => item.stage === 1 && item.gate).map((item) => item.recommendation.action[locale]);
  return {
    locale,
    headline: evidenceAdjusted.headline,
    selfReported: placementView(model, score.selfReported, locale),
    evidenceAdjusted,
    confidence: { ...score.confidence, band: score.confidence.band as ConfidenceBand },
    provisional: score.provisional,
    provisionalReasons: score.provisionalReasons as ProvisionalReason[],
    items,
    recommendations,
    nextSteps,
    computedAt: sources.computedAt,
  };
}
