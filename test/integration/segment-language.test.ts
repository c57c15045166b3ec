import { CreateSegmentDocument, PreviewSegmentDocument, SegmentFieldNamesDocument, SegmentLanguageDocument, UpdateAnalyticsSettingsDocument, type SegmentLanguageQuery } from '../generated/graphql.js';
import { ApiKeyService } from '../../src/modules/auth/api-key.service.js';
import { errorCodes, TestApp } from '../support/test-app.js';

// The segment language as a builder reads it (segmentLanguage). Every expectation is written out
// here from DESIGN.md and the documented rules, not read back from the server's tables.

type Language = SegmentLanguageQuery['segmentLanguage'];

const DEFAULT_RFM_SEGMENTS = ['CHAMPIONS', 'LOYAL', 'POTENTIAL_LOYALIST', 'NEW', 'PROMISING', 'NEED_ATTENTION', 'ABOUT_TO_SLEEP', 'AT_RISK', 'CANNOT_LOSE', 'HIBERNATING'];

// A tenant's own R×F map: recent buyers and the rest.
const CUSTOM_RFM_MAP = [
  { segment: 'RECENT', recency: [4, 5], frequency: [1, 2, 3, 4, 5] },
  { segment: 'LAPSING', recency: [1, 2, 3], frequency: [1, 2, 3, 4, 5] },
];

function fieldOf(language: Language, field: string) {
  const found = language.fields.find((candidate) => candidate.field === field);
  if (!found) throw new Error(`the language has no field ${field}`);
  return found;
}

describe('segment language', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  async function languageFor(key: string): Promise<Language> {
    const response = await app.request(SegmentLanguageDocument, {}, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.segmentLanguage;
  }

  it('gives each field its value kind, operators, bounds, choices and other keys', async () => {
    const { key } = await app.tenantWithKey(['segments:read']);
    const language = await languageFor(key);

    expect(fieldOf(language, 'ORDER_COUNT')).toMatchObject({
      valueKind: 'INTEGER',
      operators: ['EQ', 'NEQ', 'IN', 'NOT_IN', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN'],
      minimum: 0,
      maximum: 1_000_000_000,
      choices: null,
      parameters: [{ name: 'WITHIN_DAYS', required: false }],
    });
    expect(fieldOf(language, 'JOURNEY_STAGE')).toMatchObject({
      valueKind: 'KEY',
      operators: ['REACHED', 'NOT_REACHED'],
      minimum: null,
      maximum: null,
      choices: null,
    });
    expect(fieldOf(language, 'JOURNEY_STAGE').parameters).toEqual(expect.arrayContaining([{ name: 'JOURNEY', required: true }, { name: 'WITHIN_DAYS', required: false }]));
    expect(fieldOf(language, 'JOURNEY_STAGE').parameters).toHaveLength(2);
    expect(fieldOf(language, 'TAG_SCORE').parameters).toEqual([{ name: 'TAG', required: true }]);
    expect(fieldOf(language, 'ATTRIBUTE').parameters).toEqual(expect.arrayContaining([{ name: 'PATH', required: true }, { name: 'TYPE', required: true }]));
    // NPS answers are 0..10, CSAT 1..5, RFM scores 1..5.
    expect(fieldOf(language, 'NPS_SCORE')).toMatchObject({ valueKind: 'INTEGER', minimum: 0, maximum: 10 });
    expect(fieldOf(language, 'CSAT_SCORE')).toMatchObject({ minimum: 1, maximum: 5 });
    expect(fieldOf(language, 'RFM_RECENCY_SCORE')).toMatchObject({ minimum: 1, maximum: 5 });
    expect(fieldOf(language, 'REGION')).toMatchObject({ valueKind: 'TEXT', operators: ['EQ', 'NEQ', 'IN', 'NOT_IN', 'CONTAINS', 'STARTS_WITH', 'IS_SET', 'IS_NOT_SET'], parameters: [], choices: null });
    expect(fieldOf(language, 'CONSENT_EMAIL')).toMatchObject({ valueKind: 'BOOLEAN', operators: ['EQ', 'IS_SET', 'IS_NOT_SET'] });
    expect(fieldOf(language, 'LAST_ORDER_AT').valueKind).toBe('DATE');
    expect(fieldOf(language, 'LAST_ORDER_AT').operators).toEqual(expect.arrayContaining(['WITHIN_LAST_DAYS', 'MORE_THAN_DAYS_AGO', 'BETWEEN']));
    expect(fieldOf(language, 'TAG')).toMatchObject({ valueKind: 'KEY', operators: ['HAS', 'HAS_NOT', 'HAS_ANY', 'HAS_ALL'] });
    expect(fieldOf(language, 'ORDER_REVENUE')).toMatchObject({ valueKind: 'DECIMAL', minimum: null, maximum: null });
    expect(fieldOf(language, 'REGION').description).toBe('Region.');

    // The fixed choices: size bands, tag categories, NPS categories, lead grades.
    expect(fieldOf(language, 'SIZE_BAND')).toMatchObject({ valueKind: 'CHOICE', choices: ['SMALL', 'MEDIUM', 'LARGE'] });
    expect(fieldOf(language, 'TAG_CATEGORY').choices).toEqual(['TIER', 'PREDICTIVE', 'SPENDING', 'CREDIT', 'BEHAVIOR']);
    expect(fieldOf(language, 'NPS_CATEGORY').choices).toEqual(['PROMOTER', 'PASSIVE', 'DETRACTOR', 'NONE']);
    expect(fieldOf(language, 'LEAD_GRADE').choices).toEqual(['A', 'B', 'C', 'D']);
    expect(fieldOf(language, 'RFM_SEGMENT').choices).toEqual(DEFAULT_RFM_SEGMENTS);

    // Every field the schema names, once each.
    const schemaFields = await app.request(SegmentFieldNamesDocument, {}, key);
    const names = schemaFields.body.data!.__type!.enumValues!.map((value) => value.name);
    expect(language.fields.map((field) => field.field).sort()).toEqual([...names].sort());
    for (const field of language.fields) expect(field.description.length).toBeGreaterThan(0);
  });

  it('gives each operator its value, each attribute type its kind and operators, and the limits', async () => {
    const { key } = await app.tenantWithKey(['segments:read']);
    const language = await languageFor(key);
    const arity = Object.fromEntries(language.operators.map(({ operator, arity: value }) => [operator, value]));
    expect(arity).toEqual({
      EQ: 'ONE', NEQ: 'ONE', IN: 'LIST', NOT_IN: 'LIST', LT: 'ONE', LTE: 'ONE', GT: 'ONE', GTE: 'ONE', BETWEEN: 'PAIR',
      CONTAINS: 'ONE', STARTS_WITH: 'ONE', IS_SET: 'NONE', IS_NOT_SET: 'NONE', WITHIN_LAST_DAYS: 'DAYS', MORE_THAN_DAYS_AGO: 'DAYS',
      HAS: 'ONE', HAS_NOT: 'ONE', HAS_ANY: 'LIST', HAS_ALL: 'LIST', REACHED: 'ONE', NOT_REACHED: 'ONE',
    });
    expect(language.operators).toHaveLength(21);

    const types = Object.fromEntries(language.attributeTypes.map(({ type, ...shape }) => [type, shape]));
    expect(Object.keys(types).sort()).toEqual(['BOOLEAN', 'DATE', 'NUMBER', 'STRING']);
    expect(types.STRING).toEqual({ valueKind: 'TEXT', operators: ['EQ', 'NEQ', 'IN', 'NOT_IN', 'CONTAINS', 'STARTS_WITH', 'IS_SET', 'IS_NOT_SET'] });
    expect(types.NUMBER).toEqual({ valueKind: 'DECIMAL', operators: ['EQ', 'NEQ', 'IN', 'NOT_IN', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IS_SET', 'IS_NOT_SET'] });
    expect(types.BOOLEAN).toEqual({ valueKind: 'BOOLEAN', operators: ['EQ', 'IS_SET', 'IS_NOT_SET'] });
    expect(types.DATE.valueKind).toBe('DATE');

    // A hundred years of days, ten levels of groups (DESIGN.md's input limits).
    expect(language.limits).toEqual({ maxDepth: 10, maxNodes: 200, maxListValues: 100, maxTextLength: 500, maxDays: 36_500 });
  });

  it("offers the RFM segments of the tenant's own map, which the validator accepts, while another tenant keeps the default names", async () => {
    const custom = await app.tenantWithKey(['segments:read', 'segments:write']);
    const adminKey = await app.keyFor(custom.tenant.id, ['admin']);
    const other = await app.tenantWithKey(['segments:read']);

    const saved = await app.request(UpdateAnalyticsSettingsDocument, { input: { rfmSegmentMap: CUSTOM_RFM_MAP } }, adminKey);
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data!.updateAnalyticsSettings.customRfmSegmentMap).toBe(true);

    expect(fieldOf(await languageFor(custom.key), 'RFM_SEGMENT').choices).toEqual(['RECENT', 'LAPSING']);
    expect(fieldOf(await languageFor(other.key), 'RFM_SEGMENT').choices).toEqual(DEFAULT_RFM_SEGMENTS);

    // What the language offers is what a definition may say, and a default name no longer is.
    const offered = await app.request(PreviewSegmentDocument, { input: { definition: { condition: { field: 'RFM_SEGMENT', operator: 'EQ', value: 'RECENT' } } } }, custom.key);
    expect(offered.body.errors).toBeUndefined();
    const stale = await app.request(PreviewSegmentDocument, { input: { definition: { condition: { field: 'RFM_SEGMENT', operator: 'EQ', value: 'CHAMPIONS' } } } }, custom.key);
    expect(errorCodes(stale)).toEqual(['BAD_USER_INPUT']);
    expect(stale.body.errors?.[0].message).toContain('must be one of RECENT or LAPSING');
  });

  it('refuses a partner key limited to some segments, as it refuses them definitions', async () => {
    const { key, tenant } = await app.tenantWithKey(['segments:read', 'segments:write']);
    const created = await app.request(CreateSegmentDocument, { input: { name: 'Shared', document: { field: 'REGION', operator: 'EQ', value: 'North' } } }, key);
    expect(created.body.errors).toBeUndefined();
    const partner = await new ApiKeyService(app.orm.em.fork()).create(tenant.id, 'partner', ['segments:read'], '', { segmentIds: [created.body.data!.createSegment.segment.id], memberFields: null });
    const response = await app.request(SegmentLanguageDocument, {}, partner.key);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.body.errors?.[0].message).toContain('segments:read on every segment');
  });

  it('refuses a key without segments:read', async () => {
    const { key } = await app.tenantWithKey(['customers:read', 'analytics:read', 'segments:write']);
    const response = await app.request(SegmentLanguageDocument, {}, key);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.body.errors?.[0].message).toContain('segments:read');
    expect(response.body.data ?? null).toBeNull();
  });
});
