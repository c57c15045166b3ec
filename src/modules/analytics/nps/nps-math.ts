/**
 * The arithmetic of METRICS.md "NPS" and "CSAT and CES" on a score distribution (how many
 * answers gave each score). Pure, so the formulas are tested on paper values without a database.
 */

/** z of a two-sided 95% interval. */
const Z_95 = 1.96;

/** A survey kind of the feedback table and its score range (inclusive). */
export interface SurveyScale {
  kind: 'NPS' | 'CSAT' | 'CES';
  min: number;
  max: number;
}

export const NPS_SCALE: SurveyScale = { kind: 'NPS', min: 0, max: 10 };
export const CSAT_SCALE: SurveyScale = { kind: 'CSAT', min: 1, max: 5 };
export const CES_SCALE: SurveyScale = { kind: 'CES', min: 1, max: 7 };

/** counts[i] = answers with score `scale.min + i`; every score of the scale has an entry. */
export type ScoreCounts = readonly number[];

export interface ScoreCount {
  score: number;
  count: number;
}

export function emptyCounts(scale: SurveyScale): number[] {
  return new Array<number>(scale.max - scale.min + 1).fill(0);
}

/** Answers with a score in [low, high]. */
function answersBetween(counts: ScoreCounts, scale: SurveyScale, low: number, high: number): number {
  let total = 0;
  counts.forEach((count, index) => {
    const score = scale.min + index;
    if (score >= low && score <= high) total += count;
  });
  return total;
}

function sizeOf(counts: ScoreCounts): number {
  return counts.reduce((sum, count) => sum + count, 0);
}

function distributionOf(counts: ScoreCounts, scale: SurveyScale): ScoreCount[] {
  return counts.map((count, index) => ({ score: scale.min + index, count }));
}

function meanOf(counts: ScoreCounts, scale: SurveyScale): number | null {
  const n = sizeOf(counts);
  if (n === 0) return null;
  return counts.reduce((sum, count, index) => sum + (scale.min + index) * count, 0) / n;
}

/** Margin of error (95%) of a share p of n, in percentage points: 100 × 1.96 × sqrt(p(1 − p) / n). */
function shareMarginOfError(share: number, n: number): number {
  return 100 * Z_95 * Math.sqrt((share * (1 - share)) / n);
}

export interface NpsFigures {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  promoterShare: number | null;
  detractorShare: number | null;
  nps: number | null;
  marginOfError: number | null;
  lowSample: boolean;
  reason: string | null;
}

/** Promoters 9–10, passives 7–8, detractors 0–6; NPS = 100 × (P − D). */
export function npsFigures(counts: ScoreCounts, lowSampleThreshold: number, emptyReason: string): NpsFigures {
  const categories = {
    promoters: answersBetween(counts, NPS_SCALE, 9, 10),
    passives: answersBetween(counts, NPS_SCALE, 7, 8),
    detractors: answersBetween(counts, NPS_SCALE, 0, 6),
  };
  return npsFromCategories(categories, lowSampleThreshold, emptyReason);
}

/** NPS and its margin of error from answers already counted by category. */
export function npsFromCategories(
  { promoters, passives, detractors }: { promoters: number; passives: number; detractors: number },
  lowSampleThreshold: number,
  emptyReason: string,
): NpsFigures {
  const n = promoters + passives + detractors;
  const lowSample = n < lowSampleThreshold;
  if (n === 0) {
    return { n, promoters, passives, detractors, promoterShare: null, detractorShare: null, nps: null, marginOfError: null, lowSample, reason: emptyReason };
  }
  const promoterShare = promoters / n;
  const detractorShare = detractors / n;
  const difference = promoterShare - detractorShare;
  // The variance of a +1/0/−1 score, E[x²] − E[x]²; floating point can push it a hair below zero.
  const variance = Math.max(0, promoterShare + detractorShare - difference * difference);
  return {
    n,
    promoters,
    passives,
    detractors,
    promoterShare,
    detractorShare,
    // 100 × (P − D) as 100 × (promoters − detractors) / n: the same value, exact for whole results.
    nps: (100 * (promoters - detractors)) / n,
    marginOfError: 100 * Z_95 * Math.sqrt(variance / n),
    lowSample,
    reason: null,
  };
}

export interface CsatFigures {
  n: number;
  satisfied: number;
  satisfiedShare: number | null;
  mean: number | null;
  distribution: ScoreCount[];
  marginOfError: number | null;
  lowSample: boolean;
  reason: string | null;
}

/** % satisfied = 100 × (answers of 4–5) / n, with its margin of error; mean; distribution 1..5. */
export function csatFigures(counts: ScoreCounts, lowSampleThreshold: number, emptyReason: string): CsatFigures {
  const summary = { n: sizeOf(counts), satisfied: answersBetween(counts, CSAT_SCALE, 4, 5), mean: meanOf(counts, CSAT_SCALE) };
  return { ...csatFromSummary(summary, lowSampleThreshold, emptyReason), distribution: distributionOf(counts, CSAT_SCALE) };
}

/** The same figures (without the distribution) from answers already counted and averaged. */
export function csatFromSummary(
  { n, satisfied, mean }: { n: number; satisfied: number; mean: number | null },
  lowSampleThreshold: number,
  emptyReason: string,
): Omit<CsatFigures, 'distribution'> {
  const share = n === 0 ? null : satisfied / n;
  return {
    n,
    satisfied,
    satisfiedShare: share === null ? null : 100 * share,
    mean: n === 0 ? null : mean,
    marginOfError: share === null ? null : shareMarginOfError(share, n),
    lowSample: n < lowSampleThreshold,
    reason: n === 0 ? emptyReason : null,
  };
}

export interface CesFigures {
  n: number;
  easy: number;
  easyShare: number | null;
  mean: number | null;
  distribution: ScoreCount[];
  lowSample: boolean;
  reason: string | null;
}

/** % easy = 100 × (answers of 5–7) / n; mean; distribution 1..7. */
export function cesFigures(counts: ScoreCounts, lowSampleThreshold: number, emptyReason: string): CesFigures {
  const n = sizeOf(counts);
  const easy = answersBetween(counts, CES_SCALE, 5, 7);
  return {
    n,
    easy,
    easyShare: n === 0 ? null : (100 * easy) / n,
    mean: meanOf(counts, CES_SCALE),
    distribution: distributionOf(counts, CES_SCALE),
    lowSample: n < lowSampleThreshold,
    reason: n === 0 ? emptyReason : null,
  };
}
