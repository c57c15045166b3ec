import type { EntityManager } from '@mikro-orm/postgresql';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { SqlRunner } from '../../src/db/sql-runner.js';
import { inTenantTransaction } from '../../src/db/tenancy.js';
import { DEFAULT_ANALYTICS_SETTINGS, type AnalyticsSettings } from '../../src/modules/analytics/settings/analytics-settings.js';
import { parseSegmentDefinition, segmentVocabulary } from '../../src/modules/segment/definition/segment-definition.js';
import { segmentMembersSql } from '../../src/modules/segment/definition/segment.query.js';
import { TenantService } from '../../src/modules/tenant/tenant.service.js';

const AS_OF = new Date('2026-06-01T00:00:00Z');
const HOSTILE = "'); drop table customer; --";

/**
 * Seven customers, read as of 2026-06-01 00:00 UTC. "N days" are N × 24 h before asOf: 7 days
 * → after 05-25, 30 days → after 05-02, 90 days → after 03-03.
 *
 *      region   size    phone        sources   email consent  wallet   first seen   job title
 *  A   EU       LARGE   +1 555 0100  web, pos  true           2000.00  2025-01-10   VP of Sales
 *  B   US       SMALL   -            web       false          500      2026-05-20   Analyst
 *  C   APAC     MEDIUM  "  " (blank) pos, crm  -              -        2025-10-01   -
 *  D   EU       -       +44 20 …     -         true           100.50   -            Store Manager
 *  E   -        -       -            crm       -              -        -            -
 *  P   US       LARGE   +1 555 0199  web       true           -        2026-04-01   Chief Marketing Officer
 *  X   HOSTILE  -       -            -         -              -        -            -   (name "O'Hara 100%_sure", company "50% off_deals")
 *
 * Completed orders at or before asOf (the RFM test's orders: A also has a cancelled and a
 * refunded one, B one after asOf, E one before the RFM window):
 *  A  5 orders, 500: 2025-08-01 … 2026-05-30 18:00 (two in 90 days: 04-01, 05-30 = 200; one in 30 days)
 *  B  1 order, 50: 2026-05-22
 *  C  3 orders, 300: 2025-10-10, 2026-01-10, 2026-05-21 12:00 (one in 90 days = 100)
 *  D  2 orders, 120: 2025-12-25, 2026-04-12 (one in 90 days = 60)
 *  E  2 orders, 1080: 2025-05-01 (1000), 2025-11-13 (80)
 *  P, X  none
 * RFM as of asOf (worked out in analytics-rfm.test.ts on the same orders): A CHAMPIONS 5/5/5,
 * B PROMISING 4/1/1, C LOYAL 4/4/4, D AT_RISK 2/3/3, E HIBERNATING 1/2/2; P and X unscored.
 */
const CUSTOMERS = [
  {
    external_id: 'A', name: 'Alice Archer', email: 'alice@example.com', phone: '+1 555 0100', company: 'Acme Corp', job_title: 'VP of Sales', region: 'EU',
    industry: 'Retail', size_band: 'LARGE', source_systems: ['web', 'pos'], consent_email: true, consent_sms: true, wallet_estimate: '2000.00', first_seen_at: '2025-01-10T00:00:00Z',
    attributes: { loyalty: { tier: 'gold', points: 120 }, newsletter: true, birthday: '1990-05-20', decisionRole: 'DECISION_MAKER', statedNeed: 'true' },
  },
  {
    external_id: 'B', name: 'Bob Baker', email: 'bob@example.com', phone: null, company: 'Beta Ltd', job_title: 'Analyst', region: 'US',
    industry: 'Software', size_band: 'SMALL', source_systems: ['web'], consent_email: false, consent_sms: null, wallet_estimate: '500', first_seen_at: '2026-05-20T00:00:00Z',
    attributes: { loyalty: { tier: 'silver', points: '45' }, newsletter: 'FALSE', birthday: '2001-02-30' },
  },
  {
    external_id: 'C', name: 'Chen Cho', email: null, phone: '  ', company: 'acme labs', job_title: null, region: 'APAC',
    industry: null, size_band: 'MEDIUM', source_systems: ['pos', 'crm'], consent_email: null, consent_sms: null, wallet_estimate: null, first_seen_at: '2025-10-01T00:00:00Z',
    attributes: { loyalty: { points: 'lots' }, newsletter: 'yes', birthday: 19900101 },
  },
  {
    external_id: 'D', name: 'Dana Diaz', email: 'dana@example.org', phone: '+44 20 7946 0000', company: null, job_title: 'Store Manager', region: 'EU',
    industry: 'Retail', size_band: null, source_systems: [], consent_email: true, consent_sms: false, wallet_estimate: '100.50', first_seen_at: null,
    attributes: { loyalty: { tier: 3 }, decisionRole: 'DECISION_MAKER' },
  },
  {
    external_id: 'E', name: 'Eve', email: null, phone: null, company: null, job_title: null, region: null,
    industry: null, size_band: null, source_systems: ['crm'], consent_email: null, consent_sms: null, wallet_estimate: null, first_seen_at: null, attributes: {},
  },
  {
    external_id: 'P', name: 'Pat Prospect', email: 'pat@example.com', phone: '+1 555 0199', company: 'Prospect Inc', job_title: 'Chief Marketing Officer', region: 'US',
    industry: 'Software', size_band: 'LARGE', source_systems: ['web'], consent_email: true, consent_sms: null, wallet_estimate: null, first_seen_at: '2026-04-01T00:00:00Z',
    attributes: { decisionRole: 'DECISION_MAKER', statedNeed: 'true' },
  },
  {
    external_id: 'X', name: "O'Hara 100%_sure", email: null, phone: null, company: '50% off_deals', job_title: null, region: HOSTILE,
    industry: null, size_band: null, source_systems: [], consent_email: null, consent_sms: null, wallet_estimate: null, first_seen_at: null,
    attributes: { loyalty: { tier: HOSTILE } },
  },
];

const ORDERS = [
  ['A1', 'A', '2026-05-30T18:00:00Z', '100', 'COMPLETED'], ['A2', 'A', '2026-04-01T00:00:00Z', '100', 'COMPLETED'], ['A3', 'A', '2026-02-01T00:00:00Z', '100', 'COMPLETED'],
  ['A4', 'A', '2025-12-01T00:00:00Z', '100', 'COMPLETED'], ['A5', 'A', '2025-08-01T00:00:00Z', '100', 'COMPLETED'],
  ['A6', 'A', '2026-05-31T12:00:00Z', '999', 'CANCELLED'], ['A7', 'A', '2026-05-31T13:00:00Z', '999', 'REFUNDED'],
  ['B1', 'B', '2026-05-22T00:00:00Z', '50', 'COMPLETED'], ['B2', 'B', '2026-06-02T00:00:00Z', '500', 'COMPLETED'],
  ['C1', 'C', '2026-05-21T12:00:00Z', '100', 'COMPLETED'], ['C2', 'C', '2026-01-10T00:00:00Z', '100', 'COMPLETED'], ['C3', 'C', '2025-10-10T00:00:00Z', '100', 'COMPLETED'],
  ['D1', 'D', '2026-04-12T00:00:00Z', '60', 'COMPLETED'], ['D2', 'D', '2025-12-25T00:00:00Z', '60', 'COMPLETED'],
  ['E1', 'E', '2025-11-13T00:00:00Z', '80', 'COMPLETED'], ['E2', 'E', '2025-05-01T00:00:00Z', '1000', 'COMPLETED'],
].map(([external_id, customer, placed_at, amount, status]) => ({ external_id, customer, placed_at, amount, status }));

/**
 * Tags held at asOf: A vip, big-spender; B churn-risk 0.9 (its vip expired 05-01); C churn-risk
 * 0.4 (its vip is assigned only on 06-15); D churn-risk without a score; X big-spender.
 */
const TAGS = [
  { key: 'vip', category: 'TIER' },
  { key: 'churn-risk', category: 'PREDICTIVE' },
  { key: 'big-spender', category: 'SPENDING' },
];
const CUSTOMER_TAGS = [
  { customer: 'A', tag: 'vip', score: null, assigned_at: '2026-01-01T00:00:00Z', expires_at: null },
  { customer: 'A', tag: 'big-spender', score: null, assigned_at: '2026-01-01T00:00:00Z', expires_at: null },
  { customer: 'B', tag: 'vip', score: null, assigned_at: '2026-01-01T00:00:00Z', expires_at: '2026-05-01T00:00:00Z' },
  { customer: 'B', tag: 'churn-risk', score: 0.9, assigned_at: '2026-01-01T00:00:00Z', expires_at: null },
  { customer: 'C', tag: 'churn-risk', score: 0.4, assigned_at: '2026-01-01T00:00:00Z', expires_at: null },
  { customer: 'C', tag: 'vip', score: null, assigned_at: '2026-06-15T00:00:00Z', expires_at: null },
  { customer: 'D', tag: 'churn-risk', score: null, assigned_at: '2026-01-01T00:00:00Z', expires_at: null },
  { customer: 'X', tag: 'big-spender', score: null, assigned_at: '2026-01-01T00:00:00Z', expires_at: null },
];

/**
 * Journeys online-purchase (awareness 0, consideration 1, purchase 2, use 3) and support
 * (contact 0, resolved 1). Touchpoints at or before asOf: A 1 (use 05-31), B 1 (consideration
 * 05-20; its purchase 06-10 is after asOf), C 2 (purchase 02-01, support contact 05-28), D 2
 * (awareness 05-30, one without a journey 05-29), P 2 (content downloads at asOf), E and X none.
 */
const JOURNEYS = [
  { key: 'online-purchase', stages: ['awareness', 'consideration', 'purchase', 'use'] },
  { key: 'support', stages: ['contact', 'resolved'] },
];
const TOUCHPOINTS = [
  ['A', 'online-purchase', 'use', '2026-05-31T00:00:00Z', 'unbox'],
  ['B', 'online-purchase', 'consideration', '2026-05-20T00:00:00Z', 'add_to_cart'],
  ['B', 'online-purchase', 'purchase', '2026-06-10T00:00:00Z', 'pay'],
  ['C', 'online-purchase', 'purchase', '2026-02-01T00:00:00Z', 'pay'],
  ['C', 'support', 'contact', '2026-05-28T00:00:00Z', 'call'],
  ['D', 'online-purchase', 'awareness', '2026-05-30T00:00:00Z', 'read_review'],
  ['D', null, null, '2026-05-29T00:00:00Z', 'store_visit'],
  ['P', null, null, '2026-06-01T00:00:00Z', 'content_downloaded'],
  ['P', null, null, '2026-06-01T00:00:00Z', 'content_downloaded'],
].map(([customer, journey, stage, occurred_at, action]) => ({ customer, journey, stage, occurred_at, action }));

/**
 * Latest answers at or before asOf: A NPS 6 (05-15, after a 10) → DETRACTOR; B NPS 9 → PROMOTER
 * (its 3 on 06-10 is after asOf); C NPS 7 → PASSIVE and CSAT 5 (05-20, after a 2); D CSAT 1.
 * Open cases at asOf: A 1 (its detractor answer); C 0 (its CSAT 2 resolved 05-12); D 2 (CSAT 1,
 * and a complaint resolved only on 06-05); E 1 (a suggestion; its complaint is CLOSED without a
 * resolution time, never open); X's praise is not a case.
 */
const FEEDBACK = [
  ['A', 'NPS', 10, '2026-03-01T00:00:00Z', null, 'OPEN'],
  ['A', 'NPS', 6, '2026-05-15T00:00:00Z', null, 'OPEN'],
  ['B', 'NPS', 9, '2026-05-01T00:00:00Z', null, 'OPEN'],
  ['B', 'NPS', 3, '2026-06-10T00:00:00Z', null, 'OPEN'],
  ['C', 'NPS', 7, '2026-04-01T00:00:00Z', null, 'OPEN'],
  ['C', 'CSAT', 2, '2026-05-10T00:00:00Z', '2026-05-12T00:00:00Z', 'RESOLVED'],
  ['C', 'CSAT', 5, '2026-05-20T00:00:00Z', null, 'OPEN'],
  ['D', 'CSAT', 1, '2026-05-25T00:00:00Z', null, 'OPEN'],
  ['D', 'COMPLAINT', null, '2026-05-26T00:00:00Z', '2026-06-05T00:00:00Z', 'RESOLVED'],
  ['E', 'COMPLAINT', null, '2026-01-01T00:00:00Z', null, 'CLOSED'],
  ['E', 'SUGGESTION', null, '2026-05-30T00:00:00Z', null, 'OPEN'],
  ['X', 'PRAISE', null, '2026-05-01T00:00:00Z', null, 'OPEN'],
].map(([customer, kind, score, received_at, resolved_at, status]) => ({ customer, kind, score, received_at, resolved_at, status }));

/** Loads a data set into a tenant with plain SQL, as the application role under row-level security. */
async function load(sql: SqlRunner, tenantId: string, data: { customers: unknown[]; orders: unknown[]; tags: unknown[]; customerTags: unknown[]; journeys: typeof JOURNEYS; touchpoints: unknown[]; feedback: unknown[] }) {
  const json = (rows: unknown[]) => JSON.stringify(rows);
  await sql.rows(
    `insert into customer (tenant_id, external_id, name, email, phone, company, job_title, region, industry, size_band, source_systems, consent_email, consent_sms, wallet_estimate, first_seen_at, attributes)
     select ?, r.* from jsonb_to_recordset(?::jsonb) as r(external_id text, name text, email text, phone text, company text, job_title text, region text, industry text,
       size_band text, source_systems text[], consent_email boolean, consent_sms boolean, wallet_estimate numeric, first_seen_at timestamptz, attributes jsonb)`,
    [tenantId, json(data.customers)],
  );
  await sql.rows(
    `insert into "order" (tenant_id, external_id, customer_id, placed_at, amount, currency, status)
     select ?, r.external_id, c.id, r.placed_at, r.amount, 'USD', r.status
       from jsonb_to_recordset(?::jsonb) as r(external_id text, customer text, placed_at timestamptz, amount numeric, status text)
       join customer c on c.tenant_id = ? and c.external_id = r.customer`,
    [tenantId, json(data.orders), tenantId],
  );
  await sql.rows(`insert into tag (tenant_id, key, label, category) select ?, r.key, r.key, r.category from jsonb_to_recordset(?::jsonb) as r(key text, category text)`, [tenantId, json(data.tags)]);
  await sql.rows(
    `insert into customer_tag (tenant_id, customer_id, tag_id, source, score, assigned_at, expires_at)
     select ?, c.id, t.id, 'MANUAL', r.score, r.assigned_at, r.expires_at
       from jsonb_to_recordset(?::jsonb) as r(customer text, tag text, score numeric, assigned_at timestamptz, expires_at timestamptz)
       join customer c on c.tenant_id = ? and c.external_id = r.customer
       join tag t on t.tenant_id = ? and t.key = r.tag`,
    [tenantId, json(data.customerTags), tenantId, tenantId],
  );
  for (const journey of data.journeys) {
    const [row] = await sql.rows<{ id: string }>(`insert into journey (tenant_id, key, name) values (?, ?, ?) returning id`, [tenantId, journey.key, journey.key]);
    await sql.rows(
      `insert into journey_stage (tenant_id, journey_id, key, name, position) select ?, ?, s.key, s.key, s.position - 1 from unnest(?::text[]) with ordinality as s(key, position)`,
      [tenantId, row.id, journey.stages],
    );
  }
  await sql.rows(
    `insert into touchpoint (tenant_id, customer_id, journey_id, stage_id, occurred_at, action)
     select ?, c.id, j.id, s.id, r.occurred_at, r.action
       from jsonb_to_recordset(?::jsonb) as r(customer text, journey text, stage text, occurred_at timestamptz, action text)
       join customer c on c.tenant_id = ? and c.external_id = r.customer
       left join journey j on j.tenant_id = ? and j.key = r.journey
       left join journey_stage s on s.tenant_id = ? and s.journey_id = j.id and s.key = r.stage`,
    [tenantId, json(data.touchpoints), tenantId, tenantId, tenantId],
  );
  await sql.rows(
    `insert into feedback (tenant_id, customer_id, kind, score, received_at, resolved_at, status)
     select ?, c.id, r.kind, r.score, r.received_at, r.resolved_at, r.status
       from jsonb_to_recordset(?::jsonb) as r(customer text, kind text, score smallint, received_at timestamptz, resolved_at timestamptz, status text)
       join customer c on c.tenant_id = ? and c.external_id = r.customer`,
    [tenantId, json(data.feedback), tenantId],
  );
}

describe('segment definitions against PostgreSQL', () => {
  let orm: Orm;
  let tenantId: string;
  let otherTenantId: string;

  /** Runs work in a tenant transaction, as the analytics services' `scope.sql` does. */
  async function inTenant<T>(tenant: string, work: (sql: SqlRunner, counter: { count: number }) => Promise<T>): Promise<T> {
    const em = orm.em.fork() as EntityManager;
    const counter = { count: 0 };
    const sql = new SqlRunner(em, counter);
    return inTenantTransaction(em, sql, tenant, () => work(sql, counter));
  }

  /** External ids of the members, sorted. */
  async function members(definition: unknown, settings: AnalyticsSettings = DEFAULT_ANALYTICS_SETTINGS, tenant = tenantId): Promise<string[]> {
    const parsed = parseSegmentDefinition(definition, 'definition', segmentVocabulary(settings));
    expect(parsed.errors).toEqual([]);
    const statement = segmentMembersSql(parsed.definition!, { tenantId: tenant, asOf: AS_OF, settings });
    return inTenant(tenant, async (sql, counter) => {
      const before = counter.count;
      const rows = await sql.query<{ customer_id: string }>(statement);
      // One statement, whatever the definition reads.
      expect(counter.count - before).toBe(1);
      return externalIds(sql, rows.map((row) => row.customer_id));
    });
  }

  async function externalIds(sql: SqlRunner, ids: string[]): Promise<string[]> {
    const rows = await sql.rows<{ external_id: string }>(`select external_id from customer where id = any(?::uuid[]) order by external_id`, [ids]);
    expect(rows).toHaveLength(ids.length);
    return rows.map((row) => row.external_id);
  }

  beforeAll(async () => {
    orm = await openOrm({ databaseUrl: process.env.TEST_DATABASE_URL as string, poolSize: 3 });
    const slug = () => `seg-${Math.random().toString(36).slice(2, 10)}`;
    tenantId = (await new TenantService(orm.em.fork()).create({ slug: slug(), name: 'Segments' })).id;
    otherTenantId = (await new TenantService(orm.em.fork()).create({ slug: slug(), name: 'Segments elsewhere' })).id;
    await inTenant(tenantId, (sql) =>
      load(sql, tenantId, { customers: CUSTOMERS, orders: ORDERS, tags: TAGS, customerTags: CUSTOMER_TAGS, journeys: JOURNEYS, touchpoints: TOUCHPOINTS, feedback: FEEDBACK }),
    );
    // Another tenant with a look-alike of A (same keys, region, tags, journeys), a big spender
    // that would shift the RFM quintiles if it leaked in, and an open complaint.
    await inTenant(otherTenantId, (sql) =>
      load(sql, otherTenantId, {
        customers: [{ ...CUSTOMERS[0], external_id: 'A-elsewhere' }],
        orders: Array.from({ length: 8 }, (_, index) => ({ external_id: `Z${index}`, customer: 'A-elsewhere', placed_at: `2026-05-0${index + 1}T00:00:00Z`, amount: '5000', status: 'COMPLETED' })),
        tags: TAGS,
        customerTags: [{ customer: 'A-elsewhere', tag: 'vip', score: 0.99, assigned_at: '2026-01-01T00:00:00Z', expires_at: null }],
        journeys: JOURNEYS,
        touchpoints: [{ customer: 'A-elsewhere', journey: 'online-purchase', stage: 'purchase', occurred_at: '2026-05-31T00:00:00Z', action: 'pay' }],
        feedback: [{ customer: 'A-elsewhere', kind: 'COMPLAINT', score: null, received_at: '2026-05-31T00:00:00Z', resolved_at: null, status: 'OPEN' }],
      }),
    );
  });

  afterAll(async () => {
    await orm.close();
  });

  type Case = [string, unknown, string[]];
  const run = (cases: Case[]) =>
    it.each(cases)('%s', async (_, definition, expected) => {
      expect(await members(definition)).toEqual(expected);
    });

  describe('profile fields', () => {
    run([
      ['region equal', { field: 'REGION', operator: 'EQ', value: 'EU' }, ['A', 'D']],
      // NEQ is the complement of EQ: E, without a region, is not in the EU.
      ['region not equal, missing region included', { field: 'REGION', operator: 'NEQ', value: 'EU' }, ['B', 'C', 'E', 'P', 'X']],
      ['region in a list', { field: 'REGION', operator: 'IN', value: ['US', 'APAC'] }, ['B', 'C', 'P']],
      ['SQL meta characters match literally', { field: 'REGION', operator: 'EQ', value: HOSTILE }, ['X']],
      ['external id in a list', { field: 'EXTERNAL_ID', operator: 'IN', value: ['A', 'P', 'nobody'] }, ['A', 'P']],
      ['name starting with, ignoring case', { field: 'NAME', operator: 'STARTS_WITH', value: 'd' }, ['D']],
      // % and _ are plain characters, not LIKE wildcards: only X's name holds "100%_".
      ['name containing % and _', { field: 'NAME', operator: 'CONTAINS', value: '100%_' }, ['X']],
      ['company containing %', { field: 'COMPANY', operator: 'CONTAINS', value: '%' }, ['X']],
      ['company starting with, ignoring case', { field: 'COMPANY', operator: 'STARTS_WITH', value: 'ACME' }, ['A', 'C']],
      ['job title containing', { field: 'JOB_TITLE', operator: 'CONTAINS', value: 'manag' }, ['D']],
      ['industry not equal', { field: 'INDUSTRY', operator: 'NEQ', value: 'Retail' }, ['B', 'C', 'E', 'P', 'X']],
      ['email set', { field: 'EMAIL', operator: 'IS_SET' }, ['A', 'B', 'D', 'P']],
      // C's phone is blank: not set.
      ['phone set, blank is not', { field: 'PHONE', operator: 'IS_SET' }, ['A', 'D', 'P']],
      ['phone not set', { field: 'PHONE', operator: 'IS_NOT_SET' }, ['B', 'C', 'E', 'X']],
      ['size band in a list', { field: 'SIZE_BAND', operator: 'IN', value: ['LARGE', 'MEDIUM'] }, ['A', 'C', 'P']],
      ['size band not set', { field: 'SIZE_BAND', operator: 'IS_NOT_SET' }, ['D', 'E', 'X']],
      ['source system held', { field: 'SOURCE_SYSTEMS', operator: 'HAS', value: 'pos' }, ['A', 'C']],
      ['source systems all held', { field: 'SOURCE_SYSTEMS', operator: 'HAS_ALL', value: ['web', 'pos'] }, ['A']],
      ['source systems any held', { field: 'SOURCE_SYSTEMS', operator: 'HAS_ANY', value: ['crm'] }, ['C', 'E']],
      ['source system not held', { field: 'SOURCE_SYSTEMS', operator: 'HAS_NOT', value: 'web' }, ['C', 'D', 'E', 'X']],
      ['email consent given', { field: 'CONSENT_EMAIL', operator: 'EQ', value: true }, ['A', 'D', 'P']],
      ['email consent not recorded', { field: 'CONSENT_EMAIL', operator: 'IS_NOT_SET' }, ['C', 'E', 'X']],
      ['sms consent refused', { field: 'CONSENT_SMS', operator: 'EQ', value: false }, ['D']],
      ['wallet estimate above', { field: 'WALLET_ESTIMATE', operator: 'GT', value: 400 }, ['A', 'B']],
      ['wallet estimate equal to a decimal string', { field: 'WALLET_ESTIMATE', operator: 'EQ', value: '100.50' }, ['D']],
      // After 2026-05-02 00:00 and at most asOf: B (05-20), not P (04-01).
      ['first seen within 30 days', { field: 'FIRST_SEEN_AT', operator: 'WITHIN_LAST_DAYS', value: 30 }, ['B']],
      ['first seen before a date', { field: 'FIRST_SEEN_AT', operator: 'LT', value: '2025-06-01' }, ['A']],
      ['first seen between two dates, both included', { field: 'FIRST_SEEN_AT', operator: 'BETWEEN', value: ['2025-10-01', '2026-04-01T00:00:00Z'] }, ['C', 'P']],
      ['created at set (every profile)', { field: 'CREATED_AT', operator: 'IS_SET' }, ['A', 'B', 'C', 'D', 'E', 'P', 'X']],
    ]);
  });

  describe('typed attributes', () => {
    run([
      ['text attribute equal', { field: 'ATTRIBUTE', path: 'loyalty.tier', type: 'STRING', operator: 'EQ', value: 'gold' }, ['A']],
      ['text attribute in a list', { field: 'ATTRIBUTE', path: 'loyalty.tier', type: 'STRING', operator: 'IN', value: ['gold', 'silver'] }, ['A', 'B']],
      // D's tier is the JSON number 3, read as the text "3".
      ['text attribute of a number', { field: 'ATTRIBUTE', path: 'loyalty.tier', type: 'STRING', operator: 'EQ', value: '3' }, ['D']],
      ['text attribute with SQL meta characters', { field: 'ATTRIBUTE', path: 'loyalty.tier', type: 'STRING', operator: 'EQ', value: HOSTILE }, ['X']],
      ['text attribute set', { field: 'ATTRIBUTE', path: 'loyalty.tier', type: 'STRING', operator: 'IS_SET' }, ['A', 'B', 'D', 'X']],
      // A 120 (a number), B "45" (text holding a number); C's "lots" is no number.
      ['number attribute above', { field: 'ATTRIBUTE', path: 'loyalty.points', type: 'NUMBER', operator: 'GTE', value: 40 }, ['A', 'B']],
      ['number attribute set', { field: 'ATTRIBUTE', path: 'loyalty.points', type: 'NUMBER', operator: 'IS_SET' }, ['A', 'B']],
      // A true; B "FALSE" as text counts; C's "yes" is no boolean.
      ['boolean attribute false', { field: 'ATTRIBUTE', path: 'newsletter', type: 'BOOLEAN', operator: 'EQ', value: false }, ['B']],
      ['boolean attribute set', { field: 'ATTRIBUTE', path: 'newsletter', type: 'BOOLEAN', operator: 'IS_SET' }, ['A', 'B']],
      // A 1990-05-20; B's 2001-02-30 is no date and C's is a number: neither fails the query.
      ['date attribute before', { field: 'ATTRIBUTE', path: 'birthday', type: 'DATE', operator: 'LT', value: '2000-01-01' }, ['A']],
      ['date attribute set', { field: 'ATTRIBUTE', path: 'birthday', type: 'DATE', operator: 'IS_SET' }, ['A']],
      ['attribute path nobody has', { field: 'ATTRIBUTE', path: "it's.missing", type: 'STRING', operator: 'IS_SET' }, []],
    ]);

    it('reads attribute dates without a zone as UTC, whatever the session time zone', async () => {
      // A's birthday "1990-05-20" is 00:00 UTC: at or after 1990-05-20T00:00Z. Read in Shanghai's
      // zone it would be 1990-05-19T16:00Z and fail.
      const statement = segmentMembersSql(
        parseSegmentDefinition({ field: 'ATTRIBUTE', path: 'birthday', type: 'DATE', operator: 'GTE', value: '1990-05-20T00:00:00Z' }).definition!,
        { tenantId, asOf: AS_OF, settings: DEFAULT_ANALYTICS_SETTINGS },
      );
      const members = await inTenant(tenantId, async (sql) => {
        await sql.rows(`select set_config('timezone', 'Asia/Shanghai', true)`);
        return externalIds(sql, (await sql.query<{ customer_id: string }>(statement)).map((row) => row.customer_id));
      });
      expect(members).toEqual(['A']);
    });
  });

  describe('tags', () => {
    run([
      // B's vip expired 05-01, C's is assigned after asOf.
      ['has a tag at asOf', { field: 'TAG', operator: 'HAS', value: 'vip' }, ['A']],
      ['has not a tag', { field: 'TAG', operator: 'HAS_NOT', value: 'vip' }, ['B', 'C', 'D', 'E', 'P', 'X']],
      ['has any of tags', { field: 'TAG', operator: 'HAS_ANY', value: ['vip', 'churn-risk'] }, ['A', 'B', 'C', 'D']],
      ['has all of tags', { field: 'TAG', operator: 'HAS_ALL', value: ['vip', 'big-spender'] }, ['A']],
      ['has a tag of a category', { field: 'TAG_CATEGORY', operator: 'HAS', value: 'PREDICTIVE' }, ['B', 'C', 'D']],
      ['has a tag of any of categories', { field: 'TAG_CATEGORY', operator: 'HAS_ANY', value: ['TIER', 'SPENDING'] }, ['A', 'X']],
      ['tag score above', { field: 'TAG_SCORE', tag: 'churn-risk', operator: 'GT', value: 0.5 }, ['B']],
      // D holds churn-risk without a score: no comparison holds for it.
      ['tag score at least', { field: 'TAG_SCORE', tag: 'churn-risk', operator: 'GTE', value: '0.4' }, ['B', 'C']],
      ['tag score between', { field: 'TAG_SCORE', tag: 'churn-risk', operator: 'BETWEEN', value: [0.3, 0.5] }, ['C']],
      ['tag score not set', { field: 'TAG_SCORE', tag: 'churn-risk', operator: 'IS_NOT_SET' }, ['A', 'D', 'E', 'P', 'X']],
    ]);
  });

  describe('order stats', () => {
    run([
      ['at least two completed orders', { field: 'ORDER_COUNT', operator: 'GTE', value: 2 }, ['A', 'C', 'D', 'E']],
      ['no completed orders', { field: 'ORDER_COUNT', operator: 'EQ', value: 0 }, ['P', 'X']],
      ['fewer than two orders', { field: 'ORDER_COUNT', operator: 'LT', value: 2 }, ['B', 'P', 'X']],
      // In 90 days (after 03-03): A 2, B 1, C 1, D 1.
      ['at least two orders in 90 days', { field: 'ORDER_COUNT', operator: 'GTE', value: 2, withinDays: 90 }, ['A']],
      ['revenue above', { field: 'ORDER_REVENUE', operator: 'GT', value: 400 }, ['A', 'E']],
      // In 90 days: A 200, B 50, C 100, D 60.
      ['revenue in 90 days between', { field: 'ORDER_REVENUE', operator: 'BETWEEN', value: [100, '300'], withinDays: 90 }, ['A', 'C']],
      ['last order within 30 days', { field: 'LAST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 30 }, ['A', 'B', 'C']],
      ['last order more than 30 days ago', { field: 'LAST_ORDER_AT', operator: 'MORE_THAN_DAYS_AGO', value: 30 }, ['D', 'E']],
      ['last order at or after an instant', { field: 'LAST_ORDER_AT', operator: 'GTE', value: '2026-05-21T12:00:00Z' }, ['A', 'B', 'C']],
      ['no last order', { field: 'LAST_ORDER_AT', operator: 'IS_NOT_SET' }, ['P', 'X']],
      ['first order before a date', { field: 'FIRST_ORDER_AT', operator: 'LT', value: '2025-09-01' }, ['A', 'E']],
    ]);
  });

  describe('RFM', () => {
    run([
      ['segment in a list', { field: 'RFM_SEGMENT', operator: 'IN', value: ['CHAMPIONS', 'LOYAL'] }, ['A', 'C']],
      ['segment not equal, unscored included', { field: 'RFM_SEGMENT', operator: 'NEQ', value: 'CHAMPIONS' }, ['B', 'C', 'D', 'E', 'P', 'X']],
      ['not scored', { field: 'RFM_SEGMENT', operator: 'IS_NOT_SET' }, ['P', 'X']],
      ['recency score at least 4', { field: 'RFM_RECENCY_SCORE', operator: 'GTE', value: 4 }, ['A', 'B', 'C']],
      ['frequency score in a list', { field: 'RFM_FREQUENCY_SCORE', operator: 'IN', value: [1, 2] }, ['B', 'E']],
      ['monetary score between', { field: 'RFM_MONETARY_SCORE', operator: 'BETWEEN', value: [2, 3] }, ['D', 'E']],
    ]);

    it("uses the tenant's segment map", async () => {
      const settings = { ...DEFAULT_ANALYTICS_SETTINGS, rfmSegmentMap: [{ segment: 'EVERYONE', recency: [1, 2, 3, 4, 5], frequency: [1, 2, 3, 4, 5] }] };
      expect(await members({ field: 'RFM_SEGMENT', operator: 'EQ', value: 'EVERYONE' }, settings)).toEqual(['A', 'B', 'C', 'D', 'E']);
    });
  });

  describe('NPS, CSAT and open feedback cases', () => {
    run([
      ['latest NPS a detractor', { field: 'NPS_CATEGORY', operator: 'EQ', value: 'DETRACTOR' }, ['A']],
      ['latest NPS promoter or passive', { field: 'NPS_CATEGORY', operator: 'IN', value: ['PROMOTER', 'PASSIVE'] }, ['B', 'C']],
      ['no NPS answer', { field: 'NPS_CATEGORY', operator: 'EQ', value: 'NONE' }, ['D', 'E', 'P', 'X']],
      ['latest NPS score at least 7', { field: 'NPS_SCORE', operator: 'GTE', value: 7 }, ['B', 'C']],
      ['latest CSAT 5', { field: 'CSAT_SCORE', operator: 'EQ', value: 5 }, ['C']],
      ['latest CSAT at most 2', { field: 'CSAT_SCORE', operator: 'LTE', value: 2 }, ['D']],
      ['an open case', { field: 'OPEN_FEEDBACK_CASES', operator: 'GTE', value: 1 }, ['A', 'D', 'E']],
      ['two open cases', { field: 'OPEN_FEEDBACK_CASES', operator: 'EQ', value: 2 }, ['D']],
      ['no open case', { field: 'OPEN_FEEDBACK_CASES', operator: 'EQ', value: 0 }, ['B', 'C', 'P', 'X']],
    ]);
  });

  /**
   * Lead scores as of asOf, default rules (executive 20, manager 10, staff 3, decision role 10,
   * phone 5, stated need 10, large 10, medium 5, content download 5 with a 30-day half-life):
   *  A  VP (20) + decision role + phone + need + LARGE = 55 → B
   *  B  Analyst (staff 3) = 3 → D
   *  C  MEDIUM 5 (blank phone gives nothing) = 5 → D
   *  D  Store Manager (10) + decision role + phone = 25 → C
   *  E, X  0 → D
   *  P  Chief (20) + decision role + phone + need + LARGE = 55, two downloads at asOf 2 × 5 = 65 → A
   */
  describe('lead grade and score', () => {
    run([
      ['grade A', { field: 'LEAD_GRADE', operator: 'EQ', value: 'A' }, ['P']],
      ['grade B or C', { field: 'LEAD_GRADE', operator: 'IN', value: ['B', 'C'] }, ['A', 'D']],
      ['grade D', { field: 'LEAD_GRADE', operator: 'EQ', value: 'D' }, ['B', 'C', 'E', 'X']],
      ['score at least 25', { field: 'LEAD_SCORE', operator: 'GTE', value: 25 }, ['A', 'D', 'P']],
      ['score below 5', { field: 'LEAD_SCORE', operator: 'LT', value: 5 }, ['B', 'E', 'X']],
    ]);
  });

  describe('journeys', () => {
    run([
      // A's "use" comes after purchase; B's purchase is after asOf.
      ['reached a stage or a later one', { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'REACHED', value: 'purchase' }, ['A', 'C']],
      ['reached a stage within 30 days', { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'REACHED', value: 'purchase', withinDays: 30 }, ['A']],
      ['reached the first stage', { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'REACHED', value: 'awareness' }, ['A', 'B', 'C', 'D']],
      ['not reached a stage', { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'NOT_REACHED', value: 'consideration' }, ['D', 'E', 'P', 'X']],
      ['reached a stage of another journey', { field: 'JOURNEY_STAGE', journey: 'support', operator: 'REACHED', value: 'contact' }, ['C']],
      ['reached a stage that does not exist', { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'REACHED', value: 'checkout' }, []],
      ['at least two touchpoints', { field: 'TOUCHPOINT_COUNT', operator: 'GTE', value: 2 }, ['C', 'D', 'P']],
      // After 05-25: A 05-31, C 05-28, D 05-29 and 05-30, P at asOf.
      ['a touchpoint within 7 days', { field: 'TOUCHPOINT_COUNT', operator: 'GTE', value: 1, withinDays: 7 }, ['A', 'C', 'D', 'P']],
      ['a touchpoint of a journey', { field: 'TOUCHPOINT_COUNT', operator: 'GTE', value: 1, journey: 'online-purchase' }, ['A', 'B', 'C', 'D']],
      ['a touchpoint of a journey within 7 days', { field: 'TOUCHPOINT_COUNT', operator: 'GTE', value: 1, withinDays: 7, journey: 'online-purchase' }, ['A', 'D']],
      ['no touchpoints', { field: 'TOUCHPOINT_COUNT', operator: 'EQ', value: 0 }, ['E', 'X']],
    ]);
  });

  describe('all / any / not', () => {
    run([
      ['all: vip champions', { all: [{ field: 'TAG', operator: 'HAS', value: 'vip' }, { field: 'RFM_SEGMENT', operator: 'EQ', value: 'CHAMPIONS' }] }, ['A']],
      // Promoters {B} or two open cases {D}.
      ['any: promoters or two open cases', { any: [{ field: 'NPS_CATEGORY', operator: 'EQ', value: 'PROMOTER' }, { field: 'OPEN_FEEDBACK_CASES', operator: 'GTE', value: 2 }] }, ['B', 'D']],
      // EU or US {A, B, D, P}, minus those without orders {P, X}.
      [
        'all of any and not',
        { all: [{ any: [{ field: 'REGION', operator: 'EQ', value: 'EU' }, { field: 'REGION', operator: 'EQ', value: 'US' }] }, { not: { field: 'ORDER_COUNT', operator: 'EQ', value: 0 } }] },
        ['A', 'B', 'D'],
      ],
      // Tagged vip or churn-risk {A, B, C, D} or ordered in 30 days {A, B, C}: the rest.
      [
        'not of any',
        { not: { any: [{ field: 'TAG', operator: 'HAS_ANY', value: ['vip', 'churn-risk'] }, { field: 'LAST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 30 }] } },
        ['E', 'P', 'X'],
      ],
      // A missing value is false inside not as well: "not (last order within 30 days)" keeps P and X.
      ['not of a condition on a missing value', { not: { field: 'LAST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 30 } }, ['D', 'E', 'P', 'X']],
      // not not {A, C} and (lead grade B {A} or reached purchase {A, C}).
      [
        'nested three levels, sources mixed',
        {
          all: [
            { not: { not: { field: 'RFM_SEGMENT', operator: 'IN', value: ['CHAMPIONS', 'LOYAL'] } } },
            { any: [{ field: 'LEAD_GRADE', operator: 'EQ', value: 'B' }, { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'REACHED', value: 'purchase' }] },
          ],
        },
        ['A', 'C'],
      ],
      // Hibernating {E}, revenue over 1000 {E}, no NPS answer {D, E, P, X}.
      [
        'all over three sources',
        { all: [{ field: 'RFM_SEGMENT', operator: 'EQ', value: 'HIBERNATING' }, { field: 'ORDER_REVENUE', operator: 'GT', value: 1000 }, { field: 'NPS_CATEGORY', operator: 'EQ', value: 'NONE' }] },
        ['E'],
      ],
      // X's name does not contain the hostile text (no match); its region is that text.
      ['a hostile value deep in a tree', { any: [{ not: { field: 'ORDER_COUNT', operator: 'GTE', value: 0 } }, { all: [{ field: 'NAME', operator: 'CONTAINS', value: HOSTILE }] }, { field: 'REGION', operator: 'IN', value: [HOSTILE] }] }, ['X']],
    ]);

    it('gives any the union and all the intersection of its conditions, over every source at once', async () => {
      const conditions = [
        { field: 'REGION', operator: 'NEQ', value: 'EU' },
        { field: 'ATTRIBUTE', path: 'loyalty.points', type: 'NUMBER', operator: 'IS_SET' },
        { field: 'TAG', operator: 'HAS_ANY', value: ['vip', 'churn-risk'] },
        { field: 'TAG_SCORE', tag: 'churn-risk', operator: 'IS_NOT_SET' },
        { field: 'ORDER_COUNT', operator: 'GTE', value: 1, withinDays: 90 },
        { field: 'LAST_ORDER_AT', operator: 'IS_SET' },
        { field: 'RFM_RECENCY_SCORE', operator: 'GTE', value: 2 },
        { field: 'NPS_CATEGORY', operator: 'NEQ', value: 'PASSIVE' },
        { field: 'CSAT_SCORE', operator: 'IS_NOT_SET' },
        { field: 'LEAD_GRADE', operator: 'NEQ', value: 'C' },
        { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'REACHED', value: 'consideration' },
        { field: 'TOUCHPOINT_COUNT', operator: 'GTE', value: 1, withinDays: 30 },
        { field: 'OPEN_FEEDBACK_CASES', operator: 'LT', value: 2 },
      ];
      const each = await Promise.all(conditions.map((condition) => members(condition)));
      const union = [...new Set(each.flat())].sort();
      const intersection = each.reduce((common, set) => common.filter((id) => set.includes(id)));
      expect(await members({ any: conditions })).toEqual(union);
      expect(await members({ all: conditions })).toEqual(intersection);
      // By hand: region ≠ EU {B, C, E, P, X} ∩ points set {A, B} = {B}; B has churn-risk 0.9 (so
      // "churn-risk score not set" fails): the intersection is empty; the union is everyone.
      expect(intersection).toEqual([]);
      expect(union).toEqual(['A', 'B', 'C', 'D', 'E', 'P', 'X']);
    });
  });

  describe('tenancy', () => {
    // Every source, and a profile condition after an `or`: a tenant filter that an `or` escapes
    // would let the other tenant's A through by its region.
    const everySource = {
      any: [
        { field: 'TAG', operator: 'HAS', value: 'vip' },
        { field: 'RFM_SEGMENT', operator: 'EQ', value: 'CHAMPIONS' },
        { field: 'ORDER_COUNT', operator: 'GTE', value: 5 },
        { field: 'JOURNEY_STAGE', journey: 'online-purchase', operator: 'REACHED', value: 'purchase' },
        { field: 'OPEN_FEEDBACK_CASES', operator: 'GTE', value: 1 },
        { field: 'LEAD_GRADE', operator: 'EQ', value: 'A' },
        { field: 'REGION', operator: 'EQ', value: 'EU' },
      ],
    };

    it("sees only the tenant's own customers", async () => {
      expect(await members(everySource)).toEqual(['A', 'C', 'D', 'E', 'P']);
      expect(await members(everySource, DEFAULT_ANALYTICS_SETTINGS, otherTenantId)).toEqual(['A-elsewhere']);
    });

    it('filters by tenant in the SQL itself, not only through row-level security', async () => {
      // The connecting user (a superuser) outside a tenant transaction bypasses row-level security.
      const statement = segmentMembersSql(parseSegmentDefinition(everySource).definition!, { tenantId, asOf: AS_OF, settings: DEFAULT_ANALYTICS_SETTINGS });
      const unprotected = new SqlRunner(orm.em.fork() as EntityManager, { count: 0 });
      const ids = (await unprotected.query<{ customer_id: string }>(statement)).map((row) => row.customer_id);
      // A in the other tenant would be a member by region, tag, RFM (its 8 orders) and more.
      expect(await inTenant(tenantId, (sql) => externalIds(sql, ids))).toEqual(['A', 'C', 'D', 'E', 'P']);
    });

    it('leaves the customer table in place after hostile values', async () => {
      const [row] = await inTenant(tenantId, (sql) => sql.rows<{ customers: number }>(`select count(*)::int as customers from customer where tenant_id = ?`, [tenantId]));
      expect(row.customers).toBe(7);
    });
  });
});
