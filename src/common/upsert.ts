import { randomUUID } from 'node:crypto';
import type { TenantScope } from '../context.js';

/** A column written by an upsert: the input property it comes from and its SQL type. */
export interface UpsertColumn<T> {
  property: keyof T & string;
  column: string;
  cast: string;
  /** Converts the input value to a bind parameter (JSON text, for instance). */
  toParam?: (value: unknown) => unknown;
}

export interface UpsertStatement {
  sql: string;
  params: unknown[];
}

export interface UpsertOptions {
  /** Set updated_at = now() on the rows that change. */
  touchUpdatedAt: boolean;
  /** The key besides tenant_id that identifies a row; default external_id. */
  conflictColumns?: string[];
  /**
   * Update only rows whose values differ, so unchanged rows are neither rewritten nor returned:
   * what an idempotent import needs to report "unchanged".
   */
  onlyChanged?: boolean;
}

/**
 * Builds multi-row `insert … on conflict (tenant_id, <key>) do update` statements. Only the
 * properties present in an input are written, so a partial update keeps the other values; rows
 * are grouped by which properties they carry, one statement per group. Each returned row says
 * whether it was inserted (`xmax = 0`) or updated.
 */
export function buildUpserts<T extends object>(
  table: string,
  tenantId: string,
  rows: { id: string; input: T; index: number }[],
  columns: UpsertColumn<T>[],
  options: UpsertOptions,
): { statement: UpsertStatement; indexes: number[] }[] {
  const conflictColumns = options.conflictColumns ?? ['external_id'];
  const groups = new Map<string, { id: string; input: T; index: number }[]>();
  for (const row of rows) {
    const present = columns.filter((column) => (row.input as Record<string, unknown>)[column.property] !== undefined);
    const signature = present.map((column) => column.column).join(',');
    const group = groups.get(signature);
    if (group) group.push(row);
    else groups.set(signature, [row]);
  }
  return [...groups.values()].map((group) => {
    const present = columns.filter((column) => (group[0].input as Record<string, unknown>)[column.property] !== undefined);
    const names = ['id', 'tenant_id', ...present.map((column) => column.column)];
    const placeholders = `(?::uuid, ?::uuid, ${present.map((column) => `?::${column.cast}`).join(', ')})`.replace(', )', ')');
    const params: unknown[] = [];
    for (const row of group) {
      params.push(row.id, tenantId);
      for (const column of present) {
        const value = (row.input as Record<string, unknown>)[column.property];
        params.push(value === null ? null : column.toParam ? column.toParam(value) : value);
      }
    }
    const updated = present.filter((column) => !conflictColumns.includes(column.column)).map((column) => column.column);
    const sql =
      `insert into ${table} as target (${names.join(', ')}) values ${group.map(() => placeholders).join(', ')} ` +
      `on conflict (tenant_id, ${conflictColumns.join(', ')}) ${conflictAction(updated, conflictColumns, options)} ` +
      `returning *, (xmax = 0) as inserted`;
    return { statement: { sql, params }, indexes: group.map((row) => row.index) };
  });
}

function conflictAction(updated: string[], conflictColumns: string[], options: UpsertOptions): string {
  if (updated.length === 0) {
    return options.onlyChanged ? 'do nothing' : `do update set ${conflictColumns[0]} = excluded.${conflictColumns[0]}`;
  }
  const assignments = updated.map((column) => `${column} = excluded.${column}`);
  if (options.touchUpdatedAt) assignments.push('updated_at = now()');
  const changedOnly = options.onlyChanged
    ? ` where (${updated.map((column) => `target.${column}`).join(', ')}) is distinct from (${updated.map((column) => `excluded.${column}`).join(', ')})`
    : '';
  return `do update set ${assignments.join(', ')}${changedOnly}`;
}

/**
 * Runs the upserts for a batch and maps the written rows back to entities in input order
 * (RETURNING promises no order, so rows are matched by the id given to a new row, else by the
 * external id of the row it updated).
 */
export async function runUpserts<T extends { externalId?: string | null }, E extends object>(
  scope: TenantScope,
  table: string,
  inputs: T[],
  columns: UpsertColumn<T>[],
  options: { touchUpdatedAt: boolean; entity: new () => E },
): Promise<{ nodes: E[]; insertedCount: number; updatedCount: number }> {
  const rows = inputs.map((input, index) => ({ id: randomUUID(), input, index }));
  const nodes: E[] = new Array(inputs.length);
  let insertedCount = 0;
  for (const { statement, indexes } of buildUpserts(table, scope.tenantId, rows, columns, { touchUpdatedAt: options.touchUpdatedAt })) {
    const written = await scope.sql.rows<Record<string, unknown>>(statement.sql, statement.params);
    const indexById = new Map<string, number>(indexes.map((index) => [rows[index].id, index]));
    const indexByExternalId = new Map(indexes.map((index) => [rows[index].input.externalId, index]));
    for (const row of written) {
      if (row.inserted) insertedCount += 1;
      const { inserted: _inserted, ...columnValues } = row;
      const index = indexById.get(String(row.id)) ?? indexByExternalId.get(String(row.external_id));
      nodes[index as number] = scope.em.map(options.entity, columnValues);
    }
  }
  return { nodes, insertedCount, updatedCount: inputs.length - insertedCount };
}

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged';

/**
 * Upserts a batch that writes only what changed, and tells for each input whether it was
 * inserted, updated or left unchanged (rows not returned by the statement did not change).
 */
export async function upsertChanges<T extends object>(
  scope: TenantScope,
  table: string,
  inputs: T[],
  columns: UpsertColumn<T>[],
  options: UpsertOptions & { keyOfInput: (input: T) => string; keyOfRow: (row: Record<string, unknown>) => string },
): Promise<WriteOutcome[]> {
  const rows = inputs.map((input, index) => ({ id: randomUUID() as string, input, index }));
  const outcomes: WriteOutcome[] = inputs.map(() => 'unchanged');
  const indexByKey = new Map(inputs.map((input, index) => [options.keyOfInput(input), index]));
  for (const { statement } of buildUpserts(table, scope.tenantId, rows, columns, { ...options, onlyChanged: true })) {
    for (const row of await scope.sql.rows<Record<string, unknown>>(statement.sql, statement.params)) {
      const index = indexByKey.get(options.keyOfRow(row));
      if (index !== undefined) outcomes[index] = row.inserted ? 'inserted' : 'updated';
    }
  }
  return outcomes;
}
