import pg from 'pg';
import { type OrderInput, RecordOrdersDocument, RfmSummaryDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import { APP_ROLE } from '../../src/db/app-role.js';
import { recordStatements } from '../../src/db/sql-runner.js';
import { sql, type SqlFragment } from '../../src/common/sql-fragment.js';
import { totalsAsOfSql, type KeptBase } from '../../src/modules/analytics/customer-totals/customer-totals.query.js';
import { rfmRankedSummarySql } from '../../src/modules/analytics/rfm/rfm-ranked-summary.query.js';
import { rfmSummarySql, type RfmScoring } from '../../src/modules/analytics/rfm/rfm.query.js';
import { RfmMethod } from '../../src/modules/analytics/rfm/rfm.enums.js';
import { compileSegmentMap, DEFAULT_SEGMENT_MAP } from '../../src/modules/analytics/rfm/rfm-segment-map.js';
import { TestApp } from '../support/test-app.js';

/**
 * RFM as of now from a base's places (rfm-ranked-summary.query.ts): the summary must be the one
 * sorting every buyer gives, with customers changed since the base was built (orders of the
 * day, orders leaving the window, orders patched into the base) and with the places unusable
 * once a customer with places loses every order.
 *
 * Orders are placed relative to today's UTC midnight (the base's end), each one second after a
 * midnight, so a customer's R is the same whatever the second of the day the request runs.
 */
const DAY = 86_400_000;
const WINDOW_DAYS = 365;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `work` as a request does: the application role, the tenant set, in a transaction rolled back after. */
async function asApplication<T>(tenant: string, work: (run: (fragment: SqlFragment) => Promise<pg.QueryResultRow[]>) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
    await client.query(`set local role ${APP_ROLE}`);
    const result = await work(async (fragment) => {
      let index = 0;
      return (await client.query(fragment.text.replace(/\?/g, () => `$${++index}`), [...fragment.params])).rows;
    });
    await client.query('rollback');
    return result;
  } finally {
    await client.end();
  }
}

describe('RFM as of now from the base\'s places', () => {
  let app: TestApp;
  let key: string;
  let tenantId: string;
  let baseEnd: number;

  /** An order `days` days before today's midnight, plus one second (negative: today). */
  const at = (days: number) => new Date(baseEnd - days * DAY + 1000).toISOString();

  async function record(orders: OrderInput[], apiKey = key): Promise<void> {
    const response = await app.request(RecordOrdersDocument, { input: orders }, apiKey);
    expect(response.body.errors).toBeUndefined();
  }

  /** The summary as of now, and whether it was computed from the places. */
  async function summaryNow(apiKey = key) {
    const statements: string[] = [];
    recordStatements((text) => statements.push(text));
    try {
      const response = await app.request(RfmSummaryDocument, {}, apiKey);
      expect(response.body.errors).toBeUndefined();
      return { rfm: response.body.data!.rfm, fromPlaces: statements.some((text) => text.includes('recency_ranked')), sortedAll: statements.some((text) => text.includes('percentile_cont')) };
    } finally {
      recordStatements(undefined);
    }
  }

  async function rankedBuyers(tenant = tenantId): Promise<number | null> {
    const rows = await app.orm.em.fork().getConnection().execute<{ ranked_buyers: number | null }[]>(
      `select ranked_buyers from customer_order_totals_base where tenant_id = ? and base_end = ? and window_days = ${WINDOW_DAYS}`,
      [tenant, new Date(baseEnd)],
    );
    expect(rows).toHaveLength(1);
    return rows[0].ranked_buyers;
  }

  beforeAll(async () => {
    // The base is today's: keep the whole file inside one UTC day.
    const toMidnight = DAY - (Date.now() % DAY);
    if (toMidnight < 180_000) await sleep(toMidnight + 3000);
    if (Date.now() % DAY < 3000) await sleep(3000);
    baseEnd = Math.floor(Date.now() / DAY) * DAY;
    app = await TestApp.start();
    ({ key, tenant: { id: tenantId } } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']));
  });
  afterAll(async () => {
    recordStatements(undefined);
    await app.stop();
  });

  it('gives the summary worked out by hand, with customers changed since the base was built', async () => {
    const ids = ['c01', 'c02', 'c03', 'c04', 'c05', 'c06', 'c07', 'c08', 'c09', 'c10', 'c11'];
    const customers = await app.request(UpsertCustomersDocument, { input: ids.map((externalId) => ({ externalId })) }, key);
    expect(customers.body.errors).toBeUndefined();
    const order = (id: string, customer: string, days: number, amount: number): OrderInput => ({ externalId: id, customerExternalId: customer, placedAt: at(days), amount: String(amount) });
    // Before today (in the base), except c09's and c10's orders of today.
    await record([
      order('o01', 'c01', 1, 100),
      order('o02a', 'c02', 2, 200), order('o02b', 'c02', 100, 50),
      order('o03', 'c03', 3, 30),
      order('o04a', 'c04', 10, 100), order('o04b', 'c04', 20, 100), order('o04c', 'c04', 30, 100),
      order('o05', 'c05', 40, 60),
      order('o06a', 'c06', 50, 100), order('o06b', 'c06', 60, 100),
      // 365 days before midnight + 1 s: in the base's window, out of now's (asOf − 365 days is later).
      order('o07a', 'c07', 365, 80), order('o07b', 'c07', 200, 70),
      order('o08', 'c08', 365, 90),
      order('o09a', 'c09', 5, 60), order('o09b', 'c09', -0, 40),
      order('o10', 'c10', -0, 25),
      order('o11a', 'c11', 7, 10),
    ]);
    // The first request builds today's base (its places) from the orders before midnight.
    expect((await summaryNow()).fromPlaces).toBe(true);
    // Its buyers at midnight: c01..c08 and c11 (c09's 5-day-old order too) = 10 with places.
    expect(await rankedBuyers()).toBe(10);
    // An order before midnight recorded after the build patches c11's row.
    await record([order('o11b', 'c11', 8, 500)]);

    // Now (R in whole days, F orders, M revenue):
    //   c01 R1 F1 M100   c02 R2 F2 M250   c03 R3 F1 M30    c04 R10 F3 M300   c05 R40 F1 M60
    //   c06 R50 F2 M200  c07 R200 F1 M70 (o07a left)       c08 not a buyer (its one order left)
    //   c09 R0 F2 M100 (today's order)    c10 R0 F1 M25 (first order today)  c11 R7 F2 M510 (patched)
    // N = 10. percentile_cont at q(N − 1) = 1.8, 3.6, 5.4, 7.2 (0-based):
    //   R sorted 0 0 1 2 3 7 10 40 50 200 → 0 + .8×1 = 0.8, 2 + .6×1 = 2.6, 7 + .4×3 = 8.2, 40 + .2×10 = 42
    //   M sorted 25 30 60 70 100 100 200 250 300 510 → 30 + .8×30 = 54, 70 + .6×30 = 88, 100 + .4×100 = 140, 250 + .2×50 = 260
    // F edges 1 + q×9 = 2.8, 4.6, 6.4, 8.2 on places by (F, external id):
    //   F1: c01 1, c03 2, c05 3, c07 4, c10 5; F2: c02 6, c06 7, c09 8, c11 9; F3: c04 10
    //   → f: c01 1, c03 1, c05 2, c07 2, c10 3, c02 3, c06 4, c09 4, c11 5, c04 5
    // r = 5 − edges below R: R0 → 5, R1/R2 → 4, R3/R7 → 3, R10/R40 → 2, R50/R200 → 1
    //   c09 r5 f4 CHAMPIONS; c10 r5 f3, c02 r4 f3 POTENTIAL_LOYALIST; c01 r4 f1 PROMISING;
    //   c03 r3 f1 ABOUT_TO_SLEEP; c11 r3 f5 LOYAL; c04 r2 f5 CANNOT_LOSE; c05 r2 f2, c07 r1 f2
    //   HIBERNATING; c06 r1 f4 AT_RISK.
    const { rfm, fromPlaces } = await summaryNow();
    expect(fromPlaces).toBe(true);
    expect(rfm.customerCount).toBe(10);
    // Revenue 100 + 250 + 30 + 300 + 60 + 200 + 70 + 100 + 25 + 510 = 1645.
    expect(Number(rfm.revenue)).toBe(1645);
    const close = (values: number[]) => values.map((value) => expect.closeTo(value, 9));
    expect(rfm.thresholds).toEqual({ recency: close([0.8, 2.6, 8.2, 42]), frequency: close([2.8, 4.6, 6.4, 8.2]), monetary: close([54, 88, 140, 260]) });
    const segments = Object.fromEntries(rfm.segments.map((segment) => [segment.segment, segment]));
    expect(Object.fromEntries(rfm.segments.map((segment) => [segment.segment, segment.customers]))).toEqual({
      CHAMPIONS: 1, LOYAL: 1, POTENTIAL_LOYALIST: 2, NEW: 0, PROMISING: 1, NEED_ATTENTION: 0, ABOUT_TO_SLEEP: 1, AT_RISK: 1, CANNOT_LOSE: 1, HIBERNATING: 2,
    });
    // POTENTIAL_LOYALIST c02 + c10: revenue 275, mean R (2 + 0) / 2 = 1, mean F 1.5, mean M 137.5.
    expect(segments.POTENTIAL_LOYALIST).toMatchObject({ meanRecency: 1, meanFrequency: 1.5, meanMonetary: 137.5 });
    expect(Number(segments.POTENTIAL_LOYALIST.revenue)).toBe(275);
    // HIBERNATING c05 + c07: revenue 130, mean R (40 + 200) / 2 = 120.
    expect(segments.HIBERNATING).toMatchObject({ meanRecency: 120, meanFrequency: 1 });
    expect(Number(segments.HIBERNATING.revenue)).toBe(130);
    expect(segments.LOYAL).toMatchObject({ meanRecency: 7, meanFrequency: 2 });
    expect(Number(segments.LOYAL.revenue)).toBe(510);
    const filled = rfm.grid.filter((cell) => cell.customers > 0).map((cell) => `${cell.r}${cell.f}:${cell.customers}`).sort();
    expect(filled).toEqual(['12:1', '14:1', '22:1', '25:1', '31:1', '35:1', '41:1', '43:1', '53:1', '54:1']);
  });

  it('stops using the places once a customer with a place loses every order, and still gives the right summary', async () => {
    // c03's only order refunded: its row leaves the base, its place would be a gap.
    await record([{ externalId: 'o03', customerExternalId: 'c03', placedAt: at(3), amount: '30', status: 'REFUNDED' as OrderInput['status'] }]);
    expect(await rankedBuyers()).toBeNull();
    // A request that found the base before the refund still runs the places statement, which
    // then reports the places unusable instead of giving figures from them.
    const owner = app.orm.em.fork().getConnection();
    const [{ slot }] = await owner.execute<{ slot: number }[]>(
      `select slot from customer_order_totals_base where tenant_id = ? and base_end = ? and window_days = ${WINDOW_DAYS}`, [tenantId, new Date(baseEnd)],
    );
    const asOf = new Date();
    const statement = rfmRankedSummarySql(
      { tenantId, asOf, from: new Date(asOf.getTime() - WINDOW_DAYS * DAY), to: asOf, method: RfmMethod.QUANTILE, cells: compileSegmentMap(DEFAULT_SEGMENT_MAP, 'map').cells },
      { tenantId, baseEnd: new Date(baseEnd), windowDays: WINDOW_DAYS, slot, ranked: true },
    );
    const rows = await asApplication(tenantId, (run) => run(statement));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.ranked)).toEqual(rows.map(() => false));
    const { rfm, sortedAll, fromPlaces } = await summaryNow();
    expect([sortedAll, fromPlaces]).toEqual([true, false]);
    // N = 9 without c03. R sorted 0 0 1 2 7 10 40 50 200 at q×8 = 1.6, 3.2, 4.8, 6.4:
    //   0 + .6×1 = 0.6, 2 + .2×5 = 3, 7 + .8×3 = 9.4, 40 + .4×10 = 44.
    expect(rfm.customerCount).toBe(9);
    expect(rfm.thresholds!.recency).toEqual([0.6, 3, 9.4, 44].map((value) => expect.closeTo(value, 9)));
    expect(rfm.segments.find((segment) => segment.segment === 'ABOUT_TO_SLEEP')!.customers).toBe(0);
  });

  it('gives places to today\'s base only', async () => {
    // A summary as of yesterday's midnight builds that day's base, which RFM as of now never reads.
    const yesterday = new Date(baseEnd - DAY).toISOString();
    const response = await app.request(RfmSummaryDocument, { input: { asOf: yesterday } }, key);
    expect(response.body.errors).toBeUndefined();
    const rows = await app.orm.em.fork().getConnection().execute<{ ranked_buyers: number | null; places: string }[]>(
      `select b.ranked_buyers, (select count(t.recency_rank) from customer_order_totals t
                                 where t.tenant_id = b.tenant_id and t.slot = b.slot and t.base_end = b.base_end) as places
         from customer_order_totals_base b where b.tenant_id = ? and b.base_end = ?`,
      [tenantId, new Date(yesterday)],
    );
    expect(rows.map((row) => [row.ranked_buyers, Number(row.places)])).toEqual([[null, 0]]);
  });

  it('equals sorting every buyer, on 1,500 customers with ties, at any instant of the day', async () => {
    const { key: otherKey, tenant: { id: other } } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']);
    // A fixed pseudo-random sequence: amounts from a short list and days from a short range
    // make ties in every measure; external ids are not in creation order.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // The high bits: an LCG's low bits repeat with a short period.
      return Math.floor(seed / 65536) % n;
    };
    const ids = Array.from({ length: 1500 }, (_, index) => `k${String((index * 7919) % 1500).padStart(4, '0')}`);
    for (let start = 0; start < ids.length; start += 1000) {
      const upserted = await app.request(UpsertCustomersDocument, { input: ids.slice(start, start + 1000).map((externalId) => ({ externalId })) }, otherKey);
      expect(upserted.body.errors).toBeUndefined();
    }
    const amounts = [10, 20, 20, 35.5, 50, 50, 50, 80, 120, 300];
    const orders: OrderInput[] = [];
    ids.forEach((id, index) => {
      const count = 1 + next(4);
      for (let n = 0; n < count; n++) {
        // Days back 0..399 in steps that repeat: many customers share a last order day; some
        // orders fall in the slivers (day 365 leaves the window during the day).
        const days = [365, 364, 1, 2, 30, 90, 200, 399][next(8)] + (next(3) === 0 ? next(40) : 0);
        orders.push({ externalId: `${id}-${n}`, customerExternalId: id, placedAt: at(days), amount: String(amounts[next(amounts.length)]) });
      }
      if (index % 9 === 0) orders.push({ externalId: `${id}-old`, customerExternalId: id, placedAt: at(365), amount: '15' });
    });
    for (let start = 0; start < orders.length; start += 1000) await record(orders.slice(start, start + 1000), otherKey);
    expect((await summaryNow(otherKey)).fromPlaces).toBe(true);
    // After the build: orders of today for 60 customers (some new buyers), and patches before
    // midnight for 40 more (a new old order, a refund that leaves other orders).
    const today = ids.slice(0, 60).map((id, index) => ({ externalId: `${id}-today`, customerExternalId: id, placedAt: at(-0), amount: String(amounts[index % amounts.length]) }));
    await record(today, otherKey);
    await record(ids.slice(100, 140).map((id, index) => ({ externalId: `${id}-late`, customerExternalId: id, placedAt: at(3 + (index % 5)), amount: '50' })), otherKey);
    const refunded = orders.filter((order) => order.externalId.endsWith('-old')).slice(0, 20);
    await record(refunded.map((order) => ({ ...order, status: 'REFUNDED' as OrderInput['status'] })), otherKey);
    const rankedRows = await app.orm.em.fork().getConnection().execute<{ slot: number; ranked_buyers: number | null }[]>(
      `select slot, ranked_buyers from customer_order_totals_base where tenant_id = ? and base_end = ?`, [other, new Date(baseEnd)],
    );
    expect(rankedRows).toHaveLength(1);
    expect(rankedRows[0].ranked_buyers).toBeGreaterThan(1200);
    const base: KeptBase = { tenantId: other, baseEnd: new Date(baseEnd), windowDays: WINDOW_DAYS, slot: rankedRows[0].slot };

    await asApplication(other, async (run) => {
      const sorted = (rows: Record<string, unknown>[]) => rows.map(({ ranked: _ranked, ...row }) => JSON.stringify(row)).sort();
      // Midnight itself (nothing since), 00:00:00.5 (before the slivers' orders), an hour in,
      // and now; each compared with every buyer sorted.
      for (const offset of [0, 500, 3_600_000, Date.now() - baseEnd]) {
        const asOf = new Date(baseEnd + offset);
        const scoring: RfmScoring = {
          tenantId: other, asOf, from: new Date(asOf.getTime() - WINDOW_DAYS * DAY), to: asOf, method: RfmMethod.QUANTILE,
          cells: compileSegmentMap(DEFAULT_SEGMENT_MAP, 'map').cells, totals: totalsAsOfSql(base, asOf),
        };
        // Both statements bin revenue by the float8 the totals carry: the base's own, or the
        // conversion of the customers the slivers changed, always the exact revenue's.
        const [floats] = await run(sql`
          select count(*)::int as buyers, count(*) filter (where monetary_value is distinct from window_revenue::float8)::int as wrong
            from (${totalsAsOfSql(base, asOf)}) t`);
        expect([offset, floats]).toEqual([offset, { buyers: expect.any(Number), wrong: 0 }]);
        const ranked = await run(rfmRankedSummarySql(scoring, base));
        const everyBuyer = await run(rfmSummarySql(scoring));
        expect(ranked[0].ranked).toBe(true);
        // Enough buyers that the edges are not trivial, and the same rows to the last bit.
        expect(everyBuyer.find((row) => row.kind === 'edges')?.customers).toBeGreaterThan(1200);
        expect([offset, sorted(ranked)]).toEqual([offset, sorted(everyBuyer)]);
      }
    });
  });
});
