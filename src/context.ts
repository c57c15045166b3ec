import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildPages } from './common/child-pages.js';
import type { Orm } from './db/orm.js';
import { SqlRunner } from './db/sql-runner.js';
import type { StatementCounter } from './db/statement-counter.js';
import { beginTenantTransaction } from './db/tenancy.js';
import type { Authentication } from './modules/auth/api-key.service.js';
import { createCustomerLoaders } from './modules/customer/customer.loader.js';
import { createJourneyLoaders } from './modules/journey/journey.loader.js';

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
  loaders: ReturnType<typeof createCustomerLoaders> & ReturnType<typeof createJourneyLoaders>;
  childPages: ChildPages;
  /**
   * Whether any error reached the response: the transaction then rolls back. An object, not a
   * flag on the context: Apollo hands each operation a shallow copy of the context, so a flag
   * set by a plugin on its copy would never reach the request's own.
   */
  outcome: { hadErrors: boolean };
  /** The PostgreSQL server process of the request's connection (to cancel its statement). */
  backendPid: number;
}

/**
 * Forks the EntityManager, opens the tenant transaction and builds the per-request loaders.
 * The caller must end it with `finishRequestContext`.
 */
export async function createRequestContext(orm: Orm, auth: Authentication, requestId: string, statementTimeoutMs: number): Promise<RequestContext> {
  const statements: StatementCounter = { count: 0 };
  const em = orm.em.fork({ loggerContext: { requestId, statementCounter: statements } }) as EntityManager;
  const sql = new SqlRunner(em, statements);
  const tenantId = auth.tenant.id;
  const { backendPid } = await beginTenantTransaction(em, sql, tenantId, statementTimeoutMs);
  return {
    requestId,
    auth,
    tenantId,
    em,
    sql,
    statements,
    loaders: { ...createCustomerLoaders(sql, em, tenantId), ...createJourneyLoaders(sql, em, tenantId) },
    childPages: new ChildPages(sql, em, tenantId),
    outcome: { hadErrors: false },
    backendPid,
  };
}

/** Commits when the request succeeded, else rolls back: a failed mutation writes nothing. */
export async function finishRequestContext(context: RequestContext): Promise<void> {
  if (context.outcome.hadErrors) return context.em.rollback();
  try {
    await context.em.commit();
  } catch (error) {
    // A failed commit (a late constraint, say) must still release the connection.
    await context.em.rollback().catch(() => undefined);
    throw error;
  }
}
