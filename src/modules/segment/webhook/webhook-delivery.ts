import type { EntityManager } from '@mikro-orm/postgresql';
import { performance } from 'node:perf_hooks';
import type { Orm } from '../../../db/orm.js';
import { SqlRunner, toDate } from '../../../db/sql-runner.js';
import { inTenantTransaction } from '../../../db/tenancy.js';
import {
  CLAIM_DELIVERIES_SQL,
  LOCK_WEBHOOKS_SQL,
  RECORD_ATTEMPT_SQL,
  RELEASE_DELIVERIES_SQL,
  RESCHEDULE_SQL,
  type ClaimedDeliveryRow,
} from './webhook-delivery.query.js';
import { SIGNATURE_HEADER, signWebhookBody } from './webhook-signature.js';
import { refusedTarget } from './webhook-target.js';

export const WEBHOOK_EVENT = 'segment.changes';

export interface DeliveryOptions {
  /**
   * The clock for due times, attempt times and backoff (tests and the scheduler's tick pass
   * one). Signatures use the real time: receivers check it against theirs, and a run can
   * outlast a tick's fixed clock by minutes.
   */
  now?: () => Date;
  /** Per request, response headers included (default 10 s). */
  requestTimeoutMs?: number;
  /** Deliveries claimed by one run (default 50). */
  maxDeliveries?: number;
  /** Wait after the first failed attempt, doubled after each further one (default 30 s). */
  backoffBaseMs?: number;
  /** Attempts before a delivery is FAILED (default 8: the last about an hour after the first). */
  maxAttempts?: number;
  /**
   * How long claimed deliveries stay invisible to other runs. It must outlast the run, since a
   * webhook's deliveries are posted one after another: default maxDeliveries × timeout + 60 s.
   */
  leaseMs?: number;
  /** Allow loopback, private and link-local targets (config.webhookAllowPrivateTargets; default false). */
  allowPrivateTargets?: boolean;
}

export interface DeliverySummary {
  /** Requests tried (refused targets included). */
  attempted: number;
  delivered: number;
  /** Failed attempts that will be retried. */
  retrying: number;
  /** Deliveries that used their last attempt. */
  failed: number;
  /** Claimed but not sent, because an earlier delivery of the same webhook will be retried first. */
  deferred: number;
  /** The segment's next delivery time after the run (segment_schedule.next_delivery_at). */
  nextDeliveryAt: Date | null;
}

type Settings = Required<DeliveryOptions>;

interface AttemptResult {
  attemptedAt: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Posts the due deliveries of one segment. Claims them in a short transaction (lease + attempt
 * count), posts with no transaction open, then records each outcome in its own transaction, so a
 * slow receiver never holds a database connection and a crash loses at most the outcomes not yet
 * recorded (those deliveries are retried after the lease: at least once). A receiver's failure
 * is recorded, never thrown.
 */
export async function deliverDueWebhooks(orm: Orm, tenantId: string, segmentId: string, options: DeliveryOptions = {}): Promise<DeliverySummary> {
  const settings = withDefaults(options);
  const summary: DeliverySummary = { attempted: 0, delivered: 0, retrying: 0, failed: 0, deferred: 0, nextDeliveryAt: null };
  const claimed = await inTenant(orm, tenantId, async (sql) => {
    const now = settings.now();
    await sql.rows(LOCK_WEBHOOKS_SQL, [tenantId, segmentId]);
    const rows = await sql.rows<ClaimedDeliveryRow>(CLAIM_DELIVERIES_SQL, [tenantId, segmentId, now, now, settings.maxDeliveries, new Date(now.getTime() + settings.leaseMs)]);
    // Point the scheduler at the lease end too, in case this process dies before it records.
    await sql.rows(RESCHEDULE_SQL, [tenantId, segmentId]);
    return rows;
  });
  // Webhooks are independent receivers: each gets its own queue, posted in sequence order.
  const queues = new Map<string, ClaimedDeliveryRow[]>();
  for (const delivery of [...claimed].sort(bySequence)) {
    queues.set(delivery.webhook_id, [...(queues.get(delivery.webhook_id) ?? []), delivery]);
  }
  await Promise.all([...queues.values()].map((queue) => sendQueue(orm, tenantId, queue, settings, summary)));
  const [schedule] = await inTenant(orm, tenantId, (sql) => sql.rows<{ next_delivery_at: unknown }>(RESCHEDULE_SQL, [tenantId, segmentId]));
  summary.nextDeliveryAt = toDate(schedule?.next_delivery_at);
  return summary;
}

function withDefaults(options: DeliveryOptions): Settings {
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const maxDeliveries = options.maxDeliveries ?? 50;
  return {
    now: options.now ?? (() => new Date()),
    requestTimeoutMs,
    maxDeliveries,
    backoffBaseMs: options.backoffBaseMs ?? 30_000,
    maxAttempts: options.maxAttempts ?? 8,
    leaseMs: options.leaseMs ?? maxDeliveries * requestTimeoutMs + 60_000,
    allowPrivateTargets: options.allowPrivateTargets ?? false,
  };
}

function bySequence(a: ClaimedDeliveryRow, b: ClaimedDeliveryRow): number {
  const difference = BigInt(a.first_sequence) - BigInt(b.first_sequence);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

async function sendQueue(orm: Orm, tenantId: string, queue: ClaimedDeliveryRow[], settings: Settings, summary: DeliverySummary): Promise<void> {
  for (const [index, delivery] of queue.entries()) {
    const result = await post(delivery, settings);
    const outcome = outcomeOf(result, delivery.attempts, settings);
    await inTenant(orm, tenantId, (sql) =>
      sql.rows(RECORD_ATTEMPT_SQL, [
        outcome.status,
        outcome.nextAttemptAt,
        result.attemptedAt,
        result.statusCode,
        result.error,
        outcome.status === 'DELIVERED' ? result.attemptedAt : null,
        tenantId,
        delivery.id,
        delivery.attempts,
        result.durationMs,
      ]),
    );
    summary.attempted += 1;
    if (outcome.status === 'DELIVERED') summary.delivered += 1;
    else if (outcome.status === 'FAILED') summary.failed += 1;
    else {
      // Sending the later ones now would overtake this one; they go after its retry.
      const rest = queue.slice(index + 1);
      if (rest.length > 0) {
        await inTenant(orm, tenantId, (sql) =>
          sql.rows(RELEASE_DELIVERIES_SQL, [outcome.nextAttemptAt, rest.map((row) => row.id), rest.map((row) => row.attempts), tenantId]),
        );
      }
      summary.retrying += 1;
      summary.deferred += rest.length;
      return;
    }
  }
}

function outcomeOf(result: AttemptResult, attempts: number, settings: Settings): { status: 'DELIVERED' | 'PENDING' | 'FAILED'; nextAttemptAt: Date | null } {
  if (result.error === null) return { status: 'DELIVERED', nextAttemptAt: null };
  if (attempts >= settings.maxAttempts) return { status: 'FAILED', nextAttemptAt: null };
  return { status: 'PENDING', nextAttemptAt: new Date(result.attemptedAt.getTime() + settings.backoffBaseMs * 2 ** (attempts - 1)) };
}

/** The request body: the stored payload plus the delivery id, keys in a readable order. */
export function deliveryBody(delivery: Pick<ClaimedDeliveryRow, 'id' | 'payload'>): string {
  const { segmentId, firstSequence, lastSequence, changes } = delivery.payload;
  return JSON.stringify({
    segmentId,
    deliveryId: delivery.id,
    firstSequence,
    lastSequence,
    changes: changes.map(({ sequence, externalId, change, at }) => ({ sequence, externalId, change, at })),
  });
}

async function post(delivery: ClaimedDeliveryRow, settings: Settings): Promise<AttemptResult> {
  const attemptedAt = settings.now();
  const started = performance.now();
  const finish = (statusCode: number | null, error: string | null): AttemptResult => ({
    attemptedAt,
    statusCode,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  try {
    const refused = await refusedTarget(delivery.url, settings.allowPrivateTargets);
    if (refused) return finish(null, refused);
    const body = deliveryBody(delivery);
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'cxgraph-webhooks',
        'x-cxgraph-event': WEBHOOK_EVENT,
        'x-cxgraph-delivery': delivery.id,
        [SIGNATURE_HEADER.toLowerCase()]: signWebhookBody(delivery.secret, body, Math.floor(Date.now() / 1000)),
      },
      body,
      // A redirect could lead to an address the target check refused; it counts as a failure.
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.requestTimeoutMs),
    });
    // The answer's body is not needed; dropping it frees the connection at once.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return finish(response.status, null);
    const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
    return finish(response.status, `receiver answered HTTP ${response.status}${redirect}`);
  } catch (error) {
    return finish(null, describeRequestError(error, settings.requestTimeoutMs));
  }
}

function describeRequestError(error: unknown, timeoutMs: number): string {
  // Duck-typed: fetch's DOMException is not an Error in every realm (Jest's VM contexts, say).
  const failure = (error ?? {}) as { name?: string; message?: string; cause?: NodeJS.ErrnoException };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = failure.cause;
  if (cause?.code) return `request failed: ${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return `request failed: ${failure.message ?? String(error)}`;
}

async function inTenant<T>(orm: Orm, tenantId: string, work: (sql: SqlRunner) => Promise<T>): Promise<T> {
  const em = orm.em.fork() as EntityManager;
  const sql = new SqlRunner(em, { count: 0 });
  return inTenantTransaction(em, sql, tenantId, () => work(sql));
}
