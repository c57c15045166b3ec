import type { EntityManager, EntityMetadata, EntityProperty } from '@mikro-orm/postgresql';
import { toDate } from './timestamp-text.js';

type Row = Record<string, unknown>;
type Mapper<T> = (row: Row) => T;

const mappers = new WeakMap<object, Mapper<unknown>>();

/**
 * Rows of hand-written SQL as plain objects with the entity's property names and types, for
 * read-only lists (pages of customers, a customer's orders). `em.map` would make each row a
 * managed entity: registered in the identity map, its data cloned for change tracking and its
 * properties wrapped in setters, which was most of the CPU time of a page of 50 customers with
 * their orders and feedback. Nothing read this way is ever changed and flushed, so none of that
 * is needed; the values are converted exactly as the entity's types convert them.
 */
export function plainRows<T>(em: EntityManager, entity: new () => T, rows: Row[]): T[] {
  let mapper = mappers.get(entity) as Mapper<T> | undefined;
  if (!mapper) {
    mapper = buildMapper<T>(em.getMetadata().get(entity.name), em);
    mappers.set(entity, mapper as Mapper<unknown>);
  }
  return rows.map(mapper);
}

/**
 * The mapper is generated once per entity as one object literal, so every plain row is made
 * with its final shape at once: a loop adding the properties one by one cost twice as much,
 * and a page of 50 customers with their orders and feedback maps about 650 rows. The source
 * holds only the entity's own property and column names, written as JSON string literals.
 */
function buildMapper<T>(meta: EntityMetadata, em: EntityManager): Mapper<T> {
  const platform = em.getPlatform();
  const properties = mappedProperties(meta);
  const converters = properties.map((property) => converterOf(property, platform));
  const fields = properties.map((property, index) => {
    const converted = converters[index] === unchanged ? 'value' : `convert[${index}](value)`;
    // `== null`: a column the statement did not read (undefined) is null, as a NULL is.
    return `${JSON.stringify(property.name)}: (value = row[${JSON.stringify(property.fieldNames[0])}]) == null ? null : ${converted}`;
  });
  return new Function('convert', `return (row) => { let value; return { ${fields.join(', ')} }; };`)(converters) as Mapper<T>;
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
