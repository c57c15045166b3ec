import type { TenantScope } from '../context.js';
import { plainRows } from '../db/plain-rows.js';
import type { ChildPrefetch } from './child-pages.js';
import { afterPosition, orderBy, type SortSpec } from './keyset.js';
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from './pagination.js';

export interface ListSpec<T> {
  /** Table as written in SQL, e.g. `"order"`. */
  table: string;
  alias: string;
  sort: SortSpec;
  /** The sort value of a mapped row, as its cursor carries it. */
  sortValue: (node: T) => unknown;
  entity: new () => T;
}

export interface Condition {
  sql: string;
  params: unknown[];
}

/**
 * One page of a tenant's list with keyset pagination: `first + 1` rows after the cursor in
 * (sort, id) order, and a count of the whole filtered list only when asked for.
 */
export async function listPage<T extends { id: string }>(
  scope: TenantScope,
  spec: ListSpec<T>,
  conditions: Condition[],
  args: { first?: number | null; after?: string | null },
  /** The columns to read (see selected-columns.ts); every column when not given. */
  columns?: readonly string[],
  /** Child lists to read in the same statement (see ChildPages.prefetch). */
  prefetches: readonly ChildPrefetch[] = [],
): Promise<ConnectionShape<T>> {
  const first = pageSize(args.first);
  const position = decodeCursor(args.after, spec.sort.name);
  const filtered: Condition[] = [{ sql: `${spec.alias}.tenant_id = ?`, params: [scope.tenantId] }, ...conditions];
  const paged = position ? [...filtered, afterPosition(spec.sort, `${spec.alias}.id`, position)] : filtered;
  const from = `${spec.table} ${spec.alias}`;
  const children = prefetches.map((prefetch, index) => `, ${prefetch.sql} as "prefetch_${index}"`).join('');
  // The prefetched children are handed over by the row's id.
  const read = prefetches.length > 0 && columns && !columns.includes('id') ? [...columns, 'id'] : columns;
  const rows = await scope.sql.rows<Record<string, unknown>>(
    `select ${selectList(spec.alias, read)}${children} from ${from} where ${whereClause(paged)} order by ${orderBy(spec.sort, `${spec.alias}.id`)} limit ?`,
    [...prefetches.flatMap((prefetch) => prefetch.params), ...paramsOf(paged), first + 1],
  );
  for (const row of rows) prefetches.forEach((prefetch, index) => prefetch.prime(String(row.id), row[`prefetch_${index}`]));
  const nodes = plainRows(scope.em, spec.entity, rows);
  return toConnection(
    nodes,
    first,
    position !== undefined,
    (node) => encodeCursor(spec.sort.name, spec.sortValue(node), node.id),
    async () => {
      const row = await scope.sql.one<{ count: string }>(`select count(*) as count from ${from} where ${whereClause(filtered)}`, paramsOf(filtered));
      return Number(row?.count ?? 0);
    },
  );
}

/** `alias.*`, or the given columns of the alias (names from entity metadata, quoted). */
export function selectList(alias: string, columns: readonly string[] | undefined): string {
  return columns ? columns.map((column) => `${alias}."${column}"`).join(', ') : `${alias}.*`;
}

function whereClause(conditions: Condition[]): string {
  return conditions.map((condition) => condition.sql).join(' and ');
}

function paramsOf(conditions: Condition[]): unknown[] {
  return conditions.flatMap((condition) => condition.params);
}
