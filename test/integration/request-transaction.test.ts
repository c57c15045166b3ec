import type { EntityManager } from '@mikro-orm/postgresql';
import { jest } from '@jest/globals';
import KnexTransactionState from 'knex/lib/execution/transaction.js';
import { finishRequestContext, openRequestContext } from '../../src/context.js';
import { OwnedTransaction } from '../../src/db/owned-transaction.js';
import { SqlRunner, TransactionEndedError } from '../../src/db/sql-runner.js';
import { READ_ONLY_FUNCTIONS, WRITING_FUNCTIONS } from '../../src/db/statement-writes.js';
import { Tag } from '../../src/modules/tag/tag.entity.js';
import { errorCodes, TestApp } from '../support/test-app.js';

/**
 * The request's transaction is taken on a pool connection by cxgraph itself (db/owned-transaction.ts):
 * its BEGIN goes out with the key read, MikroORM and hand-written SQL both run inside it, and
 * every way a request ends gives the connection back to the pool.
 */
describe('the request transaction', () => {
  let app: TestApp;
  let tenant: { id: string };
  let key: string;

  beforeAll(async () => {
    app = await TestApp.start();
    ({ tenant, key } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read'], 'reqtx'));
  });
  afterAll(async () => {
    await app.stop();
  });

  /** Connections the pool has handed out and not had back. */
  function connectionsInUse(): number {
    return (app.orm.em.getKnex().client as unknown as { pool: { numUsed(): number } }).pool.numUsed();
  }

  function freshEm(): EntityManager {
    return app.orm.em.fork() as EntityManager;
  }

  it('sends BEGIN in the same message as the first statement', async () => {
    // PostgreSQL stamps statement_timestamp() once per message from the client: equal to the
    // transaction's start only when the BEGIN came in the same message.
    const { transaction, rows } = await OwnedTransaction.begin<{ same: boolean }>(freshEm(), () => 'select transaction_timestamp() = statement_timestamp() as same');
    await transaction.rollback();
    // The control: a BEGIN of its own, then the statement, as knex sends them.
    const em = freshEm();
    await em.begin();
    const [separate] = await em.execute<{ same: boolean }[]>('select pg_sleep(0.002), transaction_timestamp() = statement_timestamp() as same');
    await em.rollback();
    expect([rows[0].same, separate.same]).toEqual([true, false]);
  });

  it('quotes literals so that quotes and backslashes arrive as written', async () => {
    const given = `O'Brien \\ "x" '; select 1; --`;
    const { transaction, rows } = await OwnedTransaction.begin<{ value: string }>(freshEm(), (literal) => `select ${literal(given)} as value`);
    await transaction.rollback();
    expect(rows).toEqual([{ value: given }]);
  });

  it('runs MikroORM and hand-written SQL in the one transaction: commit keeps both, rollback neither', async () => {
    for (const commit of [true, false]) {
      const em = freshEm();
      const marker = `reqtx.${commit ? 'kept' : 'dropped'}`;
      const { transaction, rows } = await OwnedTransaction.begin<{ pid: number }>(em, (literal) => `select set_config('app.tenant_id', ${literal(tenant.id)}, true), pg_backend_pid() as pid`);
      em.persist(em.create(Tag, { tenantId: tenant.id, key: marker, label: marker, category: 'TIER' } as never));
      await em.flush();
      // The ORM's write is visible to a statement on the same connection before the commit.
      const [inside] = await em.execute<{ count: string; pid: number }[]>('select count(*) as count, pg_backend_pid() as pid from tag where key = ?', [marker]);
      if (commit) await (await transaction.commitBeforeAnswer()).ended;
      else await transaction.rollback();
      const [after] = await freshEm().getConnection().execute<{ count: string }[]>('select count(*) as count from tag where key = ?', [marker]);
      expect([marker, Number(inside.count), inside.pid === rows[0].pid, Number(after.count)]).toEqual([marker, 1, true, commit ? 1 : 0]);
    }
  });

  it('refuses statements once it has ended, from MikroORM and from hand-written SQL', async () => {
    // A request that never used MikroORM: no knex object was made, and none is made afterwards.
    const context = await openRequestContext(app.orm, `Bearer ${key}`, 'ended-test', 5000);
    await (await finishRequestContext(context)).ended;
    await expect(context.sql.rows('select 1')).rejects.toThrow(TransactionEndedError);
    await expect(context.em.find(Tag, {})).rejects.toThrow(TransactionEndedError);
    // A request that did: knex's object knows it has ended.
    const used = await openRequestContext(app.orm, `Bearer ${key}`, 'ended-orm-test', 5000);
    await used.em.find(Tag, {}, { limit: 1 });
    await (await finishRequestContext(used)).ended;
    await expect(used.sql.rows('select 1')).rejects.toThrow(TransactionEndedError);
    await expect(used.em.find(Tag, {})).rejects.toThrow(/already complete/);
    expect(connectionsInUse()).toBe(0);
  });

  it("makes knex's transaction object only for a request that uses MikroORM", async () => {
    const made = jest.spyOn((KnexTransactionState as unknown as { prototype: { _onAcquire(...args: unknown[]): unknown } }).prototype, '_onAcquire');
    try {
      const counts: number[] = [];
      for (const query of [
        '{ viewer { tenant { id } } }',
        '{ customers(first: 2) { edges { node { externalId orders(first: 1) { edges { node { amount } } } } } } }',
        '{ nps(input: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z", interval: MONTH }) { total { n } } }',
        'mutation { upsertTag(input: { key: "reqtx.made", label: "Made", category: TIER }) { id } }',
      ]) {
        made.mockClear();
        expect(errorCodes(await app.post({ query }, key))).toEqual([]);
        counts.push(made.mock.calls.length);
      }
      // Three reads of hand-written SQL, then a write through MikroORM.
      expect(counts).toEqual([0, 0, 0, 1]);
    } finally {
      made.mockRestore();
    }
  });

  it("keeps MikroORM inside it: its transaction cannot be taken away, and a nested one is a savepoint", async () => {
    const em = freshEm();
    const { transaction, rows } = await OwnedTransaction.begin<{ pid: number }>(em, (literal) => `select set_config('app.tenant_id', ${literal(tenant.id)}, true), pg_backend_pid() as pid`);
    try {
      // MikroORM's way to leave a transaction would send its next statement to the pool.
      expect(() => em.resetTransactionContext()).toThrow(TypeError);
      const [still] = await em.execute<{ pid: number }[]>('select pg_backend_pid() as pid');
      // A nested transaction that fails rolls back to its savepoint; one that succeeds is kept.
      await expect(
        em.transactional(async (nested) => {
          nested.persist(nested.create(Tag, { tenantId: tenant.id, key: 'reqtx.nested.failed', label: 'Failed', category: 'TIER' } as never));
          await nested.flush();
          throw new Error('nested failure');
        }),
      ).rejects.toThrow('nested failure');
      await em.transactional(async (nested) => {
        nested.persist(nested.create(Tag, { tenantId: tenant.id, key: 'reqtx.nested.kept', label: 'Kept', category: 'TIER' } as never));
      });
      const inside = await em.execute<{ key: string }[]>("select key from tag where key like 'reqtx.nested.%' order by key");
      expect([still.pid === rows[0].pid, inside.map((row) => row.key)]).toEqual([true, ['reqtx.nested.kept']]);
    } finally {
      await transaction.rollback();
    }
    const [after] = await freshEm().getConnection().execute<{ count: string }[]>("select count(*) as count from tag where key like 'reqtx.nested.%'");
    expect([Number(after.count), connectionsInUse()]).toEqual([0, 0]);
  });

  it('gives the connection up when its first statement fails, and the pool still serves', async () => {
    await expect(OwnedTransaction.begin(freshEm(), () => 'select 1 / 0')).rejects.toThrow(/division by zero/);
    expect(connectionsInUse()).toBe(0);
    const { transaction, rows } = await OwnedTransaction.begin<{ one: number }>(freshEm(), () => 'select 1 as one');
    await transaction.rollback();
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('gives every connection back whatever way the request ends (the pool holds 5)', async () => {
    const unknownKey = 'cxg_unknownprefix_' + 'x'.repeat(40);
    const outcomes: string[] = [];
    for (let round = 0; round < 8; round += 1) {
      // Unknown key: the read finds no row. Failing mutation: rolled back. Good read and write: committed.
      outcomes.push(errorCodes(await app.post({ query: '{ __typename }' }, unknownKey)).join());
      outcomes.push(errorCodes(await app.post({ query: 'mutation { upsertTag(input: { key: "", label: "x", category: TIER }) { id } }' }, key)).join());
      outcomes.push(errorCodes(await app.post({ query: '{ viewer { tenant { id } } }' }, key)).join());
      outcomes.push(errorCodes(await app.post({ query: `mutation { upsertTag(input: { key: "reqtx.round${round}", label: "Round", category: TIER }) { id } }` }, key)).join());
    }
    expect(new Set(outcomes)).toEqual(new Set(['UNAUTHENTICATED', 'BAD_USER_INPUT', '']));
    expect(connectionsInUse()).toBe(0);
    const [written] = await freshEm().getConnection().execute<{ count: string }[]>("select count(*) as count from tag where key like 'reqtx.round%'");
    expect(Number(written.count)).toBe(8);
  });

  describe('answering before the COMMIT', () => {
    // A COMMIT that takes 300 ms: a deferred constraint trigger on a probe table sleeps.
    beforeAll(async () => {
      await freshEm().getConnection().execute(`
        create table reqtx_probe (id int);
        create function reqtx_probe_slow_commit() returns trigger language plpgsql as $$ begin perform pg_sleep(0.3); return null; end $$;
        create constraint trigger reqtx_probe_slow after insert on reqtx_probe deferrable initially deferred for each row execute function reqtx_probe_slow_commit();`);
    });
    afterAll(async () => {
      await freshEm().getConnection().execute('drop table reqtx_probe; drop function reqtx_probe_slow_commit();');
    });

    it('waits for the COMMIT when the transaction may have written, so the write is visible once it resolves', async () => {
      const em = freshEm();
      const { transaction } = await OwnedTransaction.begin(em, () => 'select 1');
      await new SqlRunner(em, { count: 0 }).rows('with added as (insert into reqtx_probe values (1) returning id) select count(*) from added');
      const started = Date.now();
      const { ended } = await transaction.commitBeforeAnswer();
      const waitedMs = Date.now() - started;
      const [seen] = await freshEm().getConnection().execute<{ count: string }[]>('select count(*) as count from reqtx_probe');
      await ended;
      expect([transaction.mayHaveWritten, waitedMs >= 290, Number(seen.count)]).toEqual([true, true, 1]);
    });

    it('counts an ORM flush at the commit as a write', async () => {
      const em = freshEm();
      const { transaction } = await OwnedTransaction.begin(em, (literal) => `select set_config('app.tenant_id', ${literal(tenant.id)}, true)`);
      em.persist(em.create(Tag, { tenantId: tenant.id, key: 'reqtx.flushed', label: 'Flushed', category: 'TIER' } as never));
      await transaction.commitBeforeAnswer();
      const [seen] = await freshEm().getConnection().execute<{ count: string }[]>("select count(*) as count from tag where key = 'reqtx.flushed'");
      expect([transaction.mayHaveWritten, Number(seen.count)]).toEqual([true, 1]);
    });

    it('does not wait when the transaction only read, and gives the connection back unobserved', async () => {
      const em = freshEm();
      const { transaction } = await OwnedTransaction.begin(em, () => 'select 1');
      await new SqlRunner(em, { count: 0 }).rows('select count(*) from reqtx_probe');
      await em.getConnection().execute('select key as updated_key from tag limit 1');
      const { ended } = await transaction.commitBeforeAnswer();
      expect(transaction.mayHaveWritten).toBe(false);
      await ended;
      expect(connectionsInUse()).toBe(0);
      // The pool hands out its most recently returned connection first: the one just used. A
      // write on it now is not the ended transaction's.
      const client = app.orm.em.getKnex().client as unknown as { acquireConnection(): Promise<{ query(text: string): Promise<unknown> }>; releaseConnection(connection: object): Promise<void> };
      const connection = await client.acquireConnection();
      await connection.query('begin; insert into reqtx_probe values (2); rollback');
      await client.releaseConnection(connection);
      expect(transaction.mayHaveWritten).toBe(false);
    });

    it('knows every function of the schema as writing or read-only (a new one must be added to statement-writes.ts)', async () => {
      const rows = await freshEm().getConnection().execute<{ name: string }[]>(`
        select p.proname as name from pg_proc p
         where p.pronamespace = current_schema()::regnamespace and p.prorettype <> 'trigger'::regtype
           and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
         order by 1`);
      expect(rows.map((row) => row.name)).toEqual([...WRITING_FUNCTIONS, ...READ_ONLY_FUNCTIONS].sort());
    });

    it('answers GraphQL reads and writes alike: a write is seen by the next request, and every connection comes back', async () => {
      const answers: string[] = [];
      for (let round = 0; round < 4; round += 1) {
        answers.push(errorCodes(await app.post({ query: '{ viewer { tenant { id } } }' }, key)).join());
        answers.push(errorCodes(await app.post({ query: `mutation { upsertTag(input: { key: "reqtx.answered${round}", label: "Answered", category: TIER }) { id } }` }, key)).join());
        // A write is visible to the very next request.
        const listed = await app.post({ query: '{ tags(first: 100) { edges { node { key } } } }' }, key);
        answers.push(JSON.stringify(listed.body).includes(`reqtx.answered${round}`) ? 'seen' : 'missing');
      }
      expect(new Set(answers)).toEqual(new Set(['', 'seen']));
      // A read's COMMIT may still be on its way when its answer arrives; it is back within moments.
      const deadline = Date.now() + 2000;
      while (connectionsInUse() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(connectionsInUse()).toBe(0);
    });
  });
});
