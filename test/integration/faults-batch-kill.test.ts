import pg from 'pg';
import type { Orm } from '../../src/db/orm.js';
import { postGraphQL, ProcessTestBench, sessionsBlockedBy, tenantWithKey, waitFor, type ProcessApp } from '../support/process-app.js';

/**
 * A batch mutation killed midway (kill -9 of the server process) leaves nothing half-written:
 * upsertCustomers runs in one transaction, so the rows it had written before the kill vanish
 * with the connection. (The CSV/NDJSON import commits per batch by design; its kill -9 test is
 * test/integration/import-interrupt.test.ts.)
 *
 * To kill it while it is surely midway, the batch is built to write in two statements (rows
 * that give a name, then rows that also give an email), and a row of the second statement is
 * locked by the test: the first 500 rows are written, the second statement waits, and the kill
 * comes then.
 */
const ROWS = 1000;
const LOCKED = 'K0750';
const UPSERT = 'mutation($input: [CustomerInput!]!) { upsertCustomers(input: $input) { insertedCount updatedCount } }';

function batch(): { externalId: string; name: string; email?: string }[] {
  return Array.from({ length: ROWS }, (_, index) => {
    const externalId = `K${String(index + 1).padStart(4, '0')}`;
    return index < 500 ? { externalId, name: `Batch ${index + 1}` } : { externalId, name: `Batch ${index + 1}`, email: `k${index + 1}@example.com` };
  });
}

describe('a batch mutation killed midway', () => {
  const bench = new ProcessTestBench();
  let orm: Orm;
  let observer: pg.Client;
  let locker: pg.Client;

  beforeAll(async () => {
    ({ orm, observer, locker } = await bench.open());
  });
  afterAll(() => bench.close());

  function start(): Promise<ProcessApp> {
    return bench.start();
  }

  function post(app: ProcessApp, key: string, body: unknown): Promise<Response> {
    return postGraphQL(app, key, body, 60_000);
  }

  async function customers(tenantId: string): Promise<{ external_id: string; name: string; email: string | null }[]> {
    const { rows } = await observer.query('select external_id, name, email from customer where tenant_id = $1 order by external_id', [tenantId]);
    return rows;
  }

  it('leaves none of the batch, and the same batch sent again writes all of it', async () => {
    const { tenantId, key } = await tenantWithKey(orm, ['customers:read', 'customers:write'], 'batch-kill');
    const app = await start();
    const seeded = await post(app, key, { query: UPSERT, variables: { input: [{ externalId: LOCKED, name: 'Before the batch' }] } });
    expect(seeded.status).toBe(200);

    await locker.query('begin');
    await locker.query('select 1 from customer where tenant_id = $1 and external_id = $2 for update', [tenantId, LOCKED]);
    try {
      const request = post(app, key, { query: UPSERT, variables: { input: batch() } }).then(
        (response) => `answered ${response.status}`,
        () => 'no answer',
      );
      // The upsert's second statement waits on the lock; its transaction already holds an id,
      // which PostgreSQL assigns at the first write: the first 500 rows are in.
      const [waitingPid] = await waitFor('the batch to wait on the locked row', async () => {
        const pids = await sessionsBlockedBy(observer, locker, 'insert into customer%');
        return pids.length > 0 ? pids : undefined;
      });
      const { rows } = await observer.query<{ xid: string | null }>('select backend_xid::text as xid from pg_stat_activity where pid = $1', [waitingPid]);
      expect(rows[0].xid).not.toBeNull();
      const waiting = { pid: waitingPid };

      app.child.kill('SIGKILL');
      expect(await app.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(await request).toBe('no answer');

      // Freed from the lock, the orphaned session finds its client gone and rolls back.
      await locker.query('rollback');
      await waitFor('the killed server session to end', async () => {
        const { rowCount } = await observer.query('select 1 from pg_stat_activity where pid = $1', [waiting.pid]);
        return rowCount === 0;
      });
    } finally {
      await locker.query('rollback');
    }
    expect(await customers(tenantId)).toEqual([{ external_id: LOCKED, name: 'Before the batch', email: null }]);

    // All or nothing, the other way: a fresh process takes the same batch whole.
    const again = await start();
    const response = await post(again, key, { query: UPSERT, variables: { input: batch() } });
    expect(await response.json()).toEqual({ data: { upsertCustomers: { insertedCount: ROWS - 1, updatedCount: 1 } } });
    const written = await customers(tenantId);
    expect(written).toHaveLength(ROWS);
    expect(written[0]).toEqual({ external_id: 'K0001', name: 'Batch 1', email: null });
    expect(written[749]).toEqual({ external_id: LOCKED, name: 'Batch 750', email: 'k750@example.com' });
    expect(written[999]).toEqual({ external_id: 'K1000', name: 'Batch 1000', email: 'k1000@example.com' });
    again.child.kill('SIGTERM');
    expect(await again.exited).toEqual({ code: 0, signal: null });
  });
});
