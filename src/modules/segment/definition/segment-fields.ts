import { registerEnumType } from 'type-graphql';
import { sql, trusted, type SqlFragment } from '../../../common/sql-fragment.js';
import { LEAD_GRADES } from '../../analytics/lead-score/lead-score.enums.js';
import { NpsCategory } from '../../analytics/nps/nps.enums.js';
import { SizeBand } from '../../customer/customer.enums.js';
import { TagCategory } from '../../tag/tag.enums.js';
import type { SegmentCondition, SegmentVocabulary } from './segment-definition.js';
import { SegmentAttributeType, SegmentField, SegmentOperator, type ConditionParameter, type ValueKind } from './segment-terms.js';

/**
 * The fields a segment condition can test: what values each takes, which operators apply, and
 * the SQL each compiles to. Every condition is SQL on the customer row `c`; values are always
 * bind parameters. Sources that need aggregation (order stats, RFM, lead score, latest answers)
 * are asked of `SegmentSources`, which segment.query.ts computes once per query.
 */


const { EQ, NEQ, IN, NOT_IN, LT, LTE, GT, GTE, BETWEEN, CONTAINS, STARTS_WITH, IS_SET, IS_NOT_SET } = SegmentOperator;
const { WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO, HAS, HAS_NOT, HAS_ANY, HAS_ALL, REACHED, NOT_REACHED } = SegmentOperator;

const TEXT_OPERATORS = [EQ, NEQ, IN, NOT_IN, CONTAINS, STARTS_WITH, IS_SET, IS_NOT_SET];
const CHOICE_OPERATORS = [EQ, NEQ, IN, NOT_IN];
const NUMBER_OPERATORS = [EQ, NEQ, IN, NOT_IN, LT, LTE, GT, GTE, BETWEEN];
const OPTIONAL_NUMBER_OPERATORS = [...NUMBER_OPERATORS, IS_SET, IS_NOT_SET];
const DATE_OPERATORS = [LT, LTE, GT, GTE, BETWEEN, WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO, IS_SET, IS_NOT_SET];
const BOOLEAN_OPERATORS = [EQ, IS_SET, IS_NOT_SET];
const SET_OPERATORS = [HAS, HAS_NOT, HAS_ANY, HAS_ALL];

/** Column references of the computed sources, valid in the WHERE clause of the members query. */
export interface SegmentSources {
  readonly tenantId: string;
  readonly asOf: Date;
  /** asOf minus whole days of 24 hours. */
  daysBeforeAsOf(days: number): Date;
  /** Completed orders (METRICS.md) placed at or before asOf, in the last `withinDays` days or ever; 0 without any. */
  orderCount(withinDays: number | null): SqlFragment;
  orderRevenue(withinDays: number | null): SqlFragment;
  firstOrderAt(): SqlFragment;
  lastOrderAt(): SqlFragment;
  /** RFM of the buyer as of asOf with the tenant's method and map; null for customers not scored. */
  rfm(): { segment: SqlFragment; r: SqlFragment; f: SqlFragment; m: SqlFragment };
  leadScore(): { grade: SqlFragment; score: SqlFragment };
  /** Score of the customer's latest answer of the kind at or before asOf; null without one. */
  latestAnswer(kind: 'NPS' | 'CSAT'): SqlFragment;
  touchpointCount(withinDays: number | null, journey: string | null): SqlFragment;
  openFeedbackCases(): SqlFragment;
}

/** Inclusive bounds of the integer values of a field that sets none. */
export const DEFAULT_INTEGER_RANGE = { min: -1_000_000_000, max: 1_000_000_000 } as const;

export interface SegmentFieldSpec {
  field: SegmentField;
  description: string;
  kind: ValueKind;
  operators: readonly SegmentOperator[];
  /** Inclusive bounds of integer values (DEFAULT_INTEGER_RANGE when left out). */
  range?: { min: number; max: number };
  choices?: (vocabulary: SegmentVocabulary) => readonly string[];
  parameters?: Partial<Record<ConditionParameter, 'required' | 'optional'>>;
  /**
   * The condition as SQL for a positive operator (complements are negated by the caller). It
   * may yield null for a customer without the value: the caller reads null as false.
   */
  compile(condition: SegmentCondition, operator: SegmentOperator, sources: SegmentSources, kind: ValueKind): SqlFragment;
}

const SQL_TYPE: Record<ValueKind, string> = {
  text: 'text', choice: 'text', key: 'text', decimal: 'numeric', integer: 'numeric', boolean: 'boolean', date: 'timestamptz',
};

/** A value as a bind parameter of its SQL type; dates are parsed (a bare date is 00:00 UTC). */
function param(value: unknown, kind: ValueKind): SqlFragment {
  const bound = kind === 'date' ? new Date(String(value)) : kind === 'decimal' || kind === 'integer' ? String(value) : value;
  return sql`${bound}::${trusted(SQL_TYPE[kind])}`;
}

function listParam(values: unknown, kind: ValueKind): SqlFragment {
  const bound = (values as unknown[]).map((value) => (kind === 'date' ? new Date(String(value)) : kind === 'decimal' || kind === 'integer' ? String(value) : value));
  return sql`${bound}::${trusted(SQL_TYPE[kind])}[]`;
}

/** `subject` (a SQL expression of the field's kind) tested with a positive operator. */
export function comparisonSql(expression: SqlFragment, operator: SegmentOperator, value: unknown, kind: ValueKind, sources: SegmentSources): SqlFragment {
  const subject = sql`(${expression})`;
  switch (operator) {
    case EQ:
      return sql`${subject} = ${param(value, kind)}`;
    case IN:
      return sql`${subject} = any(${listParam(value, kind)})`;
    case LT:
      return sql`${subject} < ${param(value, kind)}`;
    case LTE:
      return sql`${subject} <= ${param(value, kind)}`;
    case GT:
      return sql`${subject} > ${param(value, kind)}`;
    case GTE:
      return sql`${subject} >= ${param(value, kind)}`;
    case BETWEEN: {
      const [low, high] = value as unknown[];
      return sql`${subject} between ${param(low, kind)} and ${param(high, kind)}`;
    }
    // Case-insensitive, and by position rather than LIKE so % and _ in the value are literal.
    case CONTAINS:
      return sql`strpos(lower(${subject}), lower(${value}::text)) > 0`;
    case STARTS_WITH:
      return sql`starts_with(lower(${subject}), lower(${value}::text))`;
    case IS_SET:
      return kind === 'text' ? sql`btrim(${subject}) <> ''` : sql`${subject} is not null`;
    case WITHIN_LAST_DAYS:
      return sql`${subject} > ${sources.daysBeforeAsOf(value as number)}::timestamptz and ${subject} <= ${sources.asOf}::timestamptz`;
    case MORE_THAN_DAYS_AGO:
      return sql`${subject} <= ${sources.daysBeforeAsOf(value as number)}::timestamptz`;
    default:
      throw new Error(`operator ${operator} does not compare a value`);
  }
}

type Subject = (condition: SegmentCondition, sources: SegmentSources) => SqlFragment;

/** A field whose value is one SQL expression per customer, tested by the generic operators. */
function compared(spec: Omit<SegmentFieldSpec, 'compile'>, subject: Subject): SegmentFieldSpec {
  return { ...spec, compile: (condition, operator, sources, kind) => comparisonSql(subject(condition, sources), operator, condition.value, kind, sources) };
}

const column = (name: string): Subject => () => trusted(`c.${name}`);

function profileText(field: SegmentField, columnName: string, description: string): SegmentFieldSpec {
  return compared({ field, description, kind: 'text', operators: TEXT_OPERATORS }, column(columnName));
}

// Bind parameters, not SQL text: the driver would take a regular expression's `?` for a placeholder.
const NUMERIC_TEXT = '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$';
// A time of day followed by Z, UTC or an offset: "…T09:30:00+08:00", "… 09:30 Z".
const EXPLICIT_ZONE = '[0-9]:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?\\s*(z|utc|[+-][0-9]{1,2}(:?[0-9]{2})?)$';

/**
 * The value at an attribute path read as its declared type; null when missing or of another
 * type. Numbers and booleans stored as text ("42", "true") count, as imports often write them;
 * text that is not a valid date is null rather than an error that would fail the whole query.
 */
function attributeSubject(condition: SegmentCondition): SqlFragment {
  const path = (condition.path as string).split('.');
  const node = sql`(c.attributes #> ${path}::text[])`;
  const text = sql`(c.attributes #>> ${path}::text[])`;
  switch (condition.type) {
    case SegmentAttributeType.STRING:
      return sql`case when jsonb_typeof(${node}) in ('string', 'number', 'boolean') then ${text} end`;
    case SegmentAttributeType.NUMBER:
      return sql`case when jsonb_typeof(${node}) = 'number' or (jsonb_typeof(${node}) = 'string' and ${text} ~ ${NUMERIC_TEXT})
                      then ${text}::numeric end`;
    case SegmentAttributeType.BOOLEAN:
      return sql`case when jsonb_typeof(${node}) = 'boolean' or lower(${text}) in ('true', 'false') then lower(${text})::boolean end`;
    case SegmentAttributeType.DATE:
      // Text without a zone is read as UTC, as the definition's own dates are, whatever the
      // session's TimeZone. pg_input_is_valid (PostgreSQL 16+) turns bad dates into null.
      return sql`case when jsonb_typeof(${node}) = 'string' and pg_input_is_valid(${text}, 'timestamptz')
                      then case when ${text} ~* ${EXPLICIT_ZONE} then ${text}::timestamptz else ${text}::timestamp at time zone 'UTC' end end`;
    default:
      throw new Error(`attribute type ${String(condition.type)} is not known`);
  }
}

/** Kind and operators of an attribute by its declared type. */
export const ATTRIBUTE_SHAPES: Record<SegmentAttributeType, { kind: ValueKind; operators: readonly SegmentOperator[] }> = {
  STRING: { kind: 'text', operators: TEXT_OPERATORS },
  NUMBER: { kind: 'decimal', operators: OPTIONAL_NUMBER_OPERATORS },
  BOOLEAN: { kind: 'boolean', operators: BOOLEAN_OPERATORS },
  DATE: { kind: 'date', operators: DATE_OPERATORS },
};

/** Customers holding a tag at asOf (assigned by then, not yet expired) for which `where` holds on `t` and `ct`. */
function tagHolders(sources: SegmentSources, where: SqlFragment): SqlFragment {
  return sql`select ct.customer_id from customer_tag ct join tag t on t.tenant_id = ct.tenant_id and t.id = ct.tag_id
              where ct.tenant_id = ${sources.tenantId} and ct.assigned_at <= ${sources.asOf}
                and (ct.expires_at is null or ct.expires_at > ${sources.asOf}) and ${where}`;
}

/**
 * HAS / HAS_ANY / HAS_ALL over tag attributes (`t.key`, `t.category`). Customer ids come from
 * an uncorrelated subquery, which PostgreSQL hashes once however the condition is nested.
 */
function heldSql(sources: SegmentSources, operator: SegmentOperator, value: unknown, tagColumn: string): SqlFragment {
  const attribute = trusted(tagColumn);
  if (operator === HAS) return sql`c.id in (${tagHolders(sources, sql`${attribute} = ${value}::text`)})`;
  const values = [...new Set(value as string[])];
  if (operator === HAS_ANY) return sql`c.id in (${tagHolders(sources, sql`${attribute} = any(${values}::text[])`)})`;
  return sql`c.id in (${tagHolders(sources, sql`${attribute} = any(${values}::text[])`)} group by ct.customer_id having count(distinct ${attribute}) = ${values.length})`;
}

function sourceSystemsSql(operator: SegmentOperator, value: unknown): SqlFragment {
  if (operator === HAS) return sql`c.source_systems @> array[${value}::text]`;
  if (operator === HAS_ANY) return sql`c.source_systems && ${value}::text[]`;
  return sql`c.source_systems @> ${value}::text[]`;
}

/** A touchpoint at or before asOf (and within the days given) in the stage or a later one (by position) of the journey. */
function reachedStageSql(condition: SegmentCondition, sources: SegmentSources): SqlFragment {
  const since = condition.withinDays ? sql`and t.occurred_at > ${sources.daysBeforeAsOf(condition.withinDays)}` : trusted('');
  return sql`c.id in (
    select t.customer_id
      from touchpoint t
      join journey_stage s on s.tenant_id = t.tenant_id and s.id = t.stage_id
      join journey j on j.tenant_id = s.tenant_id and j.id = s.journey_id
      join journey_stage target on target.tenant_id = s.tenant_id and target.journey_id = s.journey_id
     where t.tenant_id = ${sources.tenantId} and j.key = ${condition.journey}::text and target.key = ${condition.value}::text
       and s.position >= target.position and t.occurred_at <= ${sources.asOf} ${since})`;
}

const NPS_CATEGORY_OF = (score: SqlFragment) =>
  sql`case when ${score} is null then ${NpsCategory.NONE}::text when ${score} >= 9 then ${NpsCategory.PROMOTER}::text
           when ${score} >= 7 then ${NpsCategory.PASSIVE}::text else ${NpsCategory.DETRACTOR}::text end`;

const within = (condition: SegmentCondition) => condition.withinDays ?? null;

export const SEGMENT_FIELDS: readonly SegmentFieldSpec[] = [
  profileText(SegmentField.EXTERNAL_ID, 'external_id', 'The id of the customer in the system it came from.'),
  profileText(SegmentField.NAME, 'name', 'Customer name.'),
  profileText(SegmentField.EMAIL, 'email', 'Email address.'),
  profileText(SegmentField.PHONE, 'phone', 'Phone number.'),
  profileText(SegmentField.COMPANY, 'company', 'Company name.'),
  profileText(SegmentField.JOB_TITLE, 'job_title', 'Job title.'),
  profileText(SegmentField.REGION, 'region', 'Region.'),
  profileText(SegmentField.INDUSTRY, 'industry', 'Industry.'),
  compared({ field: SegmentField.SIZE_BAND, description: 'Company size band.', kind: 'choice', operators: [...CHOICE_OPERATORS, IS_SET, IS_NOT_SET], choices: () => Object.values(SizeBand) }, column('size_band')),
  {
    field: SegmentField.SOURCE_SYSTEMS,
    description: 'Systems the profile was seen in (HAS one, HAS_ANY / HAS_ALL of a list).',
    kind: 'text',
    operators: SET_OPERATORS,
    compile: (condition, operator) => sourceSystemsSql(operator, condition.value),
  },
  compared({ field: SegmentField.CONSENT_EMAIL, description: 'Consent to email; IS_NOT_SET when not recorded.', kind: 'boolean', operators: BOOLEAN_OPERATORS }, column('consent_email')),
  compared({ field: SegmentField.CONSENT_SMS, description: 'Consent to SMS; IS_NOT_SET when not recorded.', kind: 'boolean', operators: BOOLEAN_OPERATORS }, column('consent_sms')),
  compared({ field: SegmentField.WALLET_ESTIMATE, description: 'Estimated total category spend, base currency.', kind: 'decimal', operators: OPTIONAL_NUMBER_OPERATORS }, column('wallet_estimate')),
  compared({ field: SegmentField.FIRST_SEEN_AT, description: 'When the customer was first seen or signed up.', kind: 'date', operators: DATE_OPERATORS }, column('first_seen_at')),
  compared({ field: SegmentField.CREATED_AT, description: 'When the profile was recorded in cxgraph.', kind: 'date', operators: DATE_OPERATORS }, column('created_at')),
  compared(
    {
      field: SegmentField.ATTRIBUTE,
      description: 'A customer attribute at `path` (keys separated by dots), read as its declared `type`.',
      // Placeholders: the kind and operators are those of the declared type (ATTRIBUTE_SHAPES).
      kind: 'text',
      operators: TEXT_OPERATORS,
      parameters: { path: 'required', type: 'required' },
    },
    attributeSubject,
  ),
  {
    field: SegmentField.TAG,
    description: 'Tags held at asOf, by key.',
    kind: 'key',
    operators: SET_OPERATORS,
    compile: (condition, operator, sources) => heldSql(sources, operator, condition.value, 't.key'),
  },
  {
    field: SegmentField.TAG_CATEGORY,
    description: 'Holds at asOf a tag of the category.',
    kind: 'choice',
    operators: SET_OPERATORS,
    choices: () => Object.values(TagCategory),
    compile: (condition, operator, sources) => heldSql(sources, operator, condition.value, 't.category'),
  },
  {
    field: SegmentField.TAG_SCORE,
    description: 'Score of the tag `tag` held at asOf; customers without the tag or without a score never match a comparison.',
    kind: 'decimal',
    operators: OPTIONAL_NUMBER_OPERATORS,
    parameters: { tag: 'required' },
    compile: (condition, operator, sources, kind) =>
      sql`c.id in (${tagHolders(sources, sql`t.key = ${condition.tag}::text and ${comparisonSql(trusted('ct.score'), operator, condition.value, kind, sources)}`)})`,
  },
  compared(
    { field: SegmentField.ORDER_COUNT, description: 'Completed orders, ever or in the last `withinDays` days.', kind: 'integer', operators: NUMBER_OPERATORS, range: { min: 0, max: 1_000_000_000 }, parameters: { withinDays: 'optional' } },
    (condition, sources) => sources.orderCount(within(condition)),
  ),
  compared(
    { field: SegmentField.ORDER_REVENUE, description: 'Revenue of completed orders in base currency, ever or in the last `withinDays` days.', kind: 'decimal', operators: NUMBER_OPERATORS, parameters: { withinDays: 'optional' } },
    (condition, sources) => sources.orderRevenue(within(condition)),
  ),
  compared({ field: SegmentField.FIRST_ORDER_AT, description: 'First completed order (acquisition).', kind: 'date', operators: DATE_OPERATORS }, (_, sources) => sources.firstOrderAt()),
  compared({ field: SegmentField.LAST_ORDER_AT, description: 'Latest completed order.', kind: 'date', operators: DATE_OPERATORS }, (_, sources) => sources.lastOrderAt()),
  compared(
    { field: SegmentField.RFM_SEGMENT, description: "RFM segment as of asOf (the tenant's map); IS_NOT_SET for customers without a completed order in the 365-day window.", kind: 'choice', operators: [...CHOICE_OPERATORS, IS_SET, IS_NOT_SET], choices: (vocabulary) => vocabulary.rfmSegments },
    (_, sources) => sources.rfm().segment,
  ),
  compared({ field: SegmentField.RFM_RECENCY_SCORE, description: 'RFM R score 1..5 as of asOf.', kind: 'integer', operators: OPTIONAL_NUMBER_OPERATORS, range: { min: 1, max: 5 } }, (_, sources) => sources.rfm().r),
  compared({ field: SegmentField.RFM_FREQUENCY_SCORE, description: 'RFM F score 1..5 as of asOf.', kind: 'integer', operators: OPTIONAL_NUMBER_OPERATORS, range: { min: 1, max: 5 } }, (_, sources) => sources.rfm().f),
  compared({ field: SegmentField.RFM_MONETARY_SCORE, description: 'RFM M score 1..5 as of asOf.', kind: 'integer', operators: OPTIONAL_NUMBER_OPERATORS, range: { min: 1, max: 5 } }, (_, sources) => sources.rfm().m),
  compared(
    { field: SegmentField.NPS_CATEGORY, description: 'Category of the latest NPS answer at or before asOf; NONE without one.', kind: 'choice', operators: CHOICE_OPERATORS, choices: () => Object.values(NpsCategory) },
    (_, sources) => NPS_CATEGORY_OF(sources.latestAnswer('NPS')),
  ),
  compared({ field: SegmentField.NPS_SCORE, description: 'Score 0..10 of the latest NPS answer at or before asOf.', kind: 'integer', operators: OPTIONAL_NUMBER_OPERATORS, range: { min: 0, max: 10 } }, (_, sources) => sources.latestAnswer('NPS')),
  compared({ field: SegmentField.CSAT_SCORE, description: 'Score 1..5 of the latest CSAT answer at or before asOf.', kind: 'integer', operators: OPTIONAL_NUMBER_OPERATORS, range: { min: 1, max: 5 } }, (_, sources) => sources.latestAnswer('CSAT')),
  compared({ field: SegmentField.LEAD_GRADE, description: "Lead grade as of asOf (the tenant's rules and thresholds), of any customer.", kind: 'choice', operators: CHOICE_OPERATORS, choices: () => LEAD_GRADES }, (_, sources) => sources.leadScore().grade),
  compared({ field: SegmentField.LEAD_SCORE, description: 'Lead score as of asOf.', kind: 'decimal', operators: NUMBER_OPERATORS }, (_, sources) => sources.leadScore().score),
  {
    field: SegmentField.JOURNEY_STAGE,
    description: 'Reached stage `value` (a stage key) of journey `journey`: a touchpoint in it or a later stage, at or before asOf (and within `withinDays`).',
    kind: 'key',
    operators: [REACHED, NOT_REACHED],
    parameters: { journey: 'required', withinDays: 'optional' },
    compile: (condition, _, sources) => reachedStageSql(condition, sources),
  },
  compared(
    { field: SegmentField.TOUCHPOINT_COUNT, description: 'Touchpoints at or before asOf, ever or in the last `withinDays` days, of any journey or of `journey`.', kind: 'integer', operators: NUMBER_OPERATORS, range: { min: 0, max: 1_000_000_000 }, parameters: { withinDays: 'optional', journey: 'optional' } },
    (condition, sources) => sources.touchpointCount(within(condition), condition.journey ?? null),
  ),
  compared(
    { field: SegmentField.OPEN_FEEDBACK_CASES, description: 'Feedback cases open at asOf (complaints, suggestions, NPS detractors, CSAT 1–2 without a resolution).', kind: 'integer', operators: NUMBER_OPERATORS, range: { min: 0, max: 1_000_000_000 } },
    (_, sources) => sources.openFeedbackCases(),
  ),
];

export const FIELD_SPECS: ReadonlyMap<SegmentField, SegmentFieldSpec> = new Map(SEGMENT_FIELDS.map((spec) => [spec.field, spec]));

registerEnumType(SegmentField, {
  name: 'SegmentField',
  description: 'What a segment condition tests.',
  valuesConfig: Object.fromEntries(SEGMENT_FIELDS.map((spec) => [spec.field, { description: spec.description }])),
});
