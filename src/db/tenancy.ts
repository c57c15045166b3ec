import type { EntityManager, IsolationLevel } from '@mikro-orm/postgresql';
import { APP_ROLE } from './app-role.js';
import type { SqlRunner } from './sql-runner.js';
import { OwnedTransaction } from './owned-transaction.js';

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
    const [session] = await sql.rows<{ pid: number }>(`select ${tenantSettingsSql('?')}`, [tenantId, ...sessionSettings(statementTimeoutMs)]);
    // The server process serving this transaction, so a request past its deadline can be cancelled.
    return { backendPid: session.pid };
  } catch (error) {
    // The transaction is open: unless it ends here its connection never goes back to the pool
    // (callers end only the transactions they were given), and an outage would drain the pool.
    await em.rollback().catch(() => undefined);
    throw error;
  }
}

/**
 * The settings of a tenant transaction, as the columns of a select: the tenant id's SQL, then
 * sessionSettings' values in SQL (`?` placeholders, or quoted literals).
 */
function tenantSettingsSql(tenantIdSql: string, [role, statementTimeout, workMem]: readonly string[] = ['?', '?', '?']): string {
  return `set_config('app.tenant_id', ${tenantIdSql}, true), set_config('role', ${role}, true), set_config('statement_timeout', ${statementTimeout}, true),
          set_config('work_mem', ${workMem}, true), pg_backend_pid() as pid`;
}

function sessionSettings(statementTimeoutMs: number): string[] {
  return [APP_ROLE, String(statementTimeoutMs), ANALYTICS_WORK_MEM];
}

/** The API key of a prefix and its tenant, as `row_to_json` objects. */
export interface KeyRow {
  api_key: Record<string, unknown>;
  tenant: Record<string, unknown>;
}

/**
 * Opens a GraphQL request's transaction and, in the same round trip, reads the API key with this
 * prefix and its tenant and becomes that tenant: two round trips less than BEGIN, looking the
 * key up and setting the tenant, on every request. The read runs as the connecting user (the
 * settings take effect after the statement), like the lookup it replaces. The caller checks the
 * key and ends the transaction; a prefix without a key leaves the settings unset and the row
 * undefined.
 */
export async function beginKeyTransaction(em: EntityManager, prefix: string, statementTimeoutMs: number): Promise<{ transaction: OwnedTransaction; row: KeyRow | undefined; backendPid: number }> {
  const { transaction, rows } = await OwnedTransaction.begin<KeyRow & { pid: number }>(
    em,
    (literal) => `select row_to_json(k) as api_key, row_to_json(t) as tenant, ${tenantSettingsSql('k.tenant_id::text', sessionSettings(statementTimeoutMs).map(literal))}
         from api_key k join tenant t on t.id = k.tenant_id
        where k.prefix = ${literal(prefix)}`,
  );
  const [row] = rows;
  return { transaction, row, backendPid: row?.pid ?? 0 };
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
