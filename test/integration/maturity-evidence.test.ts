import type { EntityManager } from '@mikro-orm/postgresql';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { SqlRunner, toDate } from '../../src/db/sql-runner.js';
import { inTenantTransaction } from '../../src/db/tenancy.js';
import { observeEvidence, type EvidenceObservation } from '../../src/modules/maturity/evidence/maturity-evidence.js';
import { CUSTOMER_VALUE_METRIC, recordMetricUsageSql } from '../../src/modules/analytics/metric/metric-usage.query.js';
import type { EvidenceMeasureKey } from '../../src/modules/maturity/model/maturity-model.types.js';
import { TenantService } from '../../src/modules/tenant/tenant.service.js';

/**
 * Evidence as of 2026-06-01 00:00 UTC. "N days" are N × 24 h before asOf, windows half-open
 * [asOf − N d, asOf): 7 d → from 05-25, 30 d → 05-02, 35 d → 04-27, 90 d → 03-03, 365 d →
 * 2025-06-01. The main tenant sets churnWindowDays 500 (→ from 2025-01-17: 135 days of 2025
 * plus 365), complaintSlaHours 4 and detractorSlaHours 24, so reading the defaults (365, 2, 48)
 * would change the figures.
 */
const AS_OF = new Date('2026-06-01T00:00:00Z');
const OLD = '2025-01-01T00:00:00Z';

interface DataSet {
  settings?: Record<string, unknown>;
  customers: { external_id: string; email?: string | null; phone?: string | null; source_systems?: string[]; consent_email?: boolean | null; consent_sms?: boolean | null; attributes?: Record<string, unknown>; created_at?: string; updated_at?: string }[];
  /** [external id, customer, placed at, amount, status, channel] */
  orders: [string, string, string, string, string, string | null][];
  tags: { key: string; category: string }[];
  customerTags: { customer: string; tag: string; source: string; assigned_at: string; expires_at?: string | null }[];
  stages: string[];
  /** [customer, occurred at] */
  touchpoints: [string, string][];
  feedback: { customer: string; kind: string; score?: number | null; stage?: string | null; received_at: string; first_response_at?: string | null; resolved_at?: string | null }[];
  segments: { name: string; definition: unknown; last_refreshed_at: string | null; created_at?: string }[];
  keys: { name: string; scopes: string[]; last_used_at: string | null; revoked_at?: string | null; segments?: string[] | null }[];
  /** Times CUSTOMER_VALUE was queried, recorded in this order. */
  customerValueQueries: string[];
}

/**
 * The main tenant. Twelve customers exist at asOf (X is created after it):
 *
 *        email / phone          sources               consent e/s   attributes             created
 *  B1    b1@                    web, pos              true / -                             2025-01-01
 *  B2    - / +1 555 0102        web, store, crm       false / -
 *  B3    "" / -                 crm                   - / true      acquisition referral
 *  B4    - / "  "               -                     - / -
 *  B5    b5@                    web, referral         true / true   acquisition organic
 *  B6    b6@                    pos, pos              - / -
 *  B7    b7@                    app, call_center      true / -      acquisition referral
 *  B8    - / +1 555 0108        -                     - / -
 *  L1    l1@                    web, pos              - / -
 *  P1    p1@ (prospect)         web                   true / -
 *  P2    - / - (prospect)       -                     - / -
 *  P3    p3@ (prospect)         web                   - / -                                2026-05-10
 *  X     x@                     -                     - / -                                2026-06-02
 *
 * Completed orders (amount > 0, before asOf): B1 2025-01-15 store, 2026-05-30 web; B2
 * 2025-11-01 web, 05-20 app; B3 05-10 no channel; B4 04-15 blank channel; B5 03-05 web, 04-01
 * store; B6 03-10 web; B7 01-10 web; B8 2025-09-01 pos; L1 2025-03-01 web. Not counted: B1's
 * cancelled 2024-01-01, B2's cancelled 05-21, B3's zero-amount 05-11, B4's refunded 05-01,
 * B6's 06-02 (after asOf).
 *
 * Active buyers (last completed order from 2025-01-17): B1–B8 and L1 = 9. With the default
 * 365 days L1 (2025-03-01) would drop out.
 */
const MAIN: DataSet = {
  settings: { analytics: { churnWindowDays: 500, complaintSlaHours: 4, detractorSlaHours: 24 } },
  customers: [
    { external_id: 'B1', email: 'b1@example.com', source_systems: ['web', 'pos'], consent_email: true },
    { external_id: 'B2', phone: '+1 555 0102', source_systems: ['web', 'store', 'crm'], consent_email: false },
    { external_id: 'B3', email: '', source_systems: ['crm'], consent_sms: true, attributes: { acquisitionSource: 'referral' } },
    { external_id: 'B4', phone: '  ' },
    { external_id: 'B5', email: 'b5@example.com', source_systems: ['web', 'referral'], consent_email: true, consent_sms: true, attributes: { acquisitionSource: 'organic_search' } },
    { external_id: 'B6', email: 'b6@example.com', source_systems: ['pos', 'pos'] },
    { external_id: 'B7', email: 'b7@example.com', source_systems: ['app', 'call_center'], consent_email: true, attributes: { acquisitionSource: 'referral' } },
    { external_id: 'B8', phone: '+1 555 0108' },
    { external_id: 'L1', email: 'l1@example.com', source_systems: ['web', 'pos'] },
    { external_id: 'P1', email: 'p1@example.com', source_systems: ['web'], consent_email: true },
    { external_id: 'P2' },
    { external_id: 'P3', email: 'p3@example.com', source_systems: ['web'], created_at: '2026-05-10T00:00:00Z', updated_at: '2026-05-10T00:00:00Z' },
    { external_id: 'X', email: 'x@example.com', created_at: '2026-06-02T00:00:00Z', updated_at: '2026-06-02T00:00:00Z' },
  ],
  orders: [
    ['B1-1', 'B1', '2025-01-15T00:00:00Z', '50', 'COMPLETED', 'store'],
    ['B1-2', 'B1', '2026-05-30T00:00:00Z', '100', 'COMPLETED', 'web'],
    ['B1-0', 'B1', '2024-01-01T00:00:00Z', '80', 'CANCELLED', 'web'],
    ['B2-1', 'B2', '2025-11-01T00:00:00Z', '40', 'COMPLETED', 'web'],
    ['B2-2', 'B2', '2026-05-20T00:00:00Z', '40', 'COMPLETED', 'app'],
    ['B2-3', 'B2', '2026-05-21T00:00:00Z', '40', 'CANCELLED', null],
    ['B3-1', 'B3', '2026-05-10T00:00:00Z', '30', 'COMPLETED', null],
    ['B3-2', 'B3', '2026-05-11T00:00:00Z', '0', 'COMPLETED', null],
    ['B4-1', 'B4', '2026-04-15T00:00:00Z', '20', 'COMPLETED', ''],
    ['B4-2', 'B4', '2026-05-01T00:00:00Z', '20', 'REFUNDED', 'web'],
    ['B5-1', 'B5', '2026-03-05T00:00:00Z', '25', 'COMPLETED', 'web'],
    ['B5-2', 'B5', '2026-04-01T00:00:00Z', '25', 'COMPLETED', 'store'],
    ['B6-1', 'B6', '2026-03-10T00:00:00Z', '60', 'COMPLETED', 'web'],
    ['B6-2', 'B6', '2026-06-02T00:00:00Z', '60', 'COMPLETED', null],
    ['B7-1', 'B7', '2026-01-10T00:00:00Z', '70', 'COMPLETED', 'web'],
    ['B8-1', 'B8', '2025-09-01T00:00:00Z', '90', 'COMPLETED', 'pos'],
    ['L1-1', 'L1', '2025-03-01T00:00:00Z', '15', 'COMPLETED', 'web'],
  ],
  tags: [
    { key: 'predictive.churn_risk_high', category: 'PREDICTIVE' },
    { key: 'tier.gold', category: 'TIER' },
    { key: 'program.referral_friend', category: 'BEHAVIOR' },
    { key: 'referral.old', category: 'BEHAVIOR' },
  ],
  customerTags: [
    { customer: 'B1', tag: 'predictive.churn_risk_high', source: 'MODEL', assigned_at: '2026-05-20T00:00:00Z' },
    { customer: 'B2', tag: 'predictive.churn_risk_high', source: 'MODEL', assigned_at: '2026-05-01T00:00:00Z', expires_at: '2026-05-31T00:00:00Z' },
    { customer: 'B3', tag: 'predictive.churn_risk_high', source: 'MANUAL', assigned_at: '2026-05-20T00:00:00Z' },
    { customer: 'B4', tag: 'predictive.churn_risk_high', source: 'MODEL', assigned_at: '2026-04-01T00:00:00Z' },
    { customer: 'B5', tag: 'tier.gold', source: 'MODEL', assigned_at: '2026-05-20T00:00:00Z' },
    { customer: 'L1', tag: 'predictive.churn_risk_high', source: 'MODEL', assigned_at: '2026-05-25T00:00:00Z', expires_at: '2026-07-01T00:00:00Z' },
    { customer: 'P1', tag: 'predictive.churn_risk_high', source: 'MODEL', assigned_at: '2026-05-25T00:00:00Z' },
    { customer: 'B7', tag: 'predictive.churn_risk_high', source: 'MODEL', assigned_at: '2026-06-01T00:00:00Z' },
    { customer: 'B4', tag: 'program.referral_friend', source: 'MANUAL', assigned_at: '2026-04-15T00:00:00Z' },
    { customer: 'B6', tag: 'referral.old', source: 'IMPORT', assigned_at: '2026-03-10T00:00:00Z', expires_at: '2026-05-01T00:00:00Z' },
  ],
  stages: ['awareness', 'purchase', 'use', 'advocacy'],
  touchpoints: [
    ['B1', '2026-05-15T00:00:00Z'],
    ['B2', '2026-05-02T00:00:00Z'],
    ['B3', '2026-04-30T00:00:00Z'],
    ['B4', '2026-06-01T00:00:00Z'],
    ['P1', '2026-05-20T00:00:00Z'],
    ['L1', '2026-05-20T00:00:00Z'],
  ],
  feedback: [
    { customer: 'B1', kind: 'NPS', score: 10, stage: 'purchase', received_at: '2026-05-20T00:00:00Z' },
    { customer: 'B2', kind: 'NPS', score: 9, stage: 'use', received_at: '2026-05-10T00:00:00Z' },
    { customer: 'B3', kind: 'NPS', score: 8, received_at: '2026-04-20T00:00:00Z' },
    { customer: 'B4', kind: 'NPS', score: 6, stage: 'advocacy', received_at: '2026-04-10T00:00:00Z', first_response_at: '2026-04-10T10:00:00Z' },
    { customer: 'B5', kind: 'NPS', score: 3, received_at: '2026-03-20T00:00:00Z' },
    { customer: 'P1', kind: 'NPS', score: 10, received_at: '2026-02-01T00:00:00Z' },
    { customer: 'B6', kind: 'NPS', score: 9, received_at: '2026-06-01T00:00:00Z' },
    { customer: 'B2', kind: 'NPS', score: null, received_at: '2026-05-12T00:00:00Z' },
    { customer: 'B1', kind: 'CSAT', score: 5, stage: 'purchase', received_at: '2026-05-25T00:00:00Z' },
    { customer: 'B2', kind: 'CES', score: 6, stage: 'use', received_at: '2026-05-05T00:00:00Z' },
    { customer: 'B3', kind: 'COMPLAINT', received_at: '2026-05-01T00:00:00Z', first_response_at: '2026-05-01T03:00:00Z' },
    { customer: 'B6', kind: 'COMPLAINT', received_at: '2026-04-01T00:00:00Z', resolved_at: '2026-04-02T06:00:00Z' },
    { customer: 'B7', kind: 'COMPLAINT', received_at: '2026-05-30T00:00:00Z', first_response_at: '2026-06-02T00:00:00Z' },
    { customer: 'B8', kind: 'COMPLAINT', received_at: '2026-01-01T00:00:00Z', first_response_at: '2026-01-01T01:00:00Z' },
    { customer: 'B8', kind: 'SUGGESTION', received_at: '2026-05-15T00:00:00Z' },
  ],
  segments: [
    {
      name: 'Champions in the EU',
      definition: { all: [{ field: 'RFM_SEGMENT', operator: 'IN', value: ['CHAMPIONS'] }, { field: 'REGION', operator: 'EQ', value: 'EU' }] },
      last_refreshed_at: '2026-05-20T00:00:00Z',
    },
    // An order field's name as a value is not a condition on it.
    { name: 'Region named oddly', definition: { field: 'REGION', operator: 'EQ', value: 'ORDER_COUNT' }, last_refreshed_at: '2026-05-25T00:00:00Z' },
    { name: 'Not big spenders', definition: { not: { field: 'ORDER_REVENUE', operator: 'GT', value: 1000 } }, last_refreshed_at: '2026-03-01T00:00:00Z' },
    { name: 'VIP', definition: { field: 'TAG', operator: 'HAS', value: 'vip' }, last_refreshed_at: null },
    { name: 'Old partner list', definition: { field: 'EMAIL', operator: 'IS_SET' }, last_refreshed_at: '2026-01-01T00:00:00Z' },
    { name: 'Later', definition: { field: 'ORDER_COUNT', operator: 'GTE', value: 2 }, last_refreshed_at: '2026-06-05T00:00:00Z', created_at: '2026-06-05T00:00:00Z' },
  ],
  keys: [
    { name: 'partner', scopes: ['segments:read'], last_used_at: '2026-05-01T00:00:00Z', segments: ['VIP', 'Champions in the EU'] },
    { name: 'frontline', scopes: ['customers:read'], last_used_at: '2026-05-28T00:00:00Z' },
    { name: 'admin', scopes: ['admin'], last_used_at: '2026-05-31T00:00:00Z' },
    { name: 'revoked partner', scopes: ['segments:read'], last_used_at: '2026-05-30T00:00:00Z', revoked_at: '2026-05-31T00:00:00Z', segments: ['Old partner list'] },
    { name: 'old partner', scopes: ['analytics:read'], last_used_at: '2026-01-01T00:00:00Z', segments: ['Not big spenders'] },
    { name: 'used after asOf', scopes: ['analytics:read'], last_used_at: '2026-06-03T00:00:00Z' },
    { name: 'frontline two', scopes: ['customers:read', 'analytics:read'], last_used_at: '2026-05-26T00:00:00Z' },
  ],
  // The later query is kept; the earlier one recorded after it changes nothing.
  customerValueQueries: ['2026-04-01T00:00:00Z', '2026-02-01T00:00:00Z'],
};

/**
 * Another tenant whose data would move every figure of the main one if it leaked in: three
 * fully contactable, unified, consenting, referred buyers with channelled orders in the last
 * week (O1 also one in 2020), promoters, a fast complaint, model tags, four fresh RFM segments
 * and three keys used this week.
 */
const OTHER: DataSet = {
  customers: ['O1', 'O2', 'O3'].map((id) => ({
    external_id: id, email: `${id.toLowerCase()}@example.net`, source_systems: ['web', 'pos'], consent_email: true,
    attributes: { acquisitionSource: 'referral' }, created_at: '2026-05-20T00:00:00Z', updated_at: '2026-05-20T00:00:00Z',
  })),
  orders: [
    ['O1-0', 'O1', '2020-01-01T00:00:00Z', '10', 'COMPLETED', 'web'],
    ['O1-1', 'O1', '2026-05-25T00:00:00Z', '10', 'COMPLETED', 'web'],
    ['O2-1', 'O2', '2026-05-25T00:00:00Z', '10', 'COMPLETED', 'web'],
    ['O3-1', 'O3', '2026-05-26T00:00:00Z', '10', 'COMPLETED', 'web'],
  ],
  tags: [{ key: 'predictive.likely_to_buy', category: 'PREDICTIVE' }],
  customerTags: ['O1', 'O2', 'O3'].map((customer) => ({ customer, tag: 'predictive.likely_to_buy', source: 'MODEL', assigned_at: '2026-05-25T00:00:00Z' })),
  stages: ['purchase'],
  touchpoints: [['O1', '2026-05-25T00:00:00Z'], ['O2', '2026-05-25T00:00:00Z'], ['O3', '2026-05-25T00:00:00Z']],
  feedback: [
    ...['O1', 'O2', 'O3'].map((customer) => ({ customer, kind: 'NPS', score: 10, stage: 'purchase', received_at: '2026-05-25T00:00:00Z' })),
    { customer: 'O1', kind: 'COMPLAINT', received_at: '2026-05-25T00:00:00Z', first_response_at: '2026-05-25T01:00:00Z' },
  ],
  segments: [1, 2, 3, 4].map((number) => ({ name: `RFM ${number}`, definition: { field: 'RFM_RECENCY_SCORE', operator: 'EQ', value: number }, last_refreshed_at: '2026-05-25T00:00:00Z' })),
  keys: [1, 2, 3].map((number) => ({ name: `app ${number}`, scopes: ['customers:read'], last_used_at: '2026-05-30T00:00:00Z' })),
  customerValueQueries: [],
};

/**
 * Data of every kind, all older than 35 days: customers created and changed 2026-01-01, one
 * channelled order 2026-03-15, a touchpoint, an NPS 9 answer, a complaint and a model tag on
 * 04-01, a behavioural segment refreshed 04-01 and a key used 05-01 (older than 7 days).
 */
const STALE: DataSet = {
  customers: [{ external_id: 'S1', email: 's1@example.com', source_systems: ['web', 'pos'], consent_email: true, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }],
  orders: [['S1-1', 'S1', '2026-03-15T00:00:00Z', '10', 'COMPLETED', 'web']],
  tags: [{ key: 'predictive.churn_risk_high', category: 'PREDICTIVE' }],
  customerTags: [{ customer: 'S1', tag: 'predictive.churn_risk_high', source: 'MODEL', assigned_at: '2026-04-01T00:00:00Z' }],
  stages: ['purchase'],
  touchpoints: [['S1', '2026-04-01T00:00:00Z']],
  feedback: [
    { customer: 'S1', kind: 'NPS', score: 9, stage: 'purchase', received_at: '2026-04-01T00:00:00Z' },
    { customer: 'S1', kind: 'COMPLAINT', received_at: '2026-04-01T00:00:00Z', first_response_at: '2026-04-01T01:00:00Z' },
  ],
  segments: [{ name: 'Recent buyers', definition: { field: 'LAST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 30 }, last_refreshed_at: '2026-04-01T00:00:00Z', created_at: OLD }],
  keys: [{ name: 'app', scopes: ['customers:read'], last_used_at: '2026-05-01T00:00:00Z' }],
  customerValueQueries: [],
};

/** Loads a data set with plain SQL, as the application role under row-level security. */
async function load(sql: SqlRunner, tenantId: string, data: DataSet): Promise<void> {
  const json = (rows: unknown[]) => JSON.stringify(rows);
  if (data.settings) await sql.rows(`update tenant set settings = ?::jsonb where id = ?`, [JSON.stringify(data.settings), tenantId]);
  const customers = data.customers.map((customer) => ({ created_at: OLD, updated_at: OLD, source_systems: [], attributes: {}, ...customer }));
  await sql.rows(
    `insert into customer (tenant_id, external_id, email, phone, source_systems, consent_email, consent_sms, attributes, created_at, updated_at)
     select ?, r.* from jsonb_to_recordset(?::jsonb) as r(external_id text, email text, phone text, source_systems text[], consent_email boolean,
       consent_sms boolean, attributes jsonb, created_at timestamptz, updated_at timestamptz)`,
    [tenantId, json(customers)],
  );
  const orders = data.orders.map(([external_id, customer, placed_at, amount, status, channel]) => ({ external_id, customer, placed_at, amount, status, channel }));
  await sql.rows(
    `insert into "order" (tenant_id, external_id, customer_id, placed_at, amount, currency, status, channel)
     select ?, r.external_id, c.id, r.placed_at, r.amount, 'USD', r.status, r.channel
       from jsonb_to_recordset(?::jsonb) as r(external_id text, customer text, placed_at timestamptz, amount numeric, status text, channel text)
       join customer c on c.tenant_id = ? and c.external_id = r.customer`,
    [tenantId, json(orders), tenantId],
  );
  await sql.rows(`insert into tag (tenant_id, key, label, category) select ?, r.key, r.key, r.category from jsonb_to_recordset(?::jsonb) as r(key text, category text)`, [tenantId, json(data.tags)]);
  await sql.rows(
    `insert into customer_tag (tenant_id, customer_id, tag_id, source, assigned_at, expires_at)
     select ?, c.id, t.id, r.source, r.assigned_at, r.expires_at
       from jsonb_to_recordset(?::jsonb) as r(customer text, tag text, source text, assigned_at timestamptz, expires_at timestamptz)
       join customer c on c.tenant_id = ? and c.external_id = r.customer
       join tag t on t.tenant_id = ? and t.key = r.tag`,
    [tenantId, json(data.customerTags), tenantId, tenantId],
  );
  const [journey] = await sql.rows<{ id: string }>(`insert into journey (tenant_id, key, name) values (?, 'purchase', 'Purchase') returning id`, [tenantId]);
  await sql.rows(
    `insert into journey_stage (tenant_id, journey_id, key, name, position) select ?, ?, s.key, s.key, s.position - 1 from unnest(?::text[]) with ordinality as s(key, position)`,
    [tenantId, journey.id, data.stages],
  );
  const touchpoints = data.touchpoints.map(([customer, occurred_at]) => ({ customer, occurred_at }));
  await sql.rows(
    `insert into touchpoint (tenant_id, customer_id, occurred_at, action)
     select ?, c.id, r.occurred_at, 'visit' from jsonb_to_recordset(?::jsonb) as r(customer text, occurred_at timestamptz)
       join customer c on c.tenant_id = ? and c.external_id = r.customer`,
    [tenantId, json(touchpoints), tenantId],
  );
  await sql.rows(
    `insert into feedback (tenant_id, customer_id, kind, score, stage_id, received_at, first_response_at, resolved_at)
     select ?, c.id, r.kind, r.score, s.id, r.received_at, r.first_response_at, r.resolved_at
       from jsonb_to_recordset(?::jsonb) as r(customer text, kind text, score smallint, stage text, received_at timestamptz, first_response_at timestamptz, resolved_at timestamptz)
       join customer c on c.tenant_id = ? and c.external_id = r.customer
       left join journey_stage s on s.tenant_id = ? and s.journey_id = ? and s.key = r.stage`,
    [tenantId, json(data.feedback), tenantId, tenantId, journey.id],
  );
  const segments = data.segments.map((segment) => ({ created_at: OLD, ...segment }));
  await sql.rows(
    `insert into segment (tenant_id, name, definition, last_refreshed_at, created_at, updated_at)
     select ?, r.name, r.definition, r.last_refreshed_at, r.created_at, r.created_at
       from jsonb_to_recordset(?::jsonb) as r(name text, definition jsonb, last_refreshed_at timestamptz, created_at timestamptz)`,
    [tenantId, json(segments)],
  );
  await sql.rows(
    `insert into api_key (tenant_id, name, prefix, secret_hash, scopes, created_at, last_used_at, revoked_at, segment_ids)
     select ?, r.name, 'ev_' || gen_random_uuid(), 'not a secret', r.scopes, ?, r.last_used_at, r.revoked_at,
            (select array_agg(s.id) from segment s where s.tenant_id = ? and s.name = any(r.segments))
       from jsonb_to_recordset(?::jsonb) as r(name text, scopes text[], last_used_at timestamptz, revoked_at timestamptz, segments text[])`,
    [tenantId, OLD, tenantId, json(data.keys)],
  );
  for (const at of data.customerValueQueries) await sql.query(recordMetricUsageSql(tenantId, CUSTOMER_VALUE_METRIC, new Date(at)));
}

type Expected = Pick<EvidenceObservation, 'value' | 'level' | 'windowDays'> & { detail?: EvidenceObservation['detail'] };

const MEASURE_ORDER: EvidenceMeasureKey[] = [
  'CONTACTABLE_CUSTOMER_SHARE', 'ORDERS_WITH_CHANNEL_SHARE', 'BUYERS_WITH_EXTERNAL_ID_SHARE', 'FRESH_BEHAVIOURAL_SEGMENT_COVERAGE',
  'ACTIVE_SEGMENT_COUNT', 'LIFECYCLE_MEASURABILITY', 'CONSENT_COVERAGE', 'LEAD_SCORE_OR_JOURNEY_COVERAGE', 'UNIFIED_PROFILE_COVERAGE',
  'FEEDBACK_VOLUME_AND_STAGES', 'CLOSED_LOOP_RESPONSE', 'ACTIVE_API_KEYS', 'PREDICTIVE_TAG_COVERAGE', 'CLV_READINESS', 'ADVOCACY_NPS',
];

describe('maturity evidence from the tenant data', () => {
  let orm: Orm;
  const tenants: Record<'main' | 'other' | 'stale' | 'empty', string> = { main: '', other: '', stale: '', empty: '' };

  /** Runs work in a tenant transaction as the application role, as services do. */
  async function inTenant<T>(tenantId: string, work: (sql: SqlRunner, counter: { count: number }, em: EntityManager) => Promise<T>): Promise<T> {
    const em = orm.em.fork() as EntityManager;
    const counter = { count: 0 };
    const sql = new SqlRunner(em, counter);
    return inTenantTransaction(em, sql, tenantId, () => work(sql, counter, em));
  }

  function evidenceOf(tenantId: string): Promise<Map<EvidenceMeasureKey, EvidenceObservation>> {
    return inTenant(tenantId, async (sql, _counter, em) => {
      const observations = await observeEvidence({ tenantId, em, sql }, AS_OF);
      return new Map(observations.map((observation) => [observation.measure, observation]));
    });
  }

  function expectObservation(observation: EvidenceObservation | undefined, expected: Expected): void {
    const { value, level, windowDays, detail } = expected;
    expect(observation).toBeDefined();
    if (value === null) expect(observation!.value).toBeNull();
    else expect(observation!.value).toBeCloseTo(value, 6);
    expect({ level: observation!.level, windowDays: observation!.windowDays }).toEqual({ level, windowDays });
    if (detail) expect(observation!.detail).toEqual(detail);
  }

  beforeAll(async () => {
    orm = await openOrm({ databaseUrl: process.env.TEST_DATABASE_URL as string, poolSize: 3 });
    for (const name of Object.keys(tenants) as (keyof typeof tenants)[]) {
      const slug = `evidence-${name}-${Math.random().toString(36).slice(2, 10)}`;
      tenants[name] = (await new TenantService(orm.em.fork()).create({ slug, name: `Evidence ${name}` })).id;
    }
    await inTenant(tenants.main, (sql) => load(sql, tenants.main, MAIN));
    await inTenant(tenants.other, (sql) => load(sql, tenants.other, OTHER));
    await inTenant(tenants.stale, (sql) => load(sql, tenants.stale, STALE));
  });

  afterAll(async () => {
    await orm.close();
  });

  it('observes every measure once, in order, as of asOf, with two statements', async () => {
    const { observations, statements } = await inTenant(tenants.main, async (sql, counter, em) => {
      const before = counter.count;
      const result = await observeEvidence({ tenantId: tenants.main, em, sql }, AS_OF);
      return { observations: result, statements: counter.count - before };
    });
    expect(observations.map((observation) => observation.measure)).toEqual(MEASURE_ORDER);
    expect(observations.every((observation) => observation.observedAt.getTime() === AS_OF.getTime())).toBe(true);
    // The tenant's settings, then every figure.
    expect(statements).toBe(2);
  });

  describe('the main tenant', () => {
    let evidence: Map<EvidenceMeasureKey, EvidenceObservation>;
    beforeAll(async () => {
      evidence = await evidenceOf(tenants.main);
    });

    it('1.3: share of customers with an email or phone', () => {
      // 12 customers before asOf (X comes after); no usable contact: B3 (blank email), B4
      // (blank phone), P2 → 9 / 12 = .75 → .75. P3 was created in the last 35 days.
      expectObservation(evidence.get('CONTACTABLE_CUSTOMER_SHARE'), { value: 0.75, level: 0.75, windowDays: null, detail: { customers: 12, contactable: 9 } });
    });

    it('2.2, 3.2: share of completed orders of 90 days with a channel', () => {
      // From 03-03: B1 05-30 web, B2 05-20 app, B3 05-10 none, B4 04-15 blank, B5 04-01 store,
      // B5 03-05 web, B6 03-10 web → 5 / 7 = .714 → .75 (cancelled, refunded, zero-amount and
      // later orders left out).
      expectObservation(evidence.get('ORDERS_WITH_CHANNEL_SHARE'), { value: 5 / 7, level: 0.75, windowDays: 90, detail: { orders: 7, withChannel: 5 } });
    });

    it('3.4: share of active buyers linked to a source system', () => {
      // Active buyers with a source system: all but B4 and B8 → 7 / 9 = .778 → .75.
      expectObservation(evidence.get('BUYERS_WITH_EXTERNAL_ID_SHARE'), { value: 7 / 9, level: 0.75, windowDays: 500, detail: { activeBuyers: 9, linkedBuyers: 7 } });
    });

    it('4.1: a fresh RFM or order segment, and the share of active buyers RFM scores', () => {
      // Fresh (refreshed from 04-27) and behavioural: "Champions in the EU" only ("Region
      // named oddly" is fresh but tests the region; "Not big spenders" is stale). Scored (an
      // order from 2025-06-01): all active buyers but L1 → 8 / 9 = .889 → .75.
      expectObservation(evidence.get('FRESH_BEHAVIOURAL_SEGMENT_COVERAGE'), { value: 8 / 9, level: 0.75, windowDays: 35, detail: { freshSegments: 1, activeBuyers: 9, scoredBuyers: 8 } });
    });

    it('4.2: segments refreshed in 35 days or pulled by a partner key in 90', () => {
      // Refreshed: Champions (05-20), Region named oddly (05-25); pulled: VIP (partner key used
      // 05-01). Not: Old partner list (its key revoked 05-31), Not big spenders (key last used
      // 01-01, refreshed 03-01), Later (06-05) → 3 → .75.
      expectObservation(evidence.get('ACTIVE_SEGMENT_COUNT'), { value: 3, level: 0.75, windowDays: 35, detail: { segments: 3 } });
    });

    it('5.2: months of order history and saved segments', () => {
      // First completed order 2025-01-15 (the cancelled 2024 one does not count): 1 year 4
      // months 17 days to asOf → 16 months ≥ 12; 5 segments created before asOf ≥ 2 → .75.
      expectObservation(evidence.get('LIFECYCLE_MEASURABILITY'), { value: 16, level: 0.75, windowDays: null, detail: { historyMonths: 16, segments: 5 } });
    });

    it('5.3: share of active buyers with a consent recorded', () => {
      // Recorded (given or refused): B1, B2 (refused), B3, B5, B7 → 5 / 9 = .556 → .5.
      expectObservation(evidence.get('CONSENT_COVERAGE'), { value: 5 / 9, level: 0.5, windowDays: 500, detail: { activeBuyers: 9, buyersWithConsent: 5 } });
    });

    it('5.5: share of active buyers with a touchpoint in 30 days', () => {
      // From 05-02: B1 05-15, B2 05-02, L1 05-20 (B3 04-30 is older, B4's at asOf does not
      // count, P1 is no buyer) → 3 / 9 = .333 → .25.
      expectObservation(evidence.get('LEAD_SCORE_OR_JOURNEY_COVERAGE'), { value: 3 / 9, level: 0.25, windowDays: 30, detail: { activeBuyers: 9, buyersWithTouchpoint: 3 } });
    });

    it('6.1: share of active buyers with two source systems, one offline', () => {
      // B1 web+pos, B2 web+store+crm, B7 app+call_center, L1 web+pos; not B6 (pos twice), B5
      // (web+referral, none offline), B3 (one system) → 4 / 9 = .444 → .25.
      expectObservation(evidence.get('UNIFIED_PROFILE_COVERAGE'), { value: 4 / 9, level: 0.25, windowDays: 500, detail: { activeBuyers: 9, unifiedBuyers: 4 } });
    });

    it('6.2: answers per active buyer in 90 days and the stages surveyed', () => {
      // Scored NPS/CSAT/CES answers from 03-03: NPS 10, 9, 8, 6, 3, CSAT 5, CES 6 = 7 (P1's of
      // 02-01, B6's at asOf and B2's NPS without a score left out); stages purchase, use,
      // advocacy = 3. 7 / 9 = .778 ≥ 5% with 3 stages → 1.
      expectObservation(evidence.get('FEEDBACK_VOLUME_AND_STAGES'), { value: 7 / 9, level: 1, windowDays: 90, detail: { answers: 7, stages: 3, activeBuyers: 9 } });
    });

    it('6.3: median first response to complaints and detractors, share within the SLA', () => {
      // Cases from 03-03: B4 NPS 6 (answered 10 h, target 24 h: within), B5 NPS 3 (never),
      // B3 complaint (3 h, target 4 h: within), B6 complaint (resolved after 30 h without a
      // response: answered at 30 h, late), B7 complaint (answered only after asOf). Median of
      // 3, 10, 30 = 10 h; within 2 / 5 = .4 < .9, so ≤ 48 h → .75. With the default targets
      // (2 h, 48 h) only B4 would be within.
      expectObservation(evidence.get('CLOSED_LOOP_RESPONSE'), { value: 10, level: 0.75, windowDays: 90, detail: { cases: 5, answered: 3, medianHours: 10, withinSla: 0.4 } });
    });

    it('6.4: keys without admin used in 7 days', () => {
      // From 05-25: frontline (05-28), frontline two (05-26); not admin, the revoked key, the
      // one used after asOf → 2 → 1.
      expectObservation(evidence.get('ACTIVE_API_KEYS'), { value: 2, level: 1, windowDays: 7, detail: { keys: 2 } });
    });

    it('7.1: share of active buyers with a live model-assigned predictive tag of 35 days', () => {
      // B1 (05-20) and L1 (05-25, expires after asOf); not B2 (expired 05-31), B3 (manual), B4
      // (04-01), B5 (a tier tag), B7 (at asOf), P1 (no buyer) → 2 / 9 = .222 → .25.
      expectObservation(evidence.get('PREDICTIVE_TAG_COVERAGE'), { value: 2 / 9, level: 0.25, windowDays: 35, detail: { activeBuyers: 9, taggedBuyers: 2 } });
    });

    it('7.2: 12 months of history and CLV queried in 90 days', () => {
      // 16 months; CUSTOMER_VALUE last queried 04-01 (the 02-01 recorded later did not replace
      // it), after 03-03 → .75.
      expectObservation(evidence.get('CLV_READINESS'), { value: 16, level: 0.75, windowDays: null, detail: { historyMonths: 16, customerValueQueried: true } });
    });

    it('7.3: NPS of 90 days and the share of new buyers referred', () => {
      // NPS answers 10, 9, 8, 6, 3: promoters 2, detractors 2 → 100 × 0 / 5 = 0 → .25. New
      // buyers (first order from 03-03): B3, B4, B5, B6; referred: B3 (acquisition source), B4
      // (a referral tag), B5 (a referral source system); B6's referral tag expired, B7 is no
      // new buyer → 3 / 4.
      expectObservation(evidence.get('ADVOCACY_NPS'), {
        value: 0, level: 0.25, windowDays: 90,
        detail: { answers: 5, promoters: 2, detractors: 2, newBuyers: 4, referredNewBuyers: 3, referredShare: 0.75 },
      });
    });
  });

  it('keeps the latest time of a metric query', async () => {
    const rows = await inTenant(tenants.main, (sql) => sql.rows<{ last_queried_at: unknown }>(`select last_queried_at from metric_usage where tenant_id = ? and metric = ?`, [tenants.main, CUSTOMER_VALUE_METRIC]));
    expect(rows.map((row) => toDate(row.last_queried_at)?.toISOString())).toEqual(['2026-04-01T00:00:00.000Z']);
  });

  it('has no evidence at all for an empty tenant', async () => {
    const evidence = await evidenceOf(tenants.empty);
    expect([...evidence.keys()]).toEqual(MEASURE_ORDER);
    expect([...evidence.values()].filter((observation) => observation.level !== null)).toEqual([]);
  });

  it('has no evidence from data older than 35 days, except order history', async () => {
    const evidence = await evidenceOf(tenants.stale);
    const levels = Object.fromEntries([...evidence].map(([measure, observation]) => [measure, observation.level]));
    // Only the history measures read all time: first order 2026-03-15 → 2 months, 1 segment →
    // neither condition → .25; CLV: under 12 months → .25.
    expect(levels).toEqual({ ...Object.fromEntries(MEASURE_ORDER.map((measure) => [measure, null])), LIFECYCLE_MEASURABILITY: 0.25, CLV_READINESS: 0.25 });
    // The figures are still there; only the level says "no evidence".
    expectObservation(evidence.get('ORDERS_WITH_CHANNEL_SHARE'), { value: 1, level: null, windowDays: 90, detail: { orders: 1, withChannel: 1 } });
    expectObservation(evidence.get('CONTACTABLE_CUSTOMER_SHARE'), { value: 1, level: null, windowDays: null });
    expectObservation(evidence.get('LIFECYCLE_MEASURABILITY'), { value: 2, level: 0.25, windowDays: null, detail: { historyMonths: 2, segments: 1 } });
  });

  it("sees only the tenant's own data", async () => {
    const other = await evidenceOf(tenants.other);
    // 3 / 3 contactable → 1; 4 fresh segments → .75; O1's 2020 order: 6 years 5 months = 77
    // months with 4 segments → .75; NPS 100 → 1 with 3 / 3 new buyers referred; 3 keys → 1.
    expectObservation(other.get('CONTACTABLE_CUSTOMER_SHARE'), { value: 1, level: 1, windowDays: null, detail: { customers: 3, contactable: 3 } });
    expectObservation(other.get('ACTIVE_SEGMENT_COUNT'), { value: 4, level: 0.75, windowDays: 35 });
    expectObservation(other.get('LIFECYCLE_MEASURABILITY'), { value: 77, level: 0.75, windowDays: null, detail: { historyMonths: 77, segments: 4 } });
    expectObservation(other.get('ADVOCACY_NPS'), { value: 100, level: 1, windowDays: 90, detail: { answers: 3, promoters: 3, detractors: 0, newBuyers: 2, referredNewBuyers: 2, referredShare: 1 } });
    expectObservation(other.get('ACTIVE_API_KEYS'), { value: 3, level: 1, windowDays: 7 });
    // Its default settings: churn window 365 days.
    expectObservation(other.get('UNIFIED_PROFILE_COVERAGE'), { value: 1, level: 1, windowDays: 365, detail: { activeBuyers: 3, unifiedBuyers: 3 } });
    expectObservation(other.get('CLV_READINESS'), { value: 77, level: 0.5, windowDays: null, detail: { historyMonths: 77, customerValueQueried: false } });
  });

  it('filters by tenant in the SQL itself, not only through row-level security', async () => {
    // The connecting user (a superuser) outside a tenant transaction bypasses row-level security.
    const em = orm.em.fork() as EntityManager;
    const unprotected = await observeEvidence({ tenantId: tenants.main, em, sql: new SqlRunner(em, { count: 0 }) }, AS_OF);
    const protectedEvidence = await evidenceOf(tenants.main);
    expect(unprotected).toEqual([...protectedEvidence.values()]);
    // And the figures are the main tenant's (worked out above), not a mix.
    expect(unprotected.find((observation) => observation.measure === 'ADVOCACY_NPS')?.value).toBe(0);
  });
});
