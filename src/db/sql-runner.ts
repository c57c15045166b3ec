import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlFragment } from '../common/sql-fragment.js';
import type { StatementCounter } from './statement-counter.js';

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
    const query = this.em.getKnex().raw(sql, params as never);
    const transaction = this.em.getTransactionContext();
    if (transaction) query.transacting(transaction);
    const result = await query;
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

type StatementRecorder = (sql: string, params: readonly unknown[]) => void;
let statementRecorder: StatementRecorder | undefined;

/**
 * Sees every hand-written statement with its parameters. Only the analytics benchmark sets it,
 * to replay the exact SQL of a GraphQL request as its "SQL floor".
 */
export function recordStatements(recorder: StatementRecorder | undefined): void {
  statementRecorder = recorder;
}

/**
 * MikroORM's driver returns timestamptz columns as text so it can convert them itself; rows of
 * hand-written SQL that are not mapped to entities convert them here.
 */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  const separator = text[10];
  if (separator !== ' ' && separator !== 'T') return new Date(text);
  // PostgreSQL writes "2026-03-04 05:06:07.089+00": ISO 8601 once the space is a T and the
  // offset has its minutes. Slicing instead of regular expressions: a page of orders with
  // their feedback converts thousands of these, and this was its largest cost after the ORM.
  const sign = text.charCodeAt(text.length - 3);
  const minutes = sign === PLUS || sign === MINUS ? ':00' : '';
  return new Date(`${text.slice(0, 10)}T${text.slice(11)}${minutes}`);
}

const PLUS = 43;
const MINUS = 45;
