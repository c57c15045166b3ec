import type { EntityManager } from '@mikro-orm/postgresql';
import { mappedProperties } from './plain-rows.js';

// Column types whose JSON form parses to what the pg driver makes of the column's text form:
// strings, numbers, booleans, parsed JSON, arrays of strings, and timestamps as text (an ISO
// string through JSON, PostgreSQL's own format through the driver; toDate reads both).
const JSON_AS_IS = /^(uuid|text|varchar|character varying|char|character|bpchar|smallint|int2|int|int4|integer|boolean|bool|timestamptz|json|jsonb)(\(\d+\))?$|^text\[\]$/;
// Types the driver hands over as text, which JSON would turn into numbers (and round).
const JSON_AS_TEXT = /^(numeric|decimal|bigint|int8)(\(\d+(,\s*\d+)?\))?$/;

/** The columns of the entity's table that plain rows (db/plain-rows.ts) read. */
export function persistedColumns(em: EntityManager, entity: new () => unknown): string[] {
  return mappedProperties(em.getMetadata().get(entity.name)).map((property) => property.fieldNames[0]);
}

/**
 * SQL for column `column` of the alias `child` inside a JSON value, such that the parsed JSON
 * holds what the pg driver would have returned for the column read directly; undefined for a
 * column whose type JSON would change (dates, intervals, arrays of numbers, ...), or that the
 * entity does not map.
 */
export function jsonValueSql(em: EntityManager, entity: new () => unknown, column: string): string | undefined {
  const property = mappedProperties(em.getMetadata().get(entity.name)).find((candidate) => candidate.fieldNames[0] === column);
  const type = property?.columnTypes?.[0]?.toLowerCase();
  if (!type) return undefined;
  if (JSON_AS_IS.test(type)) return `child."${column}"`;
  if (JSON_AS_TEXT.test(type)) return `child."${column}"::text`;
  return undefined;
}
