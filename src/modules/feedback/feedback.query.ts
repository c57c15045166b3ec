import type { ChildListSpec } from '../../common/child-pages.js';
import type { Condition } from '../../common/list-page.js';
import type { SortSpec } from '../../common/keyset.js';
import type { UpsertColumn } from '../../common/upsert.js';
import { childCustomerConditions } from '../customer/customer.query.js';
import { Feedback } from './feedback.entity.js';
import type { FeedbackFilter } from './feedback.types.js';

export const FEEDBACK_SORT: SortSpec = { name: 'RECEIVED_AT_DESC', expression: 'child.received_at', cast: 'timestamptz', direction: 'desc' };

export const CUSTOMER_FEEDBACK: ChildListSpec<Feedback> = {
  table: 'feedback',
  parentColumn: 'customer_id',
  sort: FEEDBACK_SORT,
  sortProperty: 'receivedAt',
  entity: Feedback,
};

export interface FeedbackRow {
  externalId?: string | null;
  customerId: string | null;
  kind: string;
  score?: number | null;
  comment?: string | null;
  channel?: string | null;
  category?: string | null;
  stageId?: string | null;
  touchpointId?: string | null;
  receivedAt: Date;
  firstResponseAt?: Date | null;
  resolvedAt?: Date | null;
  status: string;
  followUpResult?: string | null;
  sentiment?: number | null;
}

export const FEEDBACK_UPSERT_COLUMNS: UpsertColumn<FeedbackRow>[] = [
  { property: 'externalId', column: 'external_id', cast: 'text' },
  { property: 'customerId', column: 'customer_id', cast: 'uuid' },
  { property: 'kind', column: 'kind', cast: 'text' },
  { property: 'score', column: 'score', cast: 'smallint' },
  { property: 'comment', column: 'comment', cast: 'text' },
  { property: 'channel', column: 'channel', cast: 'text' },
  { property: 'category', column: 'category', cast: 'text' },
  { property: 'stageId', column: 'stage_id', cast: 'uuid' },
  { property: 'touchpointId', column: 'touchpoint_id', cast: 'uuid' },
  { property: 'receivedAt', column: 'received_at', cast: 'timestamptz' },
  { property: 'firstResponseAt', column: 'first_response_at', cast: 'timestamptz' },
  { property: 'resolvedAt', column: 'resolved_at', cast: 'timestamptz' },
  { property: 'status', column: 'status', cast: 'text' },
  { property: 'followUpResult', column: 'follow_up_result', cast: 'text' },
  { property: 'sentiment', column: 'sentiment', cast: 'numeric' },
];

export function feedbackFilterConditions(filter: FeedbackFilter | null | undefined): Condition[] {
  const conditions: Condition[] = [];
  if (!filter) return conditions;
  conditions.push(...childCustomerConditions(filter));
  if (filter.kinds && filter.kinds.length > 0) conditions.push({ sql: 'child.kind = any(?::text[])', params: [filter.kinds] });
  if (filter.channel) conditions.push({ sql: 'child.channel = ?', params: [filter.channel] });
  if (filter.category) conditions.push({ sql: 'child.category = ?', params: [filter.category] });
  if (filter.status) conditions.push({ sql: 'child.status = ?', params: [filter.status] });
  if (filter.from) conditions.push({ sql: 'child.received_at >= ?', params: [filter.from] });
  if (filter.to) conditions.push({ sql: 'child.received_at < ?', params: [filter.to] });
  return conditions;
}
