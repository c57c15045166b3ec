import type { EntityManager } from '@mikro-orm/postgresql';
import { finishRequestContext, openRequestContext } from '../../src/context.js';
import { OwnedTransaction } from '../../src/db/owned-transaction.js';
import { TransactionEndedError } from '../../src/db/sql-runner.js';
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
      if (commit) await transaction.commit();
      else await transaction.rollback();
      const [after] = await freshEm().getConnection().execute<{ count: string }[]>('select count(*) as count from tag where key = ?', [marker]);
      expect([marker, Number(inside.count), inside.pid === rows[0].pid, Number(after.count)]).toEqual([marker, 1, true, commit ? 1 : 0]);
    }
  });

  it('refuses statements once it has ended, from MikroORM and from hand-written SQL', async () => {
    const context = await openRequestContext(app.orm, `Bearer ${key}`, 'ended-test', 5000);
    await finishRequestContext(context);
    await expect(context.sql.rows('select 1')).rejects.toThrow(TransactionEndedError);
    await expect(context.em.find(Tag, {})).rejects.toThrow(/already complete/);
    expect(connectionsInUse()).toBe(0);
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
});
