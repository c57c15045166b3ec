import type { FieldError } from '../../common/errors.js';
import { duplicateKeys, FieldChecker } from '../../common/validation.js';
import { checkCustomerReference } from '../order/order.validation.js';
import { FeedbackKind, FeedbackStatus, FollowUpResult, SCORE_RANGES } from './feedback.enums.js';
import type { FeedbackInput } from './feedback.types.js';

export function validateFeedbackInput(input: FeedbackInput, path: string): FieldError[] {
  const check = new FieldChecker(path);
  check.optionalText('externalId', input.externalId, 200);
  checkCustomerReference(check, input, false);
  check.oneOf('kind', input.kind, Object.values(FeedbackKind), true);
  const range = SCORE_RANGES[input.kind];
  if (range) check.integer('score', input.score, range.min, range.max, true);
  else if (input.score !== undefined && input.score !== null) check.fail('score', `must be empty for ${input.kind}: only NPS, CSAT and CES carry a score`);
  check.optionalText('comment', input.comment, 10_000);
  check.optionalText('channel', input.channel, 100);
  check.optionalText('category', input.category, 100);
  check.uuid('stageId', input.stageId);
  check.uuid('touchpointId', input.touchpointId);
  check.date('receivedAt', input.receivedAt, true);
  checkServiceTimes(check, input.receivedAt, input);
  check.oneOf('status', input.status, Object.values(FeedbackStatus));
  check.oneOf('followUpResult', input.followUpResult, Object.values(FollowUpResult));
  if (input.sentiment !== undefined && input.sentiment !== null && !(input.sentiment >= -1 && input.sentiment <= 1)) {
    check.fail('sentiment', 'must be from -1 to 1');
  }
  return check.errors;
}

/** A response or resolution cannot come before the feedback was received. */
export function checkServiceTimes(check: FieldChecker, receivedAt: Date, times: { firstResponseAt?: Date | null; resolvedAt?: Date | null }): void {
  check.date('firstResponseAt', times.firstResponseAt);
  check.date('resolvedAt', times.resolvedAt);
  if (times.firstResponseAt instanceof Date && receivedAt instanceof Date && times.firstResponseAt < receivedAt) {
    check.fail('firstResponseAt', 'must not be before receivedAt');
  }
  if (times.resolvedAt instanceof Date && receivedAt instanceof Date && times.resolvedAt < receivedAt) {
    check.fail('resolvedAt', 'must not be before receivedAt');
  }
}

export function validateFeedbackBatch(inputs: FeedbackInput[], maxRows: number): FieldError[] {
  if (inputs.length === 0) return [{ field: 'input', message: 'must contain at least one feedback entry' }];
  if (inputs.length > maxRows) return [{ field: 'input', message: `must contain at most ${maxRows} entries per call, got ${inputs.length}` }];
  return [
    ...inputs.flatMap((input, index) => validateFeedbackInput(input, `input[${index}]`)),
    ...duplicateKeys('input', inputs.map((input) => input.externalId ?? undefined), 'externalId'),
  ];
}

/** The status implied by the service times when none is given. */
export function derivedStatus(times: { firstResponseAt?: Date | null; resolvedAt?: Date | null }): FeedbackStatus {
  if (times.resolvedAt) return FeedbackStatus.RESOLVED;
  if (times.firstResponseAt) return FeedbackStatus.RESPONDED;
  return FeedbackStatus.OPEN;
}
