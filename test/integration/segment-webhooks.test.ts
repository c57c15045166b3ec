import type { EntityManager } from '@mikro-orm/postgresql';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SqlRunner, toDate } from '../../src/db/sql-runner.js';
import { inTenantTransaction } from '../../src/db/tenancy.js';
import { deliverDueWebhooks, type DeliveryOptions } from '../../src/modules/segment/webhook/webhook-delivery.js';
import { enqueueWebhookDeliveries } from '../../src/modules/segment/webhook/webhook-outbox.js';
import { verifyWebhookSignature } from '../../src/modules/segment/webhook/webhook-signature.js';
import {
  CreateSegmentWebhookDocument,
  DeleteSegmentWebhookDocument,
  RetryWebhookDeliveryDocument,
  SegmentWebhooksDocument,
} from '../generated/graphql.js';
import { errorCodes, TestApp, type GraphQLResponse } from '../support/test-app.js';

/**
 * Segment webhooks end to end against PostgreSQL and real HTTP receivers on 127.0.0.1.
 * Segments and their change log are written with raw SQL as the database owner (the refresh is
 * another module's); change n of a segment is customer "C<n>", EXITED when n is a multiple of
 * 3, else ENTERED, at 2026-11-24T10:00:00Z + n seconds.
 */
const SECRET_A = 'secret-of-webhook-a-0001';
const SECRET_B = 'secret-of-webhook-b-0002';
const SECOND = 1000;

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Receiver {
  url: string;
  requests: Received[];
  close(): Promise<void>;
}

/** A local receiver; `answer` gives the status of each request, or 'hang' to never answer. */
async function startReceiver(answer: (request: Received, index: number) => number | 'hang'): Promise<Receiver> {
  const requests: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = { path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(received);
      const status = answer(received, requests.length - 1);
      if (status !== 'hang') response.writeHead(status, { 'content-type': 'text/plain' }).end('thanks');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

interface Body {
  segmentId: string;
  deliveryId: string;
  firstSequence: string;
  lastSequence: string;
  changes: { sequence: string; externalId: string; change: string; at: string }[];
}

describe('segment webhooks', () => {
  let app: TestApp;
  const receivers: Receiver[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await app.stop();
  });

  async function receiver(answer: (request: Received, index: number) => number | 'hang'): Promise<Receiver> {
    const started = await startReceiver(answer);
    receivers.push(started);
    return started;
  }

  /** Raw SQL as the connecting user (the database owner: no row-level security). */
  function owner<T>(statement: string, params: unknown[] = []): Promise<T[]> {
    return app.orm.em.fork().getConnection().execute<T[]>(statement, params);
  }

  /** A segment of the tenant with `changes` logged changes, numbered 1..changes. */
  async function segmentWithChanges(tenantId: string, changes: number): Promise<string> {
    const [{ id }] = await owner<{ id: string }>(
      `insert into segment (tenant_id, name, definition, last_sequence) values (?, ?, '{"all": []}'::jsonb, ?) returning id`,
      [tenantId, `Segment ${Math.random().toString(36).slice(2, 8)}`, changes],
    );
    await owner(`insert into segment_schedule (segment_id, tenant_id, next_refresh_at) values (?, ?, '2100-01-01T00:00:00Z')`, [id, tenantId]);
    await owner(
      `insert into segment_membership_change (tenant_id, segment_id, sequence, customer_id, external_id, change, changed_at, segment_version)
       select ?, ?, n, gen_random_uuid(), 'C' || n, case when n % 3 = 0 then 'EXITED' else 'ENTERED' end,
              timestamptz '2026-11-24T10:00:00Z' + n * interval '1 second', 1
         from generate_series(1, ?::integer) as n`,
      [tenantId, id, changes],
    );
    return id;
  }

  /** What the refresh does in its transaction after logging changes (after, last]. */
  async function enqueue(tenantId: string, segmentId: string, after: string, last: string): Promise<number> {
    const em = app.orm.em.fork() as EntityManager;
    const sql = new SqlRunner(em, { count: 0 });
    return inTenantTransaction(em, sql, tenantId, () => enqueueWebhookDeliveries({ tenantId, em, sql }, segmentId, after, last));
  }

  async function nextDeliveryAt(segmentId: string): Promise<string | null> {
    const [row] = await owner<{ next_delivery_at: unknown }>('select next_delivery_at from segment_schedule where segment_id = ?', [segmentId]);
    return toDate(row.next_delivery_at)?.toISOString() ?? null;
  }

  async function deliveryRows(segmentId: string) {
    // Ordered by the bigint column: the bare name would sort the text output column.
    const rows = await owner<{ webhook_id: string; first_sequence: string; last_sequence: string; change_count: number; status: string; attempts: number; next_attempt_at: unknown }>(
      `select d.webhook_id, d.first_sequence::text as first_sequence, d.last_sequence::text as last_sequence, d.change_count, d.status, d.attempts, d.next_attempt_at
         from webhook_delivery d where d.segment_id = ? order by d.webhook_id, d.first_sequence`,
      [segmentId],
    );
    return rows.map((row) => ({ ...row, next_attempt_at: toDate(row.next_attempt_at)?.toISOString() ?? null }));
  }

  async function createWebhook(key: string, segmentId: string, url: string, secret: string): Promise<string> {
    const response = await app.request(CreateSegmentWebhookDocument, { input: { segmentId, url, secret } }, key);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.createSegmentWebhook.url).toBe(url);
    expect(JSON.stringify(response.body)).not.toContain(secret);
    return response.body.data!.createSegmentWebhook.id;
  }

  /** A clock for delivery runs: whole seconds, a little after the deliveries were queued. */
  function clockAt(): { t0: Date; at: (seconds: number) => Date } {
    const t0 = new Date(Math.ceil(Date.now() / SECOND) * SECOND + SECOND);
    return { t0, at: (seconds) => new Date(t0.getTime() + seconds * SECOND) };
  }

  function deliver(tenantId: string, segmentId: string, now: Date, options: DeliveryOptions = {}) {
    return deliverDueWebhooks(app.orm, tenantId, segmentId, { now: () => now, allowPrivateTargets: true, ...options });
  }

  function verified(request: Received, secret: string): boolean {
    return verifyWebhookSignature(secret, request.headers['x-cxgraph-signature'] as string, request.body);
  }

  it('queues 1,201 changes as batches of 500, 500 and 201 per webhook and posts each webhook in sequence order', async () => {
    const { tenant, key } = await app.tenantWithKey(['segments:read', 'segments:write']);
    const segmentId = await segmentWithChanges(tenant.id, 1201);
    // /a refuses its first request, then accepts; /b accepts everything.
    const target = await receiver((request) => (request.path === '/a' && target.requests.filter((seen) => seen.path === '/a').length === 1 ? 500 : 200));
    const webhookA = await createWebhook(key, segmentId, `${target.url}/a`, SECRET_A);
    const webhookB = await createWebhook(key, segmentId, `${target.url}/b`, SECRET_B);

    // 2 webhooks × ceil(1201 / 500) = 3 batches.
    expect(await enqueue(tenant.id, segmentId, '0', '1201')).toBe(6);
    expect(await enqueue(tenant.id, segmentId, '1201', '1201')).toBe(0);
    const batches = [
      { first_sequence: '1', last_sequence: '500', change_count: 500, status: 'PENDING', attempts: 0 },
      { first_sequence: '501', last_sequence: '1000', change_count: 500, status: 'PENDING', attempts: 0 },
      { first_sequence: '1001', last_sequence: '1201', change_count: 201, status: 'PENDING', attempts: 0 },
    ];
    const queued = await deliveryRows(segmentId);
    for (const webhook of [webhookA, webhookB]) {
      expect(queued.filter((row) => row.webhook_id === webhook)).toMatchObject(batches);
    }
    // Queued deliveries are due at once: the scheduler's wake-up time is not in the future.
    expect(Date.parse((await nextDeliveryAt(segmentId))!)).toBeLessThanOrEqual(Date.now());

    const { t0, at } = clockAt();
    // Run 1: /b takes its three in order; /a fails its first, so its two later ones wait for its retry at t0 + 30 s.
    expect(await deliver(tenant.id, segmentId, t0)).toEqual({ attempted: 4, delivered: 3, retrying: 1, failed: 0, deferred: 2, nextDeliveryAt: at(30) });
    const afterRun1 = await deliveryRows(segmentId);
    expect(afterRun1.filter((row) => row.webhook_id === webhookA).map((row) => [row.first_sequence, row.status, row.attempts, row.next_attempt_at])).toEqual([
      ['1', 'PENDING', 1, at(30).toISOString()],
      ['501', 'PENDING', 0, at(30).toISOString()],
      ['1001', 'PENDING', 0, at(30).toISOString()],
    ]);
    expect(afterRun1.filter((row) => row.webhook_id === webhookB).map((row) => row.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);
    const pendingOfA = await app.request(SegmentWebhooksDocument, { id: segmentId, status: 'PENDING' }, key);
    expect(pendingOfA.body.data?.segment.webhooks.map((webhook) => webhook.deliveries.totalCount)).toEqual([3, 0]);

    // Another tenant's run sees none of these deliveries (row-level security).
    const other = await app.tenantWithKey(['segments:write']);
    expect(await deliver(other.tenant.id, segmentId, at(30))).toMatchObject({ attempted: 0, nextDeliveryAt: null });

    // Run 2 at t0 + 30 s: /a's first is retried and the two behind it follow, in order.
    expect(await deliver(tenant.id, segmentId, at(30))).toEqual({ attempted: 3, delivered: 3, retrying: 0, failed: 0, deferred: 0, nextDeliveryAt: null });
    expect(await nextDeliveryAt(segmentId)).toBeNull();

    const bodies = (path: string) => target.requests.filter((request) => request.path === path).map((request) => JSON.parse(request.body) as Body);
    expect(bodies('/a').map((body) => [body.firstSequence, body.lastSequence, body.changes.length])).toEqual([
      ['1', '500', 500],
      ['1', '500', 500],
      ['501', '1000', 500],
      ['1001', '1201', 201],
    ]);
    expect(bodies('/b').map((body) => body.firstSequence)).toEqual(['1', '501', '1001']);
    // The retry is the same delivery (at least once: receivers de-duplicate by sequence).
    expect(bodies('/a')[1].deliveryId).toBe(bodies('/a')[0].deliveryId);
    for (const request of target.requests) {
      const body = JSON.parse(request.body) as Body;
      expect(verified(request, request.path === '/a' ? SECRET_A : SECRET_B)).toBe(true);
      expect(verified(request, request.path === '/a' ? SECRET_B : SECRET_A)).toBe(false);
      expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'x-cxgraph-event': 'segment.changes', 'x-cxgraph-delivery': body.deliveryId });
      expect(Object.keys(body)).toEqual(['segmentId', 'deliveryId', 'firstSequence', 'lastSequence', 'changes']);
      expect(body.segmentId).toBe(segmentId);
    }
    // Batch 3: changes 1001..1201. 1001 = 3·333 + 2 → ENTERED at 10:00:00 + 1001 s = 10:16:41;
    // 1200 = 3·400 → EXITED at 10:20:00; 1201 → ENTERED at 10:20:01.
    const third = bodies('/b')[2].changes;
    expect(third[0]).toEqual({ sequence: '1001', externalId: 'C1001', change: 'ENTERED', at: '2026-11-24T10:16:41.000Z' });
    expect(third.slice(-2)).toEqual([
      { sequence: '1200', externalId: 'C1200', change: 'EXITED', at: '2026-11-24T10:20:00.000Z' },
      { sequence: '1201', externalId: 'C1201', change: 'ENTERED', at: '2026-11-24T10:20:01.000Z' },
    ]);
    expect(third.map((change) => Number(change.sequence))).toEqual(Array.from({ length: 201 }, (_, index) => 1001 + index));

    // The log through GraphQL: webhooks oldest first, deliveries newest first (same refresh: by sequence).
    const log = await app.request(SegmentWebhooksDocument, { id: segmentId, first: 2 }, key);
    expect(log.body.errors).toBeUndefined();
    const [logA, logB] = log.body.data!.segment.webhooks;
    expect([logA.id, logB.id]).toEqual([webhookA, webhookB]);
    expect(logA.deliveries.totalCount).toBe(3);
    expect(logA.deliveries.edges.map(({ node }) => [node.firstSequence, node.lastSequence, node.changeCount, node.status, node.attempts])).toEqual([
      ['1001', '1201', 201, 'DELIVERED', 1],
      ['501', '1000', 500, 'DELIVERED', 1],
    ]);
    expect(logA.deliveries.pageInfo.hasNextPage).toBe(true);
    const next = await app.request(SegmentWebhooksDocument, { id: segmentId, first: 2, after: logA.deliveries.pageInfo.endCursor }, key);
    const rest = next.body.data!.segment.webhooks[0].deliveries;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.edges.map(({ node }) => [node.firstSequence, node.attempts, node.attemptLog.map((attempt) => [attempt.attempt, attempt.statusCode, attempt.error])])).toEqual([
      [
        '1',
        2,
        [
          [1, 500, 'receiver answered HTTP 500'],
          [2, 200, null],
        ],
      ],
    ]);
    expect(JSON.stringify([log.body, next.body])).not.toMatch(new RegExp(`${SECRET_A}|${SECRET_B}`));

    // Batched loading: 2 webhooks with 3 deliveries each cost the same statements as 1 webhook with 1 delivery.
    const small = await segmentWithChanges(tenant.id, 3);
    await createWebhook(key, small, `${target.url}/c`, SECRET_A);
    expect(await enqueue(tenant.id, small, '0', '3')).toBe(1);
    const big = await app.request(SegmentWebhooksDocument, { id: segmentId }, key);
    const one = await app.request(SegmentWebhooksDocument, { id: small }, key);
    expect(big.body.data!.segment.webhooks.flatMap((webhook) => webhook.deliveries.edges)).toHaveLength(6);
    expect(one.body.data!.segment.webhooks.flatMap((webhook) => webhook.deliveries.edges)).toHaveLength(1);
    expect(big.statements).toBeGreaterThan(0);
    expect(big.statements).toBe(one.statements);
  });

  it('sends each delivery once when two runs of the same segment overlap', async () => {
    const { tenant, key } = await app.tenantWithKey(['segments:read', 'segments:write']);
    const segmentId = await segmentWithChanges(tenant.id, 1201);
    const target = await receiver(() => 200);
    await createWebhook(key, segmentId, `${target.url}/once`, SECRET_A);
    expect(await enqueue(tenant.id, segmentId, '0', '1201')).toBe(3);
    const { t0 } = clockAt();
    // The second run claims after the first committed its leases, so it finds nothing due.
    const runs = await Promise.all([deliver(tenant.id, segmentId, t0), deliver(tenant.id, segmentId, t0)]);
    expect(runs.map((run) => run.attempted).sort()).toEqual([0, 3]);
    expect(target.requests.map((request) => (JSON.parse(request.body) as Body).firstSequence)).toEqual(['1', '501', '1001']);

    // One delivery per run: the second must not take the next batch while the first is being
    // posted, or batch 501..1000 could arrive before 1..500.
    const again = await segmentWithChanges(tenant.id, 1201);
    await createWebhook(key, again, `${target.url}/again`, SECRET_A);
    await enqueue(tenant.id, again, '0', '1201');
    const single = await Promise.all([deliver(tenant.id, again, t0, { maxDeliveries: 1 }), deliver(tenant.id, again, t0, { maxDeliveries: 1 })]);
    expect(single.map((run) => run.attempted).sort()).toEqual([0, 1]);
    expect(target.requests.filter((request) => request.path === '/again').map((request) => (JSON.parse(request.body) as Body).firstSequence)).toEqual(['1']);
  });

  it('retries a failed delivery with backoff (30 s, then 60 s) until the receiver accepts it', async () => {
    const { tenant, key } = await app.tenantWithKey(['segments:read', 'segments:write']);
    const segmentId = await segmentWithChanges(tenant.id, 3);
    const target = await receiver((_request, index) => (index < 2 ? 500 : 200));
    await createWebhook(key, segmentId, `${target.url}/hook`, SECRET_A);
    expect(await enqueue(tenant.id, segmentId, '0', '3')).toBe(1);
    const { t0, at } = clockAt();

    // Attempt 1 at t0 fails: next at t0 + 30 s · 2^0.
    expect(await deliver(tenant.id, segmentId, t0)).toMatchObject({ attempted: 1, retrying: 1, nextDeliveryAt: at(30) });
    // Not due a millisecond before.
    expect(await deliver(tenant.id, segmentId, new Date(at(30).getTime() - 1))).toMatchObject({ attempted: 0, nextDeliveryAt: at(30) });
    // Attempt 2 at t0 + 30 s fails: next at t0 + 30 s + 30 s · 2^1 = t0 + 90 s.
    expect(await deliver(tenant.id, segmentId, at(30))).toMatchObject({ attempted: 1, retrying: 1, nextDeliveryAt: at(90) });
    expect(await nextDeliveryAt(segmentId)).toBe(at(90).toISOString());
    // Attempt 3 at t0 + 90 s is accepted.
    expect(await deliver(tenant.id, segmentId, at(90))).toEqual({ attempted: 1, delivered: 1, retrying: 0, failed: 0, deferred: 0, nextDeliveryAt: null });
    expect(await nextDeliveryAt(segmentId)).toBeNull();

    expect(target.requests).toHaveLength(3);
    expect(target.requests.every((request) => verified(request, SECRET_A))).toBe(true);
    // Every attempt sends the same body.
    expect(new Set(target.requests.map((request) => request.body)).size).toBe(1);
    const body = JSON.parse(target.requests[0].body) as Body;
    expect(body.changes).toEqual([
      { sequence: '1', externalId: 'C1', change: 'ENTERED', at: '2026-11-24T10:00:01.000Z' },
      { sequence: '2', externalId: 'C2', change: 'ENTERED', at: '2026-11-24T10:00:02.000Z' },
      { sequence: '3', externalId: 'C3', change: 'EXITED', at: '2026-11-24T10:00:03.000Z' },
    ]);

    const log = await app.request(SegmentWebhooksDocument, { id: segmentId }, key);
    const [delivery] = log.body.data!.segment.webhooks[0].deliveries.edges.map(({ node }) => node);
    expect(delivery).toMatchObject({
      id: body.deliveryId,
      status: 'DELIVERED',
      firstSequence: '1',
      lastSequence: '3',
      changeCount: 3,
      attempts: 3,
      nextAttemptAt: null,
      lastAttemptAt: at(90).toISOString(),
      lastStatusCode: 200,
      lastError: null,
      deliveredAt: at(90).toISOString(),
    });
    expect(delivery.attemptLog.map(({ attempt, attemptedAt, statusCode, error }) => ({ attempt, attemptedAt, statusCode, error }))).toEqual([
      { attempt: 1, attemptedAt: t0.toISOString(), statusCode: 500, error: 'receiver answered HTTP 500' },
      { attempt: 2, attemptedAt: at(30).toISOString(), statusCode: 500, error: 'receiver answered HTTP 500' },
      { attempt: 3, attemptedAt: at(90).toISOString(), statusCode: 200, error: null },
    ]);
  });

  it('gives up after the last attempt, and a manual retry is one more attempt', async () => {
    const { tenant, key } = await app.tenantWithKey(['segments:read', 'segments:write']);
    const segmentId = await segmentWithChanges(tenant.id, 2);
    const target = await receiver(() => 503);
    await createWebhook(key, segmentId, `${target.url}/down`, SECRET_B);
    await enqueue(tenant.id, segmentId, '0', '2');
    const { t0, at } = clockAt();
    const options = { maxAttempts: 3, backoffBaseMs: 1000 };

    // t0 fails → t0 + 1 s; fails → t0 + 1 s + 2 s = t0 + 3 s; the third failure is the last attempt.
    expect(await deliver(tenant.id, segmentId, t0, options)).toMatchObject({ retrying: 1, nextDeliveryAt: at(1) });
    expect(await deliver(tenant.id, segmentId, at(1), options)).toMatchObject({ retrying: 1, nextDeliveryAt: at(3) });
    expect(await deliver(tenant.id, segmentId, at(3), options)).toEqual({ attempted: 1, delivered: 0, retrying: 0, failed: 1, deferred: 0, nextDeliveryAt: null });
    expect(await deliver(tenant.id, segmentId, at(3600), options)).toMatchObject({ attempted: 0 });
    const [failed] = await deliveryRows(segmentId);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3, next_attempt_at: null });

    const log = await app.request(SegmentWebhooksDocument, { id: segmentId, status: 'FAILED' }, key);
    const deliveryId = log.body.data!.segment.webhooks[0].deliveries.edges[0].node.id;
    const retried = await app.request(RetryWebhookDeliveryDocument, { id: deliveryId }, key);
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data!.retryWebhookDelivery).toMatchObject({ id: deliveryId, status: 'PENDING', attempts: 3, lastStatusCode: 503, lastError: 'receiver answered HTTP 503' });
    expect(retried.body.data!.retryWebhookDelivery.attemptLog.map((attempt) => attempt.statusCode)).toEqual([503, 503, 503]);
    expect(await nextDeliveryAt(segmentId)).not.toBeNull();

    const again = await app.request(RetryWebhookDeliveryDocument, { id: deliveryId }, key);
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.body.errors?.[0]).toMatchObject({ message: 'id: is a PENDING delivery; only a FAILED delivery can be retried', extensions: { field: 'id' } });

    // The retry is due now (the database's clock); attempt 4 fails too and the delivery is FAILED again.
    expect(await deliver(tenant.id, segmentId, new Date(Date.now() + 5 * SECOND), options)).toMatchObject({ attempted: 1, failed: 1, nextDeliveryAt: null });
    expect(await deliveryRows(segmentId)).toMatchObject([{ status: 'FAILED', attempts: 4 }]);
    expect(target.requests).toHaveLength(4);
  });

  it('counts a receiver that does not answer within the timeout as a failed attempt', async () => {
    const { tenant, key } = await app.tenantWithKey(['segments:read', 'segments:write']);
    const segmentId = await segmentWithChanges(tenant.id, 1);
    const target = await receiver(() => 'hang');
    await createWebhook(key, segmentId, `${target.url}/slow`, SECRET_A);
    await enqueue(tenant.id, segmentId, '0', '1');
    const { t0, at } = clockAt();

    expect(await deliver(tenant.id, segmentId, t0, { requestTimeoutMs: 300 })).toMatchObject({ attempted: 1, retrying: 1, nextDeliveryAt: at(30) });
    expect(target.requests).toHaveLength(1);
    const log = await app.request(SegmentWebhooksDocument, { id: segmentId }, key);
    const [delivery] = log.body.data!.segment.webhooks[0].deliveries.edges.map(({ node }) => node);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: null, lastError: 'no answer within 300 ms', nextAttemptAt: at(30).toISOString() });
    expect(delivery.attemptLog[0].durationMs).toBeGreaterThanOrEqual(290);
    expect(delivery.attemptLog[0].durationMs).toBeLessThan(5000);
  });

  it('refuses loopback targets without sending a request unless private targets are allowed', async () => {
    const { tenant, key } = await app.tenantWithKey(['segments:read', 'segments:write']);
    const segmentId = await segmentWithChanges(tenant.id, 4);
    const target = await receiver(() => 200);
    const port = new URL(target.url).port;
    const literal = await createWebhook(key, segmentId, `http://127.0.0.1:${port}/internal`, SECRET_A);
    const named = await createWebhook(key, segmentId, `http://localhost:${port}/internal`, SECRET_B);
    expect(await enqueue(tenant.id, segmentId, '0', '4')).toBe(2);
    const { t0, at } = clockAt();

    expect(await deliver(tenant.id, segmentId, t0, { allowPrivateTargets: false })).toMatchObject({ attempted: 2, retrying: 2, delivered: 0, nextDeliveryAt: at(30) });
    expect(target.requests).toHaveLength(0);
    const log = await app.request(SegmentWebhooksDocument, { id: segmentId }, key);
    const errors = new Map(log.body.data!.segment.webhooks.map((webhook) => [webhook.id, webhook.deliveries.edges[0].node.attemptLog[0]]));
    expect(errors.get(literal)).toMatchObject({
      statusCode: null,
      error: 'refused: 127.0.0.1 is a loopback, private or link-local address (webhooks may only call public addresses)',
    });
    expect(errors.get(named)?.error).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback, private or link-local address/);

    // Allowed (development, tests): the same deliveries go through at their retry.
    expect(await deliver(tenant.id, segmentId, at(30), { allowPrivateTargets: true })).toMatchObject({ attempted: 2, delivered: 2 });
    expect(target.requests).toHaveLength(2);
  });

  describe('through GraphQL', () => {
    it('refuses bad input naming the field, and creates nothing', async () => {
      const { tenant, key } = await app.tenantWithKey(['segments:read', 'segments:write']);
      const segmentId = await segmentWithChanges(tenant.id, 0);
      const cases: [Record<string, string>, { field: string; message: string }[]][] = [
        [
          { url: 'ftp://example.com/hook', secret: 'short' },
          [
            { field: 'input.url', message: 'must be an absolute http:// or https:// URL, not ftp://' },
            { field: 'input.secret', message: 'must be 16 to 200 characters' },
          ],
        ],
        [{ url: 'example.com/hook' }, [{ field: 'input.url', message: 'must be an absolute http:// or https:// URL' }]],
        [{ url: 'https://partner:hunter2@example.com/hook' }, [{ field: 'input.url', message: 'must not contain a user name or password; receivers authenticate deliveries by their signature' }]],
        // 'https://example.com/' is 20 characters: 20 + 1981 = 2001.
        [{ url: `https://example.com/${'a'.repeat(1981)}` }, [{ field: 'input.url', message: 'must be at most 2000 characters' }]],
        [{ url: ' https://example.com/hook' }, [{ field: 'input.url', message: 'must not start or end with spaces' }]],
        [{ secret: 's'.repeat(201) }, [{ field: 'input.secret', message: 'must be 16 to 200 characters' }]],
        [{ segmentId: 'segment-1' }, [{ field: 'input.segmentId', message: 'is not a valid id' }]],
      ];
      for (const [change, expected] of cases) {
        const input = { segmentId, url: 'https://example.com/hook', secret: SECRET_A, ...change };
        const response = await app.request(CreateSegmentWebhookDocument, { input }, key);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.body.errors?.[0].extensions?.errors).toEqual(expected);
        expect(JSON.stringify(response.body)).not.toContain(input.secret);
      }
      // 16 and 200 characters are the limits.
      await createWebhook(key, segmentId, 'https://example.com/16', 'x'.repeat(16));
      await createWebhook(key, segmentId, 'https://example.com/200', 'y'.repeat(200));
      const [{ count }] = await owner<{ count: number }>('select count(*)::integer as count from segment_webhook where segment_id = ?', [segmentId]);
      expect(count).toBe(2);
    });

    it('allows at most 10 webhooks per segment', async () => {
      const { tenant, key } = await app.tenantWithKey(['segments:write', 'segments:read']);
      const segmentId = await segmentWithChanges(tenant.id, 0);
      for (let index = 1; index <= 10; index += 1) await createWebhook(key, segmentId, `https://example.com/${index}`, SECRET_A);
      const eleventh = await app.request(CreateSegmentWebhookDocument, { input: { segmentId, url: 'https://example.com/11', secret: SECRET_A } }, key);
      expect(errorCodes(eleventh)).toEqual(['BAD_USER_INPUT']);
      expect(eleventh.body.errors?.[0].message).toBe('input.segmentId: already has 10 webhooks, the most a segment may have; delete one first');
      const listed = await app.request(SegmentWebhooksDocument, { id: segmentId }, key);
      expect(listed.body.data!.segment.webhooks.map((webhook) => webhook.url)).toEqual(Array.from({ length: 10 }, (_, index) => `https://example.com/${index + 1}`));
    });

    it("keeps other tenants' segments, webhooks and deliveries out of reach, needs segments:write, and never shows a secret", async () => {
      const mine = await app.tenantWithKey(['segments:read', 'segments:write']);
      const theirs = await app.tenantWithKey(['segments:read', 'segments:write']);
      const readOnly = await app.keyFor(mine.tenant.id, ['segments:read', 'customers:read', 'analytics:read']);
      const segmentId = await segmentWithChanges(mine.tenant.id, 2);
      const responses: GraphQLResponse<unknown>[] = [];
      const send: typeof app.request = async (document, variables, key) => {
        const response = await app.request(document, variables, key);
        responses.push(response);
        return response;
      };

      const created = await send(CreateSegmentWebhookDocument, { input: { segmentId, url: 'https://example.com/mine', secret: SECRET_A } }, mine.key);
      const webhookId = created.body.data!.createSegmentWebhook.id;
      await enqueue(mine.tenant.id, segmentId, '0', '2');
      const [{ id: deliveryId }] = await owner<{ id: string }>(`update webhook_delivery set status = 'FAILED', next_attempt_at = null where webhook_id = ? returning id`, [webhookId]);

      // Another tenant: every id of mine reads as not found, and nothing changes.
      const foreignCreate = await send(CreateSegmentWebhookDocument, { input: { segmentId, url: 'https://example.com/theirs', secret: SECRET_B } }, theirs.key);
      expect(errorCodes(foreignCreate)).toEqual(['NOT_FOUND']);
      expect(errorCodes(await send(DeleteSegmentWebhookDocument, { id: webhookId }, theirs.key))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await send(RetryWebhookDeliveryDocument, { id: deliveryId }, theirs.key))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await send(SegmentWebhooksDocument, { id: segmentId }, theirs.key))).toEqual(['NOT_FOUND']);

      // A key without segments:write: FORBIDDEN naming the scope, for the mutations and the webhooks field.
      for (const response of [
        await send(CreateSegmentWebhookDocument, { input: { segmentId, url: 'https://example.com/read', secret: SECRET_B } }, readOnly),
        await send(DeleteSegmentWebhookDocument, { id: webhookId }, readOnly),
        await send(RetryWebhookDeliveryDocument, { id: deliveryId }, readOnly),
        await send(SegmentWebhooksDocument, { id: segmentId }, readOnly),
      ]) {
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        expect(response.body.errors?.[0].message).toBe('This API key lacks the scope "segments:write"');
      }
      expect(errorCodes(await send(DeleteSegmentWebhookDocument, { id: 'not-an-id' }, mine.key))).toEqual(['BAD_USER_INPUT']);
      const rows = await owner<{ url: string; status: string }>(
        'select w.url, d.status from segment_webhook w join webhook_delivery d on d.webhook_id = w.id where w.segment_id = ?',
        [segmentId],
      );
      expect(rows).toEqual([{ url: 'https://example.com/mine', status: 'FAILED' }]);

      // The owner retries, then deletes: the pending delivery goes with the webhook and nothing is scheduled.
      expect((await send(RetryWebhookDeliveryDocument, { id: deliveryId }, mine.key)).body.errors).toBeUndefined();
      expect(await nextDeliveryAt(segmentId)).not.toBeNull();
      const deleted = await send(DeleteSegmentWebhookDocument, { id: webhookId }, mine.key);
      expect(deleted.body.data?.deleteSegmentWebhook).toBe(webhookId);
      expect(await nextDeliveryAt(segmentId)).toBeNull();
      expect(await owner('select 1 from webhook_delivery where webhook_id = ?', [webhookId])).toEqual([]);
      expect(errorCodes(await send(DeleteSegmentWebhookDocument, { id: webhookId }, mine.key))).toEqual(['NOT_FOUND']);

      // The API has no field that could carry the secret.
      const type = await app.post<{ __type: { fields: { name: string }[] } }>({ query: '{ __type(name: "SegmentWebhook") { fields { name } } }' }, mine.key);
      expect(type.body.data?.__type.fields.map((field) => field.name).sort()).toEqual(['createdAt', 'deliveries', 'id', 'url']);
      expect(JSON.stringify(responses.map((response) => response.body))).not.toMatch(new RegExp(`${SECRET_A}|${SECRET_B}`));
    });
  });
});
