import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { SqlRunner, TransactionEndedError } from '../../src/db/sql-runner.js';

/**
 * Hand-written SQL inside a transaction goes straight to the transaction's pg connection
 * (db/sql-runner.ts) instead of through knex. It must still bind every `?` as a value, keep
 * knex's refusals of a wrong value count and of undefined values, run in the transaction it was
 * given, and never run once that transaction has sent its COMMIT (its connection may then be
 * serving another request).
 */
describe('SqlRunner inside a transaction', () => {
  let orm: Orm;

  beforeAll(async () => {
    orm = await openOrm({ databaseUrl: process.env.TEST_DATABASE_URL as string, poolSize: 2 });
  });

  afterAll(async () => {
    await orm.close();
  });

  async function inTransaction(work: (sql: SqlRunner, em: EntityManager) => Promise<void>): Promise<void> {
    const em = orm.em.fork() as EntityManager;
    await em.begin();
    try {
      await work(new SqlRunner(em, { count: 0 }), em);
    } finally {
      if (!em.getTransactionContext<Knex.Transaction>()?.isCompleted()) await em.rollback();
    }
  }

  it('binds each ? in order, arrays and nulls included', async () => {
    await inTransaction(async (sql) => {
      const [row] = await sql.rows<{ sum: number; tags: string[]; missing: boolean; text: string }>(
        'select ?::int + ?::int as sum, ?::text[] as tags, ?::text is null as missing, ?::text as text',
        [2, 3, ['a', 'b'], null, "it's ?"],
      );
      // 2 + 3 = 5; a value containing a question mark is a value, not a placeholder.
      expect(row).toEqual({ sum: 5, tags: ['a', 'b'], missing: true, text: "it's ?" });
    });
  });

  it("runs every statement in the transaction it was given", async () => {
    await inTransaction(async (sql) => {
      await sql.rows("select set_config('app.sql_runner_probe', ?, true)", ['inside']);
      const [row] = await sql.rows<{ probe: string; in_transaction: boolean }>(
        "select current_setting('app.sql_runner_probe', true) as probe, now() = statement_timestamp() as in_transaction",
      );
      // A transaction-local setting is only visible on the same connection in the same
      // transaction; inside a transaction now() is its start, before this statement's time.
      expect(row).toEqual({ probe: 'inside', in_transaction: false });
    });
  });

  it('refuses a wrong number of values or an undefined value before sending anything', async () => {
    await inTransaction(async (sql) => {
      await expect(sql.rows('select ?::int, ?::int', [1])).rejects.toThrow('The statement has 2 placeholders for 1 values');
      await expect(sql.rows('select ?::int, ?::int', [1, undefined])).rejects.toThrow("The statement's value 2 is undefined");
      // Nothing reached PostgreSQL, so the transaction is not aborted and goes on.
      await expect(sql.rows<{ one: number }>('select 1 as one')).resolves.toEqual([{ one: 1 }]);
    });
  });

  it('does not run a statement once the transaction has sent its COMMIT', async () => {
    await inTransaction(async (sql, em) => {
      await sql.rows('select 1');
      await em.getTransactionContext<Knex.Transaction>()!.commit();
      await expect(sql.rows('select 1')).rejects.toThrow(TransactionEndedError);
    });
  });
});
