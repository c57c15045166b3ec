import { registerEnumType } from 'type-graphql';

/**
 * The words of the segment language: the fields a condition names, its operators and what value
 * each takes, the kinds of values, the declared types of customer attributes and the condition
 * keys besides field, operator and value. What each field means in SQL is segment-fields.ts.
 */

export enum SegmentField {
  EXTERNAL_ID = 'EXTERNAL_ID',
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  COMPANY = 'COMPANY',
  JOB_TITLE = 'JOB_TITLE',
  REGION = 'REGION',
  INDUSTRY = 'INDUSTRY',
  SIZE_BAND = 'SIZE_BAND',
  SOURCE_SYSTEMS = 'SOURCE_SYSTEMS',
  CONSENT_EMAIL = 'CONSENT_EMAIL',
  CONSENT_SMS = 'CONSENT_SMS',
  WALLET_ESTIMATE = 'WALLET_ESTIMATE',
  FIRST_SEEN_AT = 'FIRST_SEEN_AT',
  CREATED_AT = 'CREATED_AT',
  ATTRIBUTE = 'ATTRIBUTE',
  TAG = 'TAG',
  TAG_CATEGORY = 'TAG_CATEGORY',
  TAG_SCORE = 'TAG_SCORE',
  ORDER_COUNT = 'ORDER_COUNT',
  ORDER_REVENUE = 'ORDER_REVENUE',
  FIRST_ORDER_AT = 'FIRST_ORDER_AT',
  LAST_ORDER_AT = 'LAST_ORDER_AT',
  RFM_SEGMENT = 'RFM_SEGMENT',
  RFM_RECENCY_SCORE = 'RFM_RECENCY_SCORE',
  RFM_FREQUENCY_SCORE = 'RFM_FREQUENCY_SCORE',
  RFM_MONETARY_SCORE = 'RFM_MONETARY_SCORE',
  NPS_CATEGORY = 'NPS_CATEGORY',
  NPS_SCORE = 'NPS_SCORE',
  CSAT_SCORE = 'CSAT_SCORE',
  LEAD_GRADE = 'LEAD_GRADE',
  LEAD_SCORE = 'LEAD_SCORE',
  JOURNEY_STAGE = 'JOURNEY_STAGE',
  TOUCHPOINT_COUNT = 'TOUCHPOINT_COUNT',
  OPEN_FEEDBACK_CASES = 'OPEN_FEEDBACK_CASES',
}

export enum SegmentOperator {
  EQ = 'EQ',
  NEQ = 'NEQ',
  IN = 'IN',
  NOT_IN = 'NOT_IN',
  LT = 'LT',
  LTE = 'LTE',
  GT = 'GT',
  GTE = 'GTE',
  BETWEEN = 'BETWEEN',
  CONTAINS = 'CONTAINS',
  STARTS_WITH = 'STARTS_WITH',
  IS_SET = 'IS_SET',
  IS_NOT_SET = 'IS_NOT_SET',
  WITHIN_LAST_DAYS = 'WITHIN_LAST_DAYS',
  MORE_THAN_DAYS_AGO = 'MORE_THAN_DAYS_AGO',
  HAS = 'HAS',
  HAS_NOT = 'HAS_NOT',
  HAS_ANY = 'HAS_ANY',
  HAS_ALL = 'HAS_ALL',
  REACHED = 'REACHED',
  NOT_REACHED = 'NOT_REACHED',
}

/** The declared type of a customer attribute (a jsonb path): how its value is read and compared. */
export enum SegmentAttributeType {
  STRING = 'STRING',
  NUMBER = 'NUMBER',
  BOOLEAN = 'BOOLEAN',
  DATE = 'DATE',
}

/**
 * Operators that are the complement of another: they compile to `not` of it, so a customer
 * without the value (no region, no NPS answer) satisfies NEQ exactly when it fails EQ.
 */
export const COMPLEMENT_OF: Partial<Record<SegmentOperator, SegmentOperator>> = {
  [SegmentOperator.NEQ]: SegmentOperator.EQ,
  [SegmentOperator.NOT_IN]: SegmentOperator.IN,
  [SegmentOperator.IS_NOT_SET]: SegmentOperator.IS_SET,
  [SegmentOperator.HAS_NOT]: SegmentOperator.HAS,
  [SegmentOperator.NOT_REACHED]: SegmentOperator.REACHED,
};

// String enums rather than unions so that segment-language.types.ts can serve them as GraphQL
// enums: the GraphQL names are the keys (TEXT), while the code here writes the values ('text').

/** What `value` holds for an operator: nothing, one value, a list, [low, high], or a number of days. */
export enum SegmentValueArity {
  NONE = 'none',
  ONE = 'one',
  LIST = 'list',
  PAIR = 'pair',
  DAYS = 'days',
}
export type ValueArity = `${SegmentValueArity}`;

export const OPERATOR_ARITY: Record<SegmentOperator, ValueArity> = {
  EQ: 'one', NEQ: 'one', IN: 'list', NOT_IN: 'list',
  LT: 'one', LTE: 'one', GT: 'one', GTE: 'one', BETWEEN: 'pair',
  CONTAINS: 'one', STARTS_WITH: 'one', IS_SET: 'none', IS_NOT_SET: 'none',
  WITHIN_LAST_DAYS: 'days', MORE_THAN_DAYS_AGO: 'days',
  HAS: 'one', HAS_NOT: 'one', HAS_ANY: 'list', HAS_ALL: 'list',
  REACHED: 'one', NOT_REACHED: 'one',
};

/** The kind of each value a field compares with (the elements, for lists). */
export enum SegmentValueKind {
  TEXT = 'text',
  DECIMAL = 'decimal',
  INTEGER = 'integer',
  BOOLEAN = 'boolean',
  DATE = 'date',
  CHOICE = 'choice',
  KEY = 'key',
}
export type ValueKind = `${SegmentValueKind}`;

/** Condition keys besides field, operator and value, and whether a field needs them. */
export enum SegmentConditionParameter {
  WITHIN_DAYS = 'withinDays',
  TAG = 'tag',
  JOURNEY = 'journey',
  PATH = 'path',
  TYPE = 'type',
}
export type ConditionParameter = `${SegmentConditionParameter}`;
export const CONDITION_PARAMETERS: readonly ConditionParameter[] = Object.values(SegmentConditionParameter);

registerEnumType(SegmentOperator, {
  name: 'SegmentOperator',
  description: 'How a segment condition compares. NEQ, NOT_IN, IS_NOT_SET, HAS_NOT and NOT_REACHED hold exactly when their positive form does not.',
  valuesConfig: {
    EQ: { description: 'Equal to the value (text: exactly, case included).' },
    NEQ: { description: 'Not EQ; a customer without the value is not equal.' },
    IN: { description: 'Equal to one of a list of values.' },
    NOT_IN: { description: 'Not IN.' },
    LT: { description: 'Less than (dates: before).' },
    LTE: { description: 'Less than or equal.' },
    GT: { description: 'Greater than (dates: after).' },
    GTE: { description: 'Greater than or equal.' },
    BETWEEN: { description: 'Within [low, high], both included; value is a list of two.' },
    CONTAINS: { description: 'Text containing the value, ignoring case.' },
    STARTS_WITH: { description: 'Text starting with the value, ignoring case.' },
    IS_SET: { description: 'Has a value (text: not blank). No value is given.' },
    IS_NOT_SET: { description: 'Not IS_SET.' },
    WITHIN_LAST_DAYS: { description: 'A time in the value days (of 24 hours) up to asOf.' },
    MORE_THAN_DAYS_AGO: { description: 'A time at least the value days (of 24 hours) before asOf.' },
    HAS: { description: 'Holds the value (a tag key, a category, a source system).' },
    HAS_NOT: { description: 'Not HAS.' },
    HAS_ANY: { description: 'Holds at least one of a list.' },
    HAS_ALL: { description: 'Holds every one of a list.' },
    REACHED: { description: 'Reached the journey stage or a later one.' },
    NOT_REACHED: { description: 'Not REACHED.' },
  },
});

registerEnumType(SegmentAttributeType, {
  name: 'SegmentAttributeType',
  description: 'The declared type of a customer attribute a segment condition reads.',
  valuesConfig: {
    STRING: { description: 'Text; numbers and booleans are read as their text.' },
    NUMBER: { description: 'A JSON number, or text holding a decimal number.' },
    BOOLEAN: { description: 'A JSON boolean, or the text true / false in any case.' },
    DATE: { description: 'Text holding an ISO 8601 date or date-time.' },
  },
});
