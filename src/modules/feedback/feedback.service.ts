import { throwIfInvalid } from '../../common/errors.js';
import { findOwnedById } from '../../common/lookup.js';
import { listPage } from '../../common/list-page.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { runUpserts } from '../../common/upsert.js';
import { FieldChecker } from '../../common/validation.js';
import type { TenantScope } from '../../context.js';
import { resolveCustomerIds } from '../customer/customer-reference.js';
import { Feedback } from './feedback.entity.js';
import { FEEDBACK_SORT, FEEDBACK_UPSERT_COLUMNS, feedbackFilterConditions, type FeedbackRow } from './feedback.query.js';
import type { FeedbackArgs, FeedbackFollowUpInput, FeedbackInput } from './feedback.types.js';
import { checkServiceTimes, derivedStatus, validateFeedbackBatch, validateFeedbackInput } from './feedback.validation.js';

export const MAX_FEEDBACK_BATCH_ROWS = 1000;

const FEEDBACK_LIST = { table: 'feedback', alias: 'child', sort: FEEDBACK_SORT, sortValue: (feedback: Feedback) => feedback.receivedAt, entity: Feedback };

export class FeedbackService {
  constructor(private readonly scope: TenantScope) {}

  list(args: FeedbackArgs): Promise<ConnectionShape<Feedback>> {
    const check = new FieldChecker('filter');
    check.uuid('customerId', args.filter?.customerId);
    throwIfInvalid(check.errors);
    return listPage(this.scope, FEEDBACK_LIST, feedbackFilterConditions(args.filter), args);
  }

  get(id: string): Promise<Feedback> {
    return findOwnedById(this.scope, Feedback, id, 'Feedback');
  }

  async record(input: FeedbackInput): Promise<Feedback> {
    throwIfInvalid(validateFeedbackInput(input, 'input'));
    return (await this.write([input], () => 'input')).feedback[0];
  }

  async recordMany(inputs: FeedbackInput[]) {
    throwIfInvalid(validateFeedbackBatch(inputs, MAX_FEEDBACK_BATCH_ROWS));
    return this.write(inputs, (index) => `input[${index}]`);
  }

  async recordFollowUp(input: FeedbackFollowUpInput): Promise<Feedback> {
    const feedback = await this.get(input.id);
    const times = {
      firstResponseAt: input.firstResponseAt === undefined ? feedback.firstResponseAt : input.firstResponseAt,
      resolvedAt: input.resolvedAt === undefined ? feedback.resolvedAt : input.resolvedAt,
    };
    const check = new FieldChecker('input');
    checkServiceTimes(check, feedback.receivedAt, times);
    throwIfInvalid(check.errors);
    feedback.firstResponseAt = times.firstResponseAt;
    feedback.resolvedAt = times.resolvedAt;
    if (input.followUpResult !== undefined) feedback.followUpResult = input.followUpResult;
    feedback.status = input.status ?? derivedStatus(times);
    await this.scope.em.flush();
    return feedback;
  }

  private async write(inputs: FeedbackInput[], path: (index: number) => string) {
    const customerIds = await resolveCustomerIds(this.scope, inputs, path);
    const rows = inputs.map(
      (input, index): FeedbackRow => ({
        externalId: input.externalId?.trim(),
        customerId: customerIds[index],
        kind: input.kind,
        score: input.score,
        comment: input.comment,
        channel: input.channel,
        category: input.category,
        stageId: input.stageId,
        touchpointId: input.touchpointId,
        receivedAt: input.receivedAt,
        firstResponseAt: input.firstResponseAt,
        resolvedAt: input.resolvedAt,
        status: input.status ?? derivedStatus(input),
        followUpResult: input.followUpResult,
        sentiment: input.sentiment,
      }),
    );
    const { nodes, insertedCount, updatedCount } = await runUpserts(this.scope, 'feedback', rows, FEEDBACK_UPSERT_COLUMNS, { touchUpdatedAt: false, entity: Feedback });
    return { feedback: nodes, insertedCount, updatedCount };
  }
}
