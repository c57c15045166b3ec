import type { SegmentAttributeType, SegmentField, SegmentOperator } from '../../gql/graphql';

/**
 * The segment language as the builder offers it: which operators each field allows, what kind
 * of value it compares with, and which extra keys (withinDays, tag, journey, path, type) it takes.
 *
 * The API has no query that lists this (the schema's enums name fields and operators but not
 * which go together), so it mirrors the server's src/modules/segment/definition/segment-fields.ts.
 * The server stays the judge: anything the builder gets wrong comes back as BAD_USER_INPUT with
 * the field it concerns, and the builder shows that message.
 */

/** What `value` holds for an operator: nothing, one value, a list, [low, high], or a number of days. */
export type ValueArity = 'none' | 'one' | 'list' | 'pair' | 'days';

/** The kind of each value a field compares with (the elements, for lists). */
export type ValueKind = 'text' | 'decimal' | 'integer' | 'boolean' | 'date' | 'choice' | 'key';

export type ConditionParameter = 'withinDays' | 'tag' | 'journey' | 'path' | 'type';

/** Where a field sits in the builder's field list. */
export type FieldGroup = 'profile' | 'consent' | 'tags' | 'orders' | 'rfm' | 'feedback' | 'lead' | 'journeys' | 'attributes';

/** Where the choices of a choice field come from: fixed lists, or the tenant's RFM segment map. */
export type ChoiceSource = 'sizeBand' | 'tagCategory' | 'npsCategory' | 'leadGrade' | 'rfmSegment';

export interface FieldSpec {
  field: SegmentField;
  group: FieldGroup;
  kind: ValueKind;
  operators: readonly SegmentOperator[];
  /** Inclusive bounds of integer values, shown as a hint. */
  range?: { min: number; max: number };
  choices?: ChoiceSource;
  parameters?: Partial<Record<ConditionParameter, 'required' | 'optional'>>;
}

export const OPERATOR_ARITY: Record<SegmentOperator, ValueArity> = {
  EQ: 'one', NEQ: 'one', IN: 'list', NOT_IN: 'list',
  LT: 'one', LTE: 'one', GT: 'one', GTE: 'one', BETWEEN: 'pair',
  CONTAINS: 'one', STARTS_WITH: 'one', IS_SET: 'none', IS_NOT_SET: 'none',
  WITHIN_LAST_DAYS: 'days', MORE_THAN_DAYS_AGO: 'days',
  HAS: 'one', HAS_NOT: 'one', HAS_ANY: 'list', HAS_ALL: 'list',
  REACHED: 'one', NOT_REACHED: 'one',
};

const TEXT: SegmentOperator[] = ['EQ', 'NEQ', 'IN', 'NOT_IN', 'CONTAINS', 'STARTS_WITH', 'IS_SET', 'IS_NOT_SET'];
const CHOICE: SegmentOperator[] = ['EQ', 'NEQ', 'IN', 'NOT_IN'];
const NUMBER: SegmentOperator[] = ['EQ', 'NEQ', 'IN', 'NOT_IN', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN'];
const OPTIONAL_NUMBER: SegmentOperator[] = [...NUMBER, 'IS_SET', 'IS_NOT_SET'];
const DATE: SegmentOperator[] = ['LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'WITHIN_LAST_DAYS', 'MORE_THAN_DAYS_AGO', 'IS_SET', 'IS_NOT_SET'];
const BOOLEAN: SegmentOperator[] = ['EQ', 'IS_SET', 'IS_NOT_SET'];
const SET: SegmentOperator[] = ['HAS', 'HAS_NOT', 'HAS_ANY', 'HAS_ALL'];

const profileText = (field: SegmentField): FieldSpec => ({ field, group: 'profile', kind: 'text', operators: TEXT });
const rfmScore = (field: SegmentField): FieldSpec => ({ field, group: 'rfm', kind: 'integer', operators: OPTIONAL_NUMBER, range: { min: 1, max: 5 } });
const COUNT_RANGE = { min: 0, max: 1_000_000_000 };

/** In the order the builder lists them (by group, most used first). */
export const FIELD_SPECS: readonly FieldSpec[] = [
  profileText('REGION'),
  profileText('INDUSTRY'),
  { field: 'SIZE_BAND', group: 'profile', kind: 'choice', operators: [...CHOICE, 'IS_SET', 'IS_NOT_SET'], choices: 'sizeBand' },
  profileText('COMPANY'),
  profileText('JOB_TITLE'),
  profileText('NAME'),
  profileText('EMAIL'),
  profileText('PHONE'),
  profileText('EXTERNAL_ID'),
  { field: 'SOURCE_SYSTEMS', group: 'profile', kind: 'text', operators: SET },
  { field: 'WALLET_ESTIMATE', group: 'profile', kind: 'decimal', operators: OPTIONAL_NUMBER },
  { field: 'FIRST_SEEN_AT', group: 'profile', kind: 'date', operators: DATE },
  { field: 'CREATED_AT', group: 'profile', kind: 'date', operators: DATE },
  { field: 'CONSENT_EMAIL', group: 'consent', kind: 'boolean', operators: BOOLEAN },
  { field: 'CONSENT_SMS', group: 'consent', kind: 'boolean', operators: BOOLEAN },
  { field: 'TAG', group: 'tags', kind: 'key', operators: SET },
  { field: 'TAG_CATEGORY', group: 'tags', kind: 'choice', operators: SET, choices: 'tagCategory' },
  { field: 'TAG_SCORE', group: 'tags', kind: 'decimal', operators: OPTIONAL_NUMBER, parameters: { tag: 'required' } },
  { field: 'ORDER_COUNT', group: 'orders', kind: 'integer', operators: NUMBER, range: COUNT_RANGE, parameters: { withinDays: 'optional' } },
  { field: 'ORDER_REVENUE', group: 'orders', kind: 'decimal', operators: NUMBER, parameters: { withinDays: 'optional' } },
  { field: 'FIRST_ORDER_AT', group: 'orders', kind: 'date', operators: DATE },
  { field: 'LAST_ORDER_AT', group: 'orders', kind: 'date', operators: DATE },
  { field: 'RFM_SEGMENT', group: 'rfm', kind: 'choice', operators: [...CHOICE, 'IS_SET', 'IS_NOT_SET'], choices: 'rfmSegment' },
  rfmScore('RFM_RECENCY_SCORE'),
  rfmScore('RFM_FREQUENCY_SCORE'),
  rfmScore('RFM_MONETARY_SCORE'),
  { field: 'NPS_CATEGORY', group: 'feedback', kind: 'choice', operators: CHOICE, choices: 'npsCategory' },
  { field: 'NPS_SCORE', group: 'feedback', kind: 'integer', operators: OPTIONAL_NUMBER, range: { min: 0, max: 10 } },
  { field: 'CSAT_SCORE', group: 'feedback', kind: 'integer', operators: OPTIONAL_NUMBER, range: { min: 1, max: 5 } },
  { field: 'OPEN_FEEDBACK_CASES', group: 'feedback', kind: 'integer', operators: NUMBER, range: COUNT_RANGE },
  { field: 'LEAD_GRADE', group: 'lead', kind: 'choice', operators: CHOICE, choices: 'leadGrade' },
  { field: 'LEAD_SCORE', group: 'lead', kind: 'decimal', operators: NUMBER },
  { field: 'JOURNEY_STAGE', group: 'journeys', kind: 'key', operators: ['REACHED', 'NOT_REACHED'], parameters: { journey: 'required', withinDays: 'optional' } },
  { field: 'TOUCHPOINT_COUNT', group: 'journeys', kind: 'integer', operators: NUMBER, range: COUNT_RANGE, parameters: { withinDays: 'optional', journey: 'optional' } },
  { field: 'ATTRIBUTE', group: 'attributes', kind: 'text', operators: TEXT, parameters: { path: 'required', type: 'required' } },
];

export const FIELD_GROUPS: readonly FieldGroup[] = ['profile', 'consent', 'tags', 'orders', 'rfm', 'feedback', 'lead', 'journeys', 'attributes'];

const SPECS_BY_FIELD = new Map(FIELD_SPECS.map((spec) => [spec.field, spec]));

export function fieldSpec(field: SegmentField): FieldSpec {
  const spec = SPECS_BY_FIELD.get(field);
  if (!spec) throw new Error(`segment field ${field} is not in the builder's catalogue`);
  return spec;
}

export const ATTRIBUTE_TYPES: readonly SegmentAttributeType[] = ['STRING', 'NUMBER', 'BOOLEAN', 'DATE'];

/** A customer attribute's kind and operators follow its declared type, not the field. */
const ATTRIBUTE_SHAPES: Record<SegmentAttributeType, { kind: ValueKind; operators: readonly SegmentOperator[] }> = {
  STRING: { kind: 'text', operators: TEXT },
  NUMBER: { kind: 'decimal', operators: OPTIONAL_NUMBER },
  BOOLEAN: { kind: 'boolean', operators: BOOLEAN },
  DATE: { kind: 'date', operators: DATE },
};

/** The value kind and operators a condition has, given its field (and, for an attribute, its type). */
export function conditionShape(field: SegmentField, attributeType: SegmentAttributeType): { kind: ValueKind; operators: readonly SegmentOperator[] } {
  return field === 'ATTRIBUTE' ? ATTRIBUTE_SHAPES[attributeType] : fieldSpec(field);
}

/** Fixed choice lists; the RFM segments come from the tenant's map (or the default map). */
export const FIXED_CHOICES: Record<Exclude<ChoiceSource, 'rfmSegment'>, readonly string[]> = {
  sizeBand: ['SMALL', 'MEDIUM', 'LARGE'],
  tagCategory: ['TIER', 'PREDICTIVE', 'SPENDING', 'CREDIT', 'BEHAVIOR'],
  npsCategory: ['PROMOTER', 'PASSIVE', 'DETRACTOR', 'NONE'],
  leadGrade: ['A', 'B', 'C', 'D'],
};

/** The default RFM segment map's names, for keys that may not read the tenant's settings. */
export const DEFAULT_RFM_SEGMENTS: readonly string[] = [
  'CHAMPIONS', 'LOYAL', 'POTENTIAL_LOYALIST', 'NEW', 'PROMISING', 'NEED_ATTENTION', 'ABOUT_TO_SLEEP', 'AT_RISK', 'CANNOT_LOSE', 'HIBERNATING',
];

export const SEGMENT_LIMITS = { maxDays: 36_500, maxDepth: 10 } as const;
