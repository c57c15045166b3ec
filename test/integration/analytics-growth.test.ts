import {
  type CustomerInput,
  type OrderInput,
  RecordOrdersDocument,
  TagCustomerDocument,
  UpdateAnalyticsSettingsDocument,
  UpsertCustomersDocument,
  UpsertTagDocument,
} from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

/**
 * Customer base, repeat purchases and lifecycle over the window [2026-01-01, 2026-04-01) UTC,
 * as of 2026-04-01, by month. Customers (region; completed orders, base currency):
 *
 *   A  north  2025-12-10 100, 01-15 50, 02-10 50, 03-20 80     acquired Dec (before the window); tag vip
 *   B  south  2025-12-20 40, 03-05 60                          acquired Dec, lapses, comes back in March; tag vip
 *   C  north  01-05 30, 01-20 30, 02-25 20 (+ 04-10 999 after asOf)   acquired Jan
 *   I  south  01-25 10                                         acquired Jan
 *   D  north  02-14 100 (placed in EUR, 90 EUR), 03-03 50      acquired Feb
 *   H  south  02-03 70                                         acquired Feb
 *   E  south  03-10 25 (+ REFUNDED 01-10 500, CANCELLED 02-10 500, COMPLETED 02-20 amount 0)   acquired Mar
 *   G  -      CANCELLED 02-01 only: never a buyer
 *   P  -      no orders (a prospect)
 *
 * Active months (a completed order in the month): Dec A B | Jan A C I | Feb A C D H | Mar A B D E.
 */
const AS_OF = '2026-04-01T00:00:00Z';
const WINDOW = { from: '2026-01-01T00:00:00Z', to: AS_OF, asOf: AS_OF, interval: 'MONTH' };
const SCOPES = ['customers:read', 'customers:write', 'analytics:read'];

const CUSTOMERS: CustomerInput[] = [
  { externalId: 'A', region: 'north' },
  { externalId: 'B', region: 'south' },
  { externalId: 'C', region: 'north' },
  { externalId: 'I', region: 'south' },
  { externalId: 'D', region: 'north' },
  { externalId: 'H', region: 'south' },
  { externalId: 'E', region: 'south' },
  { externalId: 'G' },
  { externalId: 'P' },
];

const status = (value: string) => value as OrderInput['status'];
function order(externalId: string, customerExternalId: string, placedAt: string, amount: string, extra: Partial<OrderInput> = {}): OrderInput {
  return { externalId, customerExternalId, placedAt: placedAt.length === 10 ? `${placedAt}T12:00:00Z` : placedAt, amount, ...extra };
}

const ORDERS: OrderInput[] = [
  order('A1', 'A', '2025-12-10', '100'),
  order('A2', 'A', '2026-01-15', '50'),
  order('A3', 'A', '2026-02-10', '50'),
  order('A4', 'A', '2026-03-20', '80'),
  order('B1', 'B', '2025-12-20', '40'),
  order('B2', 'B', '2026-03-05', '60'),
  order('C1', 'C', '2026-01-05', '30'),
  order('C2', 'C', '2026-01-20', '30'),
  order('C3', 'C', '2026-02-25', '20'),
  order('C4', 'C', '2026-04-10', '999'),
  order('I1', 'I', '2026-01-25', '10'),
  order('D1', 'D', '2026-02-14', '100', { currency: 'EUR', originalAmount: '90' }),
  order('D2', 'D', '2026-03-03', '50'),
  order('H1', 'H', '2026-02-03', '70'),
  order('E1', 'E', '2026-03-10', '25'),
  order('E2', 'E', '2026-01-10', '500', { status: status('REFUNDED') }),
  order('E3', 'E', '2026-02-10', '500', { status: status('CANCELLED') }),
  order('E4', 'E', '2026-02-20', '0'),
  order('G1', 'G', '2026-02-01', '300', { status: status('CANCELLED') }),
];

const FIGURES = 'start periodStart periodEnd n reason newCustomers activeBaseStart activeBaseEnd growthRate retentionRate churnRate';
const COMPARISON = '{ current previous change relativeChange }';
const CUSTOMER_GROWTH = `query($input: MetricInput) {
  customerGrowth(input: $input) {
    window { from to asOf interval timeZone groupBy } churnWindowDays
    series { group points { end ${FIGURES} } }
    total { end ${FIGURES} growthRateChange ${COMPARISON} retentionRateChange ${COMPARISON} }
  }
}`;
const REPEAT_PURCHASE = `query($input: MetricInput) {
  repeatPurchaseRate(input: $input) {
    series { group points { start n reason buyers repeatBuyers rate } }
    total { n reason buyers repeatBuyers rate rateChange ${COMPARISON} }
  }
}`;
const LIFECYCLE = `query($input: MetricInput) {
  lifecycle(input: $input) { series { group points { start end n reason newCustomers returning resurrecting dormant active } } }
}`;

interface Point {
  start: string;
  n: number;
  reason: string | null;
  newCustomers: number | null;
  activeBaseStart: number | null;
  activeBaseEnd: number | null;
  growthRate: number | null;
  retentionRate: number | null;
  churnRate: number | null;
  [field: string]: unknown;
}

interface Total extends Point {
  growthRateChange: { current: number | null; previous: number | null; change: number | null; relativeChange: number | null };
  retentionRateChange: { current: number | null; previous: number | null; change: number | null; relativeChange: number | null };
}

/** [S, E, N, growth, CRR, churn] of a point, rates rounded to 4 places. */
function figures(point: Point) {
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);
  return [point.activeBaseStart, point.activeBaseEnd, point.newCustomers, round(point.growthRate), round(point.retentionRate), round(point.churnRate)];
}

describe('customer growth, repeat purchases and lifecycle', () => {
  let app: TestApp;
  let shortKey: string;
  let defaultKey: string;
  const tenantOfKey = new Map<string, string>();

  async function fixtureTenant(churnWindowDays: number | null): Promise<string> {
    const { key, tenant } = await app.tenantWithKey(SCOPES, 'growth');
    expect((await app.request(UpsertCustomersDocument, { input: CUSTOMERS }, key)).body.errors).toBeUndefined();
    expect((await app.request(RecordOrdersDocument, { input: ORDERS }, key)).body.errors).toBeUndefined();
    expect((await app.request(UpsertTagDocument, { input: { key: 'vip', label: 'VIP', category: 'TIER' as never } }, key)).body.errors).toBeUndefined();
    for (const customerExternalId of ['A', 'B']) {
      expect((await app.request(TagCustomerDocument, { input: { customerExternalId, tagKey: 'vip', source: 'MANUAL' as never } }, key)).body.errors).toBeUndefined();
    }
    if (churnWindowDays !== null) {
      const adminKey = await app.keyFor(tenant.id, ['admin']);
      const updated = await app.request(UpdateAnalyticsSettingsDocument, { input: { churnWindowDays } }, adminKey);
      expect(updated.body.errors).toBeUndefined();
    }
    tenantOfKey.set(key, tenant.id);
    return key;
  }

  async function growth(key: string, input: Record<string, unknown>) {
    const response = await app.post<{ customerGrowth: { window: { timeZone: string }; churnWindowDays: number; series: { group: string | null; points: Point[] }[]; total: Total } }>(
      { query: CUSTOMER_GROWTH, variables: { input } },
      key,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.customerGrowth;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    shortKey = await fixtureTenant(30);
    defaultKey = await fixtureTenant(null);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('computes new customers, the active base, growth, CRR and churn per month with a 30-day churn window', async () => {
    const result = await growth(shortKey, WINDOW);
    expect(result.churnWindowDays).toBe(30);
    expect(result.series).toHaveLength(1);
    const [jan, feb, mar] = result.series[0].points;
    // B(t) = buyers with a completed order in [t − 30 days, t):
    //   B(Jan 1) from [Dec 2, Jan 1): A (Dec 10), B (Dec 20)                      = 2
    //   B(Feb 1) from [Jan 2, Feb 1): A (Jan 15), C (Jan 5, 20), I (Jan 25)       = 3
    //   B(Mar 1) from [Jan 30, Mar 1): A (Feb 10), C (Feb 25), D (Feb 14), H (Feb 3) = 4 (I's Jan 25 is too old)
    //   B(Apr 1) from [Mar 2, Apr 1): A (Mar 20), B (Mar 5), D (Mar 3), E (Mar 10)  = 4
    // Jan: S 2, E 3, N 2 (C, I): growth (3 − 2) / 2 = 0.5, CRR (3 − 2) / 2 = 0.5, churn 0.5
    expect(figures(jan)).toEqual([2, 3, 2, 0.5, 0.5, 0.5]);
    expect(jan.n).toBe(2);
    // Feb: S 3, E 4, N 2 (D, H; E's zero-amount and cancelled orders are no purchases): growth 1/3, CRR (4 − 2) / 3 = 2/3, churn 1/3
    expect(figures(feb)).toEqual([3, 4, 2, 0.3333, 0.6667, 0.3333]);
    // Mar: S 4, E 4, N 1 (E): growth 0, CRR (4 − 1) / 4 = 0.75, churn 0.25
    expect(figures(mar)).toEqual([4, 4, 1, 0, 0.75, 0.25]);
    expect([jan.periodStart, mar.periodEnd]).toEqual(['2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);

    // The window as one period: S = B(Jan 1) = 2, E = B(Apr 1) = 4, N = 5 (C, I, D, H, E):
    // growth (4 − 2) / 2 = 1, CRR (4 − 5) / 2 = −0.5 (the period is longer than the churn window,
    // so new customers lapse within it), churn 1.5.
    expect(figures(result.total)).toEqual([2, 4, 5, 1, -0.5, 1.5]);
    // Previous period [2025-10-03, 2026-01-01): B(Oct 3) = 0, so its growth and CRR are undefined.
    expect(result.total.growthRateChange).toEqual({ current: 1, previous: null, change: null, relativeChange: null });
    expect(result.total.retentionRateChange).toEqual({ current: -0.5, previous: null, change: null, relativeChange: null });
  });

  it('uses the default churn window of 365 days', async () => {
    const result = await growth(defaultKey, WINDOW);
    expect(result.churnWindowDays).toBe(365);
    // Every order is within 365 days of every edge, so B(t) = buyers acquired before t:
    // B(Jan 1) = 2 (A, B), B(Feb 1) = 4 (+ C, I), B(Mar 1) = 6 (+ D, H), B(Apr 1) = 7 (+ E).
    // Jan: growth (4 − 2) / 2 = 1, CRR (4 − 2) / 2 = 1; Feb: 2/4 = 0.5, CRR (6 − 2) / 4 = 1; Mar: 1/6, CRR (7 − 1) / 6 = 1.
    expect(result.series[0].points.map(figures)).toEqual([
      [2, 4, 2, 1, 1, 0],
      [4, 6, 2, 0.5, 1, 0],
      [6, 7, 1, 0.1667, 1, 0],
    ]);
    // Window: S 2, E 7, N 5: growth 5/2 = 2.5, CRR (7 − 5) / 2 = 1.
    expect(figures(result.total)).toEqual([2, 7, 5, 2.5, 1, 0]);
  });

  it('filters by region and tag and breaks down by region', async () => {
    const north = await growth(shortKey, { ...WINDOW, filter: { regions: ['north'] } });
    // North = A, C, D. B(Jan 1) = 1 (A), B(Feb 1) = 2 (A, C), B(Mar 1) = 3 (A, C, D), B(Apr 1) = 2 (A, D).
    // Jan: N 1 (C): growth 1, CRR (2 − 1) / 1 = 1; Feb: N 1 (D): growth 0.5, CRR (3 − 1) / 2 = 1; Mar: N 0: growth −1/3, CRR 2/3.
    expect(north.series[0].points.map(figures)).toEqual([
      [1, 2, 1, 1, 1, 0],
      [2, 3, 1, 0.5, 1, 0],
      [3, 2, 0, -0.3333, 0.6667, 0.3333],
    ]);

    const vip = await growth(shortKey, { ...WINDOW, filter: { tagKeys: ['vip'] } });
    // VIP = A, B. B(Jan 1) = 2, B(Feb 1) = 1 (A), B(Mar 1) = 1 (A), B(Apr 1) = 2 (A, B back); no new customers.
    // Jan: growth −0.5, CRR 1/2; Feb: growth 0, CRR 1; Mar: growth 1, CRR 2/1 = 2 (B returns from outside the base).
    expect(vip.series[0].points.map(figures)).toEqual([
      [2, 1, 0, -0.5, 0.5, 0.5],
      [1, 1, 0, 0, 1, 0],
      [1, 2, 0, 1, 2, -1],
    ]);

    const byRegion = await growth(shortKey, { ...WINDOW, groupBy: 'REGION' });
    expect(byRegion.series.map((series) => series.group)).toEqual(['north', 'south']);
    expect(byRegion.series[0].points.map(figures)).toEqual(north.series[0].points.map(figures));
    // South = B, I, H, E. B(Jan 1) = 1 (B), B(Feb 1) = 1 (I), B(Mar 1) = 1 (H), B(Apr 1) = 2 (B, E).
    // Jan: N 1 (I): growth 0, CRR (1 − 1) / 1 = 0; Feb: N 1 (H): growth 0, CRR 0; Mar: N 1 (E): growth 1, CRR (2 − 1) / 1 = 1.
    expect(byRegion.series[1].points.map(figures)).toEqual([
      [1, 1, 1, 0, 0, 1],
      [1, 1, 1, 0, 0, 1],
      [1, 2, 1, 1, 1, 0],
    ]);
    // The total ignores the breakdown: the same as without it.
    expect(figures(byRegion.total)).toEqual([2, 4, 5, 1, -0.5, 1.5]);
  });

  it('gives the same figures by day, where each order extends the base from the one before it', async () => {
    // 33 edges (31 days, the previous period's start and the window's) are more than the 24 the
    // per-customer bit strings are used for, so this reads orders step by step instead.
    const result = await growth(shortKey, { from: '2026-03-01T00:00:00Z', to: AS_OF, asOf: AS_OF, interval: 'DAY' });
    const points = result.series[0].points;
    expect(points).toHaveLength(31);
    const day = (date: string) => points.find((point) => point.start.startsWith(date)) as Point;
    // 30-day churn window, orders at noon. At midnight of each March day the base holds:
    //   A: Feb 10 → active to Mar 12, again from Mar 21 (Mar 20 order); B: from Mar 6 (Mar 5 order);
    //   C: Feb 25 → to Mar 27; D: Feb 14 and Mar 3 → throughout; H: Feb 3 → to Mar 5; E: from Mar 11 (acquired Mar 10).
    // Mar 10: S = A, B, C, D = 4, E = + E = 5, N = 1: growth 0.25, CRR (5 − 1) / 4 = 1.
    expect(figures(day('2026-03-10'))).toEqual([4, 5, 1, 0.25, 1, 0]);
    // Mar 12: S = A, B, C, D, E = 5, E = 4 (A lapses), N = 0: growth −0.2, CRR 0.8, churn 0.2.
    expect(figures(day('2026-03-12'))).toEqual([5, 4, 0, -0.2, 0.8, 0.2]);
    // Mar 20: S = B, C, D, E = 4, E = 5 (A's order at noon brings A back), N = 0: growth 0.25, CRR 5/4.
    expect(figures(day('2026-03-20'))).toEqual([4, 5, 0, 0.25, 1.25, -0.25]);
    // The window is March: the same as the monthly March point. S 4, E 4, N 1: growth 0, CRR 0.75.
    expect(figures(result.total)).toEqual([4, 4, 1, 0, 0.75, 0.25]);
    // Previous period [Jan 29, Mar 1): B(Jan 29) = A, C, I = 3, B(Mar 1) = 4, N = 2 (D, H): growth 1/3, CRR 2/3.
    expect(result.total.growthRateChange.previous).toBeCloseTo(1 / 3, 10);
    expect(result.total.retentionRateChange.previous).toBeCloseTo(2 / 3, 10);

    const byRegion = await growth(shortKey, { from: '2026-03-01T00:00:00Z', to: AS_OF, asOf: AS_OF, interval: 'DAY', groupBy: 'REGION' });
    expect(byRegion.series.map((series) => series.group)).toEqual(['north', 'south']);
    // Mar 12, north (A, C, D): 3 → 2 as A lapses; south (B, E, H, I): B and E, 2 → 2.
    const march12 = (points: Point[]) => figures(points.find((point) => point.start.startsWith('2026-03-12')) as Point);
    expect(march12(byRegion.series[0].points)).toEqual([3, 2, 0, -0.3333, 0.6667, 0.3333]);
    expect(march12(byRegion.series[1].points)).toEqual([2, 2, 0, 0, 1, 0]);
  });

  it('leaves growth undefined when the base at the period start is empty, and buckets after asOf empty', async () => {
    const result = await growth(shortKey, { from: '2025-11-01T00:00:00Z', to: '2026-05-01T00:00:00Z', asOf: AS_OF });
    const points = result.series[0].points;
    expect(points.map((point) => point.start.slice(0, 7))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
    // Nov: nobody had bought yet: S = 0, E = 0, N = 0. Dec: S = B(Dec 1) = 0, E = B(Jan 1) = 2, N = 2.
    expect(figures(points[0])).toEqual([0, 0, 0, null, null, null]);
    expect(figures(points[1])).toEqual([0, 2, 2, null, null, null]);
    expect(points[1].n).toBe(0);
    expect(points[1].reason).toMatch(/B\(s\) = 0/);
    // April starts at asOf: nothing is known about it.
    expect(figures(points[5])).toEqual([null, null, null, null, null, null]);
    expect(points[5].reason).toMatch(/after asOf/);
    // The window [Nov 1, Apr 1) starts with an empty base.
    expect(figures(result.total)).toEqual([0, 4, 7, null, null, null]);
  });

  it('computes the repeat purchase rate per bucket and for the window against the previous period', async () => {
    const response = await app.post<{ repeatPurchaseRate: { series: { points: Point[] }[]; total: Point } }>({ query: REPEAT_PURCHASE, variables: { input: WINDOW } }, shortKey);
    expect(response.body.errors).toBeUndefined();
    const { series, total } = response.body.data!.repeatPurchaseRate;
    // Completed orders per buyer in the window: A 3, B 1, C 3 (the April order is after asOf), D 2, E 1, H 1, I 1:
    // 7 buyers, 3 with ≥ 2 (A, C, D): 3/7.
    expect(total).toMatchObject({ n: 7, buyers: 7, repeatBuyers: 3, reason: null });
    expect(total.rate).toBeCloseTo(3 / 7, 10);
    // Previous period [2025-10-03, 2026-01-01): A and B, one order each: 0/2 = 0.
    expect(total.rateChange).toMatchObject({ previous: 0, relativeChange: null });
    expect((total.rateChange as { change: number }).change).toBeCloseTo(3 / 7, 10);
    // Jan: A 1, C 2, I 1 → 1/3. Feb: A, C, D, H one each (E's zero-amount order does not count) → 0/4. Mar: A, B, D, E → 0/4.
    expect(series[0].points.map((point) => [point.buyers, point.repeatBuyers])).toEqual([[3, 1], [4, 0], [4, 0]]);
    expect(series[0].points[0].rate).toBeCloseTo(1 / 3, 10);
    expect(series[0].points[1].rate).toBe(0);
  });

  it('gives the same window totals from the per-customer totals as from the orders they summarize', async () => {
    const total = async (input: Record<string, unknown>) => {
      const response = await app.post<{ repeatPurchaseRate: { total: Point } }>({ query: REPEAT_PURCHASE, variables: { input } }, shortKey);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.repeatPurchaseRate.total;
    };
    // North (A, C, D) in the window: A 3, C 3, D 2 → 3 buyers, all repeat. Previous period
    // [2025-10-03, 2026-01-01): A once → 1 buyer, 0 repeat.
    const north = { ...WINDOW, filter: { regions: ['north'] } };
    // 90 whole days ending at asOf: served by the bases as of 2026-04-01 and 2026-01-01 (90 days each).
    const fromBases = await total(north);
    expect(fromBases).toMatchObject({ buyers: 3, repeatBuyers: 3, rate: 1, rateChange: { current: 1, previous: 0 } });
    const bases = await app.orm.em.fork().getConnection().execute<{ base_end: Date }[]>(
      'select base_end from customer_order_totals_base where tenant_id = ? and window_days = 90 order by base_end',
      [tenantOfKey.get(shortKey)],
    );
    expect(bases.map((row) => new Date(row.base_end).toISOString())).toEqual(['2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);
    // Ending at 18:00 the day before: 89.75 days, which no base serves, so the orders are read.
    // No order falls in the six hours left out or in the six hours the previous period loses.
    const fromOrders = await total({ ...north, to: '2026-03-31T18:00:00Z', asOf: '2026-03-31T18:00:00Z' });
    expect(fromOrders).toMatchObject({ buyers: 3, repeatBuyers: 3, rate: 1, rateChange: { current: 1, previous: 0 } });
  });

  it('classifies customers as new, returning, resurrecting and dormant, reading the month before the window', async () => {
    const response = await app.post<{ lifecycle: { series: { points: Point[] }[] } }>({ query: LIFECYCLE, variables: { input: WINDOW } }, shortKey);
    expect(response.body.errors).toBeUndefined();
    const points = response.body.data!.lifecycle.series[0].points;
    const states = points.map((point) => [point.newCustomers, point.returning, point.resurrecting, point.dormant, point.active, point.n]);
    // Active: Dec A B | Jan A C I | Feb A C D H | Mar A B D E.
    // Jan: new C, I; returning A (Dec and Jan); dormant B (Dec, not Jan) → −1; n = 3 active + 1 dormant.
    // Feb: new D, H; returning A, C; dormant I → −1.
    // Mar: new E; returning A, D; resurrecting B (not in Feb, acquired in Dec); dormant C, H → −2.
    expect(states).toEqual([
      [2, 1, 0, -1, 3, 4],
      [2, 2, 0, -1, 4, 5],
      [1, 2, 1, -2, 4, 6],
    ]);
  });

  it('classifies by day too, where each order is compared with the one before it', async () => {
    const { key } = await app.tenantWithKey(SCOPES, 'growth-daily');
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'X' }, { externalId: 'Y' }] }, key);
    const recorded = await app.request(
      RecordOrdersDocument,
      { input: [order('X1', 'X', '2026-03-01', '10'), order('X2', 'X', '2026-03-02', '10'), order('X3', 'X', '2026-03-04', '10'), order('Y1', 'Y', '2026-02-28', '10'), order('Y2', 'Y', '2026-03-01', '10')] },
      key,
    );
    expect(recorded.body.errors).toBeUndefined();
    // 32 daily buckets (28 Feb and March) are more than the 24 folded into bit strings.
    const response = await app.post<{ lifecycle: { series: { points: Point[] }[] } }>(
      { query: LIFECYCLE, variables: { input: { from: '2026-03-01T00:00:00Z', to: AS_OF, asOf: AS_OF, interval: 'DAY' } } },
      key,
    );
    expect(response.body.errors).toBeUndefined();
    const points = response.body.data!.lifecycle.series[0].points;
    expect(points).toHaveLength(31);
    // [new, returning, resurrecting, dormant] per day:
    // Mar 1: X new; Y returning (ordered on 28 Feb, the day before the window). Mar 2: X returning; Y dormant.
    // Mar 3: X dormant. Mar 4: X resurrecting. Mar 5: X dormant. Then nobody.
    expect(points.slice(0, 6).map((point) => [point.newCustomers, point.returning, point.resurrecting, point.dormant])).toEqual([
      [1, 1, 0, 0],
      [0, 1, 0, -1],
      [0, 0, 0, -1],
      [0, 0, 1, 0],
      [0, 0, 0, -1],
      [0, 0, 0, 0],
    ]);
    expect(points[5].reason).toMatch(/no customer/);
  });

  it('counts an order at 23:30 on 31 January in New York in January', async () => {
    const { key } = await app.tenantWithKey(SCOPES, 'growth-ny', { timeZone: 'America/New_York' });
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'J' }, { externalId: 'K' }] }, key);
    const recorded = await app.request(
      RecordOrdersDocument,
      // 23:30 EST on 31 Jan = 04:30 UTC on 1 Feb; 00:30 EST on 1 Feb = 05:30 UTC.
      { input: [order('J1', 'J', '2026-02-01T04:30:00Z', '10'), order('K1', 'K', '2026-02-01T05:30:00Z', '10')] },
      key,
    );
    expect(recorded.body.errors).toBeUndefined();
    const input = { from: '2026-01-01T05:00:00Z', to: '2026-03-01T05:00:00Z', asOf: '2026-03-01T05:00:00Z' };
    const result = await growth(key, input);
    expect(result.window.timeZone).toBe('America/New_York');
    const [jan, feb] = result.series[0].points;
    expect(jan.start).toBe('2026-01-01T05:00:00.000Z');
    // Jan (local): J acquired, base 0 → 1; Feb: K acquired, base 1 → 2: growth 1, CRR (2 − 1) / 1 = 1.
    expect(figures(jan)).toEqual([0, 1, 1, null, null, null]);
    expect(figures(feb)).toEqual([1, 2, 1, 1, 1, 0]);

    const lifecycle = await app.post<{ lifecycle: { series: { points: Point[] }[] } }>({ query: LIFECYCLE, variables: { input } }, key);
    // Jan: new J. Feb: new K, J dormant.
    expect(lifecycle.body.data!.lifecycle.series[0].points.map((point) => [point.newCustomers, point.dormant])).toEqual([[1, 0], [1, -1]]);
  });

  it('answers nulls with reasons when the tenant has no orders at all', async () => {
    const { key } = await app.tenantWithKey(SCOPES, 'growth-empty');
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'P' }] }, key);
    const result = await growth(key, WINDOW);
    expect(result.series[0].points.map(figures)).toEqual([
      [0, 0, 0, null, null, null],
      [0, 0, 0, null, null, null],
      [0, 0, 0, null, null, null],
    ]);
    expect(result.total.reason).toMatch(/B\(s\) = 0/);
    expect(result.total.growthRateChange).toEqual({ current: null, previous: null, change: null, relativeChange: null });

    const repeat = await app.post<{ repeatPurchaseRate: { total: Point } }>({ query: REPEAT_PURCHASE, variables: { input: WINDOW } }, key);
    expect(repeat.body.data!.repeatPurchaseRate.total).toMatchObject({ n: 0, buyers: 0, rate: null, reason: expect.stringMatching(/no buyers/) });
    const lifecycle = await app.post<{ lifecycle: { series: { points: Point[] }[] } }>({ query: LIFECYCLE, variables: { input: WINDOW } }, key);
    expect(lifecycle.body.data!.lifecycle.series[0].points[0]).toMatchObject({ n: 0, active: 0, dormant: 0, reason: expect.stringMatching(/no customer/) });
  });

  it('refuses breakdowns and filters that are not properties of the customer, naming the field', async () => {
    const channel = await app.post({ query: CUSTOMER_GROWTH, variables: { input: { ...WINDOW, groupBy: 'CHANNEL' } } }, shortKey);
    expect(errorCodes(channel)).toEqual(['BAD_USER_INPUT']);
    expect(channel.body.errors?.[0].extensions?.field).toBe('input.groupBy');
    const channels = await app.post({ query: LIFECYCLE, variables: { input: { ...WINDOW, filter: { channels: ['web'] } } } }, shortKey);
    expect(channels.body.errors?.[0].extensions?.field).toBe('input.filter.channels');
    const interval = await app.post({ query: REPEAT_PURCHASE, variables: { input: { ...WINDOW, interval: 'DAY', from: '2020-01-01T00:00:00Z' } } }, shortKey);
    expect(interval.body.errors?.[0].extensions?.field).toBe('input.interval');
  });

  it('requires analytics:read', async () => {
    const { key } = await app.tenantWithKey(['customers:read'], 'growth-noscope');
    for (const query of [CUSTOMER_GROWTH, REPEAT_PURCHASE, LIFECYCLE]) {
      expect(errorCodes(await app.post({ query, variables: { input: WINDOW } }, key))).toEqual(['FORBIDDEN']);
    }
  });
});
