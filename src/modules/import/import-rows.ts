import type { FieldError } from '../../common/errors.js';
import type { UpsertColumn } from '../../common/upsert.js';
import { FieldChecker } from '../../common/validation.js';
import { TagCategory, TagSource } from '../tag/tag.enums.js';

/** Touchpoint and tag-assignment rows as the importer writes them. */

export interface TouchpointRow {
  externalId: string;
  customerId: string;
  journeyId: string | null;
  stageId: string | null;
  occurredAt: Date;
  channel?: string;
  action: string;
  thought?: string;
  emotion?: number;
  gains?: string;
  pains?: string;
}

export const TOUCHPOINT_UPSERT_COLUMNS: UpsertColumn<TouchpointRow>[] = [
  { property: 'externalId', column: 'external_id', cast: 'text' },
  { property: 'customerId', column: 'customer_id', cast: 'uuid' },
  { property: 'journeyId', column: 'journey_id', cast: 'uuid' },
  { property: 'stageId', column: 'stage_id', cast: 'uuid' },
  { property: 'occurredAt', column: 'occurred_at', cast: 'timestamptz' },
  { property: 'channel', column: 'channel', cast: 'text' },
  { property: 'action', column: 'action', cast: 'text' },
  { property: 'thought', column: 'thought', cast: 'text' },
  { property: 'emotion', column: 'emotion', cast: 'smallint' },
  { property: 'gains', column: 'gains', cast: 'text' },
  { property: 'pains', column: 'pains', cast: 'text' },
];

export function validateTouchpointRow(input: Record<string, unknown>): FieldError[] {
  const check = new FieldChecker('');
  check.optionalText('externalId', input.externalId, 200);
  check.requiredText('customerExternalId', input.customerExternalId, 200);
  check.date('occurredAt', input.occurredAt, true);
  check.requiredText('action', input.action, 100);
  check.optionalText('channel', input.channel, 100);
  for (const field of ['thought', 'gains', 'pains']) check.optionalText(field, input[field], 2000);
  check.integer('emotion', input.emotion, -2, 2);
  return check.errors;
}

export interface TagAssignmentRow {
  customerId: string;
  tagId: string;
  source: string;
  score?: string;
  confidence?: string;
  expiresAt?: Date;
}

export const TAG_ASSIGNMENT_UPSERT_COLUMNS: UpsertColumn<TagAssignmentRow>[] = [
  { property: 'customerId', column: 'customer_id', cast: 'uuid' },
  { property: 'tagId', column: 'tag_id', cast: 'uuid' },
  { property: 'source', column: 'source', cast: 'text' },
  { property: 'score', column: 'score', cast: 'numeric' },
  { property: 'confidence', column: 'confidence', cast: 'numeric' },
  { property: 'expiresAt', column: 'expires_at', cast: 'timestamptz' },
];

export function validateTagRow(input: Record<string, unknown>): FieldError[] {
  const check = new FieldChecker('');
  check.requiredText('customerExternalId', input.customerExternalId, 200);
  check.key('tagKey', input.tagKey);
  check.optionalText('tagLabel', input.tagLabel, 200);
  check.oneOf('tagCategory', input.tagCategory, Object.values(TagCategory));
  check.oneOf('source', input.source, Object.values(TagSource));
  check.decimal('score', input.score);
  check.decimal('confidence', input.confidence, { min: 0 });
  if (input.confidence !== undefined && input.confidence !== null && Number(input.confidence) > 1) check.fail('confidence', 'must be from 0 to 1');
  check.date('expiresAt', input.expiresAt);
  return check.errors;
}
