import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import KnexTransactionState from 'knex/lib/execution/transaction.js';
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { mayWrite } from './statement-writes.js';

/**
 * A transaction on a pool connection taken by this code rather than by knex, for the path every
 * GraphQL request takes. Its BEGIN travels in the same round trip as the first statement, and it
 * ends without MikroORM's commit events: a round trip and some CPU less on every request
 * (docs/BENCHMARKS.md has the measurements).
 *
 * Hand-written SQL (db/sql-runner.ts) goes to the connection directly. MikroORM and knex run
 * their statements in it through a knex transaction object over the same connection, which
 * neither begins nor releases it; that object is made only when MikroORM first asks for the
 * EntityManager's transaction. Most requests never do, and making it was about a fifth of the
 * CPU time of a small request (docs/BENCHMARKS.md). Once made, it sends the COMMIT or ROLLBACK
 * itself, so it knows it has ended and refuses any later statement, as it does for knex's own
 * transactions; without it, the transaction refuses them itself.
 *
 * Every statement sent on the connection while the transaction is open is seen here, so that a
 * request whose transaction wrote nothing can answer without waiting for its COMMIT.
 */
export class OwnedTransaction {
  private ended = false;
  private wrote = false;
  /** knex's transaction object, once MikroORM has asked for it. */
  private handle: Knex.Transaction | undefined;
  /** A transaction MikroORM put in the EntityManager in place of this one's (a savepoint). */
  private ormReplacement: Knex.Transaction | undefined;

  private constructor(
    private readonly em: EntityManager,
    private readonly client: KnexClient,
    private readonly connection: pg.ClientBase,
  ) {}

  /** The transaction an EntityManager was given by `begin`, if any. */
  static of(em: EntityManager): OwnedTransaction | undefined {
    return (em as LentEntityManager)[OWNED_TRANSACTION];
  }

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
    const transaction = new OwnedTransaction(em, client, connection);
    transaction.lendToOrm();
    transaction.observeStatements();
    return { transaction, rows: results[1].rows as Row[] };
  }

  /**
   * Runs a statement on the transaction's connection; refused once the COMMIT or ROLLBACK has
   * been sent, when the connection may already serve another request (another tenant).
   */
  query<R extends pg.QueryResultRow>(statement: pg.QueryConfig): Promise<pg.QueryResult<R>> {
    if (this.ended) return Promise.reject(new TransactionEndedError());
    return this.connection.query<R>(statement);
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
    const ended = this.end('commit');
    if (this.wrote) await ended;
    else ended.catch(() => undefined); // the caller awaits it after answering
    return { ended };
  }

  /** Whether a statement that may write (statement-writes.ts) has been sent in this transaction. */
  get mayHaveWritten(): boolean {
    return this.wrote;
  }

  private async flushOrRollBack(): Promise<void> {
    // A flush with nothing to write still asks for the transaction (and so would make knex's
    // object for nothing); an EntityManager that manages no entity has nothing to write.
    if (!hasEntities(this.em)) return;
    try {
      await this.em.flush();
    } catch (error) {
      await this.rollback().catch(() => undefined);
      throw error;
    }
  }

  /** Rolls back (a second call does nothing) and returns the connection. */
  async rollback(): Promise<void> {
    await this.end('rollback');
  }

  /**
   * The EntityManager's transaction is read through an accessor that makes knex's object the
   * first time it is read. MikroORM may put a transaction of its own (a savepoint) in its place
   * and take it back, but never remove it: removing it would send MikroORM's next statement to
   * the pool, outside the tenant's transaction, so the property cannot be deleted.
   *
   * The accessor's functions are shared by every request and read the transaction from the
   * EntityManager. V8 keeps an accessor defined with functions of its own, and all they hold,
   * past young-generation collections until a full one: with per-request functions here, every
   * request's objects survived and made each collection copy megabytes (docs/BENCHMARKS.md).
   */
  private lendToOrm(): void {
    (this.em as LentEntityManager)[OWNED_TRANSACTION] = this;
    Object.defineProperty(this.em, 'transactionContext', ORM_TRANSACTION_PROPERTY);
  }

  /** What MikroORM reads as the EntityManager's transaction. */
  ormTransaction(): Knex.Transaction {
    if (this.ormReplacement) return this.ormReplacement;
    if (!this.handle) {
      // After the end the connection is back in the pool: nothing may be made over it.
      if (this.ended) throw new TransactionEndedError();
      this.handle = transactionOver(this.client, this.connection);
    }
    return this.handle;
  }

  replaceOrmTransaction(replacement: Knex.Transaction | undefined): void {
    this.ormReplacement = replacement;
  }

  /**
   * Sees each statement sent on the connection (knex's, MikroORM's through knex, and the SQL
   * runner's all call its `query`) until the transaction ends. The connection's `query` is
   * wrapped once for its life in the pool; the wrapper tells the transaction the connection
   * serves, and none once it has ended.
   */
  private observeStatements(): void {
    const connection = observable(this.connection);
    connection[STATEMENT_OBSERVER] = this;
  }

  /** Called by the connection's wrapper with every statement sent while this transaction is open. */
  sawStatement(text: string): void {
    if (!this.wrote && mayWrite(text)) this.wrote = true;
  }

  private async end(how: 'commit' | 'rollback'): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    (this.connection as ObservableConnection)[STATEMENT_OBSERVER] = undefined;
    try {
      if (this.handle) {
        await (how === 'commit' ? this.handle.commit() : this.handle.rollback());
        // knex reports a failed COMMIT or ROLLBACK through the transaction's outcome, not the query's.
        await (this.handle as Knex.Transaction & { executionPromise: Promise<unknown> }).executionPromise;
      } else {
        await answeredWithin(this.connection.query(how), how === 'rollback' ? ROLLBACK_WAIT_MS : undefined);
      }
    } catch (error) {
      // A COMMIT or ROLLBACK that failed leaves the connection's state unknown: the pool drops it.
      // knex rejects a ROLLBACK that got no answer in 5 s without a reason.
      const failure = error instanceof Error ? error : new NoAnswerError('The transaction did not end: its COMMIT or ROLLBACK got no answer');
      markBroken(this.connection, failure);
      throw failure;
    } finally {
      await this.client.releaseConnection(this.connection);
    }
  }
}

/**
 * A statement for a transaction that has ended, or that never began: knex answers a BEGIN that
 * failed (a lost connection) with a transaction already marked finished.
 */
export class TransactionEndedError extends Error {
  constructor() {
    super('The transaction has ended or its BEGIN failed; the statement was not run');
  }
}

const OWNED_TRANSACTION = Symbol('cxgraph.ownedTransaction');
const STATEMENT_OBSERVER = Symbol('cxgraph.statementObserver');

/** A request's EntityManager, with the transaction it was lent. */
type LentEntityManager = EntityManager & { [OWNED_TRANSACTION]?: OwnedTransaction };

// One definition shared by every request: its functions find the transaction on the EntityManager.
const ORM_TRANSACTION_PROPERTY: PropertyDescriptor = {
  get(this: LentEntityManager) {
    return this[OWNED_TRANSACTION]!.ormTransaction();
  },
  set(this: LentEntityManager, value: Knex.Transaction | undefined) {
    this[OWNED_TRANSACTION]!.replaceOrmTransaction(value);
  },
  enumerable: true,
  configurable: false,
};

type Query = (...args: unknown[]) => unknown;

/** A pool connection whose `query` tells the open transaction, if any, each statement. */
type ObservableConnection = pg.ClientBase & { [STATEMENT_OBSERVER]?: OwnedTransaction; [OBSERVED_QUERY]?: Query };

const OBSERVED_QUERY = Symbol('cxgraph.observedQuery');

/** The connection with its `query` wrapped (the first time it serves a request's transaction). */
function observable(connection: pg.ClientBase): ObservableConnection {
  const observed = connection as ObservableConnection;
  if (observed[OBSERVED_QUERY]) return observed;
  const query = (connection as unknown as { query: Query }).query;
  const wrapper: Query = (...args: unknown[]) => {
    observed[STATEMENT_OBSERVER]?.sawStatement(statementText(args[0]));
    return query.apply(connection, args);
  };
  observed[OBSERVED_QUERY] = wrapper;
  (connection as unknown as { query: Query }).query = wrapper;
  return observed;
}

// knex gives a ROLLBACK 5 s before it gives up on the connection; so does a transaction without knex's object.
const ROLLBACK_WAIT_MS = 5000;

/** The database did not answer in time; a system error's code, so the request is answered 503 (format-error.ts). */
class NoAnswerError extends Error {
  readonly code = 'ETIMEDOUT';
}

function answeredWithin(answer: Promise<unknown>, waitMs: number | undefined): Promise<unknown> {
  if (waitMs === undefined) return answer;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerError(`The ROLLBACK got no answer in ${waitMs / 1000} s`)), waitMs);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

/** Whether the EntityManager manages any entity or has any waiting to be inserted or removed. */
function hasEntities(em: EntityManager): boolean {
  const work = em.getUnitOfWork();
  if (work.getPersistStack().size > 0 || work.getRemoveStack().size > 0 || work.getOrphanRemoveStack().size > 0) return true;
  return !work.getIdentityMap()[Symbol.iterator]().next().done;
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
  config?: { debug?: boolean };
  logger?: unknown;
}

let transactionsMade = 0;

/**
 * knex's transaction object over a connection whose transaction has begun, made at once:
 * MikroORM reads the EntityManager's transaction synchronously. knex makes it in its state
 * object's `_onAcquire` once its own BEGIN has been answered. Here the state object is set up as
 * its constructor does, without the constructor's asynchronous start (which would acquire and
 * begin), and its BEGIN is a thenable that runs callbacks at once, so `_onAcquire` has handed
 * the object over before it returns. A knex whose `_onAcquire` no longer works this way fails
 * here, on the first ORM statement of a request, and in the tests.
 */
function transactionOver(client: KnexClient, connection: pg.ClientBase): Knex.Transaction {
  const state = Object.create(KnexTransactionState.prototype) as KnexTransactionStateInternals;
  EventEmitter.call(state as unknown as EventEmitter);
  Object.assign(state, {
    userParams: {},
    doNotRejectOnRollback: true,
    txid: `owned${(transactionsMade += 1)}`,
    client,
    logger: client.logger,
    outerTx: null,
    trxClient: undefined,
    _completed: false,
    _debug: client.config?.debug,
    _lastChild: Promise.resolve(),
    begin: () => answeredAtOnce(undefined),
  });
  let transactor: Knex.Transaction | undefined;
  // Its promise settles with the transaction's outcome, which end() reads from the transactor.
  state._onAcquire((made) => (transactor = made), connection).catch(() => undefined);
  if (!transactor) throw new Error("knex did not hand over its transaction object at once; has knex's Transaction#_onAcquire changed?");
  return transactor;
}

/** A thenable already fulfilled that runs `then` callbacks at once rather than in a microtask. */
function answeredAtOnce(value: unknown): PromiseLike<unknown> & { catch(): unknown } {
  return {
    then: (onFulfilled) => answeredAtOnce(onFulfilled ? onFulfilled(value) : value) as never,
    catch() {
      return this;
    },
  };
}

interface KnexTransactionStateInternals {
  _onAcquire(container: (transactor: Knex.Transaction) => void, connection: pg.ClientBase): Promise<unknown>;
}

/** knex's pg dialect marks a connection that errored; its pool then destroys it instead of reusing it. */
function markBroken(connection: pg.ClientBase, error: unknown): void {
  (connection as { __knex__disposed?: unknown }).__knex__disposed = error;
}
