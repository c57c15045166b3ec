import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { migrate, openOrm } from '../../src/db/orm.js';
import { createLogger } from '../../src/logger.js';
import { DEFAULT_SCHEDULER_OPTIONS, SegmentScheduler } from '../../src/modules/segment/segment-scheduler.js';
import {
  CreateSegmentDocument,
  CreateSegmentWebhookDocument,
  SegmentChangesDocument,
  SegmentMembersDocument,
  SegmentWebhooksDocument,
  UpsertCustomersDocument,
} from '../generated/graphql.js';
import { freePort, startProcessApp, waitFor, type ProcessApp } from '../support/process-app.js';
import { TestApp } from '../support/test-app.js';

/**
 * The segment scheduler survives a crash (kill -9 of `npm start`'s process) in the middle of
 * its work, and a new scheduler finishes it: a refresh cut off midway left nothing and is done
 * once by the next scheduler (its membership changes are logged once, not twice); a webhook
 * delivery cut off while posting is posted again after its lease (at least once, never lost).
 *
 * Already proven elsewhere, not repeated here: a replica that held the scheduler's lock and
 * went away is taken over (segment-scheduler.test.ts, "does nothing while another replica holds
 * the scheduler lock"); two delivery runs of one segment at once send each delivery once
 * (segment-webhooks.test.ts, "sends each delivery once when two runs of the same segment
 * overlap"); a failed attempt is retried with backoff (segment-webhooks.test.ts).
 *
 * The scheduler picks up every due segment of the database, so this file runs on a PostgreSQL
 * of its own: a crashed scheduler must not touch other test files' segments, nor theirs mine.
 */
const SECRET = 'secret-of-the-restart-test';

interface Receiver {
  url: string;
  bodies: string[];
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1; `hangFirst` leaves the first request without an answer. */
async function startReceiver(hangFirst: boolean): Promise<Receiver> {
  const bodies: string[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      if (hangFirst && bodies.length === 1) return;
      response.writeHead(200).end('thanks');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    bodies,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('the segment scheduler after a crash', () => {
  const logger = createLogger('silent');
  let dataDir: string;
  let database: EmbeddedDatabase;
  let app: TestApp;
  let observer: pg.Client;
  let locker: pg.Client;
  const receivers: Receiver[] = [];
  const processes: ProcessApp[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cxgraph-fault-scheduler-'));
    database = await startEmbeddedDatabase(dataDir, await freePort(), logger);
    const orm = await openOrm({ databaseUrl: database.url, poolSize: 2 });
    await migrate(orm);
    await orm.close();
    app = await TestApp.start({}, database.url);
    observer = new pg.Client({ connectionString: database.url });
    locker = new pg.Client({ connectionString: database.url });
    await Promise.all([observer.connect(), locker.connect()]);
  }, 120_000);

  afterAll(async () => {
    for (const child of processes) if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGKILL');
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await locker?.end();
    await observer?.end();
    await app?.stop();
    await database?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** `npm start` over this file's database with the scheduler looking every 100 ms. */
  async function startScheduling(): Promise<ProcessApp> {
    const started = await startProcessApp({ DATABASE_URL: database.url, SEGMENT_SCHEDULER_TICK_MS: '100' });
    processes.push(started);
    return started;
  }

  async function kill(started: ProcessApp): Promise<void> {
    started.child.kill('SIGKILL');
    expect(await started.exited).toEqual({ code: null, signal: 'SIGKILL' });
  }

  function newScheduler(): SegmentScheduler {
    return new SegmentScheduler(app.orm, logger, { ...DEFAULT_SCHEDULER_OPTIONS, delivery: { allowPrivateTargets: true } });
  }

  async function receiver(hangFirst: boolean): Promise<Receiver> {
    const started = await startReceiver(hangFirst);
    receivers.push(started);
    return started;
  }

  /**
   * A tenant whose segment "Named in" (customers named "in", hourly) is created with T1 and T3
   * named "in" (changes 1 and 3 → sequences 1, 2), then T1 is renamed out and T2 in: the next
   * refresh must log T1 EXITED (3) and T2 ENTERED (4), exits numbered first. A webhook created
   * after the segment receives only that refresh's changes. The segment is then made due.
   */
  async function dueSegmentWithWebhook(target: Receiver) {
    const { key, tenant } = await app.tenantWithKey(['customers:read', 'customers:write', 'segments:read', 'segments:write']);
    const customers = (names: [string, string][]) => app.request(UpsertCustomersDocument, { input: names.map(([externalId, name]) => ({ externalId, name })) }, key);
    expect((await customers([['T1', 'in'], ['T2', 'out'], ['T3', 'in']])).body.errors).toBeUndefined();
    const created = await app.request(CreateSegmentDocument, { input: { name: 'Named in', document: { field: 'NAME', operator: 'EQ', value: 'in' }, refreshIntervalMinutes: 60 } }, key);
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createSegment.segment.id;
    const webhook = await app.request(CreateSegmentWebhookDocument, { input: { segmentId: id, url: target.url, secret: SECRET } }, key);
    expect(webhook.body.errors).toBeUndefined();
    expect((await customers([['T1', 'out'], ['T2', 'in']])).body.errors).toBeUndefined();
    await observer.query(`update segment_schedule set next_refresh_at = now() - interval '1 minute' where tenant_id = $1 and segment_id = $2`, [tenant.id, id]);
    return { key, tenantId: tenant.id, id };
  }

  async function changes(key: string, id: string): Promise<[string, string, string][]> {
    const response = await app.request(SegmentChangesDocument, { id, first: 100 }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.segment.changes.edges.map(({ node }) => [node.sequence, node.change, node.customer.externalId] as [string, string, string]);
  }

  async function members(key: string, id: string): Promise<string[]> {
    const response = await app.request(SegmentMembersDocument, { id, first: 100 }, key);
    return response.body.data!.segment.members.edges.map(({ node }) => node.externalId).sort();
  }

  async function sessionEnded(pid: number): Promise<boolean> {
    const { rowCount } = await observer.query('select 1 from pg_stat_activity where pid = $1', [pid]);
    return rowCount === 0;
  }

  const AFTER_CREATION: [string, string, string][] = [
    ['1', 'ENTERED', 'T1'],
    ['2', 'ENTERED', 'T3'],
  ];
  const AFTER_REFRESH: [string, string, string][] = [...AFTER_CREATION, ['3', 'EXITED', 'T1'], ['4', 'ENTERED', 'T2']];

  it('a refresh killed midway leaves nothing, and the next scheduler applies it once', async () => {
    const target = await receiver(false);
    const { key, tenantId, id } = await dueSegmentWithWebhook(target);

    // Holding the schedule row stops the refresh at its last write: the membership changes are
    // written in its transaction, the move of the next refresh time waits.
    await locker.query('begin');
    await locker.query('select 1 from segment_schedule where tenant_id = $1 and segment_id = $2 for update', [tenantId, id]);
    let crashedPid = 0;
    try {
      const scheduling = await startScheduling();
      const [crashed] = await waitFor('the refresh to wait on the schedule row', async () => {
        const { rows } = await observer.query<{ pid: number; xid: string | null }>(
          `select pid, backend_xid::text as xid from pg_stat_activity where wait_event_type = 'Lock' and query like 'update segment_schedule%'`,
        );
        return rows.length > 0 ? rows : undefined;
      });
      // The transaction has written (PostgreSQL gives it an id at the first write).
      expect(crashed.xid).not.toBeNull();
      crashedPid = crashed.pid;
      await kill(scheduling);
    } finally {
      await locker.query('rollback');
    }
    await waitFor('the killed refresh session to end', () => sessionEnded(crashedPid));

    // Nothing of the cut-off refresh remains, and the segment is still due.
    expect(await changes(key, id)).toEqual(AFTER_CREATION);
    expect(await members(key, id)).toEqual(['T1', 'T3']);
    expect(target.bodies).toEqual([]);

    const scheduler = newScheduler();
    const now = new Date();
    expect(await scheduler.tick(now)).toEqual({ leader: true, refreshed: 1, failed: 0, deliveryRuns: 1 });
    expect(await changes(key, id)).toEqual(AFTER_REFRESH);
    expect(await members(key, id)).toEqual(['T2', 'T3']);
    expect(target.bodies.map((body) => JSON.parse(body) as { firstSequence: string; lastSequence: string; changes: { sequence: string; externalId: string; change: string }[] })).toMatchObject([
      {
        firstSequence: '3',
        lastSequence: '4',
        changes: [
          { sequence: '3', externalId: 'T1', change: 'EXITED' },
          { sequence: '4', externalId: 'T2', change: 'ENTERED' },
        ],
      },
    ]);

    // Not again: the next refresh is an hour away, and one forced early changes nothing.
    expect(await scheduler.tick(new Date(now.getTime() + 1_000))).toMatchObject({ refreshed: 0, deliveryRuns: 0 });
    await observer.query(`update segment_schedule set next_refresh_at = now() - interval '1 minute' where tenant_id = $1 and segment_id = $2`, [tenantId, id]);
    expect(await scheduler.tick(new Date(now.getTime() + 2_000))).toMatchObject({ refreshed: 1 });
    expect(await changes(key, id)).toEqual(AFTER_REFRESH);
    expect(target.bodies).toHaveLength(1);
  });

  it('a delivery killed while posting is posted again after its lease, not before, and ends DELIVERED', async () => {
    const target = await receiver(true);
    const { key, id } = await dueSegmentWithWebhook(target);

    // The crashed process refreshes, claims the delivery and posts it; the receiver holds it.
    const scheduling = await startScheduling();
    await waitFor('the delivery to reach the receiver', async () => target.bodies.length === 1);
    await kill(scheduling);
    expect(await changes(key, id)).toEqual(AFTER_REFRESH);
    const claimed = await app.request(SegmentWebhooksDocument, { id }, key);
    const [delivery] = claimed.body.data!.segment.webhooks[0].deliveries.edges.map(({ node }) => node);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, firstSequence: '3', lastSequence: '4', attemptLog: [] });
    const leaseEnd = Date.parse(delivery.nextAttemptAt as string);

    // Until the lease ends the delivery may still be on its way: a new scheduler leaves it.
    const scheduler = newScheduler();
    expect(await scheduler.tick(new Date(leaseEnd - 1_000))).toEqual({ leader: true, refreshed: 0, failed: 0, deliveryRuns: 0 });
    expect(target.bodies).toHaveLength(1);

    // After it, the same delivery is posted again and recorded; the refresh is not redone.
    expect(await scheduler.tick(new Date(leaseEnd + 1_000))).toEqual({ leader: true, refreshed: 0, failed: 0, deliveryRuns: 1 });
    expect(target.bodies).toHaveLength(2);
    expect(target.bodies[1]).toBe(target.bodies[0]);
    const finished = await app.request(SegmentWebhooksDocument, { id }, key);
    const [delivered] = finished.body.data!.segment.webhooks[0].deliveries.edges.map(({ node }) => node);
    expect(delivered).toMatchObject({ id: delivery.id, status: 'DELIVERED', attempts: 2, lastStatusCode: 200, lastError: null });
    // The crash lost the first attempt's outcome; the log holds the attempt that was recorded.
    expect(delivered.attemptLog.map(({ attempt, statusCode }) => ({ attempt, statusCode }))).toEqual([{ attempt: 2, statusCode: 200 }]);
    expect(finished.body.data!.segment.webhooks[0].deliveries.totalCount).toBe(1);
    expect(await changes(key, id)).toEqual(AFTER_REFRESH);
  });
});
