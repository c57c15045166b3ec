import type { EntityManager, IsolationLevel } from '@mikro-orm/postgresql';
import { APP_ROLE } from './app-role.js';
import type { SqlRunner } from './sql-runner.js';

// Metrics sort and hash every buyer of a tenant (100,000 and more); PostgreSQL's default 4 MB
// per sort sends them to disk. Transaction-local like the rest.
export const ANALYTICS_WORK_MEM = '64MB';

/**
 * Opens the request's transaction as the tenant: the tenant id, the application role (so
 * row-level security applies even to a superuser connection) and the statement timeout are
 * all transaction-local, so nothing leaks to the next user of the pooled connection.
 */
export async function beginTenantTransaction(
  em: EntityManager,
  sql: SqlRunner,
  tenantId: string,
  statementTimeoutMs: number,
  options: { isolationLevel?: IsolationLevel } = {},
): Promise<{ backendPid: number }> {
  await em.begin({ isolationLevel: options.isolationLevel });
  try {
    const [session] = await sql.rows<{ pid: number }>(
      `select set_config('app.tenant_id', ?, true), set_config('role', ?, true), set_config('statement_timeout', ?, true),
              set_config('work_mem', ?, true), pg_backend_pid() as pid`,
      [tenantId, APP_ROLE, String(statementTimeoutMs), ANALYTICS_WORK_MEM],
    );
    // The server process serving this transaction, so a request past its deadline can be cancelled.
    return { backendPid: session.pid };
  } catch (error) {
    // The transaction is open: unless it ends here its connection never goes back to the pool
    // (callers end only the transactions they were given), and an outage would drain the pool.
    await em.rollback().catch(() => undefined);
    throw error;
  }
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
