import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The part of a resolver's info these functions read: the field's nodes and the fragments. */
export type FieldSelection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * Fields computed by a field resolver from key columns alone, per GraphQL type, with the columns
 * each reads from its row (a customer's lists need its `id`; an order's customer its
 * `customer_id`). Asking for any other field that is not a column makes a page read every
 * column, so a resolver missing here costs speed, never correctness; a column missing from its
 * entry would leave the resolver without its key, which the selected-columns tests catch.
 */
const KEY_ONLY_FIELDS: Record<string, Readonly<Record<string, readonly string[]>>> = {
  Customer: { tags: ['id'], stats: ['id'], orders: ['id'], feedback: ['id'], touchpoints: ['id'], rfm: ['id'], leadScore: ['id'] },
  Order: { customer: ['customer_id'] },
  Feedback: { customer: ['customer_id'], stage: ['stage_id'] },
  Touchpoint: { customer: ['customer_id'], journey: ['journey_id'], stage: ['stage_id'] },
};

/**
 * The columns a page of a connection must read for what the request asks of its nodes: the
 * requested fields' columns and the keys their resolvers read, or undefined (every column) when
 * a cursor is asked for (its sort value may be any column) or a field is neither a column nor a
 * key-only resolver.
 * Reading only what is asked for halves the rows PostgreSQL sends and the driver parses for a
 * page of customers with their orders and feedback.
 */
export function connectionColumns(em: EntityManager, entity: new () => unknown, info: FieldSelection): string[] | undefined {
  return remembered(info, entity, () => connectionColumnsOf(em, entity, info));
}

function connectionColumnsOf(em: EntityManager, entity: new () => unknown, info: FieldSelection): string[] | undefined {
  const connection = fieldsOf(info, info.fieldNodes.map((node) => node.selectionSet));
  if (connection.has('pageInfo') || !connection.has('edges')) return undefined;
  const edges = fieldsOf(info, connection.get('edges') ?? []);
  if (edges.has('cursor')) return undefined;
  return columnsOf(em, entity, fieldsOf(info, edges.get('node') ?? []));
}

/** The same for a field that returns one object. */
export function objectColumns(em: EntityManager, entity: new () => unknown, info: GraphQLResolveInfo): string[] | undefined {
  return remembered(info, entity, () => columnsOf(em, entity, fieldsOf(info, info.fieldNodes.map((node) => node.selectionSet))));
}

// The orders of 50 customers are one field of one parsed document, resolved 50 times: the
// columns are worked out once per field node. Apollo caches parsed documents, so this outlives
// the request and ends with the document.
const rememberedColumns = new WeakMap<FieldNode, Map<string, string[] | undefined>>();

function remembered(info: FieldSelection, entity: new () => unknown, work: () => string[] | undefined): string[] | undefined {
  // A field merged from several nodes (asked for twice) is worked out each time: rare.
  if (info.fieldNodes.length !== 1) return work();
  const byEntity = rememberedColumns.get(info.fieldNodes[0]) ?? new Map<string, string[] | undefined>();
  rememberedColumns.set(info.fieldNodes[0], byEntity);
  if (!byEntity.has(entity.name)) byEntity.set(entity.name, work());
  return byEntity.get(entity.name);
}

function columnsOf(em: EntityManager, entity: new () => unknown, fields: Map<string, SelectionSetNode[]>): string[] | undefined {
  const meta = em.getMetadata().get(entity.name);
  const keyOnly = KEY_ONLY_FIELDS[entity.name] ?? {};
  // Only what is asked for: the tenant is the request's, and a child's parent key is the
  // parent's own id. Every key of every child row was more than a third of a nested page's JSON.
  const columns = new Set<string>();
  for (const name of fields.keys()) {
    if (name === '__typename') continue;
    const keys = keyOnly[name];
    if (keys) {
      for (const key of keys) columns.add(key);
      continue;
    }
    const property = meta.properties[name as keyof typeof meta.properties];
    if (!property || property.kind !== 'scalar' || property.persist === false || property.fieldNames?.length !== 1) return undefined;
    columns.add(property.fieldNames[0]);
  }
  // A selection of `__typename` alone still needs a column to select.
  if (columns.size === 0) columns.add('id');
  return [...columns];
}

/**
 * Whether the request asks for `name` on the field being resolved (through fragments too; a
 * field under @skip or @include counts as asked for, which costs speed, never correctness).
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return fieldsOf(info, info.fieldNodes.map((node) => node.selectionSet)).has(name);
}

/** The fields selected under these selection sets, fragments included, by name (not alias). */
function fieldsOf(info: FieldSelection, selectionSets: readonly (SelectionSetNode | undefined)[]): Map<string, SelectionSetNode[]> {
  const fields = new Map<string, SelectionSetNode[]>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const sets = fields.get(selection.name.value) ?? [];
        if (selection.selectionSet) sets.push(selection.selectionSet);
        fields.set(selection.name.value, sets);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return fields;
}
