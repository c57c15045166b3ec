import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { mayWrite } from './statement-writes.js';

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
 *
 * Every statement sent on the connection while the transaction is open is seen here, so that a
 * request whose transaction wrote nothing can answer without waiting for its COMMIT.
 */
export class OwnedTransaction {
  private ended = false;
  private wrote = false;
  private restoreQuery = () => {};

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
    let handle: Knex.Transaction;
    try {
      // Two statements in one text give one result each.
      const answered = connection.query(`begin; ${firstStatement((value) => connection.escapeLiteral(value))}`) as unknown as Promise<pg.QueryResult[]>;
      answered.catch(() => undefined);
      // knex's transaction object is made while the message travels; if the message fails it is
      // dropped unused (it holds no timer and sends nothing by itself).
      handle = await transactionOver(client, connection);
      results = await answered;
    } catch (error) {
      // Lost, or a statement error inside the transaction just begun: the pool closes this
      // connection, which ends the transaction, rather than wait on a ROLLBACK it may never answer.
      markBroken(connection, error);
      await client.releaseConnection(connection);
      throw error;
    }
    em.setTransactionContext(handle);
    const transaction = new OwnedTransaction(em, client, connection, handle);
    transaction.observeStatements();
    return { transaction, rows: results[1].rows as Row[] };
  }

  /**
   * Flushes the EntityManager's pending changes and commits, for a caller that answers a client:
   * resolves once the answer may go out.
   * That is when the COMMIT has been answered if the transaction may have written (the client
   * may read its writes back at once), and as soon as the COMMIT is sent if it wrote nothing: a
   * COMMIT then has nothing to keep or lose, and waiting for it only delays the answer.
   * `ended` settles when the transaction has ended and the connection is back in the pool.
   */
  async commitBeforeAnswer(): Promise<{ ended: Promise<void> }> {
    await this.flushOrRollBack();
    const ended = this.end(() => this.handle.commit());
    if (this.wrote) await ended;
    else ended.catch(() => undefined); // the caller awaits it after answering
    return { ended };
  }

  /** Whether a statement that may write (statement-writes.ts) has been sent in this transaction. */
  get mayHaveWritten(): boolean {
    return this.wrote;
  }

  private async flushOrRollBack(): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      await this.rollback().catch(() => undefined);
      throw error;
    }
  }

  /** Rolls back (a second call does nothing) and returns the connection. */
  async rollback(): Promise<void> {
    await this.end(() => this.handle.rollback());
  }

  /**
   * Sees each statement sent on the connection (knex's, MikroORM's through knex, and the SQL
   * runner's all call its `query`) until the transaction ends. The connection's own method is
   * shadowed on the instance and the shadow removed before the connection goes back to the pool.
   */
  private observeStatements(): void {
    const connection = this.connection as unknown as { query: (...args: unknown[]) => unknown };
    const own = Object.getOwnPropertyDescriptor(connection, 'query');
    const query = connection.query;
    connection.query = (...args: unknown[]) => {
      if (!this.wrote && mayWrite(statementText(args[0]))) this.wrote = true;
      return query.apply(connection, args);
    };
    this.restoreQuery = () => {
      if (own) Object.defineProperty(connection, 'query', own);
      else delete (connection as { query?: unknown }).query;
    };
  }

  private async end(send: () => Promise<unknown>): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.restoreQuery();
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

/** The SQL of a `query` call's first argument (a text, or a config or query object with one); '' if none. */
function statementText(config: unknown): string {
  if (typeof config === 'string') return config;
  const text = (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
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
