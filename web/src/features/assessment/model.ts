import type { AssessmentModelFieldsFragment, EvidenceMeasure, SpecialAnswer } from '../../gql/graphql';
import type { Locale } from '../../i18n/i18n';
import type { AssessmentMessages } from './messages';

/** Helpers shared by the assessment pages: answers, scores and evidence as people read them. */

export type Model = AssessmentModelFieldsFragment;
export type ModelItem = Model['items'][number];

/** One respondent's answer as the form holds it: a level 0..4 or a special answer. */
export type AnswerValue = number | SpecialAnswer;

export interface SavedAnswer {
  itemId: string;
  respondent: string;
  level?: number | null;
  special?: SpecialAnswer | null;
  note?: string | null;
}

export function answerValue(answer: { level?: number | null; special?: SpecialAnswer | null }): AnswerValue | undefined {
  if (answer.special) return answer.special;
  if (answer.level !== null && answer.level !== undefined) return answer.level;
  return undefined;
}

/** "3 · Largely", "Unknown", "Not applicable" in the chosen language (anchors from the API). */
export function answerLabel(model: Model, t: AssessmentMessages, value: AnswerValue | undefined): string {
  if (value === undefined) return t.unanswered;
  if (value === 'UNKNOWN') return t.unknown;
  if (value === 'NOT_APPLICABLE') return t.notApplicable;
  const anchor = model.anchors.find((candidate) => candidate.level === value);
  return anchor ? `${value} · ${anchor.label}` : `${value} / 4`;
}

/** The self score x of one answer: level / 4, 0 for UNKNOWN, none for NOT_APPLICABLE. */
export function selfScoreOf(value: AnswerValue | undefined): number | undefined {
  if (value === undefined || value === 'NOT_APPLICABLE') return undefined;
  if (value === 'UNKNOWN') return 0;
  return value / 4;
}

/** MATURITY.md, scoring step 2: how an answer relates to the evidence level e, and its score s. */
export function compareWithEvidence(x: number, e: number): { status: 'CORROBORATED' | 'OVERCLAIM' | 'UNDERCLAIM'; score: number } {
  const score = Math.min(Math.max(x, e - 0.25), e + 0.25);
  // Levels are multiples of .25, so the comparison is exact; a small tolerance guards rounding.
  if (Math.abs(x - e) <= 0.25 + 1e-9) return { status: 'CORROBORATED', score: x };
  return { status: x > e ? 'OVERCLAIM' : 'UNDERCLAIM', score };
}

/** A 0..1 score as "0.75". */
export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

/** A 0..1 share as a whole percentage. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}

// Measures whose value is a count, or a figure of its own (an NPS, months, hours), not a share.
const COUNT_MEASURES = new Set<EvidenceMeasure>(['ACTIVE_SEGMENT_COUNT', 'ACTIVE_API_KEYS']);
const RAW_MEASURES = new Set<EvidenceMeasure>(['ADVOCACY_NPS', 'LIFECYCLE_MEASURABILITY', 'CLV_READINESS', 'CLOSED_LOOP_RESPONSE']);

/** The measured value as the server's printable report shows it. */
export function evidenceValue(measure: EvidenceMeasure, value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (COUNT_MEASURES.has(measure)) return String(value);
  if (RAW_MEASURES.has(measure)) return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** "Stage 3 · Align" (or "Not started" for stage 0). */
export function stageLabel(t: AssessmentMessages, number: number, name: string | undefined): string {
  if (number === 0) return t.notStarted;
  return `${t.stageNumber.replace('{number}', String(number))} · ${name ?? ''}`.trim();
}

export function answerKey(itemId: string, respondent: string): string {
  return `${itemId}\u0000${respondent}`;
}
