import type { DemoCustomer, DemoPeriod } from './demo-customers.js';
import type { DemoStage } from './demo-journeys.js';
import { clamp, DAY, HOUR, SeededRandom, wholeSeconds } from './demo-random.js';
import type { DemoTouchpoint } from './demo-touchpoints.js';

export type FeedbackKind = 'NPS' | 'CSAT' | 'CES' | 'COMPLAINT' | 'SUGGESTION' | 'PRAISE';
export type FeedbackStatus = 'OPEN' | 'RESPONDED' | 'RESOLVED' | 'CLOSED';
export type FollowUpResult = 'SATISFIED' | 'NOT_SATISFIED' | 'NO_REPLY';

export interface DemoFeedback {
  id: string;
  externalId: string;
  customer: DemoCustomer;
  kind: FeedbackKind;
  score: number | null;
  comment: string | null;
  channel: string;
  category: string | null;
  stage: DemoStage | null;
  touchpoint: DemoTouchpoint | null;
  receivedAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  status: FeedbackStatus;
  followUpResult: FollowUpResult | null;
  sentiment: number;
}

/**
 * Cases are the answers someone must act on (METRICS.md, feedback operations): complaints,
 * suggestions, NPS detractors and CSAT of 2 or less.
 */
export function isCase(feedback: Pick<DemoFeedback, 'kind' | 'score'>): boolean {
  if (feedback.kind === 'COMPLAINT' || feedback.kind === 'SUGGESTION') return true;
  if (feedback.kind === 'NPS') return feedback.score !== null && feedback.score <= 6;
  if (feedback.kind === 'CSAT') return feedback.score !== null && feedback.score <= 2;
  return false;
}

interface CaseHandling {
  responseRate: number;
  responseDelay: (random: SeededRandom) => number;
  resolutionRate: number;
  resolutionDelay: (random: SeededRandom) => number;
}

// Complaints are mostly answered within the 2-hour target, some take days, a few are never
// answered; detractor follow-ups aim at 48 hours and miss it now and then.
const COMPLAINT_HANDLING: CaseHandling = {
  responseRate: 0.9,
  responseDelay: (random) => random.weighted<() => number>([
    [() => random.logNormal(0.75 * HOUR, 0.7), 60],
    [() => random.logNormal(6 * HOUR, 0.6), 28],
    [() => random.between(1, 5) * DAY, 12],
  ])(),
  resolutionRate: 0.8,
  resolutionDelay: (random) => random.logNormal(1.5 * DAY, 0.9),
};
const FOLLOW_UP_HANDLING: CaseHandling = {
  responseRate: 0.72,
  responseDelay: (random) => random.logNormal(16 * HOUR, 0.9),
  resolutionRate: 0.5,
  resolutionDelay: (random) => random.logNormal(2 * DAY, 0.8),
};
const SUGGESTION_HANDLING: CaseHandling = {
  responseRate: 0.6,
  responseDelay: (random) => random.logNormal(2 * DAY, 0.8),
  resolutionRate: 0.25,
  resolutionDelay: (random) => random.logNormal(20 * DAY, 0.6),
};

/**
 * Sets first response, resolution, status and follow-up result. Anything that would happen
 * after asOf has not happened yet, which leaves a realistic open backlog of recent cases.
 */
export function handleFeedback(feedback: DemoFeedback, period: DemoPeriod, random: SeededRandom): void {
  if (!isCase(feedback)) {
    // Nothing to act on; praise still gets a thank-you now and then.
    feedback.status = 'CLOSED';
    if (feedback.kind === 'PRAISE' && random.chance(0.4)) {
      feedback.firstResponseAt = pastOrNull(feedback.receivedAt + random.logNormal(5 * HOUR, 1), period);
    }
    return;
  }
  const handling = feedback.kind === 'COMPLAINT' ? COMPLAINT_HANDLING : feedback.kind === 'SUGGESTION' ? SUGGESTION_HANDLING : FOLLOW_UP_HANDLING;
  if (random.chance(handling.responseRate)) {
    feedback.firstResponseAt = pastOrNull(feedback.receivedAt + handling.responseDelay(random), period);
  }
  if (feedback.firstResponseAt !== null && random.chance(handling.resolutionRate)) {
    feedback.resolvedAt = pastOrNull(feedback.firstResponseAt + handling.resolutionDelay(random), period);
  }
  feedback.status = feedback.resolvedAt !== null ? 'RESOLVED' : feedback.firstResponseAt !== null ? 'RESPONDED' : 'OPEN';
  feedback.followUpResult = followUpResult(feedback, random);
}

function followUpResult(feedback: DemoFeedback, random: SeededRandom): FollowUpResult | null {
  if (feedback.resolvedAt !== null && random.chance(0.85)) {
    const satisfied = 55 + 20 * feedback.customer.profile.satisfaction;
    return random.weighted<FollowUpResult>([['SATISFIED', satisfied], ['NOT_SATISFIED', 15], ['NO_REPLY', 20]]);
  }
  if (feedback.firstResponseAt !== null && feedback.resolvedAt === null && random.chance(0.5)) {
    return random.weighted<FollowUpResult>([['SATISFIED', 25], ['NOT_SATISFIED', 40], ['NO_REPLY', 35]]);
  }
  return null;
}

function pastOrNull(time: number, period: DemoPeriod): number | null {
  const rounded = wholeSeconds(time);
  return rounded < period.end ? rounded : null;
}

// Where each kind's sentiment centres: scores map onto -1..1, texts without a score by kind.
const SENTIMENT_CENTER: Record<FeedbackKind, (score: number) => number> = {
  NPS: (score) => (score - 6.5) / 4.5,
  CSAT: (score) => (score - 3) / 2.5,
  CES: (score) => (score - 4) / 4,
  COMPLAINT: () => -0.65,
  SUGGESTION: () => 0.05,
  PRAISE: () => 0.75,
};

/** Text sentiment in -1..1 (3 decimals) as a sentiment model would score the answer. */
export function sentimentOf(kind: FeedbackKind, score: number | null, random: SeededRandom): number {
  return Number(clamp(SENTIMENT_CENTER[kind](score ?? 0) + random.normal(0, 0.18), -1, 1).toFixed(3));
}
