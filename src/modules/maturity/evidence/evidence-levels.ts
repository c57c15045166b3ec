/**
 * Evidence levels of the maturity assessment (MATURITY.md, "Evidence from the company's own
 * data"): each measure's figures mapped to e ∈ {0, .25, .5, .75, 1}. Pure functions; a null
 * result means "no evidence", which never counts against the answer.
 */

/** Months of completed-order history that make lifecycle metrics and CLV computable. */
export const HISTORY_MONTHS_NEEDED = 12;

/** A share of 0..1: ≥ .9 → 1, ≥ .7 → .75, ≥ .5 → .5, > 0 → .25, else 0. */
export function coverageLevel(share: number): number {
  if (share >= 0.9) return 1;
  if (share >= 0.7) return 0.75;
  if (share >= 0.5) return 0.5;
  if (share > 0) return 0.25;
  return 0;
}

/** 4.1: 0 without a fresh behavioural segment, else the coverage bands on the share scored. */
export function freshBehaviouralSegmentLevel(freshSegments: number, scoredShare: number): number {
  return freshSegments === 0 ? 0 : coverageLevel(scoredShare);
}

/** 4.2: ≥ 5 → 1, 3–4 → .75, 2 → .5, 1 → .25; none is no evidence (they may segment in another tool). */
export function activeSegmentLevel(segments: number): number | null {
  if (segments >= 5) return 1;
  if (segments >= 3) return 0.75;
  if (segments === 2) return 0.5;
  if (segments === 1) return 0.25;
  return null;
}

/** 5.2: ≥ 12 months of history and ≥ 2 segments → .75, exactly one of the two → .5, neither → .25. */
export function lifecycleMeasurabilityLevel(historyMonths: number, segments: number): number {
  const conditionsMet = Number(historyMonths >= HISTORY_MONTHS_NEEDED) + Number(segments >= 2);
  return [0.25, 0.5, 0.75][conditionsMet];
}

/** 6.2: answers ÷ active buyers ≥ 5% with ≥ 3 stages → 1, ≥ 2% → .75, ≥ .5% → .5, > 0 → .25, else 0. */
export function feedbackVolumeLevel(answersPerBuyer: number, stages: number): number {
  if (answersPerBuyer >= 0.05 && stages >= 3) return 1;
  if (answersPerBuyer >= 0.02) return 0.75;
  if (answersPerBuyer >= 0.005) return 0.5;
  if (answersPerBuyer > 0) return 0.25;
  return 0;
}

/**
 * 6.3: median first response ≤ 24 h with ≥ 90% within SLA → 1, ≤ 48 h → .75, ≤ 7 days → .5,
 * otherwise (slower, or no case answered so no median) → .25.
 */
export function closedLoopLevel(medianHours: number | null, withinSlaShare: number): number {
  if (medianHours === null) return 0.25;
  if (medianHours <= 24 && withinSlaShare >= 0.9) return 1;
  if (medianHours <= 48) return 0.75;
  if (medianHours <= 7 * 24) return 0.5;
  return 0.25;
}

/** 6.4: ≥ 2 keys used in 7 days → 1, 1 → .75; none is no evidence. */
export function activeApiKeyLevel(keys: number): number | null {
  if (keys >= 2) return 1;
  if (keys === 1) return 0.75;
  return null;
}

/** 7.2: ≥ 12 months of history and CLV queried in 90 days → .75, the history only → .5, otherwise .25. */
export function clvReadinessLevel(historyMonths: number, customerValueQueried: boolean): number {
  if (historyMonths < HISTORY_MONTHS_NEEDED) return 0.25;
  return customerValueQueried ? 0.75 : 0.5;
}

/** 7.3: NPS ≥ 50 → 1, ≥ 30 → .75, > 0 → .5, else .25. */
export function advocacyLevel(nps: number): number {
  if (nps >= 50) return 1;
  if (nps >= 30) return 0.75;
  if (nps > 0) return 0.5;
  return 0.25;
}
