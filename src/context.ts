import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildPages } from './common/child-pages.js';
import type { ExecutorUsed } from './common/compiled-executor.js';
import type { Orm } from './db/orm.js';
import { SqlRunner } from './db/sql-runner.js';
import type { StatementCounter } from './db/statement-counter.js';
import type { OwnedTransaction } from './db/owned-transaction.js';
import { beginKeyTransaction } from './db/tenancy.js';
import { ApiKeyService, keyOf, keyWithTenantOf, type Authentication } from './modules/auth/api-key.service.js';
import { RequestLoaders } from './request-loaders.js';

/** What services need to act for one tenant inside the request's transaction. */
export interface TenantScope {
  tenantId: string;
  em: EntityManager;
  sql: SqlRunner;
}

/** Everything one GraphQL request owns. Built per request, never shared. */
export interface RequestContext extends TenantScope {
  requestId: string;
  auth: Authentication;
  statements: StatementCounter;
  loaders: RequestLoaders;
  childPages: ChildPages;
  /**
   * Whether any error reached the response: the transaction then rolls back. An object, not a
   * flag on the context: Apollo hands each operation a shallow copy of the context, so a flag
   * set by a plugin on its copy would never reach the request's own. `executor` says which one
   * ran the operation (compiled-executor.ts), told to clients outside production.
   */
  outcome: { hadErrors: boolean; executor?: ExecutorUsed };
  /** The PostgreSQL server process of the request's connection (to cancel its statement). */
  backendPid: number;
  /** The request's transaction; `finishRequestContext` ends it. */
  transaction: OwnedTransaction;
}

/**
 * Authenticates the request's key and opens its tenant transaction in the same statement
 * (db/tenancy.ts beginKeyTransaction); the loaders are made on first use. A request without a
 * well-formed key is refused before it takes a connection; a key that fails its checks rolls
 * the transaction back. The caller must end the context with `finishRequestContext`.
 */
export async function openRequestContext(orm: Orm, authorization: string | undefined, requestId: string, statementTimeoutMs: number): Promise<RequestContext> {
  keyOf(authorization); // throws for a missing or malformed header, before a connection is taken
  const statements: StatementCounter = { count: 0 };
  const em = orm.em.fork({ loggerContext: { requestId, statementCounter: statements } }) as EntityManager;
  const sql = new SqlRunner(em, statements);
  let backendPid = 0;
  let transaction: OwnedTransaction | undefined;
  let auth: Authentication;
  try {
    // The caller records the key's use once the request's connection is back in the pool.
    const lookup = async (prefix: string) => {
      const session = await beginKeyTransaction(em, prefix, statementTimeoutMs);
      statements.count += 1;
      transaction = session.transaction;
      backendPid = session.backendPid;
      return session.row && keyWithTenantOf(em, session.row);
    };
    auth = await new ApiKeyService(em).authenticate(authorization, lookup, { recordUse: false });
  } catch (error) {
    await transaction?.rollback().catch(() => undefined);
    throw error;
  }
  // authenticate succeeds only after its lookup has found the key, so the transaction is open.
  if (!transaction) throw new Error('The request authenticated without opening its transaction');
  const tenantId = auth.tenant.id;
  return {
    requestId,
    auth,
    tenantId,
    em,
    sql,
    statements,
    loaders: new RequestLoaders(sql, em, tenantId),
    childPages: new ChildPages(sql, em, tenantId),
    outcome: { hadErrors: false },
    backendPid,
    transaction,
  };
}

/**
 * Commits when the request succeeded, else rolls back: a failed mutation writes nothing.
 * Resolves when the answer may go out (OwnedTransaction.commitBeforeAnswer: a transaction that
 * wrote nothing answers without waiting for its COMMIT); `ended` settles once the connection is
 * back in the pool.
 */
export async function finishRequestContext(context: RequestContext): Promise<{ ended: Promise<void> }> {
  if (context.outcome.hadErrors) {
    await context.transaction.rollback();
    return { ended: Promise.resolve() };
  }
  // A failed flush rolls back; either way the connection goes back to the pool.
  return context.transaction.commitBeforeAnswer();
}
