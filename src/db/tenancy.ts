import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_ROLE } from './app-role.js';
import type { SqlRunner } from './sql-runner.js';

/**
 * Opens the request's transaction as the tenant: the tenant id, the application role (so
 * row-level security applies even to a superuser connection) and the statement timeout are
 * all transaction-local, so nothing leaks to the next user of the pooled connection.
 */
export async function beginTenantTransaction(em: EntityManager, sql: SqlRunner, tenantId: string, statementTimeoutMs: number): Promise<void> {
  await em.begin();
  await sql.rows(
    `select set_config('app.tenant_id', ?, true), set_config('role', ?, true), set_config('statement_timeout', ?, true)`,
    [tenantId, APP_ROLE, String(statementTimeoutMs)],
  );
}

/** The same, for administrative code paths (CLI, seeding) that act for one tenant. */
export async function inTenantTransaction<T>(em: EntityManager, sql: SqlRunner, tenantId: string, work: () => Promise<T>): Promise<T> {
  await beginTenantTransaction(em, sql, tenantId, 0);
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}
