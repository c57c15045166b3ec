import type { EntityManager, EntityMetadata, EntityProperty } from '@mikro-orm/postgresql';
import { toDate } from './timestamp-text.js';

type Row = Record<string, unknown>;
type Mapper<S, T> = (source: S) => T;

const rowMappers = new WeakMap<object, Mapper<Row, unknown>>();
const arrayMappers = new WeakMap<object, Map<string, Mapper<unknown[], unknown>>>();

/**
 * Rows of hand-written SQL as plain objects with the entity's property names and types, for
 * read-only lists (pages of customers, a customer's orders). `em.map` would make each row a
 * managed entity: registered in the identity map, its data cloned for change tracking and its
 * properties wrapped in setters, which was most of the CPU time of a page of 50 customers with
 * their orders and feedback. Nothing read this way is ever changed and flushed, so none of that
 * is needed; the values are converted exactly as the entity's types convert them.
 */
export function plainRows<T>(em: EntityManager, entity: new () => T, rows: Row[]): T[] {
  let mapper = rowMappers.get(entity) as Mapper<Row, T> | undefined;
  if (!mapper) {
    mapper = buildMapper<Row, T>(em, entity, (column) => `source[${JSON.stringify(column)}]`);
    rowMappers.set(entity, mapper as Mapper<Row, unknown>);
  }
  return rows.map(mapper);
}

/**
 * The same from arrays holding `columns` in that order, as a page's statement gives the
 * children it reads for each parent (common/child-pages.ts), without a row object between.
 */
export function plainRowsFromArrays<T>(em: EntityManager, entity: new () => T, columns: readonly string[], arrays: unknown[][]): T[] {
  let byColumns = arrayMappers.get(entity);
  if (!byColumns) arrayMappers.set(entity, (byColumns = new Map()));
  const key = columns.join(',');
  let mapper = byColumns.get(key) as Mapper<unknown[], T> | undefined;
  if (!mapper) {
    mapper = buildMapper<unknown[], T>(em, entity, (column) => (columns.includes(column) ? `source[${columns.indexOf(column)}]` : 'undefined'));
    byColumns.set(key, mapper as Mapper<unknown[], unknown>);
  }
  return arrays.map(mapper);
}

/**
 * The mapper is generated once per entity (and column order) as one object literal, so every
 * plain row is made with its final shape at once: a loop adding the properties one by one cost
 * twice as much, and a page of 50 customers with their orders and feedback maps about 650
 * rows. The source holds only the entity's own property names and column names or positions,
 * written as JSON string literals and numbers.
 */
function buildMapper<S, T>(em: EntityManager, entity: new () => T, read: (column: string) => string): Mapper<S, T> {
  const platform = em.getPlatform();
  const properties = mappedProperties(em.getMetadata().get(entity.name));
  const converters = properties.map((property) => converterOf(property, platform));
  const fields = properties.map((property, index) => {
    const converted = converters[index] === unchanged ? 'value' : `convert[${index}](value)`;
    // `== null`: a column the statement did not read (undefined) is null, as a NULL is.
    return `${JSON.stringify(property.name)}: (value = ${read(property.fieldNames[0])}) == null ? null : ${converted}`;
  });
  return new Function('convert', `return (source) => { let value; return { ${fields.join(', ')} }; };`)(converters) as Mapper<S, T>;
}

/** The properties a plain row carries: persisted scalars of one column each. */
export function mappedProperties(meta: EntityMetadata): EntityProperty[] {
  return Object.values(meta.properties).filter((property) => property.kind === 'scalar' && property.fieldNames?.length === 1 && property.persist !== false);
}

function converterOf(property: EntityProperty, platform: ReturnType<EntityManager['getPlatform']>): (value: unknown) => unknown {
  if (property.customType) {
    const type = property.customType;
    return (value) => type.convertToJSValue(value, platform);
  }
  if (property.runtimeType === 'Date') return toDate;
  return unchanged;
}

const unchanged = (value: unknown): unknown => value;
