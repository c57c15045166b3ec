import {
  visit,
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
 * Tokens are counted by the parser; aliases, directives, depth and cost once the operation is
 * resolved. Depth counts nested selections, following
 * fragments. Cost (with the variables known) charges every field 1 and multiplies what is below a list field by
 * the page it asks for (`first`, else the default page size), so 1,000 customers × 1,000
 * orders is refused while a dashboard query passes.
 */
/** The deepest nesting of selections in an operation, following fragments. */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  return selectionDepth(operation.selectionSet, fragmentsOf(document), new Set());
}

export function depthLimitError(depth: number, maxDepth: number): GraphQLError {
  return tooComplex(`Query depth ${depth} exceeds the limit of ${maxDepth}`, 'depth', { depth, maxDepth });
}

/** Aliased fields and directives anywhere in the document (fragments included). */
export function documentCounts(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field(field) {
      if (field.alias) aliases += 1;
    },
    Directive() {
      directives += 1;
    },
  });
  return { aliases, directives };
}

export function aliasLimitError(aliases: number, maxAliases: number): GraphQLError {
  return tooComplex(`The document has ${aliases} aliases; the limit is ${maxAliases}`, 'aliases', { aliases, maxAliases });
}

export function directiveLimitError(directives: number, maxDirectives: number): GraphQLError {
  return tooComplex(`The document has ${directives} directives; the limit is ${maxDirectives}`, 'directives', { directives, maxDirectives });
}

// graphql 16 spells it "more that"; either spelling is matched.
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens/;

/**
 * graphql-js stops parsing at the token limit with a plain syntax error; this turns that error
 * into one that names the limit, and leaves every other message alone (undefined).
 */
export function tokenLimitErrorFor(parseFailure: string): GraphQLError | undefined {
  const match = TOKEN_LIMIT_MESSAGE.exec(parseFailure);
  if (!match) return undefined;
  const maxTokens = Number(match[1]);
  return tooComplex(`The document has more than ${maxTokens} tokens, the limit`, 'tokens', { maxTokens });
}

/** Every limit answers 400 with QUERY_TOO_COMPLEX and names itself in `extensions.limit`. */
function tooComplex(message: string, limit: string, figures: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, ...figures, http: { status: 400 } } });
}

/** The cost of an operation, with its variables known (a `first: $n` costs what it asks). */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  return selectionCost(operation.selectionSet, fragmentsOf(document), variables, new Set());
}

export function costLimitError(cost: number, maxCost: number): GraphQLError {
  return tooComplex(`Query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages or fewer fields`, 'cost', { cost, maxCost });
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
