import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { ErrorCode } from './errors.js';

/**
 * Values no field may hold, refused before anything runs:
 * - the NUL character (U+0000): PostgreSQL text cannot store it, so it would fail deep in a
 *   statement (or at commit) instead of naming the field;
 * - variables nested deeper than any input of the schema, which would exhaust the stack while
 *   graphql coerces them.
 */
const MAX_VARIABLE_NESTING = 64;
const NUL = '\u0000';

/** A NUL in one of the document's string literals. */
export function literalProblem(document: DocumentNode): GraphQLError | undefined {
  let problem: GraphQLError | undefined;
  visit(document, {
    StringValue(node, _key, _parent, _path, ancestors) {
      if (problem || !node.value.includes(NUL)) return;
      problem = nulError(literalPath(ancestors));
    },
  });
  return problem;
}

// The argument and input-field names above a literal: `input.name`.
function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  const names: string[] = [];
  for (const ancestor of ancestors) {
    if ('kind' in ancestor && (ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD)) names.push(ancestor.name.value);
  }
  return names.join('.') || 'query';
}

/** A NUL in a variable's value, or a value nested too deep. */
export function variablesProblem(variables: Record<string, unknown>): GraphQLError | undefined {
  for (const [name, value] of Object.entries(variables)) {
    const problem = valueProblem(value, name, 1);
    if (problem) return problem;
  }
  return undefined;
}

function valueProblem(value: unknown, path: string, nesting: number): GraphQLError | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? nulError(path) : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (nesting > MAX_VARIABLE_NESTING) return refused(path, `is nested deeper than ${MAX_VARIABLE_NESTING} levels`);
  const entries = Array.isArray(value) ? value.map((item, index) => [`${path}[${index}]`, item] as const) : Object.entries(value).map(([key, item]) => [`${path}.${key}`, item] as const);
  for (const [itemPath, item] of entries) {
    const problem = valueProblem(item, itemPath, nesting + 1);
    if (problem) return problem;
  }
  return undefined;
}

function nulError(path: string): GraphQLError {
  return refused(path, 'contains a NUL character (U+0000), which cannot be stored');
}

function refused(field: string, reason: string): GraphQLError {
  return new GraphQLError(`${field}: ${reason}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } } });
}
