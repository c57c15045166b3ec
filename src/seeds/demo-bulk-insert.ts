import { randomUUID } from 'node:crypto';
import type pg from 'pg';

export type CellValue = string | number | boolean | null;

export interface BulkColumn<Row> {
  name: string;
  /** PostgreSQL element type of the array parameter, e.g. 'text', 'uuid', 'numeric'. */
  type: string;
  value: (row: Row) => CellValue;
  /** SQL that turns the unnested value into the column value, when a plain cast is not enough. */
  expression?: string;
}

// One statement carries one array per column, so the row count is not bound by the 65,535
// parameter limit; chunks only keep each message to a few megabytes.
const ROWS_PER_STATEMENT = 10_000;

/**
 * Inserts rows with `insert ... select from unnest(arrays)`: a handful of statements for tens of
 * thousands of rows. tenant_id is set explicitly on every row (row-level security checks it).
 */
export async function bulkInsert<Row>(
  client: pg.ClientBase,
  table: string,
  tenantId: string,
  columns: ReadonlyArray<BulkColumn<Row>>,
  rows: readonly Row[],
): Promise<number> {
  const sql = insertStatement(table, columns);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const arrays = columns.map((column) => arrayLiteral(chunk.map(column.value)));
    await client.query(sql, [tenantId, ...arrays]);
  }
  return rows.length;
}

/**
 * A timestamptz column sent as epoch milliseconds: numbers need no formatting or quoting on the
 * way and no date parsing on the server, which is most of the cost of a timestamp column.
 */
export function timeColumn<Row>(name: string, value: (row: Row) => number | null): BulkColumn<Row> {
  return { name, type: 'float8', value, expression: `to_timestamp(input.${name} / 1000.0)` };
}

/**
 * A UUIDv7-style id whose leading 48 bits are the row's own time. Rows are inserted in time
 * order, so primary-key index inserts append at the right edge instead of landing at random
 * pages: that halves their cost. The other bits are random, as in any UUID.
 */
export function timeOrderedId(milliseconds: number): string {
  const time = Math.max(0, Math.floor(milliseconds)).toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randomUUID().slice(15)}`;
}

function insertStatement<Row>(table: string, columns: ReadonlyArray<BulkColumn<Row>>): string {
  const names = columns.map((column) => column.name);
  const arrays = columns.map((column, index) => `$${index + 2}::${column.type}[]`);
  const selected = columns.map((column) => column.expression ?? `input.${column.name}`);
  return (
    `insert into ${table} (tenant_id, ${names.join(', ')}) ` +
    `select $1::uuid, ${selected.join(', ')} ` +
    `from unnest(${arrays.join(', ')}) as input(${names.join(', ')})`
  );
}

// pg's generic array serialization escapes every element with two regular expressions; for
// hundreds of thousands of cells a direct build is several times faster.
function arrayLiteral(values: readonly CellValue[]): string {
  const elements = values.map((value) => {
    if (value === null) return 'NULL';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 't' : 'f';
    return needsEscape(value) ? `"${value.replace(/[\\"]/g, '\\$&')}"` : `"${value}"`;
  });
  return `{${elements.join(',')}}`;
}

function needsEscape(value: string): boolean {
  return value.includes('"') || value.includes('\\');
}
