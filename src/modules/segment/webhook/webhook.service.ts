import { badInput, NotFoundError, throwIfInvalid, type FieldError } from '../../../common/errors.js';
import { FieldChecker } from '../../../common/validation.js';
import type { RequestContext } from '../../../context.js';
import { canSeeSegment, findVisibleSegment } from '../segment-access.js';
import { RESCHEDULE_SQL, WAKE_SCHEDULE_SQL } from './webhook-delivery.query.js';
import {
  COUNT_WEBHOOKS_SQL,
  DELETE_WEBHOOK_SQL,
  FIND_DELIVERY_SQL,
  FIND_WEBHOOK_SQL,
  INSERT_WEBHOOK_SQL,
  LOCK_SEGMENT_SQL,
  RETRY_DELIVERY_SQL,
  toDelivery,
  toWebhook,
} from './webhook.query.js';
import type { CreateSegmentWebhookInput, SegmentWebhook, WebhookDelivery } from './webhook.types.js';

export const MAX_WEBHOOKS_PER_SEGMENT = 10;
const MAX_URL_LENGTH = 2000;
const SECRET_LENGTH = { min: 16, max: 200 };

/** Webhook subscriptions and manual retries, inside the request's transaction. */
export class WebhookService {
  constructor(private readonly context: RequestContext) {}

  async create(input: CreateSegmentWebhookInput): Promise<SegmentWebhook> {
    throwIfInvalid(validateWebhookInput(input, 'input'));
    const segment = await findVisibleSegment(this.context, input.segmentId, 'input.segmentId');
    const { sql, tenantId } = this.context;
    // Locking the segment makes concurrent creations count one after the other (the limit
    // holds), and orders creation against refreshes, which lock it too: a webhook gets exactly
    // the changes of refreshes that start after it exists.
    await sql.rows(LOCK_SEGMENT_SQL, [tenantId, segment.id]);
    const [{ count }] = await sql.rows<{ count: number }>(COUNT_WEBHOOKS_SQL, [tenantId, segment.id]);
    if (count >= MAX_WEBHOOKS_PER_SEGMENT) {
      throw badInput('input.segmentId', `already has ${MAX_WEBHOOKS_PER_SEGMENT} webhooks, the most a segment may have; delete one first`);
    }
    const [row] = await sql.rows(INSERT_WEBHOOK_SQL, [tenantId, segment.id, input.url, input.secret]);
    return toWebhook(row);
  }

  /** Deletes the webhook with its delivery log; pending deliveries are dropped. */
  async delete(id: string): Promise<string> {
    const webhook = await this.findWebhook(id);
    await this.context.sql.rows(DELETE_WEBHOOK_SQL, [this.context.tenantId, webhook.id]);
    await this.context.sql.rows(RESCHEDULE_SQL, [this.context.tenantId, webhook.segmentId]);
    return webhook.id;
  }

  /** Sends a FAILED delivery once more, now; if that attempt fails too it is FAILED again. */
  async retry(id: string): Promise<WebhookDelivery> {
    const delivery = await this.findDelivery(id);
    if (delivery.status !== 'FAILED') throw badInput('id', `is a ${delivery.status} delivery; only a FAILED delivery can be retried`);
    const [row] = await this.context.sql.rows(RETRY_DELIVERY_SQL, [this.context.tenantId, delivery.id]);
    await this.context.sql.rows(WAKE_SCHEDULE_SQL, [this.context.tenantId, delivery.segmentId]);
    return toDelivery(row);
  }

  private async findWebhook(id: string): Promise<SegmentWebhook> {
    checkId(id);
    const row = await this.context.sql.one(FIND_WEBHOOK_SQL, [this.context.tenantId, id]);
    const webhook = row ? toWebhook(row) : undefined;
    // A webhook of a segment the key may not see reads as missing, like the segment itself.
    if (!webhook || !canSeeSegment(this.context.auth, webhook.segmentId)) throw new NotFoundError('Webhook', id);
    return webhook;
  }

  private async findDelivery(id: string): Promise<WebhookDelivery> {
    checkId(id);
    const row = await this.context.sql.one(FIND_DELIVERY_SQL, [this.context.tenantId, id]);
    const delivery = row ? toDelivery(row) : undefined;
    if (!delivery || !canSeeSegment(this.context.auth, delivery.segmentId)) throw new NotFoundError('Webhook delivery', id);
    return delivery;
  }
}

function checkId(id: string): void {
  const check = new FieldChecker('');
  check.uuid('id', id, true);
  throwIfInvalid(check.errors);
}

/** Every problem of a new webhook, named by field (`input.url`, ...). */
export function validateWebhookInput(input: { segmentId: unknown; url: unknown; secret: unknown }, path = ''): FieldError[] {
  const check = new FieldChecker(path);
  check.uuid('segmentId', input.segmentId, true);
  const urlProblem = problemOfUrl(input.url);
  if (urlProblem) check.fail('url', urlProblem);
  const secret = input.secret;
  if (typeof secret !== 'string' || secret.length < SECRET_LENGTH.min || secret.length > SECRET_LENGTH.max) {
    check.fail('secret', `must be ${SECRET_LENGTH.min} to ${SECRET_LENGTH.max} characters`);
  }
  return check.errors;
}

function problemOfUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return 'is required';
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  if (value.trim() !== value) return 'must not start or end with spaces';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http:// or https:// URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must be an absolute http:// or https:// URL, not ${url.protocol}//`;
  // The API shows the URL back to every key with segments:write, and URLs end up in logs.
  if (url.username || url.password) return 'must not contain a user name or password; receivers authenticate deliveries by their signature';
  return undefined;
}
