import { registerEnumType } from 'type-graphql';

export enum FeedbackKind {
  NPS = 'NPS',
  CSAT = 'CSAT',
  CES = 'CES',
  COMPLAINT = 'COMPLAINT',
  SUGGESTION = 'SUGGESTION',
  PRAISE = 'PRAISE',
}
registerEnumType(FeedbackKind, {
  name: 'FeedbackKind',
  description: 'NPS scores 0..10, CSAT 1..5, CES 1..7; complaints, suggestions and praise carry no score.',
});

export enum FeedbackStatus {
  OPEN = 'OPEN',
  RESPONDED = 'RESPONDED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(FeedbackStatus, { name: 'FeedbackStatus', description: 'Where a feedback case stands in the service loop.' });

export enum FollowUpResult {
  SATISFIED = 'SATISFIED',
  NOT_SATISFIED = 'NOT_SATISFIED',
  NO_REPLY = 'NO_REPLY',
}
registerEnumType(FollowUpResult, { name: 'FollowUpResult', description: 'What the customer said when followed up.' });

/** The valid score range of each kind; kinds without a range take no score. */
export const SCORE_RANGES: Partial<Record<FeedbackKind, { min: number; max: number }>> = {
  [FeedbackKind.NPS]: { min: 0, max: 10 },
  [FeedbackKind.CSAT]: { min: 1, max: 5 },
  [FeedbackKind.CES]: { min: 1, max: 7 },
};
