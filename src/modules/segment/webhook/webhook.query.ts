import { toDate } from '../../../db/sql-runner.js';
import { SegmentWebhook, WebhookDelivery, WebhookDeliveryAttempt, type WebhookDeliveryStatus } from './webhook.types.js';

/** SQL of the webhook API (subscriptions and the delivery log). Every value is a bind parameter. */

const WEBHOOK_COLUMNS = 'w.id, w.segment_id, w.url, w.created_at';

// The payload (up to 500 changes) is never read for the log.
const DELIVERY_COLUMNS = `d.id, d.webhook_id, d.segment_id, d.status, d.first_sequence::text as first_sequence, d.last_sequence::text as last_sequence,
  d.change_count, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at, d.created_at`;

/** Params: tenant, segment. Held until the request commits, so refreshes and creations of one segment take turns. */
export const LOCK_SEGMENT_SQL = `select id from segment where tenant_id = ? and id = ? for update`;

/** Params: tenant, segment. */
export const COUNT_WEBHOOKS_SQL = `select count(*)::integer as count from segment_webhook where tenant_id = ? and segment_id = ?`;

/** Params: tenant, segment, url, secret. */
export const INSERT_WEBHOOK_SQL = `
insert into segment_webhook as w (tenant_id, segment_id, url, secret) values (?, ?, ?, ?)
returning ${WEBHOOK_COLUMNS}`;

/** Params: tenant, id. */
export const FIND_WEBHOOK_SQL = `select ${WEBHOOK_COLUMNS} from segment_webhook w where w.tenant_id = ? and w.id = ?`;

/** Params: tenant, id. Deliveries and their attempts go with it (foreign keys cascade). */
export const DELETE_WEBHOOK_SQL = `delete from segment_webhook where tenant_id = ? and id = ?`;

/** Params: tenant, segments. */
export const WEBHOOKS_OF_SEGMENTS_SQL = `
select ${WEBHOOK_COLUMNS} from segment_webhook w
 where w.tenant_id = ? and w.segment_id = any(?::uuid[])
 order by w.created_at, w.id`;

/** Params: tenant, id. */
export const FIND_DELIVERY_SQL = `select ${DELIVERY_COLUMNS} from webhook_delivery d where d.tenant_id = ? and d.id = ?`;

/** Params: tenant, id. A manual retry is one more attempt, due now; the attempt count is kept. */
export const RETRY_DELIVERY_SQL = `
update webhook_delivery d set status = 'PENDING', next_attempt_at = now()
 where d.tenant_id = ? and d.id = ? and d.status = 'FAILED'
returning ${DELIVERY_COLUMNS}`;

/** Params: tenant, deliveries. */
export const ATTEMPTS_OF_DELIVERIES_SQL = `
select delivery_id, attempt, attempted_at, status_code, error, duration_ms from webhook_delivery_attempt
 where tenant_id = ? and delivery_id = any(?::uuid[])
 order by delivery_id, attempt`;

export interface DeliveryPageFilter {
  status: WebhookDeliveryStatus | null;
  /** The id of the last delivery of the previous page. */
  afterId: string | null;
}

/**
 * Newest first: by creation, then by sequence, since the deliveries of one refresh share their
 * creation time. Params: webhooks, tenant, [status], [tenant, after id], limit. The page starts
 * after the cursor's delivery, wherever that row sorts.
 */
export function deliveryPagesSql(filter: DeliveryPageFilter): string {
  return `
select page.* from unnest(?::uuid[]) as parent(id)
 cross join lateral (
   select ${DELIVERY_COLUMNS} from webhook_delivery d
    where d.tenant_id = ? and d.webhook_id = parent.id
      ${filter.status ? 'and d.status = ?' : ''}
      ${filter.afterId ? 'and (d.created_at, d.last_sequence) < (select c.created_at, c.last_sequence from webhook_delivery c where c.tenant_id = ? and c.id = ?)' : ''}
    order by d.created_at desc, d.last_sequence desc
    limit ?
 ) page`;
}

export function deliveryPagesParams(webhookIds: readonly string[], tenantId: string, filter: DeliveryPageFilter, limit: number): unknown[] {
  return [webhookIds, tenantId, ...(filter.status ? [filter.status] : []), ...(filter.afterId ? [tenantId, filter.afterId] : []), limit];
}

/** Params: tenant, webhooks, [status]. */
export function deliveryCountsSql(status: WebhookDeliveryStatus | null): string {
  return `
select webhook_id, count(*)::integer as count from webhook_delivery
 where tenant_id = ? and webhook_id = any(?::uuid[]) ${status ? 'and status = ?' : ''}
 group by webhook_id`;
}

export function toWebhook(row: Record<string, unknown>): SegmentWebhook {
  return Object.assign(new SegmentWebhook(), {
    id: String(row.id),
    segmentId: String(row.segment_id),
    url: String(row.url),
    createdAt: toDate(row.created_at) as Date,
  });
}

export function toDelivery(row: Record<string, unknown>): WebhookDelivery {
  return Object.assign(new WebhookDelivery(), {
    id: String(row.id),
    webhookId: String(row.webhook_id),
    segmentId: String(row.segment_id),
    status: row.status as WebhookDeliveryStatus,
    firstSequence: String(row.first_sequence),
    lastSequence: String(row.last_sequence),
    changeCount: Number(row.change_count),
    attempts: Number(row.attempts),
    nextAttemptAt: toDate(row.next_attempt_at),
    lastAttemptAt: toDate(row.last_attempt_at),
    lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
    lastError: (row.last_error as string | null) ?? null,
    deliveredAt: toDate(row.delivered_at),
    createdAt: toDate(row.created_at) as Date,
  });
}

export function toAttempt(row: Record<string, unknown>): WebhookDeliveryAttempt {
  return Object.assign(new WebhookDeliveryAttempt(), {
    attempt: Number(row.attempt),
    attemptedAt: toDate(row.attempted_at) as Date,
    statusCode: row.status_code === null ? null : Number(row.status_code),
    error: (row.error as string | null) ?? null,
    durationMs: Number(row.duration_ms),
  });
}
