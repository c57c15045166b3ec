import type { SegmentAttributeType, SegmentConditionInput, SegmentDefinitionInput, SegmentField, SegmentOperator } from '../../gql/graphql';
import { conditionShape, fieldSpec, OPERATOR_ARITY, type ConditionParameter, type ValueKind } from './segment-language';

/**
 * The builder's form state and its translation to the API's SegmentDefinitionInput and back.
 * The form holds what the user typed, as text; turning it into typed values happens only when
 * the definition is sent, so a bad value reaches the server and comes back with its reason.
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

export function newCondition(field: SegmentField = 'REGION'): ConditionRow {
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
  return { ...row, operator: allowedOperators(row)[0]! };
}

export function newGroup(combinator: Combinator = 'all', children: FormNode[] = [newCondition()]): ConditionGroup {
  return { kind: 'group', id: nextId('group'), combinator, children };
}

export function allowedOperators(row: Pick<ConditionRow, 'field' | 'attributeType'>): readonly SegmentOperator[] {
  return conditionShape(row.field, row.attributeType).operators;
}

export function valueKind(row: Pick<ConditionRow, 'field' | 'attributeType'>): ValueKind {
  return conditionShape(row.field, row.attributeType).kind;
}

/**
 * The row after a change of field, operator or attribute type: an operator the new field does
 * not allow becomes its first one, and values typed for another kind of value are cleared.
 */
export function reshapeCondition(row: ConditionRow, change: Partial<ConditionRow>): ConditionRow {
  const next = { ...row, ...change };
  const operators = allowedOperators(next);
  if (!operators.includes(next.operator)) next.operator = operators[0]!;
  const kindChanged = valueKind(next) !== valueKind(row);
  const arityChanged = OPERATOR_ARITY[next.operator] !== OPERATOR_ARITY[row.operator];
  if (next.field !== row.field || kindChanged) return { ...next, value: '', high: '', choices: [] };
  if (arityChanged) return { ...next, high: '', choices: [] };
  return next;
}

export function parameterNeed(row: ConditionRow, parameter: ConditionParameter): 'required' | 'optional' | undefined {
  return fieldSpec(row.field).parameters?.[parameter];
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
export function buildDefinition(root: ConditionGroup, inputPath = 'input.definition'): BuiltDefinition {
  const conditionPaths = new Map<string, string>();
  const node = (formNode: FormNode, path: string): SegmentDefinitionInput => {
    if (formNode.kind === 'condition') {
      conditionPaths.set(formNode.id, `${path}.condition`);
      return { condition: conditionInput(formNode) };
    }
    if (formNode.combinator === 'none') {
      return { not: { any: formNode.children.map((child, index) => node(child, `${path}.not.any[${index}]`)) } };
    }
    const key = formNode.combinator;
    return { [key]: formNode.children.map((child, index) => node(child, `${path}.${key}[${index}]`)) };
  };
  return { definition: node(root, inputPath), conditionPaths };
}

function conditionInput(row: ConditionRow): SegmentConditionInput {
  const kind = valueKind(row);
  const input: SegmentConditionInput = { field: row.field, operator: row.operator };
  const value = conditionValue(row, kind);
  if (value !== undefined) input.value = value;
  if (parameterNeed(row, 'withinDays') && row.withinDays.trim()) input.withinDays = numberOrText(row.withinDays) as number;
  if (parameterNeed(row, 'tag') && row.tag.trim()) input.tag = row.tag.trim();
  if (parameterNeed(row, 'journey') && row.journey.trim()) input.journey = row.journey.trim();
  if (row.field === 'ATTRIBUTE') {
    input.path = row.path.trim();
    input.type = row.attributeType;
  }
  return input;
}

/** Undefined when nothing was entered: the server then says the value is required. */
function conditionValue(row: ConditionRow, kind: ValueKind): unknown {
  switch (OPERATOR_ARITY[row.operator]) {
    case 'none':
      return undefined;
    case 'days':
      return row.value.trim() ? typedValue(row.value, 'integer') : undefined;
    case 'one':
      return row.value.trim() ? typedValue(row.value, kind) : undefined;
    case 'pair':
      return row.value.trim() || row.high.trim() ? [typedValue(row.value, kind), typedValue(row.high, kind)] : undefined;
    case 'list': {
      const items = kind === 'choice' ? row.choices : splitList(row.value);
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
  if (kind === 'integer' || kind === 'decimal') return numberOrText(text);
  if (kind === 'boolean') return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
  // Text values are compared exactly; only the ends of list items are trimmed (by splitList).
  return kind === 'text' ? text : trimmed;
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
export function formFromDocument(document: unknown): ConditionGroup | null {
  const root = formNodeOf(document);
  if (!root) return null;
  return root.kind === 'group' ? root : newGroup('all', [root]);
}

function formNodeOf(node: unknown): FormNode | null {
  if (!isObject(node)) return null;
  if (Array.isArray(node.all) || Array.isArray(node.any)) {
    const combinator = Array.isArray(node.all) ? 'all' : 'any';
    const children = (node[combinator] as unknown[]).map(formNodeOf);
    return children.every(Boolean) ? newGroup(combinator, children as FormNode[]) : null;
  }
  if (isObject(node.not)) {
    const inner = node.not;
    const children = Array.isArray(inner.any) ? (inner.any as unknown[]).map(formNodeOf) : Array.isArray(inner.all) ? null : [formNodeOf(inner)];
    return children && children.every(Boolean) ? newGroup('none', children as FormNode[]) : null;
  }
  return typeof node.field === 'string' ? conditionOf(node) : null;
}

function conditionOf(node: Record<string, unknown>): ConditionRow | null {
  const row = newCondition();
  const field = node.field as SegmentField;
  try {
    fieldSpec(field);
  } catch {
    return null;
  }
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
  const kind = valueKind(filled);
  const value = node.value;
  const arity = OPERATOR_ARITY[filled.operator];
  if (arity === undefined) return null;
  if (arity === 'list' && Array.isArray(value)) {
    if (kind === 'choice') return { ...filled, choices: value.map(String) };
    return { ...filled, value: value.map(String).join(', ') };
  }
  if (arity === 'pair' && Array.isArray(value)) return { ...filled, value: textOf(value[0], kind), high: textOf(value[1], kind) };
  return { ...filled, value: value == null ? '' : textOf(value, kind) };
}

/** Dates as the date input shows them (YYYY-MM-DD) when they are whole UTC days. */
function textOf(value: unknown, kind: ValueKind): string {
  const text = String(value);
  return kind === 'date' ? text.replace(/T00:00(:00(\.0+)?)?(Z|\+00:00)$/, '') : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
