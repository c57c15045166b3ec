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
  return selectionDepth(operation.selectionSet, newWalk(fragmentsOf(document)));
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
// Nesting a few thousand levels deep overflows the parser's stack before the token limit.
const PARSER_STACK_MESSAGE = /Maximum call stack size exceeded/;

/**
 * graphql-js stops parsing at the token limit, or when nesting exhausts its stack, with a plain
 * syntax error; this turns those into errors that name the limit, and leaves every other
 * parse failure alone (undefined).
 */
export function parseLimitErrorFor(parseFailure: string): GraphQLError | undefined {
  const tokens = TOKEN_LIMIT_MESSAGE.exec(parseFailure);
  if (tokens) {
    const maxTokens = Number(tokens[1]);
    return tooComplex(`The document has more than ${maxTokens} tokens, the limit`, 'tokens', { maxTokens });
  }
  if (PARSER_STACK_MESSAGE.test(parseFailure)) return tooComplex('The document is nested too deeply to parse', 'depth', {});
  return undefined;
}

/** Every limit answers 400 with QUERY_TOO_COMPLEX and names itself in `extensions.limit`. */
function tooComplex(message: string, limit: string, figures: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, ...figures, http: { status: 400 } } });
}

/** The cost of an operation, with its variables known (a `first: $n` costs what it asks). */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  return selectionCost(operation.selectionSet, newWalk(fragmentsOf(document)), variables);
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

// Each fragment's depth and cost is worked out once per document and then reused: walking a
// spread again every time it is used lets a kilobyte of fragments that each spread the next
// twice take exponential time (a "fragment bomb"). Cycles are refused by graphql's own
// validation before these run; `visiting` only keeps a bad document from looping here.
interface Walk {
  fragments: Fragments;
  visiting: Set<string>;
  known: Map<string, number>;
}

function newWalk(fragments: Fragments): Walk {
  return { fragments, visiting: new Set(), known: new Map() };
}

function fragmentFigure(name: string, walk: Walk, measure: (selectionSet: SelectionSetNode) => number): number {
  const known = walk.known.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragments[name];
  if (!fragment || walk.visiting.has(name)) return 0;
  walk.visiting.add(name);
  const figure = measure(fragment.selectionSet);
  walk.visiting.delete(name);
  walk.known.set(name, figure);
  return figure;
}

function selectionDepth(selectionSet: SelectionSetNode | undefined, walk: Walk): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, walk) : 0;
      deepest = Math.max(deepest, below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, walk));
    } else {
      deepest = Math.max(deepest, fragmentFigure(selection.name.value, walk, (set) => selectionDepth(set, walk)));
    }
  }
  return deepest;
}

function selectionCost(selectionSet: SelectionSetNode | undefined, walk: Walk, variables: Record<string, unknown>): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selectionCost(selection.selectionSet, walk, variables);
      total += 1 + listMultiplier(selection, variables) * below;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += selectionCost(selection.selectionSet, walk, variables);
    } else {
      total += fragmentFigure(selection.name.value, walk, (set) => selectionCost(set, walk, variables));
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
