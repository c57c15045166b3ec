import { type OrderInput, RecordOrdersDocument, RfmCustomersDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import pg from 'pg';
import { ADVISORY_LOCK } from '../../src/db/advisory-locks.js';
import { APP_ROLE } from '../../src/db/app-role.js';
import { TestApp } from '../support/test-app.js';

/**
 * Per-customer order totals (customer-totals): RFM as of an instant inside a day is read from
 * a base built at that day's midnight plus the orders of the day, and the base stays true when
 * orders change after it was built. Every expectation is worked out by hand from the orders.
 *
 * asOf 2026-06-01 15:00 UTC, window 365 days: [2025-06-01 15:00, 2026-06-01 15:00).
 * The base: built at 2026-06-01 00:00 over [2025-06-01 00:00, 2026-06-01 00:00).
 *
 *   A  2026-06-01 10:00  40   after the base, before asOf: added by the day's sliver
 *      2026-01-01 00:00 100   in the base and the window
 *      2025-06-01 10:00  70   in the base but before the window start: removed
 *      → R = floor(5 h / 24 h) = 0, F = 2, M = 140
 *   B  2025-06-01 20:00  30   in both → R = floor(364 d 19 h / 24 h) = 364, F = 1, M = 30
 *   C  2025-06-01 12:00  25   before the window start only; 2026-06-01 16:00 is after asOf → not a buyer
 *   D  2026-06-01 09:00  20   first order ever, after the base: no base row → R = 0, F = 1, M = 20
 */
const AS_OF = '2026-06-01T15:00:00Z';
const BASE_END = '2026-06-01T00:00:00.000Z';
const ORDERS: OrderInput[] = [
  { externalId: 'A1', customerExternalId: 'A', placedAt: '2026-06-01T10:00:00Z', amount: '40' },
  { externalId: 'A2', customerExternalId: 'A', placedAt: '2026-01-01T00:00:00Z', amount: '100' },
  { externalId: 'A3', customerExternalId: 'A', placedAt: '2025-06-01T10:00:00Z', amount: '70' },
  { externalId: 'B1', customerExternalId: 'B', placedAt: '2025-06-01T20:00:00Z', amount: '30' },
  { externalId: 'C1', customerExternalId: 'C', placedAt: '2025-06-01T12:00:00Z', amount: '25' },
  { externalId: 'C2', customerExternalId: 'C', placedAt: '2026-06-01T16:00:00Z', amount: '25' },
  { externalId: 'D1', customerExternalId: 'D', placedAt: '2026-06-01T09:00:00Z', amount: '20' },
];

type Measures = Record<string, { recency: number; frequency: number; monetary: number }>;

describe('per-customer order totals behind RFM', () => {
  let app: TestApp;
  let key: string;
  let tenantId: string;
  let otherKey: string;
  let otherTenantId: string;

  async function measures(input: Record<string, unknown>, apiKey = key): Promise<Measures> {
    const response = await app.request(RfmCustomersDocument, { input, first: 1000 }, apiKey);
    expect(response.body.errors).toBeUndefined();
    return Object.fromEntries(
      response.body.data!.rfm.customers.edges.map(({ node }) => [node.externalId, { recency: node.recency, frequency: node.frequency, monetary: Number(node.monetary) }]),
    );
  }

  /** The window's bases of a tenant, read as the database owner (no row-level security). */
  async function bases(tenant: string): Promise<string[]> {
    const rows = await app.orm.em.fork().getConnection().execute<{ base_end: Date }[]>(
      `select base_end from customer_order_totals_base where tenant_id = ? and window_days = 365 order by base_end`,
      [tenant],
    );
    return rows.map((row) => new Date(row.base_end).toISOString());
  }

  async function record(orders: OrderInput[], apiKey = key): Promise<void> {
    const response = await app.request(RecordOrdersDocument, { input: orders }, apiKey);
    expect(response.body.errors).toBeUndefined();
  }

  beforeAll(async () => {
    app = await TestApp.start();
    ({ key, tenant: { id: tenantId } } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']));
    ({ key: otherKey, tenant: { id: otherTenantId } } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']));
    const customers = await app.request(UpsertCustomersDocument, { input: ['A', 'B', 'C', 'D'].map((externalId) => ({ externalId })) }, key);
    expect(customers.body.errors).toBeUndefined();
    await record(ORDERS);
    // Another tenant with a customer of the same external id and a large order on the same day.
    const others = await app.request(UpsertCustomersDocument, { input: [{ externalId: 'A' }] }, otherKey);
    expect(others.body.errors).toBeUndefined();
    await record([{ externalId: 'X1', customerExternalId: 'A', placedAt: '2026-03-01T00:00:00Z', amount: '9999' }], otherKey);
  });
  afterAll(async () => {
    await app.stop();
  });

  const EXPECTED: Measures = {
    A: { recency: 0, frequency: 2, monetary: 140 },
    B: { recency: 364, frequency: 1, monetary: 30 },
    D: { recency: 0, frequency: 1, monetary: 20 },
  };

  it('reads a base at the day\'s midnight plus the day\'s orders, and agrees with the orders themselves', async () => {
    expect(await bases(tenantId)).toEqual([]);
    expect(await measures({ asOf: AS_OF })).toEqual(EXPECTED);
    expect(await bases(tenantId)).toEqual([BASE_END]);
    // A window one second shorter is not whole days: no base serves it, the orders are read.
    const fromOrders = await measures({ asOf: AS_OF, from: '2025-06-01T15:00:01Z' });
    expect(fromOrders).toEqual(EXPECTED);
    expect(await bases(tenantId)).toEqual([BASE_END]);
  });

  it('keeps each tenant to its own base', async () => {
    // The other tenant's A: one order of 9999 on 2026-03-01 → R = 92 (92 days 15 h), F = 1.
    expect(await measures({ asOf: AS_OF }, otherKey)).toEqual({ A: { recency: 92, frequency: 1, monetary: 9999 } });
    expect(await bases(otherTenantId)).toEqual([BASE_END]);
    expect(await measures({ asOf: AS_OF })).toEqual(EXPECTED);
  });

  it('patches the base when an order before its end is added, refunded or moved', async () => {
    // B gets an order on 2026-03-01 (before the base's end): last order 2026-03-01 → R = 92, F = 2, M = 40.
    await record([{ externalId: 'B2', customerExternalId: 'B', placedAt: '2026-03-01T00:00:00Z', amount: '10' }]);
    expect((await measures({ asOf: AS_OF })).B).toEqual({ recency: 92, frequency: 2, monetary: 40 });
    // Refunded: back to B's one order.
    await record([{ externalId: 'B2', customerExternalId: 'B', placedAt: '2026-03-01T00:00:00Z', amount: '10', status: 'REFUNDED' as OrderInput['status'] }]);
    expect((await measures({ asOf: AS_OF })).B).toEqual(EXPECTED.B);
    // C's old order moves into the window (2025-12-01): C becomes a buyer, R = 182 (182 d 15 h), F = 1, M = 25.
    await record([{ externalId: 'C1', customerExternalId: 'C', placedAt: '2025-12-01T00:00:00Z', amount: '25' }]);
    expect((await measures({ asOf: AS_OF })).C).toEqual({ recency: 182, frequency: 1, monetary: 25 });
    // Patched in place, never dropped, and the other tenant untouched.
    expect(await bases(tenantId)).toEqual([BASE_END]);
    expect(await measures({ asOf: AS_OF }, otherKey)).toEqual({ A: { recency: 92, frequency: 1, monetary: 9999 } });
  });

  it('drops the base on a wide change (an import) and rebuilds it on the next request', async () => {
    const many = Array.from({ length: 120 }, (_, index) => `M${String(index).padStart(3, '0')}`);
    const customers = await app.request(UpsertCustomersDocument, { input: many.map((externalId) => ({ externalId })) }, key);
    expect(customers.body.errors).toBeUndefined();
    // 120 customers in one statement, each with one order of 5 on 2026-02-01 (R = 120 days 15 h → 120).
    await record(many.map((externalId) => ({ externalId: `${externalId}-1`, customerExternalId: externalId, placedAt: '2026-02-01T00:00:00Z', amount: '5' })));
    expect(await bases(tenantId)).toEqual([]);
    const after = await measures({ asOf: AS_OF });
    expect(Object.keys(after)).toHaveLength(4 + 120);
    expect(after.M000).toEqual({ recency: 120, frequency: 1, monetary: 5 });
    expect(after.A).toEqual(EXPECTED.A);
    expect(await bases(tenantId)).toEqual([BASE_END]);
    // The other tenant's base was not dropped by this tenant's import.
    expect(await bases(otherTenantId)).toEqual([BASE_END]);
  });

  it('reads the orders, without waiting, while another transaction holds the build lock (a long import)', async () => {
    const importer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await importer.connect();
    try {
      await importer.query('begin');
      await importer.query('select pg_advisory_xact_lock_shared($1, hashtext($2::text))', [ADVISORY_LOCK.customerTotalsBuild, tenantId]);
      // As of 2026-05-31 12:00 (no base for that day yet): A has 2026-01-01 (100) and, in the
      // window from 2025-05-31 12:00, 2025-06-01 10:00 (70) → R = floor(150 d 12 h) = 150, F = 2, M = 170.
      const scores = await measures({ asOf: '2026-05-31T12:00:00Z' });
      expect(scores.A).toEqual({ recency: 150, frequency: 2, monetary: 170 });
      expect(await bases(tenantId)).toEqual([BASE_END]);
    } finally {
      await importer.query('rollback');
      await importer.end();
    }
    // Once the lock is free, the next request builds that day's base.
    expect((await measures({ asOf: '2026-05-31T12:00:00Z' })).A).toEqual({ recency: 150, frequency: 2, monetary: 170 });
    expect(await bases(tenantId)).toEqual(['2026-05-31T00:00:00.000Z', BASE_END]);
  });

  it('serves no base for a window in the future, and reads the orders instead', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const scores = await measures({ asOf: future });
    expect(scores.A.frequency).toBeGreaterThan(0);
    expect((await bases(tenantId)).some((base) => base > new Date().toISOString())).toBe(false);
  });

  it('builds a day\'s base from the day before plus that day\'s orders', async () => {
    // As of 2026-06-02 12:00, window from 2025-06-02 12:00; the latest earlier base is 2026-06-01.
    //   A  A1 (2026-06-01 10:00, 40) and A2 (2026-01-01, 100); A3 is before the window → R = floor(26 h / 24 h) = 1, F = 2, M = 140
    //   B  B1 (2025-06-01 20:00) is before the window, B2 was refunded → not a buyer
    //   C  C1 moved to 2025-12-01 (25) and C2 (2026-06-01 16:00, 25) → R = floor(20 h / 24 h) = 0, F = 2, M = 50
    //   D  D1 (2026-06-01 09:00, 20) → R = floor(27 h / 24 h) = 1, F = 1, M = 20
    //   M000..M119  2026-02-01 (5) → R = floor(121 d 12 h) = 121, F = 1, M = 5
    const asOf = '2026-06-02T12:00:00Z';
    const scores = await measures({ asOf });
    expect(await bases(tenantId)).toContain('2026-06-02T00:00:00.000Z');
    expect(Object.keys(scores)).toHaveLength(3 + 120);
    expect(scores.A).toEqual({ recency: 1, frequency: 2, monetary: 140 });
    expect(scores.B).toBeUndefined();
    expect(scores.C).toEqual({ recency: 0, frequency: 2, monetary: 50 });
    expect(scores.D).toEqual({ recency: 1, frequency: 1, monetary: 20 });
    expect(scores.M119).toEqual({ recency: 121, frequency: 1, monetary: 5 });
    // And the same as reading every order (a window one second shorter has no base).
    const fromOrders = await measures({ asOf, from: '2025-06-02T12:00:01Z' });
    expect(fromOrders).toEqual(scores);
  });

  it('keeps eight bases, each in its own slot, the newest in the slot of the oldest', async () => {
    // A key of its own: the earlier tests spent much of the first key's query budget.
    const freshKey = await app.keyFor(tenantId, ['analytics:read']);
    const owner = app.orm.em.fork().getConnection();
    const kept = async () => owner.execute<{ slot: number; base_end: Date }[]>(
      'select slot, base_end from customer_order_totals_base where tenant_id = ? order by built_at', [tenantId],
    );
    // Nine days of May, each asOf a midnight: each request builds that day's base.
    const days = Array.from({ length: 9 }, (_, index) => `2026-05-${String(index + 1).padStart(2, '0')}T00:00:00.000Z`);
    for (const day of days) await measures({ asOf: day }, freshKey);
    const after = await kept();
    // Eight kept, in eight distinct slots 0..7: the last eight days asked for (each built after
    // every base of the earlier tests, so those and May 1 were the oldest and made room).
    expect(after.map((row) => new Date(row.base_end).toISOString())).toEqual(days.slice(1));
    expect(after.map((row) => row.slot).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Each base's rows are in its slot's partition and nowhere else. A base has a row per
    // customer with a completed order before its end: before 2026-05-09 that is A (A2, A3),
    // B (B1; B2 was refunded), C (C1, moved to 2025-12-01) and M000..M119 (2026-02-01), but not
    // D (first order 2026-06-01): 3 + 120 = 123 rows.
    const newest = after[after.length - 1];
    const rows = await owner.execute<{ slot: number; base_end: Date; count: string }[]>(
      `select slot, base_end, count(*) as count from customer_order_totals where tenant_id = ? group by slot, base_end order by base_end`, [tenantId],
    );
    expect(rows.map((row) => [row.slot, new Date(row.base_end).toISOString()])).toEqual(after.map((row) => [row.slot, new Date(row.base_end).toISOString()]));
    const [own] = await owner.execute<{ count: string }[]>(
      `select count(*) as count from customer_order_totals_slot_${newest.slot} where tenant_id = ? and base_end = ?`, [tenantId, newest.base_end],
    );
    expect(Number(own.count)).toBe(123);
    // The build analyzed its slot, so the planner knows the new base (without statistics it
    // estimated a base at one row and joined it by nested loops).
    const [analyzed] = await owner.execute<{ count: string }[]>(
      `select count(*) as count from pg_stats where tablename = ? and attname = 'base_end'
          and (most_common_vals::text like '%2026-05-09%' or histogram_bounds::text like '%2026-05-09%')`,
      [`customer_order_totals_slot_${newest.slot}`],
    );
    expect(Number(analyzed.count)).toBe(1);
    // Read back through the base, the same figures as from every order.
    expect(await measures({ asOf: days[8] }, freshKey)).toEqual(await measures({ asOf: days[8], from: '2025-05-09T00:00:01Z' }, freshKey));
  });

  it('holds every slot\'s partition to the tenant policy, as the table', async () => {
    const slots = ['customer_order_totals', ...Array.from({ length: 8 }, (_, slot) => `customer_order_totals_slot_${slot}`)];
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      const forced = await client.query(
        `select count(*)::int as count from pg_class where relname = any($1) and relrowsecurity and relforcerowsecurity`, [slots],
      );
      expect(forced.rows).toEqual([{ count: 9 }]);
      // Every slot holds rows of the first tenant (its eight bases, above), so the checks below
      // that the application role sees none of them can fail.
      for (const table of slots.slice(1)) {
        const { rows } = await client.query(`select count(*)::int as count from ${table} where tenant_id = $1`, [tenantId]);
        expect([table, rows[0].count > 0]).toEqual([table, true]);
      }
      await client.query('begin');
      await client.query(`set local role ${APP_ROLE}`);
      // No tenant set: no row of any slot, through the table or a partition.
      for (const table of slots) {
        const { rows } = await client.query(`select count(*)::int as count from ${table}`);
        expect([table, rows[0].count]).toEqual([table, 0]);
      }
      // The other tenant set: its own rows only, whichever slot holds them.
      await client.query(`select set_config('app.tenant_id', $1, true)`, [otherTenantId]);
      const seen = await client.query(`select distinct tenant_id from customer_order_totals`);
      expect(seen.rows).toEqual([{ tenant_id: otherTenantId }]);
      for (const table of slots.slice(1)) {
        const { rows } = await client.query(`select count(*)::int as count from ${table} where tenant_id <> $1`, [otherTenantId]);
        expect([table, rows[0].count]).toEqual([table, 0]);
      }
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});
