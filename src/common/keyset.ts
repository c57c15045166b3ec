import type { CursorPosition } from './pagination.js';

/** One ordering of a list: a SQL expression plus the row id as tie-breaker. */
export interface SortSpec {
  /** Name carried in cursors, such as "CREATED_AT_DESC". */
  name: string;
  expression: string;
  /** SQL type the cursor value is cast to when compared. */
  cast: 'timestamptz' | 'text' | 'numeric';
  direction: 'asc' | 'desc';
}

/** `(sort, id) > (?, ?)` (or `<` for descending): the rows after the cursor position. */
export function afterPosition(sort: SortSpec, idColumn: string, position: CursorPosition): { sql: string; params: unknown[] } {
  const operator = sort.direction === 'asc' ? '>' : '<';
  return {
    sql: `(${sort.expression}, ${idColumn}) ${operator} (?::${sort.cast}, ?::uuid)`,
    params: [position.value, position.id],
  };
}

export function orderBy(sort: SortSpec, idColumn: string): string {
  return `${sort.expression} ${sort.direction}, ${idColumn} ${sort.direction}`;
}
