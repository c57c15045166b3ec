import { type OrderInput, RecordOrdersDocument, RevenueSeriesDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

/**
 * Revenue, orders and AOV per month and for the window, in a tenant on Europe/Berlin time
 * (UTC+1 in winter, UTC+2 from 2026-03-29). Window: January to April 2026 local time, as of
 * 2026-05-01 00:00 local = [2025-12-31 23:00Z, 2026-04-30 22:00Z).
 *
 *   order  customer  placed (UTC)            local month  channel  amount (base)  counted
 *   O1     A         2026-01-10 12:00        Jan          web      100            yes
 *   O2     B         2026-01-31 22:30        Jan (23:30)  store    50             yes
 *   O3     A         2026-01-31 23:30        Feb (00:30)  web      30             yes
 *   O4     C         2026-03-05 10:00        Mar          web      100 (90 EUR)   yes
 *   O5     B         2026-03-10 10:00        Mar          web      500 REFUNDED   no
 *   O6     C         2026-03-11 10:00        Mar          web      400 CANCELLED  no
 *   O7     C         2026-05-02 10:00        after asOf   web      70             no
 *   P1     A         2025-11-15 12:00        previous     web      200            previous period
 *   P2     B         2025-08-01 12:00        before both  web      999            no
 *
 * The window is 120 days less the hour of the spring change: 119 days 23 hours. The previous
 * period is the same length before it, [2025-09-02 00:00Z, 2025-12-31 23:00Z): only P1.
 */
const FROM = '2025-12-31T23:00:00.000Z';
const AS_OF = '2026-04-30T22:00:00.000Z';
const WINDOW = { from: FROM, to: AS_OF, asOf: AS_OF, interval: 'MONTH' as never };

const status = (value: string) => value as OrderInput['status'];
const ORDERS: OrderInput[] = [
  { externalId: 'O1', customerExternalId: 'A', placedAt: '2026-01-10T12:00:00Z', amount: '100', channel: 'web' },
  { externalId: 'O2', customerExternalId: 'B', placedAt: '2026-01-31T22:30:00Z', amount: '50', channel: 'store' },
  { externalId: 'O3', customerExternalId: 'A', placedAt: '2026-01-31T23:30:00Z', amount: '30', channel: 'web' },
  { externalId: 'O4', customerExternalId: 'C', placedAt: '2026-03-05T10:00:00Z', amount: '100', currency: 'EUR', originalAmount: '90', channel: 'web' },
  { externalId: 'O5', customerExternalId: 'B', placedAt: '2026-03-10T10:00:00Z', amount: '500', channel: 'web', status: status('REFUNDED') },
  { externalId: 'O6', customerExternalId: 'C', placedAt: '2026-03-11T10:00:00Z', amount: '400', channel: 'web', status: status('CANCELLED') },
  { externalId: 'O7', customerExternalId: 'C', placedAt: '2026-05-02T10:00:00Z', amount: '70', channel: 'web' },
  { externalId: 'P1', customerExternalId: 'A', placedAt: '2025-11-15T12:00:00Z', amount: '200', channel: 'web' },
  { externalId: 'P2', customerExternalId: 'B', placedAt: '2025-08-01T12:00:00Z', amount: '999', channel: 'web' },
];

describe('revenue, orders and AOV', () => {
  let app: TestApp;
  let key: string;

  async function revenue(input: Record<string, unknown>) {
    const response = await app.request(RevenueSeriesDocument, { input }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.revenue;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    ({ key } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read'], 't', { timeZone: 'Europe/Berlin' }));
    const customers = await app.request(UpsertCustomersDocument, { input: ['A', 'B', 'C'].map((externalId) => ({ externalId })) }, key);
    expect(customers.body.errors).toBeUndefined();
    const orders = await app.request(RecordOrdersDocument, { input: ORDERS }, key);
    expect(orders.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('gives one point per local month, an order at 23:30 on the last day in that month, and empty months as 0 with n = 0', async () => {
    const result = await revenue(WINDOW);
    expect(result.window.timeZone).toBe('Europe/Berlin');
    expect(result.series).toHaveLength(1);
    const points = result.series[0].points;
    // Jan: O1 + O2 = 150 over 2 (AOV 75); Feb: O3 30; Mar: O4 100 (the refund and the cancellation left out); Apr: nothing.
    expect(points.map((point) => [point.start, point.n, Number(point.revenue), point.orders, point.averageOrderValue])).toEqual([
      ['2025-12-31T23:00:00.000Z', 2, 150, 2, 75],
      ['2026-01-31T23:00:00.000Z', 1, 30, 1, 30],
      ['2026-02-28T23:00:00.000Z', 1, 100, 1, 100],
      ['2026-03-31T22:00:00.000Z', 0, 0, 0, null],
    ]);
    expect(points[3].reason).toBe('no completed orders in this bucket');
    // Growth on the month before: none for January; (30 − 150) / 150 = −0.8; (100 − 30) / 30 = 7/3; (0 − 100) / 100 = −1.
    expect(points[0].revenueGrowth).toBeNull();
    expect(points[1].revenueGrowth).toBeCloseTo(-0.8, 12);
    expect(points[2].revenueGrowth).toBeCloseTo(7 / 3, 12);
    expect(points[3].revenueGrowth).toBe(-1);
  });

  it('totals the window and compares with the previous period, the same with and without a breakdown', async () => {
    // Window: 150 + 30 + 100 = 280 over 4 orders (AOV 70). Previous period: P1, 200 over 1.
    const expected = {
      revenue: '280.00',
      orders: 4,
      averageOrderValue: 70,
      revenueChange: { current: 280, previous: 200, change: 80, relativeChange: 0.4 },
    };
    expect((await revenue(WINDOW)).totals).toEqual(expected);
    const byChannel = await revenue({ ...WINDOW, groupBy: 'CHANNEL' });
    expect(byChannel.totals).toEqual(expected);
    // store: O2 in January; web: O1 in January, O3 in February, O4 in March.
    expect(byChannel.series.map((series) => [series.group, series.points.map((point) => Number(point.revenue))])).toEqual([
      ['store', [50, 0, 0, 0]],
      ['web', [100, 30, 100, 0]],
    ]);
  });

  it('applies a channel filter to the series and the totals', async () => {
    const web = await revenue({ ...WINDOW, filter: { channels: ['web'] } });
    expect(web.series[0].points.map((point) => Number(point.revenue))).toEqual([100, 30, 100, 0]);
    // 100 + 30 + 100 = 230 over 3; previous: P1 (web) 200.
    expect(web.totals).toMatchObject({ revenue: '230.00', orders: 3, revenueChange: { current: 230, previous: 200, change: 30 } });
  });

  it('gives revenue 0 and no AOV, not an error, for a window without orders', async () => {
    const empty = await revenue({ from: '2024-01-01T00:00:00Z', to: '2024-03-01T00:00:00Z', asOf: '2024-03-01T00:00:00Z', interval: 'MONTH' });
    expect(empty.series[0].points.every((point) => point.n === 0 && point.averageOrderValue === null)).toBe(true);
    expect(empty.totals).toMatchObject({ revenue: '0', orders: 0, averageOrderValue: null, revenueChange: { current: 0, previous: 0, relativeChange: null } });
  });

  it('refuses a breakdown that does not apply to orders, naming the field', async () => {
    const response = await app.request(RevenueSeriesDocument, { input: { ...WINDOW, groupBy: 'FEEDBACK_CATEGORY' as never } }, key);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0].message).toContain('input.groupBy');
  });
});
