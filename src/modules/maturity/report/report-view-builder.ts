import type { AssessmentItemResult, AssessmentResult, EvidenceObservation } from '../assessment-result.types.js';
import type { Assessment } from '../assessment.types.js';
import type { DimensionLevel } from '../maturity-history.types.js';
import type { Locale, MaturityModel } from '../model/maturity-model.types.js';
import { REPORT_LABELS, REPORT_TERMS } from './report-labels.js';
import type { MaturityReportView, ReportEvidenceRow } from './report-view.js';

/** Builds the report's view from a result already in the report's language. */

export interface ReportSources {
  model: MaturityModel;
  locale: Locale;
  companyName: string;
  assessment: Assessment;
  result: AssessmentResult;
  dimensionTargets: DimensionLevel[];
}

// Measures whose value is a count, not a share; every other measure is a share shown as a percentage.
const COUNT_MEASURES = new Set(['ACTIVE_SEGMENT_COUNT', 'ACTIVE_API_KEYS']);
const RAW_MEASURES = new Set(['ADVOCACY_NPS', 'LIFECYCLE_MEASURABILITY', 'CLV_READINESS', 'CLOSED_LOOP_RESPONSE']);

function formatValue(evidence: EvidenceObservation, locale: Locale): string | null {
  if (evidence.value === null) return null;
  if (COUNT_MEASURES.has(evidence.measure)) return String(evidence.value);
  if (RAW_MEASURES.has(evidence.measure)) return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(evidence.value);
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(evidence.value);
}

function answerLabel(model: MaturityModel, locale: Locale, level: number | null, special: string | null): string {
  const terms = REPORT_TERMS[locale];
  if (special === 'UNKNOWN') return terms.unknown;
  if (special === 'NOT_APPLICABLE') return terms.notApplicable;
  const anchor = model.anchors.find((candidate) => candidate.level === level);
  return anchor ? `${level} · ${anchor.label[locale]}` : `${level} / 4`;
}

/** The median answer as a label: an anchor when it is a whole level, else "2.5 / 4". */
function selfAnswerLabel(model: MaturityModel, locale: Locale, item: AssessmentItemResult): string {
  const terms = REPORT_TERMS[locale];
  if (!item.applicable) return terms.notApplicable;
  if (item.unanswered) return terms.unanswered;
  if (item.unknown) return terms.unknown;
  const level = (item.selfScore ?? 0) * 4;
  return Number.isInteger(level) ? answerLabel(model, locale, level, null) : `${level} / 4`;
}

function evidenceSummary(evidence: EvidenceObservation | null, locale: Locale): string | null {
  if (!evidence || evidence.level === null) return null;
  const value = formatValue(evidence, locale);
  const window = evidence.windowDays ? (locale === 'zh-CN' ? `（${evidence.windowDays} 天）` : ` (${evidence.windowDays} days)`) : '';
  return `${evidence.name}: ${value ?? '—'}${window} → ${evidence.level.toFixed(2)}`;
}

function boundMeasureName(model: MaturityModel, itemId: string, locale: Locale): string | null {
  const measure = model.items.find((candidate) => candidate.id === itemId)?.evidence;
  return measure ? model.measures[measure].name[locale] : null;
}

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function buildReportView(sources: ReportSources): MaturityReportView {
  const { model, locale, result, assessment } = sources;
  const terms = REPORT_TERMS[locale];
  const placement = result.evidenceAdjusted;
  const evidence: ReportEvidenceRow[] = result.items.map((item) => ({
    itemId: item.itemId,
    text: item.text,
    selfAnswer: selfAnswerLabel(model, locale, item),
    measureName: item.evidence?.name ?? boundMeasureName(model, item.itemId, locale),
    value: item.evidence ? formatValue(item.evidence, locale) : null,
    level: item.evidenceLevel,
    status: item.status,
    statusLabel: terms.status[item.status] ?? item.status,
    effectiveScore: item.effectiveScore,
  }));
  return {
    locale,
    companyName: sources.companyName,
    assessment: {
      title: assessment.title,
      status: assessment.status,
      date: formatDate(assessment.submittedAt ?? assessment.createdAt, locale),
    },
    respondents: assessment.respondents,
    headline: result.headline,
    tierName: placement.tierName,
    selfReportedStage: { number: result.selfReported.stage, name: result.selfReported.stageName },
    evidenceAdjustedStage: { number: placement.stage, name: placement.stageName },
    maturityIndex: placement.index,
    confidence: { band: result.confidence.band, bandLabel: terms.band[result.confidence.band], value: result.confidence.value },
    provisional: result.provisional,
    provisionalReasons: result.provisionalReasons.map((reason) => terms.provisional[reason]),
    ladder: placement.stageScores.map((score) => {
      const stage = model.stages[score.stage - 1];
      return {
        number: score.stage,
        name: score.name,
        tierKey: stage.tier,
        tierName: model.tiers.find((tier) => tier.key === stage.tier)!.name[locale],
        score: score.score,
        achieved: score.achieved,
        current: score.stage === placement.stage,
        failingGateIds: score.failingGates,
      };
    }),
    dimensions: placement.dimensions.map((dimension) => ({
      key: dimension.dimension,
      name: dimension.name,
      level: dimension.level,
      mean: dimension.mean,
      targetLevel: sources.dimensionTargets.find((target) => target.dimension === dimension.dimension)?.level ?? null,
    })),
    floorName: placement.dimensions.find((dimension) => dimension.dimension === placement.floor)?.name ?? placement.floor,
    recommendations: result.recommendations.map((recommendation) => ({
      title: recommendation.title,
      action: recommendation.action,
      reasonLabel: terms.reason[recommendation.reason],
      kpi: recommendation.kpi,
      ownerRole: recommendation.ownerRole,
      feature: recommendation.feature,
      items: [{
        id: recommendation.item.itemId,
        text: recommendation.item.text,
        answers: recommendation.item.answers.map((answer) => ({ respondent: answer.respondent, answer: answerLabel(model, locale, answer.level, answer.special) })),
        evidenceSummary: evidenceSummary(recommendation.item.evidence, locale),
      }],
    })),
    nextSteps: result.nextSteps,
    evidence,
    labels: REPORT_LABELS[locale],
  };
}
