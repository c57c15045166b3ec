import type { SegmentAttributeType, SegmentConditionInput, SegmentDefinitionInput, SegmentField, SegmentOperator } from '../../gql/graphql';
import { firstListedField } from './segment-language';
import type { ConditionParameter, ConditionShape, SegmentVocabulary, ValueArity, ValueKind } from './segment-vocabulary';

/**
 * The builder's form state and its translation to the API's SegmentDefinitionInput and back.
 * The form holds what the user typed, as text; turning it into typed values happens only when
 * the definition is sent, so a bad value reaches the server and comes back with its reason.
 * What each field takes comes from the API's segment language (the vocabulary), passed in.
 */

/** How a group combines its children: every one (AND), at least one (OR), or none of them (NOT OR). */
export type Combinator = 'all' | 'any' | 'none';

export interface ConditionRow {
  kind: 'condition';
  id: string;
  field: SegmentField;
  operator: SegmentOperator;
  /** One value, or a list separated by commas. */
  value: string;
  /** BETWEEN's high end (`value` is the low end). */
  high: string;
  /** The values ticked for a list of choices. */
  choices: string[];
  withinDays: string;
  tag: string;
  journey: string;
  path: string;
  attributeType: SegmentAttributeType;
}

export interface ConditionGroup {
  kind: 'group';
  id: string;
  combinator: Combinator;
  children: FormNode[];
}

export type FormNode = ConditionRow | ConditionGroup;

let lastId = 0;
const nextId = (prefix: string) => `${prefix}-${++lastId}`;

export function newCondition(vocabulary: SegmentVocabulary, field: SegmentField = firstListedField(vocabulary.fields)): ConditionRow {
  const row: ConditionRow = {
    kind: 'condition',
    id: nextId('condition'),
    field,
    operator: 'EQ',
    value: '',
    high: '',
    choices: [],
    withinDays: '',
    tag: '',
    journey: '',
    path: '',
    attributeType: 'STRING',
  };
  return { ...row, operator: allowedOperators(vocabulary, row)[0]! };
}

export function newGroup(vocabulary: SegmentVocabulary, combinator: Combinator = 'all', children: FormNode[] = [newCondition(vocabulary)]): ConditionGroup {
  return { kind: 'group', id: nextId('group'), combinator, children };
}

type Shaped = Pick<ConditionRow, 'field' | 'attributeType'>;

// Rows only hold fields the vocabulary serves (formFromDocument refuses the others).
function shapeOf(vocabulary: SegmentVocabulary, row: Shaped): ConditionShape {
  const shape = vocabulary.shape(row.field, row.attributeType);
  if (!shape) throw new Error(`segment field ${row.field} (${row.attributeType}) is not in the API's segment language`);
  return shape;
}

export function allowedOperators(vocabulary: SegmentVocabulary, row: Shaped): readonly SegmentOperator[] {
  return shapeOf(vocabulary, row).operators;
}

export function valueKind(vocabulary: SegmentVocabulary, row: Shaped): ValueKind {
  return shapeOf(vocabulary, row).kind;
}

/** What the row's value holds; its operator is always one the vocabulary serves. */
export function valueArity(vocabulary: SegmentVocabulary, row: Pick<ConditionRow, 'operator'>): ValueArity {
  const arity = vocabulary.arity(row.operator);
  if (!arity) throw new Error(`segment operator ${row.operator} is not in the API's segment language`);
  return arity;
}

/**
 * The row after a change of field, operator or attribute type: an operator the new field does
 * not allow becomes its first one, and values typed for another kind of value are cleared.
 */
export function reshapeCondition(vocabulary: SegmentVocabulary, row: ConditionRow, change: Partial<ConditionRow>): ConditionRow {
  const next = { ...row, ...change };
  const operators = allowedOperators(vocabulary, next);
  if (!operators.includes(next.operator)) next.operator = operators[0]!;
  const kindChanged = valueKind(vocabulary, next) !== valueKind(vocabulary, row);
  const arityChanged = vocabulary.arity(next.operator) !== vocabulary.arity(row.operator);
  if (next.field !== row.field || kindChanged) return { ...next, value: '', high: '', choices: [] };
  if (arityChanged) return { ...next, high: '', choices: [] };
  return next;
}

export function parameterNeed(vocabulary: SegmentVocabulary, row: ConditionRow, parameter: ConditionParameter): 'required' | 'optional' | undefined {
  return vocabulary.parameterNeed(row.field, parameter);
}

// ---- tree edits (immutable) ----

export function updateNode(root: ConditionGroup, id: string, update: (node: FormNode) => FormNode): ConditionGroup {
  const visit = (node: FormNode): FormNode => {
    if (node.id === id) return update(node);
    return node.kind === 'group' ? { ...node, children: node.children.map(visit) } : node;
  };
  return visit(root) as ConditionGroup;
}

/** Without the node; a group left empty goes too (the language refuses empty groups), except the root. */
export function removeNode(root: ConditionGroup, id: string): ConditionGroup {
  const visit = (group: ConditionGroup): ConditionGroup => ({
    ...group,
    children: group.children
      .filter((child) => child.id !== id)
      .map((child) => (child.kind === 'group' ? visit(child) : child))
      .filter((child) => child.kind === 'condition' || child.children.length > 0),
  });
  return visit(root);
}

export function appendChild(root: ConditionGroup, groupId: string, child: FormNode): ConditionGroup {
  return updateNode(root, groupId, (node) => (node.kind === 'group' ? { ...node, children: [...node.children, child] } : node));
}

/** Rows and groups numbered as the page shows them: 1, 2, 2.1, 2.2, 3 … */
export function numberNodes(root: ConditionGroup): Map<string, string> {
  const numbers = new Map<string, string>();
  const visit = (group: ConditionGroup, prefix: string) =>
    group.children.forEach((child, index) => {
      const number = `${prefix}${index + 1}`;
      numbers.set(child.id, number);
      if (child.kind === 'group') visit(child, `${number}.`);
    });
  visit(root, '');
  return numbers;
}

// ---- to the API ----

export interface BuiltDefinition {
  definition: SegmentDefinitionInput;
  /** Where each row's condition sits in the input (`input.definition.all[1].condition`), to place the server's errors. */
  conditionPaths: Map<string, string>;
}

/** The definition as the API's input tree, every value typed as the field expects. */
export function buildDefinition(vocabulary: SegmentVocabulary, root: ConditionGroup, inputPath = 'input.definition'): BuiltDefinition {
  const conditionPaths = new Map<string, string>();
  const node = (formNode: FormNode, path: string): SegmentDefinitionInput => {
    if (formNode.kind === 'condition') {
      conditionPaths.set(formNode.id, `${path}.condition`);
      return { condition: conditionInput(vocabulary, formNode) };
    }
    if (formNode.combinator === 'none') {
      return { not: { any: formNode.children.map((child, index) => node(child, `${path}.not.any[${index}]`)) } };
    }
    const key = formNode.combinator;
    return { [key]: formNode.children.map((child, index) => node(child, `${path}.${key}[${index}]`)) };
  };
  return { definition: node(root, inputPath), conditionPaths };
}

function conditionInput(vocabulary: SegmentVocabulary, row: ConditionRow): SegmentConditionInput {
  const kind = valueKind(vocabulary, row);
  const input: SegmentConditionInput = { field: row.field, operator: row.operator };
  const value = conditionValue(vocabulary, row, kind);
  if (value !== undefined) input.value = value;
  const takes = (parameter: ConditionParameter) => parameterNeed(vocabulary, row, parameter) !== undefined;
  if (takes('WITHIN_DAYS') && row.withinDays.trim()) input.withinDays = numberOrText(row.withinDays) as number;
  if (takes('TAG') && row.tag.trim()) input.tag = row.tag.trim();
  if (takes('JOURNEY') && row.journey.trim()) input.journey = row.journey.trim();
  if (takes('PATH')) input.path = row.path.trim();
  if (takes('TYPE')) input.type = row.attributeType;
  return input;
}

/** Undefined when nothing was entered: the server then says the value is required. */
function conditionValue(vocabulary: SegmentVocabulary, row: ConditionRow, kind: ValueKind): unknown {
  switch (valueArity(vocabulary, row)) {
    case 'NONE':
      return undefined;
    case 'DAYS':
      return row.value.trim() ? typedValue(row.value, 'INTEGER') : undefined;
    case 'ONE':
      return row.value.trim() ? typedValue(row.value, kind) : undefined;
    case 'PAIR':
      return row.value.trim() || row.high.trim() ? [typedValue(row.value, kind), typedValue(row.high, kind)] : undefined;
    case 'LIST': {
      const items = kind === 'CHOICE' ? row.choices : splitList(row.value);
      return items.length > 0 ? items.map((item) => typedValue(item, kind)) : undefined;
    }
  }
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * A number when the text reads as one; otherwise the text as typed, for the server to refuse
 * with its reason (NaN would travel as null, and a refused value must not vanish silently).
 */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  const number = Number(trimmed);
  return trimmed !== '' && Number.isFinite(number) ? number : trimmed;
}

function typedValue(text: string, kind: ValueKind): unknown {
  const trimmed = text.trim();
  if (kind === 'INTEGER' || kind === 'DECIMAL') return numberOrText(text);
  if (kind === 'BOOLEAN') return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
  // Text values are compared exactly; only the ends of list items are trimmed (by splitList).
  return kind === 'TEXT' ? text : trimmed;
}

/** The row an error of the server is about, and which of its inputs (value, operator, …). */
export function locateError(field: string | undefined, conditionPaths: Map<string, string>): { rowId: string; key: string } | undefined {
  if (!field) return undefined;
  for (const [rowId, path] of conditionPaths) {
    if (field.startsWith(`${path}.`)) return { rowId, key: field.slice(path.length + 1).replace(/\[\d+\]$/, '') };
  }
  return undefined;
}

// ---- from a stored document (to edit a segment) ----

/**
 * The form for a stored definition, or null when it has a shape the form cannot show (`not` of
 * an `all` group, say): such a segment can still be read, refreshed and changed through the API.
 */
export function formFromDocument(vocabulary: SegmentVocabulary, document: unknown): ConditionGroup | null {
  const formNodeOf = (node: unknown): FormNode | null => {
    if (!isObject(node)) return null;
    if (Array.isArray(node.all) || Array.isArray(node.any)) {
      const combinator = Array.isArray(node.all) ? 'all' : 'any';
      const children = (node[combinator] as unknown[]).map(formNodeOf);
      return children.every(Boolean) ? newGroup(vocabulary, combinator, children as FormNode[]) : null;
    }
    if (isObject(node.not)) {
      const inner = node.not;
      const children = Array.isArray(inner.any) ? (inner.any as unknown[]).map(formNodeOf) : Array.isArray(inner.all) ? null : [formNodeOf(inner)];
      return children && children.every(Boolean) ? newGroup(vocabulary, 'none', children as FormNode[]) : null;
    }
    return typeof node.field === 'string' ? conditionOf(vocabulary, node) : null;
  };
  const root = formNodeOf(document);
  if (!root) return null;
  return root.kind === 'group' ? root : newGroup(vocabulary, 'all', [root]);
}

/** The row of a stored condition; null for a field or attribute type the API does not serve. */
function conditionOf(vocabulary: SegmentVocabulary, node: Record<string, unknown>): ConditionRow | null {
  const row = newCondition(vocabulary);
  const field = node.field as SegmentField;
  const filled: ConditionRow = {
    ...row,
    field,
    operator: node.operator as SegmentOperator,
    attributeType: (node.type as SegmentAttributeType | undefined) ?? 'STRING',
    withinDays: node.withinDays == null ? '' : String(node.withinDays),
    tag: typeof node.tag === 'string' ? node.tag : '',
    journey: typeof node.journey === 'string' ? node.journey : '',
    path: typeof node.path === 'string' ? node.path : '',
  };
  const shape = vocabulary.shape(field, filled.attributeType);
  const arity = vocabulary.arity(filled.operator);
  if (!shape || arity === undefined) return null;
  const kind = shape.kind;
  const value = node.value;
  if (arity === 'LIST' && Array.isArray(value)) {
    if (kind === 'CHOICE') return { ...filled, choices: value.map(String) };
    return { ...filled, value: value.map(String).join(', ') };
  }
  if (arity === 'PAIR' && Array.isArray(value)) return { ...filled, value: textOf(value[0], kind), high: textOf(value[1], kind) };
  return { ...filled, value: value == null ? '' : textOf(value, kind) };
}

/** Dates as the date input shows them (YYYY-MM-DD) when they are whole UTC days. */
function textOf(value: unknown, kind: ValueKind): string {
  const text = String(value);
  return kind === 'DATE' ? text.replace(/T00:00(:00(\.0+)?)?(Z|\+00:00)$/, '') : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
