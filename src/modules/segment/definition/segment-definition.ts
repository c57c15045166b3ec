import type { FieldError } from '../../../common/errors.js';
import { DEFAULT_SEGMENT_MAP, segmentNames } from '../../analytics/rfm/rfm-segment-map.js';
import type { AnalyticsSettings } from '../../analytics/settings/analytics-settings.js';
import { ATTRIBUTE_SHAPES, DEFAULT_INTEGER_RANGE, FIELD_SPECS, SEGMENT_FIELDS, type SegmentFieldSpec } from './segment-fields.js';
import { CONDITION_PARAMETERS, OPERATOR_ARITY, SegmentAttributeType, SegmentField, SegmentOperator, type ConditionParameter, type ValueKind } from './segment-terms.js';

/**
 * A segment definition: a tree of groups (all / any / not) over conditions, stored and sent as
 * a JSON document. The GraphQL input (segment-definition.input.ts) becomes this document and
 * goes through the same validator.
 *
 *   { "all": [ { "field": "TAG", "operator": "HAS", "value": "vip" },
 *              { "not": { "field": "LAST_ORDER_AT", "operator": "WITHIN_LAST_DAYS", "value": 90 } } ] }
 */

export type SegmentValue = string | number | boolean | (string | number)[];

export interface SegmentCondition {
  field: SegmentField;
  operator: SegmentOperator;
  /** Absent for IS_SET / IS_NOT_SET; a list for IN, NOT_IN, HAS_ANY, HAS_ALL; [low, high] for BETWEEN. */
  value?: SegmentValue;
  /** Order stats, touchpoints, journey stage: count only the last N days (24 hours each) up to asOf. */
  withinDays?: number;
  /** TAG_SCORE: the tag key. */
  tag?: string;
  /** JOURNEY_STAGE (required) and TOUCHPOINT_COUNT: the journey key. */
  journey?: string;
  /** ATTRIBUTE: keys of the attributes object separated by dots, such as "loyalty.tier". */
  path?: string;
  /** ATTRIBUTE: how the value at the path is read. */
  type?: SegmentAttributeType;
}

export interface SegmentAllGroup {
  all: SegmentNode[];
}
export interface SegmentAnyGroup {
  any: SegmentNode[];
}
export interface SegmentNotGroup {
  not: SegmentNode;
}
export type SegmentNode = SegmentAllGroup | SegmentAnyGroup | SegmentNotGroup | SegmentCondition;
export type SegmentDefinition = SegmentNode;

export interface ParsedSegmentDefinition {
  /** The definition with only known keys, or null when there are errors. */
  definition: SegmentDefinition | null;
  errors: FieldError[];
}

/** Names that depend on the tenant: its RFM segment map may name other segments. */
export interface SegmentVocabulary {
  rfmSegments: readonly string[];
}

export const DEFAULT_SEGMENT_VOCABULARY: SegmentVocabulary = { rfmSegments: segmentNames(DEFAULT_SEGMENT_MAP) };

export function segmentVocabulary(settings: AnalyticsSettings): SegmentVocabulary {
  return { rfmSegments: segmentNames(settings.rfmSegmentMap ?? DEFAULT_SEGMENT_MAP) };
}

/** Input limits: a definition is user input compiled into one SQL statement. */
export const SEGMENT_LIMITS = { maxDepth: 10, maxNodes: 200, maxListValues: 100, maxTextLength: 500, maxDays: 36500 } as const;

const GROUP_KEYS = ['all', 'any', 'not'] as const;
const CONDITION_KEYS = ['field', 'operator', 'value', ...CONDITION_PARAMETERS];
const KEY_PATTERN = /^[a-z0-9][a-z0-9_.:-]{0,99}$/;
const DECIMAL_TEXT = /^-?\d{1,12}(\.\d{1,4})?$/;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
const MAX_PATH_KEYS = 8;

export function isGroup(node: SegmentNode): node is SegmentAllGroup | SegmentAnyGroup | SegmentNotGroup {
  return 'all' in node || 'any' in node || 'not' in node;
}

/** Validates a JSON definition; every problem is reported with the path of the bad node. */
export function parseSegmentDefinition(json: unknown, path = 'definition', vocabulary: SegmentVocabulary = DEFAULT_SEGMENT_VOCABULARY): ParsedSegmentDefinition {
  return readSegmentDocument(json, path, vocabulary, '');
}

/**
 * The validator behind both forms. `conditionPrefix` is where a node's condition keys sit
 * relative to the node in the caller's form: '' in the JSON document, '.condition' in the
 * GraphQL input, so errors name the path the caller wrote.
 */
export function readSegmentDocument(json: unknown, path: string, vocabulary: SegmentVocabulary, conditionPrefix: string): ParsedSegmentDefinition {
  const reader = new DefinitionReader(vocabulary, conditionPrefix);
  const definition = reader.node(json, path, 1);
  if (reader.nodes > SEGMENT_LIMITS.maxNodes) reader.fail(path, `has more than ${SEGMENT_LIMITS.maxNodes} nodes`);
  return reader.errors.length > 0 ? { definition: null, errors: reader.errors } : { definition, errors: [] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

class DefinitionReader {
  readonly errors: FieldError[] = [];
  nodes = 0;

  constructor(
    private readonly vocabulary: SegmentVocabulary,
    private readonly conditionPrefix: string,
  ) {}

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  node(value: unknown, path: string, depth: number): SegmentNode | null {
    this.nodes += 1;
    // Past the limit nothing more is read: one error at the root says why.
    if (this.nodes > SEGMENT_LIMITS.maxNodes) return null;
    if (depth > SEGMENT_LIMITS.maxDepth) {
      this.fail(path, `nests deeper than ${SEGMENT_LIMITS.maxDepth} levels`);
      return null;
    }
    if (!isObject(value)) {
      this.fail(path, 'must be an object: a group (all, any or not) or a condition (field, operator, value)');
      return null;
    }
    const keys = Object.keys(value);
    const groups = GROUP_KEYS.filter((key) => key in value);
    const conditionKeys = keys.filter((key) => CONDITION_KEYS.includes(key));
    if (groups.length + (conditionKeys.length > 0 ? 1 : 0) > 1) {
      const found = [...groups, ...(conditionKeys.length > 0 ? [`a condition (${conditionKeys.join(', ')})`] : [])];
      this.fail(path, `must be one group (all, any or not) or one condition, not several: found ${found.join(' and ')}`);
      return null;
    }
    if (groups.length === 0 && conditionKeys.length === 0) {
      this.fail(path, `must be a group (all, any or not) or a condition (field, operator, value); found ${keys.length === 0 ? 'no keys' : `only ${keys.join(', ')}`}`);
      return null;
    }
    if (groups.length === 1) return this.group(value, groups[0], path, depth);
    return this.condition(value, path);
  }

  private group(value: Record<string, unknown>, key: (typeof GROUP_KEYS)[number], path: string, depth: number): SegmentNode | null {
    for (const other of Object.keys(value)) if (other !== key) this.fail(`${path}.${other}`, `is not allowed in a group; a group has only its ${key} key`);
    const children = value[key];
    const childPath = `${path}.${key}`;
    if (key === 'not') {
      if (Array.isArray(children)) {
        this.fail(childPath, `must be exactly one node (an object), not a list of ${children.length}`);
        return null;
      }
      const child = this.node(children, childPath, depth + 1);
      return child && { not: child };
    }
    if (!Array.isArray(children)) {
      this.fail(childPath, 'must be a list of nodes');
      return null;
    }
    if (children.length === 0) {
      this.fail(childPath, 'must list at least one node');
      return null;
    }
    const read = children.map((child, index) => this.node(child, `${childPath}[${index}]`, depth + 1));
    if (read.some((child) => child === null)) return null;
    return key === 'all' ? { all: read as SegmentNode[] } : { any: read as SegmentNode[] };
  }

  private condition(value: Record<string, unknown>, path: string): SegmentCondition | null {
    const at = (key: string) => `${path}${this.conditionPrefix}.${key}`;
    const before = this.errors.length;
    for (const key of Object.keys(value)) {
      if (!CONDITION_KEYS.includes(key)) this.fail(at(key), `is not a condition key; use ${listOf(CONDITION_KEYS)}`);
    }
    const spec = this.fieldOf(value.field, at('field'));
    if (!spec) return null;
    const condition: SegmentCondition = { field: spec.field, operator: SegmentOperator.EQ };
    for (const parameter of CONDITION_PARAMETERS) this.parameter(spec, parameter, value[parameter], at(parameter), condition);
    const shape = spec.field === SegmentField.ATTRIBUTE ? (condition.type ? ATTRIBUTE_SHAPES[condition.type] : null) : spec;
    const operator = this.operatorOf(value.operator, at('operator'), spec.field, shape?.operators ?? null);
    if (!operator || !shape) return null;
    condition.operator = operator;
    this.value(value.value, at('value'), operator, spec, shape.kind, condition);
    return this.errors.length > before ? null : condition;
  }

  private fieldOf(field: unknown, path: string): SegmentFieldSpec | null {
    if (field === undefined || field === null) {
      this.fail(path, 'is required');
      return null;
    }
    const spec = typeof field === 'string' ? FIELD_SPECS.get(field as SegmentField) : undefined;
    if (!spec) this.fail(path, `${JSON.stringify(field)} is not a segment field; use one of ${SEGMENT_FIELDS.map((known) => known.field).join(', ')}`);
    return spec ?? null;
  }

  private operatorOf(operator: unknown, path: string, field: SegmentField, allowed: readonly SegmentOperator[] | null): SegmentOperator | null {
    if (operator === undefined || operator === null) {
      this.fail(path, 'is required');
      return null;
    }
    if (typeof operator !== 'string' || !(operator in OPERATOR_ARITY)) {
      this.fail(path, `${JSON.stringify(operator)} is not an operator`);
      return null;
    }
    // Without a valid attribute type the allowed operators are unknown; its error says why.
    if (allowed === null) return null;
    if (!allowed.includes(operator as SegmentOperator)) {
      this.fail(path, `${operator} does not apply to field ${field}; use ${listOf(allowed)}`);
      return null;
    }
    return operator as SegmentOperator;
  }

  private parameter(spec: SegmentFieldSpec, parameter: ConditionParameter, value: unknown, path: string, condition: SegmentCondition): void {
    const need = spec.parameters?.[parameter];
    if (value === undefined || value === null) {
      if (need === 'required') this.fail(path, `is required for field ${spec.field}`);
      return;
    }
    if (!need) {
      this.fail(path, `does not apply to field ${spec.field}`);
      return;
    }
    switch (parameter) {
      case 'withinDays':
        if (this.days(value, path)) condition.withinDays = value as number;
        return;
      case 'tag':
      case 'journey':
        if (this.key(value, path)) condition[parameter] = value as string;
        return;
      case 'path':
        if (typeof value === 'string' && value.split('.').length <= MAX_PATH_KEYS && value.split('.').every((key) => key.length >= 1 && key.length <= 100)) {
          condition.path = value;
        } else {
          this.fail(path, `must be 1 to ${MAX_PATH_KEYS} attribute keys separated by dots, each 1 to 100 characters`);
        }
        return;
      case 'type':
        if (typeof value === 'string' && value in ATTRIBUTE_SHAPES) condition.type = value as SegmentAttributeType;
        else this.fail(path, `must be one of ${listOf(Object.values(SegmentAttributeType))}`);
        return;
    }
  }

  private value(value: unknown, path: string, operator: SegmentOperator, spec: SegmentFieldSpec, kind: ValueKind, condition: SegmentCondition): void {
    const arity = OPERATOR_ARITY[operator];
    if (arity === 'none') {
      if (value !== undefined && value !== null) this.fail(path, `must be left out with operator ${operator}`);
      return;
    }
    if (value === undefined || value === null) {
      this.fail(path, `is required with operator ${operator}`);
      return;
    }
    if (arity === 'days') {
      if (this.days(value, path)) condition.value = value as number;
      return;
    }
    if (arity === 'one') {
      if (this.element(value, path, spec, kind)) condition.value = value as SegmentValue;
      return;
    }
    const count = arity === 'pair' ? '2' : `1 to ${SEGMENT_LIMITS.maxListValues}`;
    const fits = Array.isArray(value) && (arity === 'pair' ? value.length === 2 : value.length >= 1 && value.length <= SEGMENT_LIMITS.maxListValues);
    if (!fits) {
      this.fail(path, arity === 'pair' ? 'must be a list of two values, [low, high]' : `must be a list of ${count} values`);
      return;
    }
    const valid = value.map((element, index) => this.element(element, `${path}[${index}]`, spec, kind)).every(Boolean);
    if (!valid) return;
    if (arity === 'pair' && orderOf(value[0], kind) > orderOf(value[1], kind)) {
      this.fail(path, 'must have low (the first value) at most high (the second)');
      return;
    }
    condition.value = value as (string | number)[];
  }

  /** One value of the field's kind; false (with the error) when it is not one. */
  private element(value: unknown, path: string, spec: SegmentFieldSpec, kind: ValueKind): boolean {
    const message = elementError(value, spec, kind, this.vocabulary);
    if (message) this.fail(path, message);
    return message === null;
  }

  private days(value: unknown, path: string): boolean {
    const valid = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= SEGMENT_LIMITS.maxDays;
    if (!valid) this.fail(path, `must be a whole number of days from 1 to ${SEGMENT_LIMITS.maxDays}`);
    return valid;
  }

  private key(value: unknown, path: string): boolean {
    const valid = typeof value === 'string' && KEY_PATTERN.test(value);
    if (!valid) this.fail(path, 'must be a key: 1 to 100 lowercase letters, digits, or _ . : - characters, starting with a letter or digit');
    return valid;
  }
}

/** Why a value is not of the kind, or null when it is. */
function elementError(value: unknown, spec: SegmentFieldSpec, kind: ValueKind, vocabulary: SegmentVocabulary): string | null {
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value.length >= 1 && value.length <= SEGMENT_LIMITS.maxTextLength ? null : `must be text of 1 to ${SEGMENT_LIMITS.maxTextLength} characters`;
    case 'key':
      return typeof value === 'string' && KEY_PATTERN.test(value) ? null : 'must be a key: 1 to 100 lowercase letters, digits, or _ . : - characters, starting with a letter or digit';
    case 'choice': {
      const choices = spec.choices?.(vocabulary) ?? [];
      return typeof value === 'string' && choices.includes(value) ? null : `must be one of ${listOf(choices)}`;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'integer': {
      const { min, max } = spec.range ?? DEFAULT_INTEGER_RANGE;
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : `must be a whole number from ${min} to ${max}`;
    }
    case 'decimal': {
      const valid = (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e12) || (typeof value === 'string' && DECIMAL_TEXT.test(value));
      return valid ? null : 'must be a number (or a decimal string such as "12.50") with at most 12 integer digits';
    }
    case 'date':
      return isDateText(value) ? null : 'must be a date such as 2026-01-31 (00:00 UTC) or a date-time with a zone such as 2026-01-31T09:30:00Z, in the years 1900 to 2200';
  }
}

/** An ISO 8601 date or date-time with a zone naming a real day and time (Date.parse would roll 02-31 over to March). */
function isDateText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = DATE_TEXT.exec(value);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 14 && offsetMinutes <= 59;
}

function orderOf(value: unknown, kind: ValueKind): number {
  return kind === 'date' ? Date.parse(String(value)) : Number(value);
}

/** Keys the definition names that only the tenant's data can confirm (tags, journeys, stages), with their paths. */
export interface SegmentReferences {
  tags: { key: string; path: string }[];
  journeys: { key: string; path: string }[];
  stages: { journey: string; stage: string; path: string }[];
}

/**
 * What a valid definition refers to, so a service can report keys the tenant does not have.
 * `conditionPrefix` as in readSegmentDocument: '.condition' gives the GraphQL input's paths.
 */
export function segmentReferences(definition: SegmentDefinition, path = 'definition', conditionPrefix = ''): SegmentReferences {
  const references: SegmentReferences = { tags: [], journeys: [], stages: [] };
  const visit = (node: SegmentNode, nodePath: string): void => {
    if ('all' in node) return node.all.forEach((child, index) => visit(child, `${nodePath}.all[${index}]`));
    if ('any' in node) return node.any.forEach((child, index) => visit(child, `${nodePath}.any[${index}]`));
    if ('not' in node) return visit(node.not, `${nodePath}.not`);
    const at = (key: string) => `${nodePath}${conditionPrefix}.${key}`;
    if (node.field === SegmentField.TAG) {
      if (Array.isArray(node.value)) node.value.forEach((key, index) => references.tags.push({ key: String(key), path: `${at('value')}[${index}]` }));
      else references.tags.push({ key: String(node.value), path: at('value') });
    }
    if (node.tag) references.tags.push({ key: node.tag, path: at('tag') });
    if (node.field === SegmentField.JOURNEY_STAGE && node.journey) references.stages.push({ journey: node.journey, stage: String(node.value), path: at('value') });
    else if (node.journey) references.journeys.push({ key: node.journey, path: at('journey') });
  };
  visit(definition, path);
  return references;
}

/** Every field a definition tests, so a caller can prepare the sources it reads (RFM totals, say). */
export function segmentFieldsOf(definition: SegmentDefinition): Set<SegmentField> {
  const fields = new Set<SegmentField>();
  const visit = (node: SegmentNode): void => {
    if ('all' in node) return node.all.forEach(visit);
    if ('any' in node) return node.any.forEach(visit);
    if ('not' in node) return visit(node.not);
    fields.add(node.field);
  };
  visit(definition);
  return fields;
}
