import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { plainRows } from '../db/plain-rows.js';
import type { SqlRunner } from '../db/sql-runner.js';
import { afterPosition, orderBy, type SortSpec } from './keyset.js';
import { selectList } from './list-page.js';
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape } from './pagination.js';

/** A list that hangs off a parent row, such as a customer's orders. */
export interface ChildListSpec<T> {
  /** Table name as written in SQL, e.g. `"order"`. */
  table: string;
  parentColumn: string;
  sort: SortSpec;
  /** Property holding the sort value on the mapped entity, for cursors. */
  sortProperty: keyof T & string;
  entity: new () => T;
}

export interface ChildPageArgs {
  first?: number | null;
  after?: string | null;
  /** Extra conditions on the child alias `child`, with their parameters. */
  conditions: { sql: string; params: unknown[] }[];
  /** The columns to read (see selected-columns.ts); every column when not given. */
  columns?: readonly string[];
}

/**
 * Pages of child lists for many parents at once. All parents asking for the same page shape in
 * one request share one SQL statement (a LATERAL join that takes the first N per parent), so a
 * page of 100 customers with their last 5 orders costs one query, not 100.
 */
export class ChildPages {
  private readonly pageLoaders = new Map<string, DataLoader<string, Record<string, unknown>[]>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly sql: SqlRunner,
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  async page<T extends { id: string }>(spec: ChildListSpec<T>, parentId: string, args: ChildPageArgs): Promise<ConnectionShape<T>> {
    const first = pageSize(args.first);
    const position = decodeCursor(args.after, spec.sort.name);
    // Built for each of the (often 50 or 100) parents of a page, so without JSON for the common case.
    const conditions = args.conditions.length === 0 ? '' : JSON.stringify(args.conditions);
    const after = position ? `${String(position.value)}\u0000${position.id}` : '';
    const signature = `${spec.table}\u0000${spec.sort.name}\u0000${first}\u0000${after}\u0000${conditions}\u0000${args.columns?.join(',') ?? '*'}`;
    const rows = await this.pageLoader(signature, spec, first, position, args).load(parentId);
    const nodes = plainRows(this.em, spec.entity, rows);
    return toConnection(
      nodes,
      first,
      position !== undefined,
      (node) => encodeCursor(spec.sort.name, node[spec.sortProperty], node.id),
      () => this.countLoader(`${spec.table}\u0000${conditions}`, spec, args).load(parentId),
    );
  }

  private pageLoader<T>(signature: string, spec: ChildListSpec<T>, first: number, position: ReturnType<typeof decodeCursor>, args: ChildPageArgs) {
    let loader = this.pageLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (parentIds: readonly string[]) => {
        const conditions = [...args.conditions];
        if (position) {
          const after = afterPosition(spec.sort, 'child.id', position);
          conditions.push(after);
        }
        const where = conditions.map((condition) => ` and ${condition.sql}`).join('');
        const rows = await this.sql.rows<Record<string, unknown>>(
          `select ${selectList('child', args.columns)} from unnest(?::uuid[]) as parent(id)
           cross join lateral (
             select * from ${spec.table} child
             where child.tenant_id = ? and child.${spec.parentColumn} = parent.id${where}
             order by ${orderBy(spec.sort, 'child.id')}
             limit ?
           ) child`,
          [parentIds, this.tenantId, ...conditions.flatMap((condition) => condition.params), first + 1],
        );
        return groupBy(parentIds, rows, spec.parentColumn, () => [] as Record<string, unknown>[], (list, row) => list.push(row));
      });
      this.pageLoaders.set(signature, loader);
    }
    return loader;
  }

  private countLoader<T>(signature: string, spec: ChildListSpec<T>, args: ChildPageArgs) {
    let loader = this.countLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (parentIds: readonly string[]) => {
        const where = args.conditions.map((condition) => ` and ${condition.sql}`).join('');
        const rows = await this.sql.rows<{ parent_id: string; count: string }>(
          `select child.${spec.parentColumn} as parent_id, count(*) as count from ${spec.table} child
           where child.tenant_id = ? and child.${spec.parentColumn} = any(?::uuid[])${where}
           group by child.${spec.parentColumn}`,
          [this.tenantId, parentIds, ...args.conditions.flatMap((condition) => condition.params)],
        );
        const counts = new Map(rows.map((row) => [row.parent_id, Number(row.count)]));
        return parentIds.map((id) => counts.get(id) ?? 0);
      });
      this.countLoaders.set(signature, loader);
    }
    return loader;
  }
}

/** Distributes rows to their parents, in the order DataLoader asked for the parents. */
export function groupBy<R extends Record<string, unknown>, V>(
  keys: readonly string[],
  rows: R[],
  column: string,
  empty: () => V,
  add: (value: V, row: R) => void,
): V[] {
  const byKey = new Map<string, V>(keys.map((key) => [key, empty()]));
  for (const row of rows) {
    const value = byKey.get(String(row[column]));
    if (value !== undefined) add(value, row);
  }
  return keys.map((key) => byKey.get(key) as V);
}
