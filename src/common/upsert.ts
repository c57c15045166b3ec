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

/**
 * Builds multi-row `insert … on conflict (tenant_id, external_id) do update` statements. Only
 * the properties present in an input are written, so a partial update keeps the other values;
 * rows are grouped by which properties they carry, one statement per group. Each returned row
 * says whether it was inserted (`xmax = 0`) or updated.
 */
export function buildUpserts<T extends object>(
  table: string,
  tenantId: string,
  rows: { id: string; input: T; index: number }[],
  columns: UpsertColumn<T>[],
  touchUpdatedAt: boolean,
): { statement: UpsertStatement; indexes: number[] }[] {
  const groups = new Map<string, { id: string; input: T; index: number }[]>();
  for (const row of rows) {
    const present = columns.filter((column) => (row.input as Record<string, unknown>)[column.property] !== undefined);
    const signature = present.map((column) => column.column).join(',');
    groups.set(signature, [...(groups.get(signature) ?? []), row]);
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
    const updates = present.filter((column) => column.column !== 'external_id').map((column) => `${column.column} = excluded.${column.column}`);
    if (touchUpdatedAt) updates.push('updated_at = now()');
    const conflictAction = updates.length > 0 ? `do update set ${updates.join(', ')}` : 'do update set external_id = excluded.external_id';
    const sql =
      `insert into ${table} (${names.join(', ')}) values ${group.map(() => placeholders).join(', ')} ` +
      `on conflict (tenant_id, external_id) ${conflictAction} returning *, (xmax = 0) as inserted`;
    return { statement: { sql, params }, indexes: group.map((row) => row.index) };
  });
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
  for (const { statement, indexes } of buildUpserts(table, scope.tenantId, rows, columns, options.touchUpdatedAt)) {
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
