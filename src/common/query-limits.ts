import {
  GraphQLError,
  type DocumentNode,
  type OperationDefinitionNode,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';
import { ErrorCode } from './errors.js';

/**
 * Limits that refuse expensive documents before any resolver runs.
 *
 * Both are checked once the operation is resolved. Depth counts nested selections, following
 * fragments. Cost (with the variables known) charges every field 1 and multiplies what is below a list field by
 * the page it asks for (`first`, else the default page size), so 1,000 customers × 1,000
 * orders is refused while a dashboard query passes.
 */
/** The deepest nesting of selections in an operation, following fragments. */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  return selectionDepth(operation.selectionSet, fragmentsOf(document), new Set());
}

export function depthLimitError(depth: number, maxDepth: number): GraphQLError {
  return new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, depth, maxDepth, http: { status: 400 } },
  });
}

/** The cost of an operation, with its variables known (a `first: $n` costs what it asks). */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  return selectionCost(operation.selectionSet, fragmentsOf(document), variables, new Set());
}

export function costLimitError(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages or fewer fields`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, maxCost, http: { status: 400 } },
  });
}

type Fragments = Record<string, FragmentDefinitionNode>;

function fragmentsOf(document: DocumentNode): Fragments {
  const fragments: Fragments = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

function selectionDepth(selectionSet: SelectionSetNode | undefined, fragments: Fragments, visiting: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, fragments, visiting) : 0;
      deepest = Math.max(deepest, below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      if (visiting.has(name) || !fragments[name]) continue; // cycles are reported by graphql's own rule
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragments[name].selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

function selectionCost(selectionSet: SelectionSetNode | undefined, fragments: Fragments, variables: Record<string, unknown>, visiting: Set<string>): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selectionCost(selection.selectionSet, fragments, variables, visiting);
      total += 1 + listMultiplier(selection, variables) * below;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += selectionCost(selection.selectionSet, fragments, variables, visiting);
    } else {
      const name = selection.name.value;
      if (visiting.has(name) || !fragments[name]) continue;
      visiting.add(name);
      total += selectionCost(fragments[name].selectionSet, fragments, variables, visiting);
      visiting.delete(name);
    }
  }
  return total;
}

/** How many times the selection below a field is paid for: the page size of a connection. */
function listMultiplier(field: FieldNode, variables: Record<string, unknown>): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first');
  if (!first) return isConnectionLike(field) ? DEFAULT_PAGE_SIZE : 1;
  return pageArgument(first.value, variables);
}

function pageArgument(value: ValueNode, variables: Record<string, unknown>): number {
  const given = value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
  if (typeof given !== 'number' || !Number.isFinite(given)) return given === undefined || given === null ? DEFAULT_PAGE_SIZE : MAX_PAGE_SIZE;
  return Math.max(1, Math.min(given, MAX_PAGE_SIZE));
}

// Connection fields without `first` still return a default page; `edges` itself is not
// multiplied again.
function isConnectionLike(field: FieldNode): boolean {
  return field.selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === 'edges') ?? false;
}
