import { getArgumentValues, getNamedType, isObjectType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
// graphql-js's own field collection (skip/include, fragments, aliases merged by response key),
// so the fields found here are exactly the ones it will resolve. Internal to graphql 16, which
// package.json pins; selection tests would fail on a release that moved it.
import { collectSubfields } from 'graphql/execution/collectFields.js';
import type { FieldSelection } from './selected-columns.js';

/** A field asked for on the nodes of a connection, under one response key. */
export interface NodeFieldAsked {
  name: string;
  /** The field's arguments, coerced and defaulted as its resolver will get them. */
  args: Record<string, unknown>;
  /** What selected-columns.ts needs to know what the field's own selection asks for. */
  selection: FieldSelection;
}

/**
 * The fields the request asks for on the nodes of the connection being resolved (`edges { node
 * { … } }`, through every alias of `edges` and `node`), before any node is resolved. A field
 * whose arguments do not coerce is left out: its resolver reports them.
 */
export function nodeFieldsAsked(info: GraphQLResolveInfo): NodeFieldAsked[] {
  const asked: NodeFieldAsked[] = [];
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return asked;
  for (const edges of subfieldsNamed(info, connection, info.fieldNodes, 'edges')) {
    const edge = objectTypeOf(connection, 'edges');
    if (!edge) continue;
    for (const node of subfieldsNamed(info, edge, edges, 'node')) {
      const nodeType = objectTypeOf(edge, 'node');
      if (!nodeType) continue;
      for (const fieldNodes of collectSubfields(info.schema, info.fragments, info.variableValues, nodeType, node).values()) {
        const definition = nodeType.getFields()[fieldNodes[0].name.value];
        if (!definition) continue;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(definition, fieldNodes[0], info.variableValues);
        } catch {
          continue;
        }
        asked.push({ name: definition.name, args, selection: { fieldNodes, fragments: info.fragments } });
      }
    }
  }
  return asked;
}

function subfieldsNamed(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], name: string): (readonly FieldNode[])[] {
  return [...collectSubfields(info.schema, info.fragments, info.variableValues, type, fieldNodes).values()].filter((nodes) => nodes[0].name.value === name);
}

function objectTypeOf(type: GraphQLObjectType, field: string): GraphQLObjectType | undefined {
  const named = getNamedType(type.getFields()[field]?.type);
  return isObjectType(named) ? named : undefined;
}
