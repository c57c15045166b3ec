import type { ServerResponse } from 'node:http';
import { ErrorCode } from './errors.js';
import { TransactionEndedError } from '../db/sql-runner.js';
import { fromDatabaseError } from './format-error.js';

/** A failure answered with an HTTP status and a GraphQL-style error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, field?: string) {
  return { errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/** The HTTP answer to an error thrown before GraphQL execution (auth, body, database). */
export function httpFailure(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const extensions = (error as { extensions?: { code?: string; http?: { status?: number } } }).extensions;
  if (extensions?.code === ErrorCode.UNAUTHENTICATED) return new HttpError(401, ErrorCode.UNAUTHENTICATED, (error as Error).message);
  const database = fromDatabaseError(error);
  if (database?.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) return new HttpError(503, ErrorCode.SERVICE_UNAVAILABLE, database.message);
  if (lostOnBegin(error)) return new HttpError(503, ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable; try again shortly');
  return new HttpError(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}

// knex answers a BEGIN that failed on a lost connection with a finished transaction, keeping the
// error to itself; the first statement of the request's transaction then fails with
// TransactionEndedError (hand-written SQL) or knex's own message (ORM queries). That statement
// runs before GraphQL execution, so it is mapped here and not in formatError, where it would
// rather mean a bug (a statement after the commit).
function lostOnBegin(error: unknown): boolean {
  if (error instanceof TransactionEndedError) return true;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.includes('Transaction query already complete');
}
