import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';

/**
 * A transaction on a pool connection taken by this code rather than by knex, for the path every
 * GraphQL request takes. Its BEGIN travels in the same round trip as the first statement, and it
 * ends without MikroORM's commit events: a round trip and some CPU less on every request
 * (docs/BENCHMARKS.md has the measurements).
 *
 * MikroORM and knex still run their statements in it: the EntityManager is handed a knex
 * transaction made over the same connection, which neither begins nor releases it. The knex
 * transaction sends the COMMIT or ROLLBACK itself, so it knows it has ended and refuses any
 * later statement, as it does for its own transactions.
 */
export class OwnedTransaction {
  private ended = false;

  private constructor(
    private readonly em: EntityManager,
    private readonly client: KnexClient,
    private readonly connection: pg.ClientBase,
    private readonly handle: Knex.Transaction,
  ) {}

  /**
   * Takes a connection, sends `begin` and `firstStatement` in one simple-protocol round trip and
   * gives `em` the transaction. Simple protocol has no bind parameters: `firstStatement` must
   * quote every value with the `literal` it is given. On any failure the connection is given
   * up, so the caller has nothing to end.
   */
  static async begin<Row>(em: EntityManager, firstStatement: (literal: (value: string) => string) => string): Promise<{ transaction: OwnedTransaction; rows: Row[] }> {
    const client = em.getKnex().client as KnexClient;
    const connection = await client.acquireConnection();
    let results: pg.QueryResult[];
    try {
      // Two statements in one text give one result each.
      results = (await connection.query(`begin; ${firstStatement((value) => connection.escapeLiteral(value))}`)) as unknown as pg.QueryResult[];
    } catch (error) {
      // Lost, or a statement error inside the transaction just begun: the pool closes this
      // connection, which ends the transaction, rather than wait on a ROLLBACK it may never answer.
      markBroken(connection, error);
      await client.releaseConnection(connection);
      throw error;
    }
    const handle = await transactionOver(client, connection);
    em.setTransactionContext(handle);
    return { transaction: new OwnedTransaction(em, client, connection, handle), rows: results[1].rows as Row[] };
  }

  /** Flushes the EntityManager's pending changes, commits and returns the connection. */
  async commit(): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      await this.rollback().catch(() => undefined);
      throw error;
    }
    await this.end(() => this.handle.commit());
  }

  /** Rolls back (a second call does nothing) and returns the connection. */
  async rollback(): Promise<void> {
    await this.end(() => this.handle.rollback());
  }

  private async end(send: () => Promise<unknown>): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    try {
      await send();
      // knex reports a failed COMMIT or ROLLBACK through the transaction's outcome, not the query's.
      await (this.handle as Knex.Transaction & { executionPromise: Promise<unknown> }).executionPromise;
    } catch (error) {
      // A COMMIT or ROLLBACK that failed leaves the connection's state unknown: the pool drops it.
      // knex rejects a ROLLBACK that got no answer in 5 s without a reason.
      const failure = error instanceof Error ? error : new Error('The transaction did not end: its COMMIT or ROLLBACK got no answer');
      markBroken(this.connection, failure);
      throw failure;
    } finally {
      await this.client.releaseConnection(this.connection);
    }
  }
}

/** knex's client as used here; its pool hands out pg clients. */
interface KnexClient {
  acquireConnection(): Promise<pg.ClientBase>;
  releaseConnection(connection: pg.ClientBase): Promise<void>;
  transaction(container: (transactor: Knex.Transaction) => void, config: object): KnexTransactionState;
}

/** knex's transaction state object (not the transactor handed to the container). */
interface KnexTransactionState {
  begin(connection: pg.ClientBase): Promise<unknown>;
  catch(onRejected: (error: unknown) => void): Promise<unknown>;
}

/**
 * A knex transactor over a connection whose transaction has begun. knex takes an outside
 * connection as it is (`config.connection`: it neither acquires nor releases it); its BEGIN is
 * replaced before it runs, a microtask after the state object is made.
 */
function transactionOver(client: KnexClient, connection: pg.ClientBase): Promise<Knex.Transaction> {
  return new Promise((resolve, reject) => {
    const state = client.transaction(resolve, { connection, userParams: {}, doNotRejectOnRollback: true });
    state.begin = () => Promise.resolve();
    void state.catch(reject);
  });
}

/** knex's pg dialect marks a connection that errored; its pool then destroys it instead of reusing it. */
function markBroken(connection: pg.ClientBase, error: unknown): void {
  (connection as { __knex__disposed?: unknown }).__knex__disposed = error;
}
