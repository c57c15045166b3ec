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
 * Loyalty and value metrics, each case on its own tenant. Every case reads as of
 * 2026-01-01 00:00 UTC; the default window is the 365 days before it, [2025-01-01, 2026-01-01),
 * and the previous period [2024-01-02, 2025-01-01) (2024 is a leap year).
 */
const AS_OF = '2026-01-01T00:00:00Z';
const SCOPES = ['customers:read', 'customers:write', 'analytics:read'];

const WINDOW = `window { from to asOf }`;
const COMPARISON = `{ current previous change relativeChange }`;
const TENURE = `query($input: MetricInput) { tenure(input: $input) { ${WINDOW} churnWindowDays n churned active meanDays medianDays p90Days meanDaysChange ${COMPARISON} reason } }`;
const SHARE_OF_WALLET = `query($input: MetricInput) { shareOfWallet(input: $input) { ${WINDOW} buyers n coverage meanShare medianShare capped meanShareChange ${COMPARISON} reason } }`;
const CONCENTRATION = `query($input: MetricInput, $topPercents: [Float!]) {
  valueConcentration(input: $input, topPercents: $topPercents) {
    ${WINDOW} n revenue topShares { percent customers revenue share } lorenz { populationShare revenueShare } gini
    tiers { tier customers revenue share } topTwentyShareChange ${COMPARISON} giniChange ${COMPARISON} reason
  }
}`;
const CUSTOMER_VALUE = `query($input: MetricInput) {
  customerValue(input: $input) {
    ${WINDOW} churnWindowDays
    historic { n total mean median meanChange ${COMPARISON} reason }
    predicted {
      value reason orders buyers revenue averageOrderValue windowDays ordersPerBuyerPerYear expectedLifetimeYears lifetimeCapped
      retention { from to startBase endBase acquired retentionRate churnRate }
    }
  }
}`;

function order(externalId: string, customerExternalId: string, placedOn: string, amount: string, extra: Partial<OrderInput> = {}): OrderInput {
  return { externalId, customerExternalId, placedAt: `${placedOn}T00:00:00Z`, amount, channel: 'web', ...extra };
}

describe('loyalty and value analytics', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  async function tenantWith(customers: CustomerInput[], orders: OrderInput[]): Promise<{ key: string; tenantId: string }> {
    const { key, tenant } = await app.tenantWithKey(SCOPES, 'loyalty');
    const upserted = await app.request(UpsertCustomersDocument, { input: customers }, key);
    expect(upserted.body.errors).toBeUndefined();
    if (orders.length > 0) {
      const recorded = await app.request(RecordOrdersDocument, { input: orders }, key);
      expect(recorded.body.errors).toBeUndefined();
    }
    return { key, tenantId: tenant.id };
  }

  async function query<T = Record<string, any>>(text: string, variables: Record<string, unknown>, key: string): Promise<T> {
    const response = await app.post<Record<string, T>>({ query: text, variables }, key);
    expect(response.body.errors).toBeUndefined();
    return Object.values(response.body.data!)[0];
  }

  describe('value concentration', () => {
    /**
     * Revenue in the window: A 100, B 200, C 300 (an EUR order, base amount 300), D 400,
     * E 1000 (600 in store + 400 on the web); total 2000. A's cancelled 9000 and R's refunded
     * 5000 do not count; P has no orders. Previous period: A 100, B 300. A and B are "north".
     */
    let key: string;
    beforeAll(async () => {
      ({ key } = await tenantWith(
        [
          { externalId: 'A', region: 'north' },
          { externalId: 'B', region: 'north' },
          { externalId: 'C', region: 'south' },
          { externalId: 'D', region: 'south' },
          { externalId: 'E', region: 'south' },
          { externalId: 'P', region: 'north' },
          { externalId: 'R', region: 'north' },
        ],
        [
          order('A1', 'A', '2025-02-01', '100'),
          order('A2', 'A', '2025-08-01', '9000', { status: 'CANCELLED' }),
          order('A0', 'A', '2024-06-01', '100'),
          order('B1', 'B', '2025-03-01', '200'),
          order('B0', 'B', '2024-07-01', '300'),
          order('C1', 'C', '2025-04-01', '300', { currency: 'EUR', originalAmount: '280' }),
          order('D1', 'D', '2025-05-01', '400'),
          order('E1', 'E', '2025-06-01', '600', { channel: 'store' }),
          order('E2', 'E', '2025-07-01', '400'),
          order('R1', 'R', '2025-06-01', '5000', { status: 'REFUNDED' }),
          order('B2', 'B', '2026-02-01', '7000'),
        ],
      ));
    });

    it('gives top-k shares, the Lorenz deciles, the Gini and the tiers', async () => {
      const result = await query(CONCENTRATION, { input: { asOf: AS_OF }, topPercents: [1, 5, 10, 20, 50, 100] }, key);
      expect(result.window).toEqual({ from: '2025-01-01T00:00:00.000Z', to: AS_OF.replace('Z', '.000Z'), asOf: AS_OF.replace('Z', '.000Z') });
      expect(result.n).toBe(5);
      expect(Number(result.revenue)).toBe(2000);
      // N = 5: top 1/5/10/20% = ceil(0.05 / 0.25 / 0.5 / 1) = 1 buyer (E, 1000 of 2000 = 0.5);
      // top 50% = ceil(2.5) = 3 buyers (1000 + 400 + 300 = 1700 → 0.85); top 100% = 5 → 1.
      expect(result.topShares.map((top: any) => [top.percent, top.customers, Number(top.revenue)])).toEqual([
        [1, 1, 1000], [5, 1, 1000], [10, 1, 1000], [20, 1, 1000], [50, 3, 1700], [100, 5, 2000],
      ]);
      [0.5, 0.5, 0.5, 0.5, 0.85, 1].forEach((share, index) => expect(result.topShares[index].share).toBeCloseTo(share, 10));
      // Ascending 100, 200, 300, 400, 1000; C(j) = revenue of the j smallest: 0, 100, 300, 600,
      // 1000, 2000. Decile d is position d × 5 / 10 = d / 2; half positions are halfway:
      // C(0.5) = 50, C(1.5) = 100 + 200 / 2 = 200, C(2.5) = 300 + 300 / 2 = 450,
      // C(3.5) = 600 + 400 / 2 = 800, C(4.5) = 1000 + 1000 / 2 = 1500; shares = C / 2000.
      const lorenz = [0, 0.025, 0.05, 0.1, 0.15, 0.225, 0.3, 0.4, 0.5, 0.75, 1];
      expect(result.lorenz.map((point: any) => point.populationShare)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
      lorenz.forEach((share, index) => expect(result.lorenz[index].revenueShare).toBeCloseTo(share, 10));
      // Σ i·x_i = 1·100 + 2·200 + 3·300 + 4·400 + 5·1000 = 8000;
      // G = 2 × 8000 / (5 × 2000) − 6 / 5 = 1.6 − 1.2 = 0.4 (= 1 − 2 × area under the Lorenz curve 0.3)
      expect(result.gini).toBeCloseTo(0.4, 10);
      // heavy = ceil(1) = 1 buyer (1000), medium = ceil(2.5) − 1 = 2 (400 + 300), light = 2 (200 + 100)
      expect(result.tiers).toEqual([
        { tier: 'HEAVY', customers: 1, revenue: '1000.00', share: 0.5 },
        { tier: 'MEDIUM', customers: 2, revenue: '700.00', share: 0.35 },
        { tier: 'LIGHT', customers: 2, revenue: '300.00', share: 0.15 },
      ]);
      // Previous period: A 100, B 300: top 20% = ceil(0.4) = 1 buyer, 300 / 400 = 0.75;
      // G = 2 × (100 + 2 × 300) / (2 × 400) − 3 / 2 = 1.75 − 1.5 = 0.25
      expect(result.topTwentyShareChange.current).toBeCloseTo(0.5, 10);
      expect(result.topTwentyShareChange.previous).toBeCloseTo(0.75, 10);
      expect(result.topTwentyShareChange.change).toBeCloseTo(-0.25, 10);
      expect(result.topTwentyShareChange.relativeChange).toBeCloseTo(-1 / 3, 10);
      expect(result.giniChange.previous).toBeCloseTo(0.25, 10);
      expect(result.giniChange.change).toBeCloseTo(0.15, 10);
      expect(result.reason).toBeNull();
    });

    it('defaults to the top 1, 5, 10 and 20%', async () => {
      const result = await query(CONCENTRATION, { input: { asOf: AS_OF } }, key);
      expect(result.topShares.map((top: any) => top.percent)).toEqual([1, 5, 10, 20]);
    });

    it('applies the region and channel filters', async () => {
      // north: A 100, B 200 → top 20% = ceil(0.4) = 1 buyer: 200 / 300;
      // G = 2 × (100 + 2 × 200) / (2 × 300) − 3 / 2 = 1000 / 600 − 1.5 = 1/6
      const north = await query(CONCENTRATION, { input: { asOf: AS_OF, filter: { regions: ['north'] } }, topPercents: [20] }, key);
      expect(north.n).toBe(2);
      expect(north.topShares[0]).toMatchObject({ customers: 1, revenue: '200.00' });
      expect(north.topShares[0].share).toBeCloseTo(2 / 3, 10);
      expect(north.gini).toBeCloseTo(1 / 6, 10);
      // web only: E's 600 store order drops out → 100, 200, 300, 400, 400 (total 1400);
      // top 20% = 1 buyer: 400 / 1400; medium = 400 + 300 = 700, light = 300;
      // Σ i·x_i = 100 + 400 + 900 + 1600 + 2000 = 5000; G = 10000 / 7000 − 1.2 = 0.228571…
      const web = await query(CONCENTRATION, { input: { asOf: AS_OF, filter: { channels: ['web'] } }, topPercents: [20] }, key);
      expect(Number(web.revenue)).toBe(1400);
      expect(web.topShares[0].share).toBeCloseTo(400 / 1400, 10);
      expect(web.tiers.map((tier: any) => Number(tier.revenue))).toEqual([400, 700, 300]);
      expect(web.gini).toBeCloseTo(10000 / 7000 - 1.2, 10);
    });
  });

  describe('tenure', () => {
    /**
     * Churn window 90 days: as of 2026-01-01 a buyer has churned when the last order is
     * before 2025-10-03.
     *   A  2025-01-10 … 2025-03-10 (churned; a cancelled 2025-12-15 order would make A active) → 59 days
     *   B  2025-07-01 … 2025-12-01 active → 184 days to asOf
     *   C  2025-12-02              active → 30 days
     *   D  2024-01-01, 2024-12-01, 2025-11-01 active → 731 days (366 + 365)
     *   E  acquired 2026-02-01, after asOf: not counted; F only has a refunded order.
     * B and D carry the tag "vip".
     */
    let key: string;
    beforeAll(async () => {
      let tenantId: string;
      ({ key, tenantId } = await tenantWith(
        ['A', 'B', 'C', 'D', 'E', 'F'].map((externalId) => ({ externalId })),
        [
          order('A1', 'A', '2025-01-10', '10'),
          order('A2', 'A', '2025-03-10', '10'),
          order('A3', 'A', '2025-12-15', '10', { status: 'CANCELLED' }),
          order('B1', 'B', '2025-07-01', '10'),
          order('B2', 'B', '2025-12-01', '10'),
          order('C1', 'C', '2025-12-02', '10'),
          order('D1', 'D', '2024-01-01', '10'),
          order('D2', 'D', '2024-12-01', '10'),
          order('D3', 'D', '2025-11-01', '10'),
          order('E1', 'E', '2026-02-01', '10'),
          order('F1', 'F', '2025-05-01', '10', { status: 'REFUNDED' }),
        ],
      ));
      const adminKey = await app.keyFor(tenantId, ['admin']);
      const settings = await app.request(UpdateAnalyticsSettingsDocument, { input: { churnWindowDays: 90 } }, adminKey);
      expect(settings.body.errors).toBeUndefined();
      await app.request(UpsertTagDocument, { input: { key: 'vip', label: 'VIP', category: 'TIER' } }, key);
      for (const customerExternalId of ['B', 'D']) await app.request(TagCustomerDocument, { input: { customerExternalId, tagKey: 'vip' } }, key);
    });

    it('gives mean, median and p90 (percentile_cont) with churned buyers ending at their last order', async () => {
      const result = await query(TENURE, { input: { asOf: AS_OF } }, key);
      expect(result).toMatchObject({ churnWindowDays: 90, n: 4, churned: 1, active: 3, reason: null });
      // 30, 59, 184, 731: mean = 1004 / 4 = 251; median = (59 + 184) / 2 = 121.5;
      // p90 at 0.9 × (4 − 1) = 2.7 → 184 + 0.7 × (731 − 184) = 566.9
      expect(result.meanDays).toBeCloseTo(251, 9);
      expect(result.medianDays).toBeCloseTo(121.5, 9);
      expect(result.p90Days).toBeCloseTo(566.9, 9);
      // As of 2025-01-01 (asOf − 365 days) only D had ordered: last order 2024-12-01 is within
      // 90 days, so active: 2024-01-01 → 2025-01-01 = 366 days. Change 251 − 366 = −115.
      expect(result.meanDaysChange.previous).toBeCloseTo(366, 9);
      expect(result.meanDaysChange.change).toBeCloseTo(-115, 9);
    });

    it('applies a tag filter', async () => {
      // vip: B 184, D 731 → mean = median = 457.5; p90 = 184 + 0.9 × 547 = 676.3
      const result = await query(TENURE, { input: { asOf: AS_OF, filter: { tagKeys: ['vip'] } } }, key);
      expect(result).toMatchObject({ n: 2, churned: 0, active: 2 });
      expect(result.meanDays).toBeCloseTo(457.5, 9);
      expect(result.medianDays).toBeCloseTo(457.5, 9);
      expect(result.p90Days).toBeCloseTo(676.3, 9);
    });
  });

  it('gives share of wallet over buyers with an estimate, capped at 1, with coverage', async () => {
    /**
     * Window revenue / estimate: A (50 + 150) / 1000 = 0.2, B 300 / 600 = 0.5,
     * C 500 / 400 = 1.25 → capped at 1, D 100 without an estimate, E 50 with estimate 0 (none);
     * P has an estimate but no orders (not a buyer).
     * n = 3 of 5 buyers → coverage 0.6; mean = (0.2 + 0.5 + 1) / 3 = 0.5667; median 0.5.
     * Previous period: A 500 / 1000 = 0.5 → change 0.5667 − 0.5 = 0.0667.
     */
    const { key } = await tenantWith(
      [
        { externalId: 'A', walletEstimate: '1000' },
        { externalId: 'B', walletEstimate: '600' },
        { externalId: 'C', walletEstimate: '400' },
        { externalId: 'D' },
        { externalId: 'E', walletEstimate: '0' },
        { externalId: 'P', walletEstimate: '999' },
      ],
      [
        order('A1', 'A', '2025-03-01', '50'),
        order('A2', 'A', '2025-09-01', '150'),
        order('A0', 'A', '2024-06-01', '500'),
        order('B1', 'B', '2025-04-01', '300'),
        order('B2', 'B', '2025-05-01', '400', { status: 'REFUNDED' }),
        order('C1', 'C', '2025-05-01', '500'),
        order('D1', 'D', '2025-06-01', '100'),
        order('E1', 'E', '2025-07-01', '50'),
      ],
    );
    const result = await query(SHARE_OF_WALLET, { input: { asOf: AS_OF } }, key);
    expect(result).toMatchObject({ buyers: 5, n: 3, capped: 1, reason: null });
    expect(result.coverage).toBeCloseTo(0.6, 10);
    expect(result.meanShare).toBeCloseTo(1.7 / 3, 10);
    expect(result.medianShare).toBeCloseTo(0.5, 10);
    expect(result.meanShareChange.previous).toBeCloseTo(0.5, 10);
    expect(result.meanShareChange.change).toBeCloseTo(1.7 / 3 - 0.5, 10);
  });

  describe('customer value', () => {
    /**
     * Churn window 365 days. Orders (completed unless said):
     *   A  2024-03-01 100, 2025-02-01 200, 2025-08-01 300 (EUR, original 280, base 300)
     *   B  2024-06-01 400, 2025-06-01 999 cancelled
     *   C  2025-03-01 150, 2025-04-01 250
     *   D  2023-01-01 1300
     *   E  2025-12-20 777 refunded, 2025-12-31 100
     *   F  2026-03-01 500 (after asOf)
     * S = active base at 2025-01-01 (acquired by then, last order ≥ 2024-01-01): A, B → 2
     * E = active base at 2026-01-01 (last order ≥ 2025-01-01): A, C, E → 3
     * N = acquired in (2025-01-01, 2026-01-01]: C, E → 2
     * CRR = (3 − 2) / 2 = 0.5, churn = 0.5, lifetime = 1 / 0.5 = 2 years.
     * Historic to asOf: A 600, B 400, C 400, D 1300, E 100 → total 2800, mean 560, median 400;
     * as of 2025-01-01: A 100, B 400, D 1300 → mean 600.
     */
    let key: string;
    beforeAll(async () => {
      ({ key } = await tenantWith(
        ['A', 'B', 'C', 'D', 'E', 'F'].map((externalId) => ({ externalId })),
        [
          order('A1', 'A', '2024-03-01', '100'),
          order('A2', 'A', '2025-02-01', '200'),
          order('A3', 'A', '2025-08-01', '300', { currency: 'EUR', originalAmount: '280' }),
          order('B1', 'B', '2024-06-01', '400'),
          order('B2', 'B', '2025-06-01', '999', { status: 'CANCELLED' }),
          order('C1', 'C', '2025-03-01', '150'),
          order('C2', 'C', '2025-04-01', '250'),
          order('D1', 'D', '2023-01-01', '1300'),
          order('E0', 'E', '2025-12-20', '777', { status: 'REFUNDED' }),
          order('E1', 'E', '2025-12-31', '100'),
          order('F1', 'F', '2026-03-01', '500'),
        ],
      ));
    });

    it('gives the historic value and the CLV with its inputs', async () => {
      const result = await query(CUSTOMER_VALUE, { input: { asOf: AS_OF } }, key);
      expect(result.churnWindowDays).toBe(365);
      expect(result.historic).toMatchObject({ n: 5, total: '2800.00', mean: 560, median: 400, reason: null });
      expect(result.historic.meanChange).toMatchObject({ current: 560, previous: 600, change: -40 });
      expect(result.predicted.retention).toEqual({
        from: '2025-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', startBase: 2, endBase: 3, acquired: 2, retentionRate: 0.5, churnRate: 0.5,
      });
      // Window: A 200 + 300, C 150 + 250, E 100 → 5 orders, 3 buyers, 1000; AOV = 200;
      // 365 days → orders per buyer per year = 5 / 3 × 365 / 365 = 1.6667;
      // CLV = 200 × 5 / 3 × 2 = 666.67
      expect(result.predicted).toMatchObject({
        reason: null, orders: 5, buyers: 3, revenue: '1000.00', averageOrderValue: 200, windowDays: 365, expectedLifetimeYears: 2, lifetimeCapped: false,
      });
      expect(result.predicted.ordersPerBuyerPerYear).toBeCloseTo(5 / 3, 10);
      expect(result.predicted.value).toBeCloseTo(2000 / 3, 8);
    });

    it('annualizes a window shorter than a year linearly', async () => {
      // [2025-07-01, 2026-01-01) = 184 days: A 300, E 100 → 2 orders, 2 buyers, AOV 200;
      // orders per buyer per year = 1 × 365 / 184 = 1.98370; CLV = 200 × 1.98370 × 2 = 793.48
      // (retention still over the 365 days ending at asOf: lifetime 2)
      const result = await query(CUSTOMER_VALUE, { input: { asOf: AS_OF, from: '2025-07-01T00:00:00Z' } }, key);
      expect(result.predicted).toMatchObject({ orders: 2, buyers: 2, averageOrderValue: 200, windowDays: 184, expectedLifetimeYears: 2 });
      expect(result.predicted.ordersPerBuyerPerYear).toBeCloseTo(365 / 184, 10);
      expect(result.predicted.value).toBeCloseTo((200 * 365 / 184) * 2, 8);
    });

    it('gives no CLV, with a reason, when nobody was active a year before asOf', async () => {
      // Q acquired 2025-05-01: S = 0, so the churn rate is undefined; AOV is still reported.
      const { key: lateKey } = await tenantWith([{ externalId: 'Q' }], [order('Q1', 'Q', '2025-05-01', '80')]);
      const result = await query(CUSTOMER_VALUE, { input: { asOf: AS_OF } }, lateKey);
      expect(result.predicted).toMatchObject({ value: null, averageOrderValue: 80, expectedLifetimeYears: null });
      expect(result.predicted.reason).toMatch(/churn rate is undefined/);
      expect(result.predicted.retention).toMatchObject({ startBase: 0, endBase: 1, acquired: 1, retentionRate: null, churnRate: null });
    });
  });

  it('handles a single buyer', async () => {
    /**
     * X: 2024-06-01 100, 2025-06-01 100, estimate 400.
     * Concentration: every top share is X (1 of 1, share 1); Lorenz = the diagonal; Gini
     * 2 × 100 / 100 − 2 = 0; heavy = ceil(0.2) = 1, medium = ceil(0.5) − 1 = 0, light 0.
     * Tenure: active (last order within 365 days): 2024-06-01 → 2026-01-01 = 365 + 214 = 579.
     * Share of wallet: 100 / 400 = 0.25, coverage 1.
     * CLV: S = 1 (active at 2025-01-01), E = 1, N = 0 → CRR 1, churn 0 → lifetime = cap 10;
     * AOV 100 × 1 order per year × 10 = 1000. Historic: 200.
     */
    const { key } = await tenantWith([{ externalId: 'X', walletEstimate: '400' }], [order('X1', 'X', '2024-06-01', '100'), order('X2', 'X', '2025-06-01', '100')]);
    const input = { asOf: AS_OF };
    const concentration = await query(CONCENTRATION, { input }, key);
    expect(concentration.n).toBe(1);
    expect(concentration.topShares.map((top: any) => [top.customers, top.share])).toEqual([[1, 1], [1, 1], [1, 1], [1, 1]]);
    concentration.lorenz.forEach((point: any) => expect(point.revenueShare).toBeCloseTo(point.populationShare, 10));
    expect(concentration.gini).toBe(0);
    expect(concentration.tiers.map((tier: any) => [tier.customers, Number(tier.revenue), tier.share])).toEqual([[1, 100, 1], [0, 0, 0], [0, 0, 0]]);

    const tenure = await query(TENURE, { input }, key);
    expect(tenure).toMatchObject({ n: 1, active: 1, churned: 0, meanDays: 579, medianDays: 579, p90Days: 579 });

    const wallet = await query(SHARE_OF_WALLET, { input }, key);
    expect(wallet).toMatchObject({ buyers: 1, n: 1, coverage: 1, meanShare: 0.25, capped: 0 });

    const value = await query(CUSTOMER_VALUE, { input }, key);
    expect(value.historic).toMatchObject({ n: 1, total: '200.00', mean: 200, median: 200 });
    expect(value.predicted).toMatchObject({ value: 1000, averageOrderValue: 100, ordersPerBuyerPerYear: 1, expectedLifetimeYears: 10, lifetimeCapped: true });
    expect(value.predicted.retention).toMatchObject({ startBase: 1, endBase: 1, acquired: 0, retentionRate: 1, churnRate: 0 });
  });

  it('answers null with a reason, never 0, without completed orders', async () => {
    // N has no orders, M only a cancelled one.
    const { key } = await tenantWith([{ externalId: 'N', walletEstimate: '100' }, { externalId: 'M' }], [order('M1', 'M', '2025-06-01', '50', { status: 'CANCELLED' })]);
    const input = { asOf: AS_OF };
    const tenure = await query(TENURE, { input }, key);
    expect(tenure).toMatchObject({ n: 0, meanDays: null, medianDays: null, p90Days: null, reason: expect.any(String) });
    const wallet = await query(SHARE_OF_WALLET, { input }, key);
    expect(wallet).toMatchObject({ buyers: 0, n: 0, coverage: null, meanShare: null, reason: expect.any(String) });
    const concentration = await query(CONCENTRATION, { input }, key);
    expect(concentration).toMatchObject({ n: 0, gini: null, reason: expect.any(String) });
    expect(concentration.topShares.every((top: any) => top.share === null && top.customers === 0)).toBe(true);
    expect(concentration.lorenz.every((point: any) => point.revenueShare === null)).toBe(true);
    expect(concentration.tiers.every((tier: any) => tier.share === null)).toBe(true);
    const value = await query(CUSTOMER_VALUE, { input }, key);
    expect(value.historic).toMatchObject({ n: 0, mean: null, median: null, reason: expect.any(String) });
    expect(value.predicted).toMatchObject({ value: null, averageOrderValue: null, reason: 'no completed orders in the window' });
  });

  it('reports a share-of-wallet reason when no buyer has an estimate', async () => {
    const { key } = await tenantWith([{ externalId: 'A' }], [order('A1', 'A', '2025-06-01', '50')]);
    const wallet = await query(SHARE_OF_WALLET, { input: { asOf: AS_OF } }, key);
    expect(wallet).toMatchObject({ buyers: 1, n: 0, coverage: 0, meanShare: null, reason: 'no buyer in the window has a wallet estimate' });
  });

  describe('from the per-customer totals', () => {
    /**
     * asOf inside a day, 2026-01-01 15:00 UTC: the metrics read the bases at 2026-01-01 00:00
     * (as of asOf) and 2025-01-01 00:00 (as of asOf − 365 days) plus each day's slivers.
     * Window [2025-01-01 15:00, 2026-01-01 15:00); previous [2024-01-02 15:00, 2025-01-01 15:00).
     *   A  2025-06-01 00:00 50, 2026-01-01 10:00 100 (after the base, before asOf)
     *   B  2025-01-01 12:00 70 (3 h before the window: previous period), 2025-01-01 20:00 30
     *   C  2024-06-01 200 (previous period); 2026-01-01 16:00 500 is after asOf
     *   D  2026-01-01 09:00 40 in store: a first order after the base
     */
    const MID_DAY = '2026-01-01T15:00:00Z';
    let key: string;
    let tenantId: string;
    beforeAll(async () => {
      ({ key, tenantId } = await tenantWith(
        ['A', 'B', 'C', 'D'].map((externalId) => ({ externalId })),
        [
          { ...order('A1', 'A', '2025-06-01', '50') },
          { ...order('A2', 'A', '2026-01-01', '100'), placedAt: '2026-01-01T10:00:00Z' },
          { ...order('B1', 'B', '2025-01-01', '70'), placedAt: '2025-01-01T12:00:00Z' },
          { ...order('B2', 'B', '2025-01-01', '30'), placedAt: '2025-01-01T20:00:00Z' },
          order('C1', 'C', '2024-06-01', '200'),
          { ...order('C2', 'C', '2026-01-01', '500'), placedAt: '2026-01-01T16:00:00Z' },
          { ...order('D1', 'D', '2026-01-01', '40', { channel: 'store' }), placedAt: '2026-01-01T09:00:00Z' },
        ],
      ));
    });

    it('builds the bases it reads and gives the figures worked out from the orders', async () => {
      const concentration = await query(CONCENTRATION, { input: { asOf: MID_DAY }, topPercents: [100] }, key);
      // Window revenue A 150, B 30, D 40 → 220 over 3 buyers. Tiers of 3: heavy ceil(0.6) = 1
      // (A 150), medium ceil(1.5) − 1 = 1 (D 40), light 1 (B 30).
      expect(concentration.n).toBe(3);
      expect(Number(concentration.revenue)).toBe(220);
      expect(concentration.tiers.map((tier: any) => Number(tier.revenue))).toEqual([150, 40, 30]);
      const bases = await app.orm.em.fork().getConnection().execute<{ base_end: Date }[]>(
        'select base_end from customer_order_totals_base where tenant_id = ? order by base_end',
        [tenantId],
      );
      expect(bases.map((row) => new Date(row.base_end).toISOString())).toEqual(['2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);

      // Churn window 365 days: cutoff 2025-01-01 15:00. A active, 2025-06-01 → asOf = 214 d 15 h
      // = 214.625; B active (last order 20:00 ≥ cutoff), 365 d 3 h = 365.125; C churned, 0;
      // D active, 6 h = 0.25. Mean (214.625 + 365.125 + 0 + 0.25) / 4 = 145.
      const tenure = await query(TENURE, { input: { asOf: MID_DAY } }, key);
      expect(tenure).toMatchObject({ n: 4, churned: 1, active: 3 });
      expect(tenure.meanDays).toBeCloseTo(145, 9);

      // Annual retention over [2025-01-01 15:00, asOf): S = last order before the start within
      // 365 days of it (cutoff 2024-01-02 15:00): B, C → 2. E = A, B, D → 3. N = A, D → 2.
      const value = await query(CUSTOMER_VALUE, { input: { asOf: MID_DAY } }, key);
      expect(value.predicted.retention).toMatchObject({ startBase: 2, endBase: 3, acquired: 2, retentionRate: 0.5 });
      // Historic to asOf: A 150, B 100, C 200, D 40 = 490.
      expect(value.historic.n).toBe(4);
      expect(Number(value.historic.total)).toBe(490);
    });

    it('agrees with the orders, which a channel filter naming every channel reads', async () => {
      const everyChannel = { asOf: MID_DAY, filter: { channels: ['web', 'store'] } };
      for (const text of [TENURE, SHARE_OF_WALLET, CONCENTRATION, CUSTOMER_VALUE]) {
        const fromTotals = await query(text, { input: { asOf: MID_DAY } }, key);
        const fromOrders = await query(text, { input: everyChannel }, key);
        expect(fromTotals).toEqual(fromOrders);
      }
    });
  });

  it('refuses a key without analytics:read, bad topPercents and a breakdown, naming the field', async () => {
    const { key, tenantId } = await tenantWith([{ externalId: 'A' }], [order('A1', 'A', '2025-06-01', '50')]);
    const writer = await app.keyFor(tenantId, ['customers:read', 'customers:write']);
    for (const text of [TENURE, SHARE_OF_WALLET, CONCENTRATION, CUSTOMER_VALUE]) {
      expect(errorCodes(await app.post({ query: text, variables: {} }, writer))).toEqual(['FORBIDDEN']);
    }
    for (const [topPercents, field] of [[[0], 'topPercents[0]'], [[20, 150], 'topPercents[1]'], [Array.from({ length: 21 }, (_, index) => index + 1), 'topPercents']] as const) {
      const response = await app.post({ query: CONCENTRATION, variables: { topPercents } }, key);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0].extensions?.field).toBe(field);
    }
    for (const text of [TENURE, SHARE_OF_WALLET, CONCENTRATION, CUSTOMER_VALUE]) {
      const response = await app.post({ query: text, variables: { input: { groupBy: 'REGION' } } }, key);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0].extensions?.field).toBe('input.groupBy');
    }
    const backwards = await app.post({ query: TENURE, variables: { input: { from: '2026-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } } }, key);
    expect(backwards.body.errors?.[0].extensions?.field).toBe('input.from');
  });
});
