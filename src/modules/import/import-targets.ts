import { createHash } from 'node:crypto';
import type { FieldError } from '../../common/errors.js';
import { upsertChanges, type WriteOutcome } from '../../common/upsert.js';
import type { TenantScope } from '../../context.js';
import { customerIdsByExternalId } from '../customer/customer-reference.js';
import { CUSTOMER_UPSERT_COLUMNS } from '../customer/customer.query.js';
import type { CustomerInput } from '../customer/customer.types.js';
import { validateCustomerInput } from '../customer/customer.validation.js';
import { FEEDBACK_UPSERT_COLUMNS, type FeedbackRow } from '../feedback/feedback.query.js';
import type { FeedbackInput } from '../feedback/feedback.types.js';
import { derivedStatus, validateFeedbackInput } from '../feedback/feedback.validation.js';
import { OrderStatus } from '../order/order.enums.js';
import { ORDER_UPSERT_COLUMNS, type OrderRow } from '../order/order.query.js';
import type { OrderInput } from '../order/order.types.js';
import { validateOrderInput } from '../order/order.validation.js';
import type { ImportEntity } from './import-fields.js';
import { TOUCHPOINT_UPSERT_COLUMNS, TAG_ASSIGNMENT_UPSERT_COLUMNS, validateTagRow, validateTouchpointRow, type TagAssignmentRow, type TouchpointRow } from './import-rows.js';
import { StageDirectory, TagDirectory } from './import-directories.js';

/** What a batch write says of each unit: how it was written, or why it was refused. */
export type UnitOutcome = WriteOutcome | FieldError;

/** How an entity is validated and written by the importer. */
export interface ImportTarget {
  /** Problems of one unit's input, naming fields without a path. */
  validate(input: Record<string, unknown>): FieldError[];
  /** The key that must be unique within one file. */
  keyOf(input: Record<string, unknown>): string;
  /** Writes a batch inside the open tenant transaction. */
  write(scope: TenantScope, inputs: Record<string, unknown>[]): Promise<UnitOutcome[]>;
  /** Forgets what it learnt from a batch that was rolled back (a dry run). */
  discardCaches?(): void;
}

export function importTarget(entity: ImportEntity, baseCurrency: string): ImportTarget {
  switch (entity) {
    case 'customers':
      return customersTarget;
    case 'orders':
      return ordersTarget(baseCurrency);
    case 'feedback':
      return feedbackTarget(new StageDirectory());
    case 'touchpoints':
      return touchpointsTarget(new StageDirectory());
    case 'tags':
      return tagsTarget(new TagDirectory());
  }
}

const customersTarget: ImportTarget = {
  validate: (input) => validateCustomerInput(input as unknown as CustomerInput, ''),
  keyOf: (input) => String(input.externalId),
  write: (scope, inputs) =>
    upsertChanges(scope, 'customer', inputs as unknown as CustomerInput[], CUSTOMER_UPSERT_COLUMNS, {
      touchUpdatedAt: true,
      keyOfInput: (input) => input.externalId,
      keyOfRow: (row) => String(row.external_id),
    }),
};

function ordersTarget(baseCurrency: string): ImportTarget {
  return {
    validate: (input) => validateOrderInput(input as unknown as OrderInput, ''),
    keyOf: (input) => String(input.externalId),
    async write(scope, inputs) {
      return writeWithCustomers(scope, inputs, async (resolved) => {
        const rows = resolved.map(
          ({ input, customerId }): OrderRow => ({
            externalId: String(input.externalId),
            customerId,
            placedAt: input.placedAt as Date,
            amount: String(input.amount),
            currency: (input.currency as string | undefined) ?? baseCurrency,
            originalAmount: input.originalAmount as string | undefined,
            channel: input.channel as string | undefined,
            status: (input.status as string | undefined) ?? OrderStatus.COMPLETED,
            itemCount: input.itemCount as number | undefined,
          }),
        );
        return upsertChanges(scope, '"order"', rows, ORDER_UPSERT_COLUMNS, { touchUpdatedAt: false, keyOfInput: (row) => row.externalId, keyOfRow: (row) => String(row.external_id) });
      });
    },
  };
}

function feedbackTarget(stages: StageDirectory): ImportTarget {
  return {
    validate: (input) => [...validateFeedbackInput(input as unknown as FeedbackInput, ''), ...stages.validateKeys(input)],
    keyOf: (input) => externalIdOf(input, ['customerExternalId', 'kind', 'receivedAt', 'score', 'comment', 'channel']),
    async write(scope, inputs) {
      await stages.load(scope);
      return withRefusals(inputs, inputs.map((input) => stages.unknownKey(input)), (accepted) =>
        writeWithCustomers(
        scope,
        accepted,
        async (resolved) => {
          const rows = resolved.map(
            ({ input, customerId }): FeedbackRow => ({
              ...(input as unknown as FeedbackInput),
              externalId: externalIdOf(input, ['customerExternalId', 'kind', 'receivedAt', 'score', 'comment', 'channel']),
              customerId,
              stageId: stages.stageId(input),
              status: (input.status as string | undefined) ?? derivedStatus(input),
            }),
          );
          return upsertChanges(scope, 'feedback', rows, FEEDBACK_UPSERT_COLUMNS, { touchUpdatedAt: false, keyOfInput: (row) => String(row.externalId), keyOfRow: (row) => String(row.external_id) });
        },
        { optional: true },
      ));
    },
  };
}

function touchpointsTarget(stages: StageDirectory): ImportTarget {
  return {
    validate: (input) => [...validateTouchpointRow(input), ...stages.validateKeys(input)],
    keyOf: (input) => externalIdOf(input, ['customerExternalId', 'occurredAt', 'action', 'channel', 'journeyKey', 'stageKey']),
    async write(scope, inputs) {
      await stages.load(scope);
      return withRefusals(inputs, inputs.map((input) => stages.unknownKey(input)), (accepted) => writeWithCustomers(scope, accepted, async (resolved) => {
        const rows = resolved.map(
          ({ input, customerId }): TouchpointRow => ({
            externalId: externalIdOf(input, ['customerExternalId', 'occurredAt', 'action', 'channel', 'journeyKey', 'stageKey']),
            customerId,
            journeyId: stages.journeyId(input),
            stageId: stages.stageId(input),
            occurredAt: input.occurredAt as Date,
            channel: input.channel as string | undefined,
            action: String(input.action),
            thought: input.thought as string | undefined,
            emotion: input.emotion as number | undefined,
            gains: input.gains as string | undefined,
            pains: input.pains as string | undefined,
          }),
        );
        return upsertChanges(scope, 'touchpoint', rows, TOUCHPOINT_UPSERT_COLUMNS, { touchUpdatedAt: false, keyOfInput: (row) => row.externalId, keyOfRow: (row) => String(row.external_id) });
      }));
    },
  };
}

function tagsTarget(tags: TagDirectory): ImportTarget {
  return {
    validate: (input) => validateTagRow(input),
    keyOf: (input) => `${String(input.customerExternalId)}\u0000${String(input.tagKey)}`,
    async write(scope, inputs) {
      const tagErrors = await tags.ensure(scope, inputs);
      return withRefusals(inputs, tagErrors, (accepted) => writeWithCustomers(scope, accepted, async (resolved) => {
        const rows = resolved.map(
          ({ input, customerId }): TagAssignmentRow => ({
            customerId,
            tagId: tags.idOf(String(input.tagKey)) as string,
            source: (input.source as string | undefined) ?? 'IMPORT',
            score: input.score as string | undefined,
            confidence: input.confidence as string | undefined,
            expiresAt: input.expiresAt as Date | undefined,
          }),
        );
        return upsertChanges(scope, 'customer_tag', rows, TAG_ASSIGNMENT_UPSERT_COLUMNS, {
          touchUpdatedAt: false,
          conflictColumns: ['customer_id', 'tag_id'],
          keyOfInput: (row) => `${row.customerId}|${row.tagId}`,
          keyOfRow: (row) => `${String(row.customer_id)}|${String(row.tag_id)}`,
        });
      }));
    },
    discardCaches: () => tags.forget(),
  };
}

/** Writes the inputs that have no refusal, and merges both back in input order. */
async function withRefusals(
  inputs: Record<string, unknown>[],
  refusals: (FieldError | undefined)[],
  write: (accepted: Record<string, unknown>[]) => Promise<UnitOutcome[]>,
): Promise<UnitOutcome[]> {
  const accepted = inputs.filter((_, index) => !refusals[index]);
  const written = accepted.length > 0 ? await write(accepted) : [];
  let next = 0;
  return inputs.map((_, index) => refusals[index] ?? written[next++]);
}

/**
 * Resolves the customers a batch names by external id (one query), refuses the units whose
 * customer does not exist, and writes the rest. With `optional`, units without a customer pass
 * with a null customer (anonymous feedback).
 */
async function writeWithCustomers(
  scope: TenantScope,
  inputs: Record<string, unknown>[],
  write: (resolved: { input: Record<string, unknown>; customerId: string }[]) => Promise<WriteOutcome[]>,
  { optional = false } = {},
): Promise<UnitOutcome[]> {
  const externalIds = inputs.map((input) => input.customerExternalId).filter((id): id is string => typeof id === 'string');
  const ids = await customerIdsByExternalId(scope, externalIds);
  const outcomes: UnitOutcome[] = new Array(inputs.length);
  const resolved: { input: Record<string, unknown>; customerId: string; index: number }[] = [];
  inputs.forEach((input, index) => {
    const externalId = input.customerExternalId as string | null | undefined;
    if (externalId === null || externalId === undefined) {
      if (optional) resolved.push({ input, customerId: null as unknown as string, index });
      else outcomes[index] = { field: 'customerExternalId', message: 'is required' };
      return;
    }
    const customerId = ids.get(externalId);
    if (customerId) resolved.push({ input, customerId, index });
    else outcomes[index] = { field: 'customerExternalId', message: `no customer has the external id "${externalId}" (import customers first)` };
  });
  const written = resolved.length > 0 ? await write(resolved) : [];
  resolved.forEach((entry, position) => (outcomes[entry.index] = written[position]));
  return outcomes;
}

/**
 * Rows without an external id get one derived from their content, so importing the same file
 * again matches them instead of adding copies.
 */
function externalIdOf(input: Record<string, unknown>, fields: string[]): string {
  if (typeof input.externalId === 'string' && input.externalId !== '') return input.externalId;
  const content = fields.map((field) => {
    const value = input[field];
    return value instanceof Date ? value.toISOString() : value === undefined || value === null ? '' : String(value);
  });
  return 'content:' + createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}
