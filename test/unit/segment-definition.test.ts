import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/modules/analytics/settings/analytics-settings.js';
import { parseSegmentDefinitionInput, segmentDocumentFromInput, type SegmentDefinitionInput } from '../../src/modules/segment/definition/segment-definition.input.js';
import { parseSegmentDefinition, segmentReferences, segmentVocabulary } from '../../src/modules/segment/definition/segment-definition.js';
import { SegmentField } from '../../src/modules/segment/definition/segment-terms.js';
import { segmentMembersSql } from '../../src/modules/segment/definition/segment.query.js';

const KEY_MESSAGE = 'must be a key: 1 to 100 lowercase letters, digits, or _ . : - characters, starting with a letter or digit';
const DATE_MESSAGE = 'must be a date such as 2026-01-31 (00:00 UTC) or a date-time with a zone such as 2026-01-31T09:30:00Z, in the years 1900 to 2200';
const CONDITION_KEYS = 'field, operator, value, withinDays, tag, journey, path or type';

/** The errors of a JSON definition. */
const errorsOf = (json: unknown) => parseSegmentDefinition(json).errors;
const errorsOfCondition = (condition: Record<string, unknown>) => errorsOf(condition);

const region = (value: unknown = 'EU') => ({ field: 'REGION', operator: 'EQ', value });

describe('segment definitions: valid documents', () => {
  // One condition per field (and per attribute type), each with an operator and value it allows.
  const VALID: Record<string, unknown>[] = [
    { field: 'EXTERNAL_ID', operator: 'IN', value: ['A', 'B'] },
    { field: 'NAME', operator: 'CONTAINS', value: 'ann' },
    { field: 'EMAIL', operator: 'IS_SET' },
    { field: 'PHONE', operator: 'IS_NOT_SET' },
    { field: 'COMPANY', operator: 'STARTS_WITH', value: 'Acme' },
    { field: 'JOB_TITLE', operator: 'NEQ', value: 'CEO' },
    { field: 'REGION', operator: 'NOT_IN', value: ['EU'] },
    { field: 'INDUSTRY', operator: 'EQ', value: 'Retail' },
    { field: 'SIZE_BAND', operator: 'IN', value: ['LARGE', 'MEDIUM'] },
    { field: 'SOURCE_SYSTEMS', operator: 'HAS_ALL', value: ['web', 'pos'] },
    { field: 'CONSENT_EMAIL', operator: 'EQ', value: true },
    { field: 'CONSENT_SMS', operator: 'IS_NOT_SET' },
    { field: 'WALLET_ESTIMATE', operator: 'GTE', value: '1000.50' },
    { field: 'FIRST_SEEN_AT', operator: 'BETWEEN', value: ['2026-01-01', '2026-02-01T00:00:00+08:00'] },
    { field: 'CREATED_AT', operator: 'MORE_THAN_DAYS_AGO', value: 30 },
    { field: 'ATTRIBUTE', path: 'loyalty.tier', type: 'STRING', operator: 'EQ', value: 'gold' },
    { field: 'ATTRIBUTE', path: 'points', type: 'NUMBER', operator: 'BETWEEN', value: [10, 20.5] },
    { field: 'ATTRIBUTE', path: 'newsletter', type: 'BOOLEAN', operator: 'EQ', value: false },
    { field: 'ATTRIBUTE', path: 'birthday', type: 'DATE', operator: 'WITHIN_LAST_DAYS', value: 7 },
    { field: 'TAG', operator: 'HAS', value: 'vip' },
    { field: 'TAG', operator: 'HAS_ANY', value: ['vip', 'gold:tier'] },
    { field: 'TAG_CATEGORY', operator: 'HAS_NOT', value: 'CREDIT' },
    { field: 'TAG_SCORE', tag: 'churn-risk', operator: 'GT', value: 0.8 },
    { field: 'ORDER_COUNT', operator: 'GTE', value: 3, withinDays: 365 },
    { field: 'ORDER_REVENUE', operator: 'LT', value: 100 },
    { field: 'FIRST_ORDER_AT', operator: 'GTE', value: '2026-01-01T00:00:00Z' },
    { field: 'LAST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 30 },
    { field: 'RFM_SEGMENT', operator: 'IN', value: ['CHAMPIONS', 'LOYAL'] },
    { field: 'RFM_RECENCY_SCORE', operator: 'GTE', value: 4 },
    { field: 'RFM_FREQUENCY_SCORE', operator: 'IN', value: [1, 2] },
    { field: 'RFM_MONETARY_SCORE', operator: 'IS_SET' },
    { field: 'NPS_CATEGORY', operator: 'EQ', value: 'DETRACTOR' },
    { field: 'NPS_SCORE', operator: 'LTE', value: 6 },
    { field: 'CSAT_SCORE', operator: 'BETWEEN', value: [1, 2] },
    { field: 'LEAD_GRADE', operator: 'IN', value: ['A', 'B'] },
    { field: 'LEAD_SCORE', operator: 'GT', value: 42.5 },
    { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'REACHED', value: 'purchase', withinDays: 90 },
    { field: 'TOUCHPOINT_COUNT', operator: 'GTE', value: 1, withinDays: 14, journey: 'online-purchase' },
    { field: 'OPEN_FEEDBACK_CASES', operator: 'GT', value: 0 },
  ];

  it('accepts a condition on every field and keeps it as written', () => {
    expect(new Set(VALID.map((condition) => condition.field))).toEqual(new Set(Object.values(SegmentField)));
    for (const condition of VALID) {
      const parsed = parseSegmentDefinition(condition);
      expect({ condition, errors: parsed.errors }).toEqual({ condition, errors: [] });
      expect(parsed.definition).toEqual(condition);
    }
  });

  it('accepts all / any / not nesting up to 10 levels and 200 nodes', () => {
    const definition = { all: [VALID[0], { any: [VALID[1], { not: VALID[2] }] }] };
    expect(parseSegmentDefinition(definition)).toEqual({ definition, errors: [] });

    // depth(1) is a condition; depth(n) wraps depth(n - 1) in a not.
    const depth = (levels: number): Record<string, unknown> => (levels === 1 ? region() : { not: depth(levels - 1) });
    expect(errorsOf(depth(10))).toEqual([]);
    // 1 group + 199 conditions = 200 nodes.
    expect(errorsOf({ any: Array.from({ length: 199 }, () => region()) })).toEqual([]);
  });

  it('accepts SQL meta characters as plain text values', () => {
    const condition = { field: 'NAME', operator: 'EQ', value: "'); drop table customer; --" };
    expect(parseSegmentDefinition(condition)).toEqual({ definition: condition, errors: [] });
  });

  it('accepts the RFM segment names of the tenant map', () => {
    const settings = { ...DEFAULT_ANALYTICS_SETTINGS, rfmSegmentMap: [{ segment: 'EVERYONE', recency: [1, 2, 3, 4, 5], frequency: [1, 2, 3, 4, 5] }] };
    const condition = { field: 'RFM_SEGMENT', operator: 'EQ', value: 'EVERYONE' };
    expect(parseSegmentDefinition(condition, 'definition', segmentVocabulary(settings)).errors).toEqual([]);
    expect(errorsOf(condition)).toEqual([
      { field: 'definition.value', message: 'must be one of CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANNOT_LOSE or HIBERNATING' },
    ]);
  });
});

describe('segment definitions: structure errors', () => {
  it('refuses a node that is not an object', () => {
    const message = 'must be an object: a group (all, any or not) or a condition (field, operator, value)';
    expect(errorsOf('REGION = EU')).toEqual([{ field: 'definition', message }]);
    expect(errorsOf(null)).toEqual([{ field: 'definition', message }]);
    expect(errorsOf({ all: [region(), [region()]] })).toEqual([{ field: 'definition.all[1]', message }]);
    expect(errorsOf({ not: null })).toEqual([{ field: 'definition.not', message }]);
  });

  it('refuses empty groups, and groups that are not lists', () => {
    expect(errorsOf({ all: [] })).toEqual([{ field: 'definition.all', message: 'must list at least one node' }]);
    expect(errorsOf({ all: [region(), { any: [] }] })).toEqual([{ field: 'definition.all[1].any', message: 'must list at least one node' }]);
    expect(errorsOf({ any: region() })).toEqual([{ field: 'definition.any', message: 'must be a list of nodes' }]);
  });

  it('refuses a not with other than exactly one child', () => {
    expect(errorsOf({ not: [region(), region()] })).toEqual([{ field: 'definition.not', message: 'must be exactly one node (an object), not a list of 2' }]);
    expect(errorsOf({ not: [] })).toEqual([{ field: 'definition.not', message: 'must be exactly one node (an object), not a list of 0' }]);
    expect(errorsOf({ all: [{ not: [region()] }] })).toEqual([{ field: 'definition.all[0].not', message: 'must be exactly one node (an object), not a list of 1' }]);
  });

  it('refuses a node that mixes groups, or a group and a condition', () => {
    expect(errorsOf({ all: [region()], any: [region()] })).toEqual([
      { field: 'definition', message: 'must be one group (all, any or not) or one condition, not several: found all and any' },
    ]);
    expect(errorsOf({ all: [region()], field: 'TAG', operator: 'HAS' })).toEqual([
      { field: 'definition', message: 'must be one group (all, any or not) or one condition, not several: found all and a condition (field, operator)' },
    ]);
  });

  it('refuses a node with neither, and keys that are not part of the language', () => {
    expect(errorsOf({})).toEqual([{ field: 'definition', message: 'must be a group (all, any or not) or a condition (field, operator, value); found no keys' }]);
    expect(errorsOf({ any: [{ feild: 'REGION' }] })).toEqual([
      { field: 'definition.any[0]', message: 'must be a group (all, any or not) or a condition (field, operator, value); found only feild' },
    ]);
    expect(errorsOf({ not: region(), because: 'reasons' })).toEqual([{ field: 'definition.because', message: 'is not allowed in a group; a group has only its not key' }]);
    expect(errorsOf({ ...region(), colour: 'red' })).toEqual([{ field: 'definition.colour', message: `is not a condition key; use ${CONDITION_KEYS}` }]);
  });

  it('refuses nesting deeper than 10 levels, at the first node too deep', () => {
    const depth = (levels: number): Record<string, unknown> => (levels === 1 ? region() : { not: depth(levels - 1) });
    expect(errorsOf(depth(11))).toEqual([{ field: `definition${'.not'.repeat(10)}`, message: 'nests deeper than 10 levels' }]);
    expect(errorsOf({ all: [region(), depth(10)] })).toEqual([{ field: `definition.all[1]${'.not'.repeat(9)}`, message: 'nests deeper than 10 levels' }]);
  });

  it('refuses more than 200 nodes, once, at the root', () => {
    // 1 group + 200 conditions = 201 nodes.
    expect(errorsOf({ any: Array.from({ length: 200 }, () => region()) })).toEqual([{ field: 'definition', message: 'has more than 200 nodes' }]);
    expect(parseSegmentDefinition({ any: Array.from({ length: 5000 }, () => ({ bad: true })) }, 'input.definition').errors).toEqual([
      // Past the limit nothing more is read, so bad nodes after the 200th are not listed.
      ...Array.from({ length: 199 }, (_, index) => ({
        field: `input.definition.any[${index}]`,
        message: 'must be a group (all, any or not) or a condition (field, operator, value); found only bad',
      })),
      { field: 'input.definition', message: 'has more than 200 nodes' },
    ]);
  });

  it('names the path of a bad node deep in the tree, and reports every problem', () => {
    const definition = {
      all: [region(), { field: 'TAG', operator: 'HAS', value: 'vip' }, { any: [{ field: 'NPS_SCORE', operator: 'GTE', value: 11 }, { field: 'ORDER_COUNT', operator: 'CONTAINS', value: 1 }] }],
    };
    expect(errorsOf(definition)).toEqual([
      { field: 'definition.all[2].any[0].value', message: 'must be a whole number from 0 to 10' },
      { field: 'definition.all[2].any[1].operator', message: 'CONTAINS does not apply to field ORDER_COUNT; use EQ, NEQ, IN, NOT_IN, LT, LTE, GT, GTE or BETWEEN' },
    ]);
    expect(parseSegmentDefinition(definition).definition).toBeNull();
  });
});

describe('segment definitions: field and operator errors', () => {
  it('requires a known field', () => {
    expect(errorsOfCondition({ operator: 'EQ', value: 'x' })).toEqual([{ field: 'definition.field', message: 'is required' }]);
    expect(errorsOfCondition({ field: 'SHOE_SIZE', operator: 'EQ', value: 42 })).toEqual([
      { field: 'definition.field', message: `"SHOE_SIZE" is not a segment field; use one of ${Object.values(SegmentField).join(', ')}` },
    ]);
    expect(errorsOfCondition({ field: 7, operator: 'EQ', value: 42 })[0]).toMatchObject({ field: 'definition.field', message: expect.stringMatching(/^7 is not a segment field; use one of EXTERNAL_ID, /) });
  });

  it('requires a known operator that applies to the field', () => {
    expect(errorsOfCondition({ field: 'REGION', value: 'EU' })).toEqual([{ field: 'definition.operator', message: 'is required' }]);
    expect(errorsOfCondition({ field: 'REGION', operator: 'LIKE', value: 'EU' })).toEqual([{ field: 'definition.operator', message: '"LIKE" is not an operator' }]);
    expect(errorsOfCondition({ field: 'TAG', operator: 'EQ', value: 'vip' })).toEqual([
      { field: 'definition.operator', message: 'EQ does not apply to field TAG; use HAS, HAS_NOT, HAS_ANY or HAS_ALL' },
    ]);
    expect(errorsOfCondition({ field: 'LAST_ORDER_AT', operator: 'EQ', value: '2026-01-01' })).toEqual([
      { field: 'definition.operator', message: 'EQ does not apply to field LAST_ORDER_AT; use LT, LTE, GT, GTE, BETWEEN, WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO, IS_SET or IS_NOT_SET' },
    ]);
    expect(errorsOfCondition({ field: 'LEAD_GRADE', operator: 'GT', value: 'B' })).toEqual([
      { field: 'definition.operator', message: 'GT does not apply to field LEAD_GRADE; use EQ, NEQ, IN or NOT_IN' },
    ]);
    expect(errorsOfCondition({ field: 'JOURNEY_STAGE', journey: 'buy', operator: 'HAS', value: 'pay' })).toEqual([
      { field: 'definition.operator', message: 'HAS does not apply to field JOURNEY_STAGE; use REACHED or NOT_REACHED' },
    ]);
  });

  it('takes the operators of an attribute from its declared type', () => {
    expect(errorsOfCondition({ field: 'ATTRIBUTE', path: 'vip', type: 'BOOLEAN', operator: 'GT', value: true })).toEqual([
      { field: 'definition.operator', message: 'GT does not apply to field ATTRIBUTE; use EQ, IS_SET or IS_NOT_SET' },
    ]);
    expect(errorsOfCondition({ field: 'ATTRIBUTE', path: 'vip', type: 'INTEGER', operator: 'EQ', value: 1 })).toEqual([
      { field: 'definition.type', message: 'must be one of STRING, NUMBER, BOOLEAN or DATE' },
    ]);
    expect(errorsOfCondition({ field: 'ATTRIBUTE', operator: 'EQ', value: 1 })).toEqual([
      { field: 'definition.path', message: 'is required for field ATTRIBUTE' },
      { field: 'definition.type', message: 'is required for field ATTRIBUTE' },
    ]);
    expect(errorsOfCondition({ field: 'ATTRIBUTE', path: 'a.b.c.d.e.f.g.h.i', type: 'STRING', operator: 'EQ', value: 'x' })).toEqual([
      { field: 'definition.path', message: 'must be 1 to 8 attribute keys separated by dots, each 1 to 100 characters' },
    ]);
    expect(errorsOfCondition({ field: 'ATTRIBUTE', path: 'loyalty..tier', type: 'STRING', operator: 'EQ', value: 'x' })).toEqual([
      { field: 'definition.path', message: 'must be 1 to 8 attribute keys separated by dots, each 1 to 100 characters' },
    ]);
  });

  it('refuses parameters a field does not take, and requires those it needs', () => {
    expect(errorsOfCondition({ ...region(), withinDays: 30 })).toEqual([{ field: 'definition.withinDays', message: 'does not apply to field REGION' }]);
    expect(errorsOfCondition({ field: 'TAG_SCORE', operator: 'GT', value: 1 })).toEqual([{ field: 'definition.tag', message: 'is required for field TAG_SCORE' }]);
    expect(errorsOfCondition({ field: 'TAG_SCORE', tag: 'Churn Risk', operator: 'GT', value: 1 })).toEqual([{ field: 'definition.tag', message: KEY_MESSAGE }]);
    expect(errorsOfCondition({ field: 'JOURNEY_STAGE', operator: 'REACHED', value: 'purchase' })).toEqual([{ field: 'definition.journey', message: 'is required for field JOURNEY_STAGE' }]);
    expect(errorsOfCondition({ field: 'ORDER_COUNT', operator: 'GT', value: 1, withinDays: 0 })).toEqual([
      { field: 'definition.withinDays', message: 'must be a whole number of days from 1 to 36500' },
    ]);
    expect(errorsOfCondition({ field: 'TOUCHPOINT_COUNT', operator: 'GT', value: 1, withinDays: 7.5 })).toEqual([
      { field: 'definition.withinDays', message: 'must be a whole number of days from 1 to 36500' },
    ]);
  });
});

describe('segment definitions: value errors', () => {
  const cases: [string, Record<string, unknown>, { field: string; message: string }[]][] = [
    ['text of a wrong type', { field: 'REGION', operator: 'EQ', value: 3 }, [{ field: 'definition.value', message: 'must be text of 1 to 500 characters' }]],
    ['empty text', { field: 'NAME', operator: 'CONTAINS', value: '' }, [{ field: 'definition.value', message: 'must be text of 1 to 500 characters' }]],
    ['text too long', { field: 'NAME', operator: 'EQ', value: 'x'.repeat(501) }, [{ field: 'definition.value', message: 'must be text of 1 to 500 characters' }]],
    ['a missing value', { field: 'REGION', operator: 'EQ' }, [{ field: 'definition.value', message: 'is required with operator EQ' }]],
    ['a value where none is taken', { field: 'EMAIL', operator: 'IS_SET', value: 'x' }, [{ field: 'definition.value', message: 'must be left out with operator IS_SET' }]],
    ['a whole number as text', { field: 'ORDER_COUNT', operator: 'GTE', value: '3' }, [{ field: 'definition.value', message: 'must be a whole number from 0 to 1000000000' }]],
    ['a fraction for a count', { field: 'OPEN_FEEDBACK_CASES', operator: 'GT', value: 0.5 }, [{ field: 'definition.value', message: 'must be a whole number from 0 to 1000000000' }]],
    ['an RFM score out of range', { field: 'RFM_RECENCY_SCORE', operator: 'EQ', value: 6 }, [{ field: 'definition.value', message: 'must be a whole number from 1 to 5' }]],
    ['a CSAT score out of range', { field: 'CSAT_SCORE', operator: 'EQ', value: 0 }, [{ field: 'definition.value', message: 'must be a whole number from 1 to 5' }]],
    ['a decimal that is not one', { field: 'ORDER_REVENUE', operator: 'GT', value: '12,50' }, [{ field: 'definition.value', message: 'must be a number (or a decimal string such as "12.50") with at most 12 integer digits' }]],
    ['a boolean as text', { field: 'CONSENT_EMAIL', operator: 'EQ', value: 'yes' }, [{ field: 'definition.value', message: 'must be true or false' }]],
    ['a day that does not exist', { field: 'FIRST_SEEN_AT', operator: 'LT', value: '2026-02-31' }, [{ field: 'definition.value', message: DATE_MESSAGE }]],
    ['a date-time without a zone', { field: 'FIRST_SEEN_AT', operator: 'LT', value: '2026-01-01T10:00:00' }, [{ field: 'definition.value', message: DATE_MESSAGE }]],
    ['a year out of range', { field: 'CREATED_AT', operator: 'GT', value: '1899-12-31' }, [{ field: 'definition.value', message: DATE_MESSAGE }]],
    ['days that are not whole', { field: 'LAST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 1.5 }, [{ field: 'definition.value', message: 'must be a whole number of days from 1 to 36500' }]],
    ['days as a date', { field: 'LAST_ORDER_AT', operator: 'MORE_THAN_DAYS_AGO', value: '2026-01-01' }, [{ field: 'definition.value', message: 'must be a whole number of days from 1 to 36500' }]],
    ['a size band not known', { field: 'SIZE_BAND', operator: 'EQ', value: 'HUGE' }, [{ field: 'definition.value', message: 'must be one of SMALL, MEDIUM or LARGE' }]],
    ['a tag category not known', { field: 'TAG_CATEGORY', operator: 'HAS', value: 'LOYALTY' }, [{ field: 'definition.value', message: 'must be one of TIER, PREDICTIVE, SPENDING, CREDIT or BEHAVIOR' }]],
    ['an NPS category not known', { field: 'NPS_CATEGORY', operator: 'EQ', value: 'FAN' }, [{ field: 'definition.value', message: 'must be one of PROMOTER, PASSIVE, DETRACTOR or NONE' }]],
    ['a lead grade not known', { field: 'LEAD_GRADE', operator: 'EQ', value: 'E' }, [{ field: 'definition.value', message: 'must be one of A, B, C or D' }]],
    ['a lead grade in lower case', { field: 'LEAD_GRADE', operator: 'IN', value: ['A', 'b'] }, [{ field: 'definition.value[1]', message: 'must be one of A, B, C or D' }]],
    ['an RFM segment not known', { field: 'RFM_SEGMENT', operator: 'NEQ', value: 'WHALES' }, [{ field: 'definition.value', message: expect.stringMatching(/^must be one of CHAMPIONS, LOYAL, .* or HIBERNATING$/) }]],
    ['a tag key that is not a key', { field: 'TAG', operator: 'HAS', value: 'VIP customers' }, [{ field: 'definition.value', message: KEY_MESSAGE }]],
    ['a journey stage that is not a key', { field: 'JOURNEY_STAGE', journey: 'buy', operator: 'REACHED', value: 'Check out' }, [{ field: 'definition.value', message: KEY_MESSAGE }]],
    ['one value where a list is taken', { field: 'REGION', operator: 'IN', value: 'EU' }, [{ field: 'definition.value', message: 'must be a list of 1 to 100 values' }]],
    ['an empty list', { field: 'TAG', operator: 'HAS_ANY', value: [] }, [{ field: 'definition.value', message: 'must be a list of 1 to 100 values' }]],
    ['a list too long', { field: 'EXTERNAL_ID', operator: 'IN', value: Array.from({ length: 101 }, (_, index) => `c${index}`) }, [{ field: 'definition.value', message: 'must be a list of 1 to 100 values' }]],
    ['a bad element of a list', { field: 'TAG', operator: 'HAS_ALL', value: ['vip', 'Gold', 7] }, [{ field: 'definition.value[1]', message: KEY_MESSAGE }, { field: 'definition.value[2]', message: KEY_MESSAGE }]],
    ['a list where one value is taken', { field: 'TAG', operator: 'HAS', value: ['vip'] }, [{ field: 'definition.value', message: KEY_MESSAGE }]],
    ['a BETWEEN of one value', { field: 'ORDER_COUNT', operator: 'BETWEEN', value: [3] }, [{ field: 'definition.value', message: 'must be a list of two values, [low, high]' }]],
    ['a BETWEEN upside down', { field: 'ORDER_REVENUE', operator: 'BETWEEN', value: [500, '100'] }, [{ field: 'definition.value', message: 'must have low (the first value) at most high (the second)' }]],
    ['a BETWEEN of dates upside down', { field: 'LAST_ORDER_AT', operator: 'BETWEEN', value: ['2026-02-01', '2026-01-01T00:00:00Z'] }, [{ field: 'definition.value', message: 'must have low (the first value) at most high (the second)' }]],
    ['a number for a numeric attribute as words', { field: 'ATTRIBUTE', path: 'points', type: 'NUMBER', operator: 'GT', value: 'many' }, [{ field: 'definition.value', message: 'must be a number (or a decimal string such as "12.50") with at most 12 integer digits' }]],
    ['a date attribute compared with a number', { field: 'ATTRIBUTE', path: 'birthday', type: 'DATE', operator: 'LT', value: 20260101 }, [{ field: 'definition.value', message: DATE_MESSAGE }]],
  ];

  it.each(cases)('refuses %s', (_, condition, expected) => {
    expect(errorsOfCondition(condition)).toEqual(expected);
  });
});

describe('segment definitions: the GraphQL input', () => {
  const input: SegmentDefinitionInput = {
    all: [
      { condition: { field: SegmentField.TAG, operator: 'HAS' as never, value: 'vip', withinDays: null, tag: null } },
      { any: [{ condition: { field: SegmentField.ORDER_COUNT, operator: 'GTE' as never, value: 3, withinDays: 90 } }, { not: { condition: { field: SegmentField.EMAIL, operator: 'IS_SET' as never } } }] },
      { condition: { field: SegmentField.ATTRIBUTE, operator: 'EQ' as never, value: 'gold', path: 'loyalty.tier', type: 'STRING' as never } },
    ],
    any: null,
    not: null,
    condition: null,
  };
  const document = {
    all: [
      { field: 'TAG', operator: 'HAS', value: 'vip' },
      { any: [{ field: 'ORDER_COUNT', operator: 'GTE', value: 3, withinDays: 90 }, { not: { field: 'EMAIL', operator: 'IS_SET' } }] },
      { field: 'ATTRIBUTE', operator: 'EQ', value: 'gold', path: 'loyalty.tier', type: 'STRING' },
    ],
  };

  it('becomes the JSON document, condition keys moved into the node and nulls left out', () => {
    expect(segmentDocumentFromInput(input)).toEqual(document);
    expect(parseSegmentDefinitionInput(input)).toEqual(parseSegmentDefinition(document));
    expect(parseSegmentDefinitionInput(input).errors).toEqual([]);
  });

  it('names the paths of the input, through its condition keys', () => {
    const bad: SegmentDefinitionInput = {
      all: [
        { condition: { field: SegmentField.REGION, operator: 'EQ' as never, value: 'EU' } },
        { any: [{ condition: { field: SegmentField.NPS_SCORE, operator: 'IN' as never, value: [9, 'ten'] } }, { condition: { field: SegmentField.REGION, operator: 'EQ' as never, value: 'EU', withinDays: 3 } }] },
        { not: { all: [] } },
      ],
    };
    expect(parseSegmentDefinitionInput(bad, 'input.definition').errors).toEqual([
      { field: 'input.definition.all[1].any[0].condition.value[1]', message: 'must be a whole number from 0 to 10' },
      { field: 'input.definition.all[1].any[1].condition.withinDays', message: 'does not apply to field REGION' },
      { field: 'input.definition.all[2].not.all', message: 'must list at least one node' },
    ]);
  });

  it('refuses a node with none or several of all, any, not and condition', () => {
    expect(parseSegmentDefinitionInput({ any: [{}] }).errors).toEqual([
      { field: 'input.definition.any[0]', message: 'must be a group (all, any or not) or a condition (field, operator, value); found no keys' },
    ]);
    expect(parseSegmentDefinitionInput({ not: { condition: { field: SegmentField.REGION, operator: 'IS_SET' as never } }, condition: { field: SegmentField.EMAIL, operator: 'IS_SET' as never } }).errors).toEqual([
      { field: 'input.definition', message: 'must be one group (all, any or not) or one condition, not several: found not and a condition (field, operator)' },
    ]);
  });
});

describe('segment definitions: references to tenant data', () => {
  it('lists the tags, journeys and stages named, with their paths', () => {
    const definition = parseSegmentDefinition({
      any: [
        { field: 'TAG', operator: 'HAS', value: 'vip' },
        { field: 'TAG', operator: 'HAS_ANY', value: ['gold', 'silver'] },
        { field: 'TAG_SCORE', tag: 'churn-risk', operator: 'GT', value: 0.5 },
        { not: { field: 'JOURNEY_STAGE', journey: 'buy', operator: 'REACHED', value: 'pay' } },
        { field: 'TOUCHPOINT_COUNT', journey: 'onboarding', operator: 'GT', value: 0 },
      ],
    }).definition!;
    expect(segmentReferences(definition)).toEqual({
      tags: [
        { key: 'vip', path: 'definition.any[0].value' },
        { key: 'gold', path: 'definition.any[1].value[0]' },
        { key: 'silver', path: 'definition.any[1].value[1]' },
        { key: 'churn-risk', path: 'definition.any[2].tag' },
      ],
      journeys: [{ key: 'onboarding', path: 'definition.any[4].journey' }],
      stages: [{ journey: 'buy', stage: 'pay', path: 'definition.any[3].not.value' }],
    });
    expect(segmentReferences(definition, 'input.definition', '.condition').tags[0]).toEqual({ key: 'vip', path: 'input.definition.any[0].condition.value' });
  });
});

describe('segment definitions: compiled SQL', () => {
  const context = { tenantId: '00000000-0000-4000-8000-000000000001', asOf: new Date('2026-06-01T00:00:00Z'), settings: DEFAULT_ANALYTICS_SETTINGS };
  const compile = (json: unknown) => segmentMembersSql(parseSegmentDefinition(json).definition!, context);

  it('sends every value as a bind parameter, never in the text', () => {
    const hostile = "'); drop table customer; --";
    const statement = compile({ any: [{ field: 'NAME', operator: 'EQ', value: hostile }, { field: 'ATTRIBUTE', path: "a'b", type: 'STRING', operator: 'CONTAINS', value: hostile }] });
    expect(statement.text).not.toContain('drop table');
    expect(statement.text).not.toContain("a'b");
    expect(statement.params).toContain(hostile);
    expect(statement.params).toContainEqual(["a'b"]);
    expect(statement.text.split('?').length - 1).toBe(statement.params.length);
  });

  it('filters by tenant, and adds a source only when a condition reads it, once', () => {
    const profileOnly = compile(region());
    expect(profileOnly.text).not.toMatch(/\bwith\b/);
    expect(profileOnly.text).toMatch(/where c\.tenant_id = \?/);
    expect(profileOnly.params[0]).toBe(context.tenantId);

    // An `or` at the root stays inside parentheses after the tenant filter.
    const anyAtRoot = compile({ any: [region('EU'), region('US')] });
    expect(anyAtRoot.text).toMatch(/where c\.tenant_id = \? and \(\(coalesce\(.* or coalesce\(.*\)\)\s*$/s);

    const rfmTwice = compile({ all: [{ field: 'RFM_SEGMENT', operator: 'EQ', value: 'CHAMPIONS' }, { field: 'RFM_MONETARY_SCORE', operator: 'GTE', value: 4 }] });
    expect(rfmTwice.text.match(/segment_rfm as materialized/g)).toHaveLength(1);
    expect(rfmTwice.text).not.toContain('segment_lead');
    expect(rfmTwice.text).not.toContain('segment_orders');

    const ordersInTwoWindows = compile({ all: [{ field: 'ORDER_COUNT', operator: 'GTE', value: 2, withinDays: 30 }, { field: 'ORDER_REVENUE', operator: 'GT', value: 10, withinDays: 30 }, { field: 'ORDER_COUNT', operator: 'GTE', value: 5 }] });
    expect(ordersInTwoWindows.text.match(/segment_orders as/g)).toHaveLength(1);
    expect(ordersInTwoWindows.text).toContain('order_count_0');
    expect(ordersInTwoWindows.text).toContain('revenue_0');
    expect(ordersInTwoWindows.text).toContain('order_count_1');

    const lead = compile({ field: 'LEAD_GRADE', operator: 'EQ', value: 'A' });
    expect(lead.text.match(/segment_lead as materialized/g)).toHaveLength(1);
  });
});
