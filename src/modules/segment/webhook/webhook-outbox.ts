import type { TenantScope } from '../../../context.js';
import { ENQUEUE_DELIVERIES_SQL, WAKE_SCHEDULE_SQL } from './webhook-delivery.query.js';

/** Changes per delivery: a request body of about 60 KB, small enough for any receiver's limit. */
export const CHANGES_PER_DELIVERY = 500;

const SEQUENCE = /^\d{1,19}$/;

/**
 * Queues the webhook deliveries of the changes numbered (afterSequence, lastSequence] of a
 * segment: for every webhook of the segment, one PENDING delivery per batch of at most 500
 * changes, due at `dueAt` (the refresh's clock). Runs inside the refresh's transaction, so
 * deliveries exist exactly when the changes do (the transactional outbox); nothing is sent
 * here. Sequence numbers are bigints as decimal text. Returns the number of deliveries created.
 *
 * The payload carries sequence numbers as JSON strings: they are bigints, JSON.parse turns
 * numbers above 2^53 into wrong values, and the GraphQL API (change cursors, WebhookDelivery)
 * shows them as strings too. Receivers compare them with BigInt().
 */
export async function enqueueWebhookDeliveries(
  scope: TenantScope,
  segmentId: string,
  afterSequence: string,
  lastSequence: string,
  dueAt: Date = new Date(),
): Promise<number> {
  if (!SEQUENCE.test(afterSequence) || !SEQUENCE.test(lastSequence)) {
    throw new Error(`enqueueWebhookDeliveries: sequence numbers must be decimal text, got "${afterSequence}" and "${lastSequence}"`);
  }
  const [row] = await scope.sql.rows<{ count: number }>(ENQUEUE_DELIVERIES_SQL, [
    CHANGES_PER_DELIVERY,
    scope.tenantId,
    segmentId,
    afterSequence,
    lastSequence,
    dueAt,
    scope.tenantId,
    segmentId,
  ]);
  const created = row?.count ?? 0;
  if (created > 0) await scope.sql.rows(WAKE_SCHEDULE_SQL, [scope.tenantId, segmentId]);
  return created;
}
