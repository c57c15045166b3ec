import pg from 'pg';
import type { Orm } from '../../src/db/orm.js';
import { acceptsConnections, postGraphQL, ProcessTestBench, sessionsBlockedBy, tenantWithKey, waitFor, type ProcessApp } from '../support/process-app.js';

/**
 * `npm start`'s process on SIGTERM: it stops accepting connections at once, lets the requests
 * in flight finish, and exits 0; a request still running at the shutdown deadline is cut off,
 * the process exits 1, and the request's transaction leaves nothing behind.
 *
 * A request is kept in flight by a row lock the test holds from its own connection: the
 * mutation's upsert waits on it until the test lets go.
 */
const UPSERT = 'mutation($input: [CustomerInput!]!) { upsertCustomers(input: $input) { insertedCount updatedCount customers { externalId name } } }';

describe('graceful shutdown', () => {
  const bench = new ProcessTestBench();
  let orm: Orm;
  let observer: pg.Client;
  let locker: pg.Client;

  beforeAll(async () => {
    ({ orm, observer, locker } = await bench.open());
  });
  afterAll(() => bench.close());

  function start(environment: Record<string, string> = {}): Promise<ProcessApp> {
    return bench.start({ LOG_LEVEL: 'info', ...environment });
  }

  function post(app: ProcessApp, key: string, body: unknown): Promise<Response> {
    return postGraphQL(app, key, body, 30_000);
  }

  async function customerName(tenantId: string, externalId: string): Promise<string | undefined> {
    const { rows } = await observer.query<{ name: string }>('select name from customer where tenant_id = $1 and external_id = $2', [tenantId, externalId]);
    return rows[0]?.name;
  }

  /** Locks the customer's row; the returned function lets go. */
  async function lockCustomer(tenantId: string, externalId: string): Promise<() => Promise<void>> {
    await locker.query('begin');
    const locked = await locker.query('select 1 from customer where tenant_id = $1 and external_id = $2 for update', [tenantId, externalId]);
    expect(locked.rowCount).toBe(1);
    return async () => {
      await locker.query('rollback');
    };
  }

  /** Server processes of this database waiting on a lock in an upsert of customers. */
  async function upsertsWaitingOnLocks(): Promise<number[]> {
    return sessionsBlockedBy(observer, locker, 'insert into customer%');
  }

  /** A tenant with customer SLOW named "before", and a mutation renaming it waiting on its lock. */
  async function requestInFlight(app: ProcessApp) {
    const { tenantId, key } = await tenantWithKey(orm, ['customers:read', 'customers:write'], 'shutdown');
    const seeded = await post(app, key, { query: UPSERT, variables: { input: [{ externalId: 'SLOW', name: 'before' }] } });
    expect(seeded.status).toBe(200);
    const release = await lockCustomer(tenantId, 'SLOW');
    const response = post(app, key, { query: UPSERT, variables: { input: [{ externalId: 'SLOW', name: 'after' }] } });
    // Settled either way, so a refused request does not surface as an unhandled rejection.
    const settled = response.then(
      async (answer) => ({ status: answer.status, body: (await answer.json()) as Record<string, unknown> }),
      (error: unknown) => ({ status: 0, body: { failure: String(error) } }),
    );
    const [backend] = await waitFor('the mutation to wait on the row lock', async () => {
      const waiting = await upsertsWaitingOnLocks();
      return waiting.length > 0 ? waiting : undefined;
    });
    return { tenantId, key, release, settled, backend };
  }

  it('on SIGTERM refuses new connections, finishes the request in flight, and exits 0', async () => {
    const app = await start();
    const { tenantId, release, settled } = await requestInFlight(app);
    let answered = false;
    void settled.then(() => (answered = true));

    app.child.kill('SIGTERM');
    await waitFor('new connections to be refused', async () => !(await acceptsConnections(app.port)), 5_000);
    // Still draining: the process is up and the request has no answer yet.
    expect(app.child.exitCode).toBeNull();
    expect(answered).toBe(false);

    const released = Date.now();
    await release();
    const { status, body } = await settled;
    expect(status).toBe(200);
    expect(body).toEqual({ data: { upsertCustomers: { insertedCount: 0, updatedCount: 1, customers: [{ externalId: 'SLOW', name: 'after' }] } } });
    const exit = await app.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    // Generous: the drain ends when the last response is sent, not after the 15 s deadline.
    expect(Date.now() - released).toBeLessThan(10_000);
    expect(await customerName(tenantId, 'SLOW')).toBe('after');
    expect(app.output()).toMatch(/shutting down: refusing new connections, draining requests in flight/);
  });

  it('exits 1 at the shutdown deadline, and the request it cut off writes nothing', async () => {
    const app = await start({ SHUTDOWN_DEADLINE_MS: '1000' });
    const { tenantId, release, settled, backend } = await requestInFlight(app);
    try {
      const signalled = Date.now();
      app.child.kill('SIGTERM');
      const exit = await app.exited;
      expect(exit).toEqual({ code: 1, signal: null });
      // 1 s deadline; the bound only tells "about the deadline" from "never".
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(app.output()).toMatch(/shutdown deadline passed with requests still in flight/);
      // The client sees its connection closed without an answer.
      expect((await settled).status).toBe(0);
    } finally {
      await release();
    }
    // Its server process, free of the lock, finds the client gone and rolls back.
    await waitFor('the cut-off session to end', async () => !(await upsertsWaitingOnLocks()).includes(backend) && !(await sessionAlive(backend)));
    expect(await customerName(tenantId, 'SLOW')).toBe('before');
  });

  async function sessionAlive(pid: number): Promise<boolean> {
    const { rowCount } = await observer.query('select 1 from pg_stat_activity where pid = $1', [pid]);
    return (rowCount ?? 0) > 0;
  }
});
