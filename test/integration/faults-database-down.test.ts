import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { migrate, openOrm } from '../../src/db/orm.js';
import { createLogger } from '../../src/logger.js';
import { CustomerPageDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import { freePort, waitFor } from '../support/process-app.js';
import { TestApp } from '../support/test-app.js';

/**
 * The database goes away while cxgraph is serving: requests must fail fast with HTTP 503 and
 * SERVICE_UNAVAILABLE (never a 500, never a hang), /readyz must say so while /healthz stays up,
 * and when the database is back the same process serves again. "Fast" is judged with generous
 * bounds for a shared 2-core machine: 5 s, where the pool's default would wait 60 s.
 */
const FAST_MS = 5_000;
const NO_ANSWER = 'no answer';

interface Outcome {
  startedAt: number;
  finishedAt: number;
  status: number | typeof NO_ANSWER;
  code: unknown;
  errors: unknown;
}

/** One POST /graphql, timed; a request that has no answer after 20 s is recorded as such. */
async function send(app: TestApp, body: unknown, key: string): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const json = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    return { startedAt, finishedAt: Date.now(), status: response.status, code: json.errors?.[0]?.extensions?.code, errors: json.errors };
  } catch {
    return { startedAt, finishedAt: Date.now(), status: NO_ANSWER, code: undefined, errors: undefined };
  }
}

async function statusOf(app: TestApp, route: string): Promise<{ status: number; durationMs: number }> {
  const started = Date.now();
  const response = await fetch(`${app.url}${route}`, { signal: AbortSignal.timeout(20_000) });
  await response.arrayBuffer();
  return { status: response.status, durationMs: Date.now() - started };
}

/**
 * Stops the app, but gives up after 10 s: closing the pool waits for every connection, and a
 * leaked one (which a test here then reports) would otherwise hold the hook until Jest's limit.
 */
async function stopWithin(app: TestApp | undefined): Promise<void> {
  if (!app) return;
  await Promise.race([app.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
}

const succeeded = (outcome: Outcome) => outcome.status === 200 && outcome.errors === undefined;
const unavailable = (outcome: Outcome) => outcome.status === 503 && outcome.code === 'SERVICE_UNAVAILABLE';
const duration = (outcome: Outcome) => outcome.finishedAt - outcome.startedAt;

describe('the database stops under load', () => {
  const logger = createLogger('silent');
  let dataDir: string;
  let port: number;
  let database: EmbeddedDatabase;
  let app: TestApp;
  let key: string;

  beforeAll(async () => {
    // A PostgreSQL of this test's own: stopping the shared one would break every other test.
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cxgraph-fault-db-'));
    port = await freePort();
    database = await startEmbeddedDatabase(dataDir, port, logger);
    const orm = await openOrm({ databaseUrl: database.url, poolSize: 2 });
    await migrate(orm);
    await orm.close();
    app = await TestApp.start({}, database.url);
    ({ key } = await app.tenantWithKey(['customers:read', 'customers:write']));
  }, 120_000);

  let appStopped = false;

  afterAll(async () => {
    if (!appStopped) await stopWithin(app);
    await database?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** Readers list customers, writers upsert one of their own; all loop until `running` turns false. */
  function load(readers: number, writers: number) {
    const outcomes: Outcome[] = [];
    let running = true;
    const read = { query: 'query { customers(first: 5) { totalCount edges { node { externalId } } } }' };
    const loops = [
      ...Array.from({ length: readers }, () => async () => {
        while (running) outcomes.push(await send(app, read, key));
      }),
      ...Array.from({ length: writers }, (_, writer) => async () => {
        for (let round = 0; running; round += 1) {
          const input = [{ externalId: `W${writer}`, name: `Writer ${writer} round ${round}` }];
          outcomes.push(await send(app, { query: 'mutation($input: [CustomerInput!]!) { upsertCustomers(input: $input) { insertedCount updatedCount } }', variables: { input } }, key));
        }
      }),
    ];
    const done = Promise.all(loops.map((loop) => loop()));
    return {
      outcomes,
      async stop() {
        running = false;
        await done;
        return outcomes;
      },
    };
  }

  it('answers 503 SERVICE_UNAVAILABLE fast while the database is down, and serves again when it is back', async () => {
    const seeded = await app.request(UpsertCustomersDocument, { input: [{ externalId: 'BEFORE', name: 'Written before the outage' }] }, key);
    expect(seeded.body.errors).toBeUndefined();

    const traffic = load(4, 2);
    await waitFor('successful requests under load', async () => traffic.outcomes.filter(succeeded).length >= 20);
    const stopping = Date.now();
    await database.stop();
    const stopped = Date.now();
    // Keep the load on while the database is down.
    await waitFor('requests against the stopped database', async () => traffic.outcomes.filter((outcome) => outcome.startedAt > stopped).length >= 30, 30_000);

    const health = await statusOf(app, '/healthz');
    const readiness = await statusOf(app, '/readyz');
    const outcomes = await traffic.stop();

    // Before the stop: everything worked. Times are whole milliseconds, so a request that ended
    // in the millisecond `stopping` was read ended before the stop began (and was counted above).
    const before = outcomes.filter((outcome) => outcome.finishedAt <= stopping);
    expect(before.length).toBeGreaterThanOrEqual(20);
    expect(before.filter((outcome) => !succeeded(outcome))).toEqual([]);
    // In flight when it stopped: either it finished in time, or it is a clean 503.
    const overlapping = outcomes.filter((outcome) => outcome.finishedAt > stopping && outcome.startedAt <= stopped);
    expect(overlapping.filter((outcome) => !succeeded(outcome) && !unavailable(outcome))).toEqual([]);
    // After: every request is a 503 with SERVICE_UNAVAILABLE, each one fast.
    const after = outcomes.filter((outcome) => outcome.startedAt > stopped);
    expect(after.length).toBeGreaterThanOrEqual(30);
    expect(after.filter((outcome) => !unavailable(outcome))).toEqual([]);
    expect(Math.max(...[...overlapping, ...after].map(duration))).toBeLessThan(FAST_MS);

    expect(health.status).toBe(200);
    expect(readiness.status).toBe(503);
    expect(readiness.durationMs).toBeLessThan(FAST_MS);

    // The same data directory and port: the pool reconnects on its own, without a restart of cxgraph.
    database = await startEmbeddedDatabase(dataDir, port, logger);
    await waitFor('a successful request after the restart', async () => succeeded(await send(app, { query: '{ customers(first: 0) { totalCount } }' }, key)), 20_000);
    const again = load(4, 2);
    await waitFor('requests after the restart', async () => again.outcomes.length >= 40);
    const afterRestart = await again.stop();
    expect(afterRestart.filter((outcome) => !succeeded(outcome))).toEqual([]);
    expect((await statusOf(app, '/readyz')).status).toBe(200);

    // What was committed before the outage is still there; each writer's row holds its last round.
    const page = await app.request(CustomerPageDocument, { first: 10, orderBy: { field: 'EXTERNAL_ID', direction: 'ASC' } }, key);
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data!.customers.edges.map(({ node }) => node.externalId)).toEqual(['BEFORE', 'W0', 'W1']);
    expect(page.body.data!.customers.edges[0].node.name).toBe('Written before the outage');

    // Every connection came back to the pool: closing it waits for each one that is out.
    appStopped = true;
    const closing = app.stop().then(() => 'closed');
    const timeLimit = new Promise<string>((resolve) => setTimeout(() => resolve('a pooled connection was never given back'), 10_000).unref());
    expect(await Promise.race([closing, timeLimit])).toBe('closed');
  }, 180_000);
});

/**
 * A TCP proxy between cxgraph and PostgreSQL, to make the failures a stopped server does not:
 * connections cut without a word (no SQLSTATE: "Connection terminated unexpectedly") and a
 * server that accepts connections but never answers.
 */
class DatabaseProxy {
  private readonly pairs = new Set<{ client: net.Socket; upstream?: net.Socket }>();
  private blackhole = false;
  private cutPattern: string | undefined;
  private stallPattern: string | undefined;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<DatabaseProxy> {
    let proxy: DatabaseProxy | undefined;
    const server = net.createServer((client) => proxy?.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new DatabaseProxy(server, (server.address() as net.AddressInfo).port);
    return proxy;
  }

  private accept(client: net.Socket, target: { host: string; port: number }): void {
    const pair: { client: net.Socket; upstream?: net.Socket } = { client };
    this.pairs.add(pair);
    client.on('error', () => undefined);
    client.on('close', () => {
      pair.upstream?.destroy();
      this.pairs.delete(pair);
    });
    // Accepted, then silence: what a hung or unreachable server looks like to the client.
    if (this.blackhole) return;
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    let stalled = false;
    client.on('data', (chunk: Buffer) => {
      if (this.stallPattern && chunk.includes(this.stallPattern)) stalled = true;
      if (stalled) return;
      if (this.cutPattern && chunk.includes(this.cutPattern)) {
        client.resetAndDestroy();
        upstream.destroy();
      } else upstream.write(chunk);
    });
    upstream.pipe(client);
  }

  /** From the message containing `pattern` on, forwards nothing more of that connection's (undefined: never). */
  stallOn(pattern: string | undefined): void {
    this.stallPattern = pattern;
  }

  /** Drops a connection when the client sends a statement containing `pattern` (undefined: never). */
  cutOn(pattern: string | undefined): void {
    this.cutPattern = pattern;
  }

  /** Drops every open connection at once, as a network failure would. */
  cut(): void {
    for (const pair of this.pairs) {
      pair.client.resetAndDestroy();
      pair.upstream?.destroy();
    }
  }

  setBlackhole(on: boolean): void {
    this.blackhole = on;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('the network to the database fails', () => {
  let proxy: DatabaseProxy;
  let app: TestApp;
  let key: string;
  let tenantId: string;
  let owner: pg.Client;
  // Holds row locks in an open transaction; pg_stat_activity is read on `owner`, since inside a
  // transaction PostgreSQL answers it from a snapshot taken at first use.
  let locker: pg.Client;

  beforeAll(async () => {
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    proxy = await DatabaseProxy.start({ host: url.hostname, port: Number(url.port) });
    const proxied = new URL(url);
    proxied.port = String(proxy.port);
    app = await TestApp.start({}, proxied.toString());
    const created = await app.tenantWithKey(['customers:read', 'customers:write']);
    key = created.key;
    tenantId = created.tenant.id;
    // The test's own connection, straight to the database (not through the proxy).
    owner = new pg.Client({ connectionString: url.toString() });
    locker = new pg.Client({ connectionString: url.toString() });
    await Promise.all([owner.connect(), locker.connect()]);
  });

  afterAll(async () => {
    await owner?.end();
    await locker?.end();
    await stopWithin(app);
    await proxy?.close();
  });

  const upsertOne = (externalId: string, name: string) => ({
    query: 'mutation($input: [CustomerInput!]!) { upsertCustomers(input: $input) { insertedCount updatedCount } }',
    variables: { input: [{ externalId, name }] },
  });

  /** Locks the customer row from the test's connection, so an update of it waits. */
  async function lockCustomer(externalId: string): Promise<() => Promise<void>> {
    await locker.query('begin');
    await locker.query('select 1 from customer where tenant_id = $1 and external_id = $2 for update', [tenantId, externalId]);
    return async () => {
      await locker.query('rollback');
    };
  }

  async function waitingOnLocks(): Promise<number> {
    const result = await owner.query<{ count: number }>(
      `select count(*)::int as count from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into customer%'`,
    );
    return result.rows[0].count;
  }

  it('answers 503 when the connection under a running request is cut, then serves again', async () => {
    expect((await send(app, upsertOne('CUT-1', 'first'), key)).status).toBe(200);
    const release = await lockCustomer('CUT-1');
    try {
      const pending = send(app, upsertOne('CUT-1', 'second'), key);
      await waitFor('the mutation to wait on the row lock', async () => (await waitingOnLocks()) === 1);
      proxy.cut();
      const outcome = await pending;
      expect({ status: outcome.status, code: outcome.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(duration(outcome)).toBeLessThan(FAST_MS);
    } finally {
      await release();
    }
    // The pool drops the dead connections and opens new ones.
    const next = await send(app, upsertOne('CUT-1', 'third'), key);
    expect(succeeded(next)).toBe(true);
    const { rows } = await owner.query('select name from customer where tenant_id = $1 and external_id = $2', [tenantId, 'CUT-1']);
    expect(rows).toEqual([{ name: 'third' }]);
  });

  it('answers 503 fast when the database accepts connections but never answers', async () => {
    proxy.setBlackhole(true);
    proxy.cut();
    try {
      const outcomes = await Promise.all(Array.from({ length: 3 }, () => send(app, { query: '{ customers(first: 1) { totalCount } }' }, key)));
      for (const outcome of outcomes) {
        expect({ status: outcome.status, code: outcome.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
        expect(duration(outcome)).toBeLessThan(FAST_MS * 2);
      }
      const readiness = await statusOf(app, '/readyz');
      expect(readiness.status).toBe(503);
      expect(readiness.durationMs).toBeLessThan(FAST_MS * 2);
    } finally {
      proxy.setBlackhole(false);
    }
    await waitFor('a successful request after the network is back', async () => succeeded(await send(app, { query: '{ customers(first: 0) { totalCount } }' }, key)));
  });

  it('answers 503 when every pooled connection stays busy past the acquire timeout', async () => {
    // TestApp's pool holds 5 connections; 5 mutations waiting on one row lock hold them all.
    expect((await send(app, upsertOne('BUSY-1', 'first'), key)).status).toBe(200);
    const release = await lockCustomer('BUSY-1');
    const blocked = Promise.all(Array.from({ length: 5 }, (_, index) => send(app, upsertOne('BUSY-1', `waiting ${index}`), key)));
    try {
      await waitFor('five mutations to wait on the row lock', async () => (await waitingOnLocks()) === 5);
      const starved = await send(app, { query: '{ customers(first: 1) { totalCount } }' }, key);
      expect({ status: starved.status, code: starved.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(duration(starved)).toBeLessThan(FAST_MS * 3);
    } finally {
      await release();
    }
    // Released, the waiting mutations finish normally.
    const finished = await blocked;
    expect(finished.filter((outcome) => !succeeded(outcome))).toEqual([]);
  });

  // The request's BEGIN travels with its key read in one message (db/owned-transaction.ts). More
  // failures than the pool's 5 connections each time: a leaked connection would leave none.
  it('answers 503 and gives the connection back when it is lost on the message that opens the transaction', async () => {
    proxy.cutOn('begin; select row_to_json(k)');
    try {
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        const outcome = await send(app, { query: '{ customers(first: 1) { totalCount } }' }, key);
        expect({ attempt, status: outcome.status, code: outcome.code }).toEqual({ attempt, status: 503, code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      proxy.cutOn(undefined);
    }
    const next = await send(app, { query: '{ customers(first: 1) { totalCount } }' }, key);
    expect({ status: next.status, code: next.code }).toEqual({ status: 200, code: undefined });
  });

  // A request with an error rolls back; a ROLLBACK the server never answers must not hold the
  // request or its connection for good (owned-transaction.ts gives it 5 s, as knex does).
  it('answers 503 and gives the connection up when its ROLLBACK gets no answer', async () => {
    proxy.stallOn('rollback');
    let outcome: Outcome;
    try {
      // Invalid GraphQL: the request's transaction is open, then rolled back with nothing made for MikroORM.
      outcome = await send(app, { query: '{ customers(first: 1) { notAField } }' }, key);
    } finally {
      proxy.stallOn(undefined);
    }
    expect({ status: outcome.status, code: outcome.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(duration(outcome)).toBeGreaterThanOrEqual(4_900);
    expect(duration(outcome)).toBeLessThan(FAST_MS * 2);
    // The stalled connection was dropped, not handed to the next request.
    const next = await send(app, { query: '{ customers(first: 1) { totalCount } }' }, key);
    expect({ status: next.status, code: next.code }).toEqual({ status: 200, code: undefined });
  }, 30_000);

  it('gives the connection back to the pool when it is lost inside the open transaction', async () => {
    // The key read went through and set the tenant; the page's count statement does not.
    proxy.cutOn('count(');
    try {
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        const outcome = await send(app, { query: '{ customers(first: 1) { totalCount } }' }, key);
        expect({ attempt, status: outcome.status, code: outcome.code }).toEqual({ attempt, status: 503, code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      proxy.cutOn(undefined);
    }
    const next = await send(app, { query: '{ customers(first: 1) { totalCount } }' }, key);
    expect({ status: next.status, code: next.code }).toEqual({ status: 200, code: undefined });
  });
});
