import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Enumerates what a client can send to cxgraph, straight from the schema, so the hostile-input
 * tests attack a field the day it is added without anyone listing it.
 */

export type OperationKind = 'query' | 'mutation';

export interface RootField {
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
}

/** One place a client puts a scalar value: a root argument or an input field nested in one. */
export interface InputSlot {
  kind: OperationKind;
  rootField: string;
  /** From the argument down: input field names, and 0 for a list element. */
  path: (string | number)[];
  /** The argument's or input field's own name. */
  name: string;
  /** The input type holding it; undefined for a root argument. */
  holder: string | undefined;
  scalar: string;
}

/** An argument of a field below the root (`Segment.changes(since:)`), with a way to reach it. */
export interface NestedArgumentSlot {
  /** Query fields from the root down to the field that takes the argument (included). */
  steps: string[];
  typeName: string;
  field: string;
  argument: string;
  /** The argument's declared type, for the variable (`String`, `[String!]`). */
  argumentType: string;
  scalar: string;
}

/**
 * What fills a required value that the test does not attack: gets the scalar or enum type, the
 * field or argument name, and the holder (input type or root field); undefined falls back to a
 * generic value of the type. `optional` adds optional fields an input needs one of (a customer
 * by id or external id, say) to every value built of that input type.
 */
export interface Filler {
  (typeName: string, name: string, holder: string): unknown;
  optional?: (inputType: string) => Record<string, unknown> | undefined;
}

// Either of these names the same thing: attacking one drops the other that `optional` added.
const ALTERNATIVES: Record<string, string> = { customerId: 'customerExternalId', customerExternalId: 'customerId', journeyId: 'journeyKey', journeyKey: 'journeyId' };

export function rootFields(schema: GraphQLSchema): RootField[] {
  const fields: RootField[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) fields.push({ kind, field });
  }
  return fields;
}

export function rootField(schema: GraphQLSchema, kind: OperationKind, name: string): GraphQLField<unknown, unknown> {
  const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const field = type?.getFields()[name];
  if (!field) throw new Error(`the schema has no ${kind} field ${name}`);
  return field;
}

/** Every root argument and nested input field whose scalar is one of `scalars`. */
export function inputSlots(schema: GraphQLSchema, scalars: readonly string[]): InputSlot[] {
  const slots: InputSlot[] = [];
  for (const { kind, field } of rootFields(schema)) {
    for (const argument of field.args) {
      walkInput(argument.type, [argument.name], argument.name, undefined, new Set(), (path, name, holder, scalar) => {
        if (scalars.includes(scalar)) slots.push({ kind, rootField: field.name, path, name, holder, scalar });
      });
    }
  }
  return slots;
}

function walkInput(
  type: GraphQLInputType,
  path: (string | number)[],
  name: string,
  holder: string | undefined,
  entered: Set<string>,
  visit: (path: (string | number)[], name: string, holder: string | undefined, scalar: string) => void,
): void {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return walkInput(nullable.ofType, [...path, 0], name, holder, entered, visit);
  if (isInputObjectType(nullable)) {
    // Recursive inputs (segment definitions) are entered once per path: one level reaches every field.
    if (entered.has(nullable.name)) return;
    const inside = new Set(entered).add(nullable.name);
    for (const inputField of Object.values(nullable.getFields())) {
      walkInput(inputField.type, [...path, inputField.name], inputField.name, nullable.name, inside, visit);
    }
    return;
  }
  if (!isEnumType(nullable)) visit(path, name, holder, nullable.name);
}

/**
 * Arguments of fields below the root (cursors, segment names of RFM pages...), each with the
 * shortest chain of query fields that reaches it.
 */
export function nestedArgumentSlots(schema: GraphQLSchema, scalars: readonly string[]): NestedArgumentSlot[] {
  const slots: NestedArgumentSlot[] = [];
  const reached = new Map<string, string[]>();
  const queue: { type: GraphQLObjectType; steps: string[] }[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const type = getNamedType(field.type);
    if (isObjectType(type) && !reached.has(type.name)) {
      reached.set(type.name, [field.name]);
      queue.push({ type, steps: [field.name] });
    }
  }
  while (queue.length > 0) {
    const { type, steps } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      for (const argument of field.args) {
        const scalar = getNamedType(argument.type).name;
        if (scalars.includes(scalar)) {
          slots.push({ steps: [...steps, field.name], typeName: type.name, field: field.name, argument: argument.name, argumentType: argument.type.toString(), scalar });
        }
      }
      const below = getNamedType(field.type);
      // Only the root call gets arguments from the test: a field below that needs one is a dead end.
      if (isObjectType(below) && !reached.has(below.name) && !field.args.some((argument) => isRequired(argument))) {
        reached.set(below.name, [...steps, field.name]);
        queue.push({ type: below, steps: [...steps, field.name] });
      }
    }
  }
  return slots;
}

/** A value for an input type with only its required parts filled. */
export function requiredValue(type: GraphQLInputType, name: string, holder: string, fill: Filler): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [requiredValue(nullable.ofType, name, holder, fill)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = { ...fill.optional?.(nullable.name) };
    for (const inputField of Object.values(nullable.getFields())) {
      if (isRequired(inputField)) value[inputField.name] = requiredValue(inputField.type, inputField.name, nullable.name, fill);
    }
    return value;
  }
  const given = fill(nullable.name, name, holder);
  if (given !== undefined) return given;
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  return GENERIC_VALUES[nullable.name] ?? 'x';
}

const GENERIC_VALUES: Record<string, unknown> = {
  String: 'x',
  ID: '00000000-0000-4000-8000-000000000000',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTimeISO: '2026-01-01T00:00:00.000Z',
  Decimal: '1',
  JSON: {},
  JSONObject: {},
};

function isRequired(input: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(input.type) && input.defaultValue === undefined;
}

/** The variables of a root field call: its required arguments filled, then `overrides` on top. */
export function requiredVariables(field: GraphQLField<unknown, unknown>, fill: Filler, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const argument of field.args) {
    if (isRequired(argument)) variables[argument.name] = requiredValue(argument.type, argument.name, field.name, fill);
  }
  return { ...variables, ...overrides };
}

/**
 * Puts `value` at a slot's path inside the variables of its root field, creating (with their
 * required parts filled) the inputs on the way. Returns new variables; the given ones are kept.
 */
export function withValueAt(field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>, path: (string | number)[], value: unknown, fill: Filler): Record<string, unknown> {
  const copy = structuredClone(variables);
  const argument = field.args.find((candidate) => candidate.name === path[0]);
  if (!argument) throw new Error(`${field.name} has no argument ${String(path[0])}`);
  const put = (container: Record<string | number, unknown>, key: string | number, type: GraphQLInputType, rest: (string | number)[], holder: string): void => {
    if (rest.length === 0) {
      container[key] = value;
      if (typeof key === 'string' && ALTERNATIVES[key]) delete container[ALTERNATIVES[key]];
      return;
    }
    const nullable = getNullableType(type) as GraphQLInputType;
    if (isListType(nullable)) {
      // The attacked element replaces the list: one element is enough to reach the code.
      const list: unknown[] = [];
      container[key] = list;
      return put(list as unknown as Record<number, unknown>, 0, nullable.ofType, rest.slice(1), holder);
    }
    if (!isInputObjectType(nullable)) throw new Error(`cannot go below ${holder}.${String(key)}`);
    const current = container[key];
    const object = (current && typeof current === 'object' && !Array.isArray(current) ? current : requiredValue(nullable, String(key), holder, fill)) as Record<string, unknown>;
    container[key] = object;
    const inputField = nullable.getFields()[String(rest[0])];
    put(object, inputField.name, inputField.type, rest.slice(1), nullable.name);
  };
  put(copy, argument.name, argument.type, path.slice(1), field.name);
  return copy;
}

export interface SelectionOptions {
  /** How many object levels below the field to select; 0 selects only its leaves. */
  depth: number;
  /** The page asked of every field that takes `first`. */
  first: number;
  /** Leaves out a field (a scope the key lacks on purpose, say). */
  skip?: (typeName: string, fieldName: string) => boolean;
}

/**
 * A selection set of an output type: every leaf field without required arguments, objects below
 * to `depth` without entering a type twice on one path, `first` on fields that page.
 */
export function selectionOf(type: GraphQLOutputType, options: SelectionOptions, entered: ReadonlySet<string> = new Set()): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const inside = new Set(entered).add(named.name);
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((argument) => isRequired(argument))) continue;
    if (options.skip?.(named.name, field.name)) continue;
    const paging = field.args.some((argument) => argument.name === 'first') ? `(first: ${options.first})` : '';
    const below = getNamedType(field.type);
    if (isLeafType(below)) parts.push(field.name + paging);
    else if (options.depth > 0 && !inside.has(below.name)) {
      parts.push(`${field.name}${paging} ${selectionOf(field.type, { ...options, depth: options.depth - 1 }, inside)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** A document calling one root field with its arguments as variables of their declared types. */
export function rootOperation(field: GraphQLField<unknown, unknown>, kind: OperationKind, variables: Record<string, unknown>, selection: string): string {
  const given = field.args.filter((argument) => argument.name in variables);
  const declarations = given.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
  const call = given.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  return `${kind} Hostile${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`;
}

/**
 * A query reaching a nested field through `slot.steps`, with the slot's argument bound to the
 * variable `$value`; `rootArguments` (literal GraphQL) go to the first step, and every field that
 * pages on the way asks for one item.
 */
export function nestedOperation(schema: GraphQLSchema, slot: NestedArgumentSlot, rootArguments: string): string {
  let parent: GraphQLObjectType = schema.getQueryType()!;
  let endsInLeaf = false;
  const calls = slot.steps.map((step, index) => {
    const field = parent.getFields()[step];
    const last = index === slot.steps.length - 1;
    const pages = field.args.some((argument) => argument.name === 'first') && !(last && slot.argument === 'first');
    const given = [index === 0 ? rootArguments : '', last ? `${slot.argument}: $value` : '', pages ? 'first: 1' : ''].filter(Boolean).join(', ');
    const below = getNamedType(field.type);
    if (isObjectType(below)) parent = below;
    else endsInLeaf = true;
    return given ? `${step}(${given})` : step;
  });
  const text = calls.reduceRight((inner, call, index) => (index === calls.length - 1 ? call + (endsInLeaf ? '' : ' { __typename }') : `${call} { ${inner} }`), '');
  return `query Hostile($value: ${slot.argumentType}) { ${text} }`;
}
