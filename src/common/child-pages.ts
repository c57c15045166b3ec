import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { jsonValueSql, persistedColumns } from '../db/json-columns.js';
import { plainRows, plainRowsFromArrays } from '../db/plain-rows.js';
import type { SqlRunner } from '../db/sql-runner.js';
import { afterPosition, orderBy, type SortSpec } from './keyset.js';
import { selectList } from './list-page.js';
import { decodeCursor, encodeCursor, pageSize, toConnection, type ConnectionShape, type CursorPosition } from './pagination.js';

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
  /** Each parent's children, as plain rows of the list's entity. */
  private readonly pageLoaders = new Map<string, DataLoader<string, unknown[]>>();
  /** Children a parent page's statement read (see prefetch), by page signature and parent id. */
  private readonly prefetched = new Map<string, Map<string, unknown[]>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly sql: SqlRunner,
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  /**
   * One parent's page of children: at once if the parent page's statement read it (prefetch),
   * else through the page's loader, which reads it for every parent asking in one statement.
   */
  page<T extends { id: string }>(spec: ChildListSpec<T>, parentId: string, args: ChildPageArgs): ConnectionShape<T> | Promise<ConnectionShape<T>> {
    const shape = pageShape(spec, args);
    const prefetched = this.prefetched.get(shape.signature)?.get(parentId);
    if (prefetched) return this.connection(spec, shape, args, parentId, prefetched as T[]);
    return this.pageLoader(spec, shape, args)
      .load(parentId)
      .then((nodes) => this.connection(spec, shape, args, parentId, nodes as T[]));
  }

  private connection<T extends { id: string }>(spec: ChildListSpec<T>, shape: PageShape, args: ChildPageArgs, parentId: string, nodes: T[]): ConnectionShape<T> {
    return toConnection(
      nodes,
      shape.first,
      shape.position !== undefined,
      (node) => encodeCursor(spec.sort.name, node[spec.sortProperty], node.id),
      () => this.countLoader(`${spec.table}\u0000${shape.conditionsKey}`, spec, args).load(parentId),
    );
  }

  /**
   * The same page of children for every parent of a parent page, read inside the parent page's
   * own statement: a select-list expression (over `parentIdSql`, the parent row's id) that gives
   * each parent's children as a JSON array, and what hands that array to the loader `page` will
   * ask, as though the loader had read it. A page of 50 customers with their orders and feedback
   * is then one statement instead of three. Undefined when the arguments are invalid (`page`
   * reports them) or a column's type does not come through JSON unchanged.
   */
  prefetch<T extends { id: string }>(spec: ChildListSpec<T>, args: ChildPageArgs, parentIdSql: string): ChildPrefetch | undefined {
    let shape: PageShape;
    try {
      shape = pageShape(spec, args);
    } catch {
      return undefined;
    }
    const columns = args.columns ?? persistedColumns(this.em, spec.entity);
    const values = columns.map((column) => jsonValueSql(this.em, spec.entity, column));
    if (values.some((value) => value === undefined)) return undefined;
    // An array of the page's rows, each a JSON array, in the order the index gives them: no
    // aggregate re-sorting them as json_agg(... order by) would (about 15 % of the statement).
    const children = childRowsSql(spec, parentIdSql, this.tenantId, args.conditions, shape, `json_build_array(${values.join(', ')})`);
    return {
      signature: shape.signature,
      sql: `array_to_json(array(${children.sql}))`,
      params: children.params,
      prime: (parentId, value) => {
        let byParent = this.prefetched.get(shape.signature);
        if (!byParent) this.prefetched.set(shape.signature, (byParent = new Map()));
        byParent.set(parentId, plainRowsFromArrays(this.em, spec.entity, columns, value as unknown[][]));
      },
    };
  }

  private pageLoader<T>(spec: ChildListSpec<T>, shape: PageShape, args: ChildPageArgs) {
    let loader = this.pageLoaders.get(shape.signature);
    if (!loader) {
      loader = new DataLoader(async (parentIds: readonly string[]) => {
        const children = childRowsSql(spec, 'parent.id', this.tenantId, args.conditions, shape);
        // The parent's id is read as its own column: the page's columns need not hold its key.
        const rows = await this.sql.rows<Record<string, unknown>>(
          `select parent.id as ${PARENT_ID}, ${selectList('child', args.columns)} from unnest(?::uuid[]) as parent(id)
           cross join lateral (${children.sql}) child`,
          [parentIds, ...children.params],
        );
        const byParent = groupBy(parentIds, rows, PARENT_ID, () => [] as Record<string, unknown>[], (list, row) => list.push(row));
        return byParent.map((children) => plainRows(this.em, spec.entity, children));
      });
      this.pageLoaders.set(shape.signature, loader);
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

/** The column naming each child row's parent in a page loader's rows (no table has it). */
const PARENT_ID = 'cxgraph_parent_id';

/** A child list read inside its parent page's statement (see ChildPages.prefetch). */
export interface ChildPrefetch {
  /** Equal for two requests of the same page shape: one prefetch serves both. */
  signature: string;
  /** A select-list expression over the parent page's alias: the parent's children as JSON. */
  sql: string;
  params: unknown[];
  /** Takes the expression's value for one parent row. */
  prime(parentId: string, value: unknown): void;
}

/** What the SQL of a child page needs of its list. */
type ChildTable = Pick<ChildListSpec<object>, 'table' | 'parentColumn' | 'sort'>;

interface PageShape {
  first: number;
  position: CursorPosition | undefined;
  /** The extra conditions as text, to tell loaders apart. */
  conditionsKey: string;
  /** Everything that makes two page requests read the same rows for the same parent. */
  signature: string;
}

function pageShape(spec: ChildTable, args: ChildPageArgs): PageShape {
  const first = pageSize(args.first);
  const position = decodeCursor(args.after, spec.sort.name);
  // Built for each of the (often 50 or 100) parents of a page, so without JSON for the common case.
  const conditionsKey = args.conditions.length === 0 ? '' : JSON.stringify(args.conditions);
  const after = position ? `${String(position.value)}\u0000${position.id}` : '';
  const signature = `${spec.table}\u0000${spec.sort.name}\u0000${first}\u0000${after}\u0000${conditionsKey}\u0000${args.columns?.join(',') ?? '*'}`;
  return { first, position, conditionsKey, signature };
}

/** The first `first + 1` children of the parent whose id is `parentIdSql`, in page order: `projection` of each (every column by default). */
function childRowsSql(spec: ChildTable, parentIdSql: string, tenantId: string, extra: ChildPageArgs['conditions'], shape: PageShape, projection = '*') {
  const conditions = shape.position ? [...extra, afterPosition(spec.sort, 'child.id', shape.position)] : extra;
  const where = conditions.map((condition) => ` and ${condition.sql}`).join('');
  return {
    sql: `select ${projection} from ${spec.table} child
           where child.tenant_id = ? and child.${spec.parentColumn} = ${parentIdSql}${where}
           order by ${orderBy(spec.sort, 'child.id')}
           limit ?`,
    params: [tenantId, ...conditions.flatMap((condition) => condition.params), shape.first + 1],
  };
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
