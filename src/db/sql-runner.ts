import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { SqlFragment } from '../common/sql-fragment.js';
import type { StatementCounter } from './statement-counter.js';
import { OwnedTransaction, TransactionEndedError } from './owned-transaction.js';

export { TransactionEndedError };
export { toDate } from './timestamp-text.js';

/**
 * Runs hand-written SQL inside the request's transaction with real bind parameters (`?`
 * placeholders sent as `$n`, never spliced into the text), and counts each statement.
 */
export class SqlRunner {
  constructor(
    private readonly em: EntityManager,
    private readonly counter: StatementCounter,
  ) {}

  // GraphQL resolves sibling fields at the same time, but a request has one connection: each
  // statement waits for the one before it instead of overlapping on the wire.
  private previous: Promise<unknown> = Promise.resolve();

  rows<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const rows = this.previous.then(() => this.run<T>(sql, params));
    this.previous = rows.catch(() => undefined);
    return rows;
  }

  private async run<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    this.counter.count += 1;
    statementRecorder?.(sql, params);
    // A request's transaction (owned-transaction.ts) takes statements directly. Asking the
    // EntityManager for its transaction would make knex's object, which only MikroORM needs.
    const owned = OwnedTransaction.of(this.em);
    if (owned) return (await owned.query<Record<string, unknown>>({ text: positionalSql(sql, params), values: params as unknown[] })).rows as T[];
    const transaction = this.em.getTransactionContext<Knex.Transaction>();
    if (!transaction) return ((await this.em.getKnex().raw(sql, params as never)) as pg.QueryResult).rows as T[];
    // Inside a transaction the statement goes to its connection directly: knex's raw query
    // path (binding scans, query events, its promise chain) cost about 0.2 ms per statement on
    // the analytics statements, a tenth of what a small dashboard metric spends outside SQL.
    const text = positionalSql(sql, params);
    const connection = await connectionOf(transaction);
    // The same check knex makes: once the transaction's COMMIT or ROLLBACK has been sent, the
    // connection may already serve another request (another tenant) from the pool.
    if (transaction.isCompleted()) throw new TransactionEndedError();
    const result = await connection.query<Record<string, unknown>>({ text, values: params as unknown[] });
    return result.rows as T[];
  }

  /** Runs a composed fragment (see common/sql-fragment.ts). */
  query<T = Record<string, unknown>>(fragment: SqlFragment): Promise<T[]> {
    return this.rows<T>(fragment.text, fragment.params);
  }

  async one<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    const [row] = await this.rows<T>(sql, params);
    return row;
  }
}

const connections = new WeakMap<Knex.Transaction, Promise<pg.ClientBase>>();

/** The pg client a knex transaction holds (its client hands out that one connection only). */
function connectionOf(transaction: Knex.Transaction): Promise<pg.ClientBase> {
  let connection = connections.get(transaction);
  if (!connection) {
    connection = (transaction.client as { acquireConnection(): Promise<pg.ClientBase> }).acquireConnection();
    connections.set(transaction, connection);
  }
  return connection;
}

/**
 * `?` placeholders as PostgreSQL's `$1, $2, …`, with knex's checks kept: every placeholder has
 * a value and none is undefined (pg would quietly send NULL for it). Hand-written SQL here uses
 * neither knex's `??` identifiers nor `\\?` escapes, so every `?` is a value.
 */
export function positionalSql(sql: string, params: readonly unknown[]): string {
  let index = 0;
  const text = sql.replace(/\?/g, () => `$${++index}`);
  if (index !== params.length) throw new Error(`The statement has ${index} placeholders for ${params.length} values`);
  const missing = params.findIndex((value) => value === undefined);
  if (missing >= 0) throw new Error(`The statement's value ${missing + 1} is undefined`);
  return text;
}

type StatementRecorder = (sql: string, params: readonly unknown[]) => void;
let statementRecorder: StatementRecorder | undefined;

/**
 * Sees every hand-written statement with its parameters. Only the analytics benchmark sets it,
 * to replay the exact SQL of a GraphQL request as its "SQL floor".
 */
export function recordStatements(recorder: StatementRecorder | undefined): void {
  statementRecorder = recorder;
}
