/**
 * NPS and CSAT arithmetic of METRICS.md ("NPS", "CSAT and CES") for the answers of one journey
 * stage. Pure, so the formulas are tested on paper values without a database.
 */

/** z of a two-sided 95% interval. */
const Z_95 = 1.96;

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsScore extends NpsCounts {
  n: number;
  /** 100 × (P − D), with P and D the shares of promoters and detractors. */
  nps: number | null;
  /** 100 × 1.96 × sqrt((P + D − (P − D)²) / n). */
  marginOfError: number | null;
  lowSample: boolean;
  reason: string | null;
}

export function npsScore(counts: NpsCounts, lowSampleThreshold: number): NpsScore {
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) return { ...counts, n, nps: null, marginOfError: null, lowSample: true, reason: 'no NPS answers linked to this stage in the window' };
  const promoterShare = counts.promoters / n;
  const detractorShare = counts.detractors / n;
  const difference = promoterShare - detractorShare;
  // The variance of a +1/0/−1 score: E[x²] − E[x]²; rounding can push it a hair below zero.
  const variance = Math.max(0, promoterShare + detractorShare - difference * difference);
  return {
    ...counts,
    n,
    nps: 100 * difference,
    marginOfError: 100 * Z_95 * Math.sqrt(variance / n),
    lowSample: n < lowSampleThreshold,
    reason: null,
  };
}

export interface CsatCounts {
  n: number;
  /** Answers of 4 or 5. */
  satisfied: number;
  /** Mean score 1..5; null without answers. */
  mean: number | null;
}

export interface CsatScore extends CsatCounts {
  /** 100 × satisfied / n. */
  percentSatisfied: number | null;
  /** 100 × 1.96 × sqrt(p(1 − p) / n), p = satisfied / n. */
  marginOfError: number | null;
  lowSample: boolean;
  reason: string | null;
}

export function csatScore(counts: CsatCounts, lowSampleThreshold: number): CsatScore {
  const { n, satisfied } = counts;
  if (n === 0) return { ...counts, mean: null, percentSatisfied: null, marginOfError: null, lowSample: true, reason: 'no CSAT answers linked to this stage in the window' };
  const share = satisfied / n;
  return {
    ...counts,
    percentSatisfied: 100 * share,
    marginOfError: 100 * Z_95 * Math.sqrt((share * (1 - share)) / n),
    lowSample: n < lowSampleThreshold,
    reason: null,
  };
}
