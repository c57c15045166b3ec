import {
  type OrderInput,
  AnalyticsSettingsDocument,
  CustomerRfmDocument,
  CustomersWithRfmDocument,
  RecordOrdersDocument,
  RfmCustomersDocument,
  RfmCustomersWithProfilesDocument,
  RfmSummaryDocument,
  RfmTransitionsDocument,
  UpdateAnalyticsSettingsDocument,
  UpsertCustomersDocument,
} from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const AS_OF = '2026-06-01T00:00:00Z';

/**
 * Five buyers A..E and a prospect P, as of 2026-06-01 00:00 UTC over the 365 days before it:
 *
 *   buyer  last completed order      R (whole days)   F   M (base currency)
 *   A      2026-05-30 18:00          1.25 → 1         5   500
 *   B      2026-05-22 00:00          10               1   50    (+ an order after asOf: ignored)
 *   C      2026-05-21 12:00          10.5 → 10        3   300   (one order in EUR, base amount 100)
 *   D      2026-04-12 00:00          50               2   120
 *   E      2025-11-13 00:00          200              1   80    (+ an order before the window: ignored)
 *
 * A also has a cancelled and a refunded order (ignored).
 */
const ORDERS: OrderInput[] = [
  { externalId: 'A1', customerExternalId: 'A', placedAt: '2026-05-30T18:00:00Z', amount: '100' },
  { externalId: 'A2', customerExternalId: 'A', placedAt: '2026-04-01T00:00:00Z', amount: '100' },
  { externalId: 'A3', customerExternalId: 'A', placedAt: '2026-02-01T00:00:00Z', amount: '100' },
  { externalId: 'A4', customerExternalId: 'A', placedAt: '2025-12-01T00:00:00Z', amount: '100' },
  { externalId: 'A5', customerExternalId: 'A', placedAt: '2025-08-01T00:00:00Z', amount: '100' },
  { externalId: 'A6', customerExternalId: 'A', placedAt: '2026-05-31T12:00:00Z', amount: '999', status: 'CANCELLED' as OrderInput['status'] },
  { externalId: 'A7', customerExternalId: 'A', placedAt: '2026-05-31T13:00:00Z', amount: '999', status: 'REFUNDED' as OrderInput['status'] },
  { externalId: 'B1', customerExternalId: 'B', placedAt: '2026-05-22T00:00:00Z', amount: '50' },
  { externalId: 'B2', customerExternalId: 'B', placedAt: '2026-06-02T00:00:00Z', amount: '500' },
  { externalId: 'C1', customerExternalId: 'C', placedAt: '2026-05-21T12:00:00Z', amount: '100', currency: 'EUR', originalAmount: '90' },
  { externalId: 'C2', customerExternalId: 'C', placedAt: '2026-01-10T00:00:00Z', amount: '100' },
  { externalId: 'C3', customerExternalId: 'C', placedAt: '2025-10-10T00:00:00Z', amount: '100' },
  { externalId: 'D1', customerExternalId: 'D', placedAt: '2026-04-12T00:00:00Z', amount: '60' },
  { externalId: 'D2', customerExternalId: 'D', placedAt: '2025-12-25T00:00:00Z', amount: '60' },
  { externalId: 'E1', customerExternalId: 'E', placedAt: '2025-11-13T00:00:00Z', amount: '80' },
  { externalId: 'E2', customerExternalId: 'E', placedAt: '2025-05-01T00:00:00Z', amount: '1000' },
];

describe('RFM analytics', () => {
  let app: TestApp;
  let key: string;
  let adminKey: string;
  let tenantId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const created = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']);
    key = created.key;
    tenantId = created.tenant.id;
    adminKey = await app.keyFor(tenantId, ['admin']);
    const customers = await app.request(UpsertCustomersDocument, { input: ['A', 'B', 'C', 'D', 'E', 'P'].map((externalId) => ({ externalId })) }, key);
    expect(customers.body.errors).toBeUndefined();
    const orders = await app.request(RecordOrdersDocument, { input: ORDERS }, key);
    expect(orders.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('scores by quintiles with right-inclusive edges, equal values equal scores, F by rank', async () => {
    const response = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF } }, key);
    expect(response.body.errors).toBeUndefined();
    const rfm = response.body.data!.rfm;
    expect(rfm.from).toBe('2025-06-01T00:00:00.000Z');
    expect(rfm.method).toBe('QUANTILE');
    expect(rfm.customerCount).toBe(5);
    // 500 + 50 + 300 + 120 + 80
    expect(Number(rfm.revenue)).toBe(1050);
    // percentile_cont on 5 values puts edge p at position p × 4 (0-based) and interpolates:
    // R sorted [1, 10, 10, 50, 200]: 0.8 → 1 + 0.8 × 9 = 8.2; 1.6 → 10; 2.4 → 10 + 0.4 × 40 = 26; 3.2 → 50 + 0.2 × 150 = 80.
    // F ranks by (F, external id): B 1, E 2, D 3, C 4, A 5 → edges 1.8, 2.6, 3.4, 4.2.
    // M sorted [50, 80, 120, 300, 500]: 50 + 0.8 × 30 = 74; 80 + 0.6 × 40 = 104; 120 + 0.4 × 180 = 192; 300 + 0.2 × 200 = 340.
    const expectEdges = (actual: number[] | undefined, expected: number[]) => expected.forEach((edge, index) => expect(actual?.[index]).toBeCloseTo(edge, 9));
    expectEdges(rfm.thresholds?.recency, [8.2, 10, 26, 80]);
    expectEdges(rfm.thresholds?.frequency, [1.8, 2.6, 3.4, 4.2]);
    expectEdges(rfm.thresholds?.monetary, [74, 104, 192, 340]);

    const scores = await app.request(RfmCustomersDocument, { input: { asOf: AS_OF }, first: 10 }, key);
    // R = 5 − (edges below the value): A 1 → 5; B 10 and C 10 sit on edge 10 → both 4; D 50 → 2; E 200 → 1.
    // F = 1 + edges below the rank; M likewise. Segments on (R, F) by the default map.
    expect(scores.body.data!.rfm.customers.edges.map(({ node }) => [node.externalId, node.recency, node.frequency, Number(node.monetary), node.r, node.f, node.m, node.segment])).toEqual([
      ['A', 1, 5, 500, 5, 5, 5, 'CHAMPIONS'],
      ['B', 10, 1, 50, 4, 1, 1, 'PROMISING'],
      ['C', 10, 3, 300, 4, 4, 4, 'LOYAL'],
      ['D', 50, 2, 120, 2, 3, 3, 'AT_RISK'],
      ['E', 200, 1, 80, 1, 2, 2, 'HIBERNATING'],
    ]);

    const bySegment = Object.fromEntries(rfm.segments.map((segment) => [segment.segment, segment]));
    expect(rfm.segments.map((segment) => segment.segment)).toEqual([
      'CHAMPIONS', 'LOYAL', 'POTENTIAL_LOYALIST', 'NEW', 'PROMISING', 'NEED_ATTENTION', 'ABOUT_TO_SLEEP', 'AT_RISK', 'CANNOT_LOSE', 'HIBERNATING',
    ]);
    expect(bySegment.CHAMPIONS).toMatchObject({ customers: 1, customerShare: 0.2, meanRecency: 1, meanFrequency: 5, meanMonetary: 500 });
    expect(Number(bySegment.CHAMPIONS.revenue)).toBe(500);
    expect(bySegment.CHAMPIONS.revenueShare).toBeCloseTo(500 / 1050, 12);
    expect(bySegment.NEW).toMatchObject({ customers: 0, customerShare: 0, revenue: '0', revenueShare: 0, meanRecency: null });
    expect(rfm.segments.reduce((sum, segment) => sum + segment.customers, 0)).toBe(5);

    expect(rfm.grid).toHaveLength(25);
    const filled = rfm.grid.filter((cell) => cell.customers > 0).map((cell) => [cell.r, cell.f, cell.customers]);
    expect(filled).toEqual([[1, 2, 1], [2, 3, 1], [4, 1, 1], [4, 4, 1], [5, 5, 1]]);
  });

  it('scores by ntile with ties broken by external id, and by fixed thresholds', async () => {
    const ntile = await app.request(RfmCustomersDocument, { input: { asOf: AS_OF, method: 'NTILE' as never }, first: 10 }, key);
    // R by recency descending, then external id: E 200, D 50, B 10, C 10, A 1 → tiles 1..5, so B gets 3 and C 4.
    expect(ntile.body.data!.rfm.customers.edges.map(({ node }) => [node.externalId, node.r, node.f, node.m, node.segment])).toEqual([
      ['A', 5, 5, 5, 'CHAMPIONS'],
      ['B', 3, 1, 1, 'ABOUT_TO_SLEEP'],
      ['C', 4, 4, 4, 'LOYAL'],
      ['D', 2, 3, 3, 'AT_RISK'],
      ['E', 1, 2, 2, 'HIBERNATING'],
    ]);

    const thresholds = { recency: [7, 14, 30, 90], frequency: [1, 2, 3, 4], monetary: [50, 100, 200, 400] };
    const fixed = await app.request(RfmCustomersDocument, { input: { asOf: AS_OF, method: 'FIXED' as never, thresholds }, first: 10 }, key);
    // R: A 1 → 5; B, C 10 (> 7) → 4; D 50 (> 7, 14, 30) → 2; E 200 → 1.
    // F on the count: A 5 → 5; B 1 (= edge 1, lower bin) → 1; C 3 → 3; D 2 → 2; E 1 → 1.
    // M: A 500 → 5; B 50 (= edge) → 1; C 300 → 4; D 120 → 3; E 80 → 2.
    expect(fixed.body.data!.rfm.customers.edges.map(({ node }) => [node.externalId, node.r, node.f, node.m, node.segment])).toEqual([
      ['A', 5, 5, 5, 'CHAMPIONS'],
      ['B', 4, 1, 1, 'PROMISING'],
      ['C', 4, 3, 4, 'POTENTIAL_LOYALIST'],
      ['D', 2, 2, 3, 'HIBERNATING'],
      ['E', 1, 1, 2, 'HIBERNATING'],
    ]);
    const summary = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF, method: 'FIXED' as never, thresholds } }, key);
    expect(summary.body.data!.rfm.thresholds).toEqual(thresholds);
  });

  it('pages scored customers by external id and filters by segment', async () => {
    const first = await app.request(RfmCustomersDocument, { input: { asOf: AS_OF }, first: 2 }, key);
    const page = first.body.data!.rfm.customers;
    expect(page.edges.map(({ node }) => node.externalId)).toEqual(['A', 'B']);
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await app.request(RfmCustomersDocument, { input: { asOf: AS_OF }, first: 2, after: page.pageInfo.endCursor }, key);
    expect(second.body.data!.rfm.customers.edges.map(({ node }) => node.externalId)).toEqual(['C', 'D']);

    const segment = await app.request(RfmCustomersDocument, { input: { asOf: AS_OF }, segments: ['HIBERNATING', 'AT_RISK'] }, key);
    expect(segment.body.data!.rfm.customers.edges.map(({ node }) => node.externalId)).toEqual(['D', 'E']);
    expect(segment.body.data!.rfm.customers.totalCount).toBe(2);
  });

  it('gives each scored customer its profile, in one statement for the page, only to keys that read customers', async () => {
    const named = await app.request(UpsertCustomersDocument, { input: [{ externalId: 'A', name: 'Ada' }, { externalId: 'B', name: 'Bo' }] }, key);
    expect(named.body.errors).toBeUndefined();
    // The page alone first: it also keeps this scoring (RFM score cache), so both read it alike.
    await app.request(RfmCustomersDocument, { input: { asOf: AS_OF }, first: 3 }, key);
    const pageAlone = await app.request(RfmCustomersDocument, { input: { asOf: AS_OF }, first: 3 }, key);
    const page = await app.request(RfmCustomersWithProfilesDocument, { input: { asOf: AS_OF }, first: 3 }, key);
    expect(page.body.errors).toBeUndefined();
    // A and B were named above; C never was.
    expect(page.body.data!.rfm.customers.edges.map(({ node }) => [node.externalId, node.customer.externalId, node.customer.name])).toEqual([
      ['A', 'A', 'Ada'],
      ['B', 'B', 'Bo'],
      ['C', 'C', null],
    ]);
    // The same page with profiles: one batched statement more, whatever the page size.
    expect(page.statements - pageAlone.statements).toBe(1);

    const analyst = await app.keyFor(tenantId, ['analytics:read']);
    const refused = await app.request(RfmCustomersWithProfilesDocument, { input: { asOf: AS_OF }, first: 3 }, analyst);
    expect(errorCodes(refused)).toContain('FORBIDDEN');
    expect(refused.body.errors![0].message).toMatch(/customers:read/);
  });

  it("gives a customer's scores on Customer.rfm, null for a prospect, in one statement for a page", async () => {
    const c = await app.request(CustomerRfmDocument, { externalId: 'C', asOf: AS_OF }, key);
    expect(c.body.data!.customer.rfm).toEqual({ recency: 10, frequency: 3, monetary: '300.00', r: 4, f: 4, m: 4, segment: 'LOYAL' });
    const prospect = await app.request(CustomerRfmDocument, { externalId: 'P', asOf: AS_OF }, key);
    expect(prospect.body.data!.customer.rfm).toBeNull();

    const one = await app.request(CustomersWithRfmDocument, { first: 1, asOf: AS_OF }, key);
    const all = await app.request(CustomersWithRfmDocument, { first: 6, asOf: AS_OF }, key);
    expect(all.body.data!.customers.edges.map(({ node }) => node.rfm?.segment ?? null).sort()).toEqual(
      ['AT_RISK', 'CHAMPIONS', 'HIBERNATING', 'LOYAL', 'PROMISING', null].sort(),
    );
    expect(all.statements).toBe(one.statements);
  });

  it('counts movements between segments from one date to another', async () => {
    // As of 2026-11-14 (window from 2025-11-14): E's only order (2025-11-13) has left → NONE.
    //   A: 4 orders (2025-08-01 left), R = 2026-05-30 18:00 → 11-14 = 167.25 → 167
    //   B: 2 orders (the one of 2026-06-02 is now in), R = 165;  C: 2 orders (2025-10-10 left), R = 176.5 → 176;  D: 2 orders, R = 216
    // R sorted [165, 167, 176, 216], edges at p × 3: 0.6 → 166.2, 1.2 → 168.8, 1.8 → 174.2, 2.4 → 192 → B 5, A 4, C 2, D 1.
    // F ranks by (F, id): B 1, C 2, D 3, A 4 → edges 1.6, 2.2, 2.8, 3.4 → B 1, C 2, D 4, A 5.
    // → A (4,5) LOYAL, B (5,1) NEW, C (2,2) HIBERNATING, D (1,4) AT_RISK.
    const response = await app.request(RfmTransitionsDocument, { fromAsOf: AS_OF, toAsOf: '2026-11-14T00:00:00Z' }, key);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.rfmTransitions.map((cell) => [cell.fromSegment, cell.toSegment, cell.customers])).toEqual([
      ['AT_RISK', 'AT_RISK', 1],
      ['CHAMPIONS', 'LOYAL', 1],
      ['HIBERNATING', 'NONE', 1],
      ['LOYAL', 'HIBERNATING', 1],
      ['PROMISING', 'NEW', 1],
    ]);
    const backwards = await app.request(RfmTransitionsDocument, { fromAsOf: '2026-11-14T00:00:00Z', toAsOf: AS_OF }, key);
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.body.errors?.[0].extensions?.field).toBe('fromAsOf');
  });

  it('uses a custom segment map only when every cell maps to exactly one segment', async () => {
    const map = [
      { segment: 'RECENT', recency: [4, 5], frequency: [1, 2, 3, 4, 5] },
      { segment: 'LAPSING', recency: [1, 2, 3], frequency: [1, 2, 3, 4, 5] },
    ];
    const custom = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF, segmentMap: map } }, key);
    // R 5, 4, 4 (A, B, C) → RECENT; R 2, 1 (D, E) → LAPSING.
    expect(custom.body.data!.rfm.segments.map((segment) => [segment.segment, segment.customers])).toEqual([['RECENT', 3], ['LAPSING', 2]]);

    const gap = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF, segmentMap: [map[0], { ...map[1], recency: [1, 2] }] } }, key);
    expect(errorCodes(gap)).toEqual(['BAD_USER_INPUT']);
    expect(gap.body.errors?.[0].extensions?.field).toBe('input.segmentMap');
    expect(gap.body.errors?.[0].message).toContain('not mapped: (R=3, F=1)');

    const overlap = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF, segmentMap: [map[0], { ...map[1], recency: [1, 2, 3, 4] }] } }, key);
    expect(overlap.body.errors?.[0].message).toContain('mapped twice: (R=4, F=1) by RECENT and LAPSING');

    const withMonetary = await app.request(
      RfmSummaryDocument,
      { input: { asOf: AS_OF, segmentMap: [{ segment: 'BIG', recency: [1, 2, 3, 4, 5], frequency: [1, 2, 3, 4, 5], monetary: [4, 5] }, { segment: 'SMALL', recency: [1, 2, 3, 4, 5], frequency: [1, 2, 3, 4, 5], monetary: [1, 2, 3] }] } },
      key,
    );
    // M 5 (A) and 4 (C) → BIG; 1, 3, 2 → SMALL.
    expect(withMonetary.body.data!.rfm.segments.map((segment) => [segment.segment, segment.customers])).toEqual([['BIG', 2], ['SMALL', 3]]);

    const badScore = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF, segmentMap: [{ segment: 'ALL', recency: [0, 1, 2, 3, 4, 5], frequency: [1] }] } }, key);
    expect(badScore.body.errors?.[0].extensions?.field).toBe('input.segmentMap[0].recency');
  });

  it('saves a tenant segment map and method as settings (admin only), validated', async () => {
    const map = [
      { segment: 'RECENT', recency: [4, 5], frequency: [1, 2, 3, 4, 5] },
      { segment: 'LAPSING', recency: [1, 2, 3], frequency: [1, 2, 3, 4, 5] },
    ];
    const forbidden = await app.request(UpdateAnalyticsSettingsDocument, { input: { rfmSegmentMap: map } }, key);
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);

    const invalid = await app.request(UpdateAnalyticsSettingsDocument, { input: { rfmSegmentMap: [map[0]], churnWindowDays: 0 } }, adminKey);
    expect(errorCodes(invalid)).toEqual(['BAD_USER_INPUT']);
    const fields = (invalid.body.errors?.[0].extensions?.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(['input.churnWindowDays', 'input.rfmSegmentMap']);
    const unchanged = await app.request(AnalyticsSettingsDocument, {}, key);
    expect(unchanged.body.data!.analyticsSettings).toMatchObject({ churnWindowDays: 365, customRfmSegmentMap: false, lowSampleThreshold: 30, complaintSlaHours: 2, detractorSlaHours: 48 });

    const saved = await app.request(UpdateAnalyticsSettingsDocument, { input: { rfmSegmentMap: map, rfmMethod: 'NTILE' as never } }, adminKey);
    expect(saved.body.data!.updateAnalyticsSettings).toMatchObject({ customRfmSegmentMap: true, rfmMethod: 'NTILE' });
    const used = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF } }, key);
    expect(used.body.data!.rfm.method).toBe('NTILE');
    // NTILE R: A 5, B 3, C 4 → RECENT is A and C; B (3), D, E → LAPSING.
    expect(used.body.data!.rfm.segments.map((segment) => [segment.segment, segment.customers])).toEqual([['RECENT', 2], ['LAPSING', 3]]);

    const reset = await app.request(UpdateAnalyticsSettingsDocument, { input: { resetRfmSegmentMap: true, rfmMethod: 'QUANTILE' as never } }, adminKey);
    expect(reset.body.data!.updateAnalyticsSettings.customRfmSegmentMap).toBe(false);
  });

  it('refuses bad input by field and needs analytics:read', async () => {
    const noThresholds = await app.request(RfmSummaryDocument, { input: { method: 'FIXED' as never } }, key);
    expect(noThresholds.body.errors?.[0].extensions?.field).toBe('input.thresholds');
    const descending = await app.request(RfmSummaryDocument, { input: { method: 'FIXED' as never, thresholds: { recency: [9, 8, 7, 6], frequency: [1, 2, 3, 4], monetary: [1, 2, 3, 4] } } }, key);
    expect(descending.body.errors?.[0].extensions?.field).toBe('input.thresholds.recency');
    const window = await app.request(RfmSummaryDocument, { input: { from: '2026-06-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, key);
    expect(window.body.errors?.[0].extensions?.field).toBe('input.from');

    const readOnly = await app.keyFor(tenantId, ['customers:read']);
    const forbidden = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF } }, readOnly);
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    expect(forbidden.body.errors?.[0].message).toContain('analytics:read');
  });

  it('reports no scores, with a reason, for a tenant without orders', async () => {
    const { key: emptyKey } = await app.tenantWithKey(['analytics:read']);
    const response = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF } }, emptyKey);
    expect(response.body.data!.rfm).toMatchObject({ customerCount: 0, thresholds: null, reason: 'no customer has a completed order in the window' });
    expect(response.body.data!.rfm.grid.every((cell) => cell.customers === 0)).toBe(true);
  });

  it("never counts another tenant's orders", async () => {
    const other = await app.tenantWithKey(['customers:write', 'analytics:read']);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'X' }] }, other.key);
    await app.request(RecordOrdersDocument, { input: [{ externalId: 'X1', customerExternalId: 'X', placedAt: '2026-05-01T00:00:00Z', amount: '10' }] }, other.key);
    const mine = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF } }, key);
    expect(mine.body.data!.rfm.customerCount).toBe(5);
    const theirs = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF } }, other.key);
    expect(theirs.body.data!.rfm.customerCount).toBe(1);
  });
});
