import pg from 'pg';
import { type OrderInput, RecordOrdersDocument, RevenueSeriesDocument, TagCustomerDocument, UpsertCustomersDocument, UpsertTagDocument } from '../generated/graphql.js';
import { ADVISORY_LOCK } from '../../src/db/advisory-locks.js';
import { APP_ROLE } from '../../src/db/app-role.js';
import { TestApp } from '../support/test-app.js';

/**
 * The revenue days behind the revenue series: completed orders summed per local day, channel
 * and region, built on first use and kept true by triggers. Every figure is worked out by hand
 * from the orders below, in a tenant on Europe/Berlin time (UTC+1, UTC+2 from 2026-03-29 01:00Z).
 *
 *   order  customer (region)  placed (UTC)        local day     channel  amount  counted
 *   O1     A (north)          2026-03-01 10:00    Mar 1 11:00   web      100     before `from`
 *   O2     B (south)          2026-03-01 22:30    Mar 1 23:30   store     50     partial first day
 *   O3     C (none)           2026-03-01 23:30    Mar 2 00:30   web       30     whole day
 *   O4     A (north)          2026-03-29 00:30    Mar 29 01:30  web       20     whole day (spring change)
 *   O5     B (south)          2026-04-15 12:00    Apr 15        web      500     REFUNDED: never
 *   O6     A (north)          2026-04-30 21:30    Apr 30 23:30  web       40     whole day
 *   O7     B (south)          2026-04-30 22:30    May 1 00:30   store     60     partial last day
 *
 * Window: from 2026-03-01 12:00Z (Mar 1 13:00 local) to = asOf 2026-05-01 10:00Z (May 1 12:00),
 * by month: March, April, May. Whole local days Mar 2 .. Apr 30 come from the days; Mar 1 after
 * 13:00 and May 1 before 12:00 from the orders.
 */
const WINDOW = { from: '2026-03-01T12:00:00Z', to: '2026-05-01T10:00:00Z', asOf: '2026-05-01T10:00:00Z', interval: 'MONTH' as never };
const status = (value: string) => value as OrderInput['status'];
const ORDERS: OrderInput[] = [
  { externalId: 'O1', customerExternalId: 'A', placedAt: '2026-03-01T10:00:00Z', amount: '100', channel: 'web' },
  { externalId: 'O2', customerExternalId: 'B', placedAt: '2026-03-01T22:30:00Z', amount: '50', channel: 'store' },
  { externalId: 'O3', customerExternalId: 'C', placedAt: '2026-03-01T23:30:00Z', amount: '30', channel: 'web' },
  { externalId: 'O4', customerExternalId: 'A', placedAt: '2026-03-29T00:30:00Z', amount: '20', channel: 'web' },
  { externalId: 'O5', customerExternalId: 'B', placedAt: '2026-04-15T12:00:00Z', amount: '500', channel: 'web', status: status('REFUNDED') },
  { externalId: 'O6', customerExternalId: 'A', placedAt: '2026-04-30T21:30:00Z', amount: '40', channel: 'web' },
  { externalId: 'O7', customerExternalId: 'B', placedAt: '2026-04-30T22:30:00Z', amount: '60', channel: 'store' },
];

/** group → revenue per month (March, April, May), orders in brackets: "50 (1)". */
type Table = Record<string, string[]>;

describe('revenue days behind the revenue series', () => {
  let app: TestApp;
  let key: string;
  let tenantId: string;
  let otherKey: string;
  let otherTenantId: string;

  async function series(input: Record<string, unknown>, apiKey = key): Promise<Table> {
    const response = await app.request(RevenueSeriesDocument, { input: { ...WINDOW, ...input } }, apiKey);
    expect(response.body.errors).toBeUndefined();
    return Object.fromEntries(response.body.data!.revenue.series.map((line) => [
      line.group ?? '(none)',
      line.points.map((point) => `${Number(point.revenue)} (${point.orders})`),
    ]));
  }

  /** The tenant's day rows in a zone, read as the database owner (no row-level security). */
  async function days(tenant: string, timeZone = 'Europe/Berlin'): Promise<string[]> {
    const rows = await app.orm.em.fork().getConnection().execute<{ row: string }[]>(
      `select concat_ws(' ', day::text, coalesce(channel, '-'), coalesce(region, '-'), orders, revenue::numeric(12, 2)) as row
         from order_revenue_days where tenant_id = ? and time_zone = ? order by 1`,
      [tenant, timeZone],
    );
    return rows.map((row) => row.row);
  }

  async function zones(tenant: string): Promise<string[]> {
    const rows = await app.orm.em.fork().getConnection().execute<{ time_zone: string }[]>(
      `select time_zone from order_revenue_days_base where tenant_id = ? order by time_zone`, [tenant],
    );
    return rows.map((row) => row.time_zone);
  }

  async function record(orders: OrderInput[], apiKey = key): Promise<void> {
    const response = await app.request(RecordOrdersDocument, { input: orders }, apiKey);
    expect(response.body.errors).toBeUndefined();
  }

  async function upsertCustomers(customers: { externalId: string; region?: string }[], apiKey = key): Promise<void> {
    const response = await app.request(UpsertCustomersDocument, { input: customers }, apiKey);
    expect(response.body.errors).toBeUndefined();
  }

  /** Runs statements as the application role with the tenant set, in one transaction. */
  async function asApp(tenant: string, statements: [string, unknown[]][]): Promise<void> {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`set local role ${APP_ROLE}`);
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      for (const [text, params] of statements) await client.query(text, params);
      await client.query('commit');
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    app = await TestApp.start();
    const scopes = ['customers:read', 'customers:write', 'analytics:read'];
    ({ key, tenant: { id: tenantId } } = await app.tenantWithKey(scopes, 't', { timeZone: 'Europe/Berlin' }));
    ({ key: otherKey, tenant: { id: otherTenantId } } = await app.tenantWithKey(scopes, 't', { timeZone: 'Europe/Berlin' }));
    await upsertCustomers([{ externalId: 'A', region: 'north' }, { externalId: 'B', region: 'south' }, { externalId: 'C' }]);
    await record(ORDERS);
    // Another tenant: same external ids and region names, a large order on a day of the window.
    await upsertCustomers([{ externalId: 'A', region: 'north' }], otherKey);
    await record([{ externalId: 'X1', customerExternalId: 'A', placedAt: '2026-03-10T12:00:00Z', amount: '9999', channel: 'web' }], otherKey);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('builds the days on first use, with each order on its local day, and serves the series from them', async () => {
    expect(await zones(tenantId)).toEqual([]);
    // March: O2 (south, store, 50), O3 (no region, web, 30), O4 (north, web, 20); April: O6
    // (north, web, 40); May: O7 (south, store, 60). O1 is before `from`, O5 refunded.
    expect(await series({ groupBy: 'REGION' })).toEqual({
      north: ['20 (1)', '40 (1)', '0 (0)'],
      south: ['50 (1)', '0 (0)', '60 (1)'],
      '(none)': ['30 (1)', '0 (0)', '0 (0)'],
    });
    // Every completed order of the tenant on its local day, O1 and O7 included (all before today).
    expect(await days(tenantId)).toEqual([
      '2026-03-01 store south 1 50.00',
      '2026-03-01 web north 1 100.00',
      '2026-03-02 web - 1 30.00',
      '2026-03-29 web north 1 20.00',
      '2026-04-30 web north 1 40.00',
      '2026-05-01 store south 1 60.00',
    ]);
    // By channel: March web 30 + 20 = 50 (2), store 50 (1); April web 40; May store 60.
    expect(await series({ groupBy: 'CHANNEL' })).toEqual({
      store: ['50 (1)', '0 (0)', '60 (1)'],
      web: ['50 (2)', '40 (1)', '0 (0)'],
    });
    // No breakdown, filtered to the north and south regions: March 50 + 20 = 70 (2).
    expect(await series({ filter: { regions: ['north', 'south'] } })).toEqual({ '(none)': ['70 (2)', '40 (1)', '60 (1)'] });
    expect(await series({ filter: { channels: ['store'] }, groupBy: 'REGION' })).toEqual({ south: ['50 (1)', '0 (0)', '60 (1)'] });
  });

  it('reads the orders for a tag filter or breakdown, which the days do not keep', async () => {
    const tag = await app.request(UpsertTagDocument, { input: { key: 'vip', label: 'VIP', category: 'TIER' as never } }, key);
    expect(tag.body.errors).toBeUndefined();
    const tagged = await app.request(TagCustomerDocument, { input: { customerExternalId: 'A', tagKey: 'vip' } as never }, key);
    expect(tagged.body.errors).toBeUndefined();
    // A's orders in the window: O4 (March, 20) and O6 (April, 40).
    expect(await series({ filter: { tagKeys: ['vip'] }, groupBy: 'REGION' })).toEqual({ north: ['20 (1)', '40 (1)', '0 (0)'] });
    // By tag, B and C (untagged) in the group without one: March O2 50 + O3 30, May O7 60.
    expect(await series({ groupBy: 'TAG' })).toEqual({ vip: ['20 (1)', '40 (1)', '0 (0)'], '(none)': ['80 (2)', '0 (0)', '60 (1)'] });
  });

  it('gives the same figures for a window inside one day, which no whole day serves', async () => {
    // Mar 1 22:00Z to 23:45Z: O2 (22:30Z) and O3 (23:30Z), across local midnight (23:00Z).
    expect(await series({ from: '2026-03-01T22:00:00Z', to: '2026-03-01T23:45:00Z', asOf: '2026-03-01T23:45:00Z', interval: 'DAY', groupBy: 'CHANNEL' })).toEqual({
      store: ['50 (1)', '0 (0)'],
      web: ['0 (0)', '30 (1)'],
    });
  });

  it('keeps each tenant to its own days', async () => {
    expect(await series({ groupBy: 'REGION' }, otherKey)).toEqual({ north: ['9999 (1)', '0 (0)', '0 (0)'] });
    expect(await days(otherTenantId)).toEqual(['2026-03-10 web north 1 9999.00']);
    expect(await series({ groupBy: 'REGION' })).toEqual({
      north: ['20 (1)', '40 (1)', '0 (0)'],
      south: ['50 (1)', '0 (0)', '60 (1)'],
      '(none)': ['30 (1)', '0 (0)', '0 (0)'],
    });
  });

  it('patches the days when an order is added, refunded or deleted, or a customer moves region', async () => {
    // B gets 15 on Apr 10 (south, web): April south 15 (1).
    await record([{ externalId: 'O8', customerExternalId: 'B', placedAt: '2026-04-10T10:00:00Z', amount: '15', channel: 'web' }]);
    expect((await series({ groupBy: 'REGION' })).south).toEqual(['50 (1)', '15 (1)', '60 (1)']);
    // O6 refunded: April north has nothing left, and its day row is gone.
    await record([{ ...ORDERS[5], status: status('REFUNDED') }]);
    expect((await series({ groupBy: 'REGION' })).north).toEqual(['20 (1)', '0 (0)', '0 (0)']);
    expect((await days(tenantId)).filter((row) => row.startsWith('2026-04-30'))).toEqual([]);
    // C moves to the north: O3 (30) joins O4 (20) there in March; no group without a region.
    await upsertCustomers([{ externalId: 'C', region: 'north' }]);
    expect(await series({ groupBy: 'REGION' })).toEqual({
      north: ['50 (2)', '0 (0)', '0 (0)'],
      south: ['50 (1)', '15 (1)', '60 (1)'],
    });
    // O8 deleted (no API deletes orders; the trigger must still hold for SQL that does).
    await asApp(tenantId, [[`delete from "order" where tenant_id = $1 and external_id = 'O8'`, [tenantId]]]);
    expect((await series({ groupBy: 'REGION' })).south).toEqual(['50 (1)', '0 (0)', '60 (1)']);
    expect(await days(tenantId)).toEqual([
      '2026-03-01 store south 1 50.00',
      '2026-03-01 web north 1 100.00',
      '2026-03-02 web north 1 30.00',
      '2026-03-29 web north 1 20.00',
      '2026-05-01 store south 1 60.00',
    ]);
    // The other tenant untouched.
    expect(await days(otherTenantId)).toEqual(['2026-03-10 web north 1 9999.00']);
  });

  it('adds an import batch of orders over many days to the days in place', async () => {
    // 70 orders of 1 for B, one a day from Jan 1 2026 at 12:00Z (13:00 local), in one statement.
    // In the window (from Mar 1 12:00Z): I59 .. I69, Mar 1 .. Mar 11 at 12:00Z (31 + 28 = 59 days
    // after Jan 1) → 11 orders in March, all south, web.
    const orders = Array.from({ length: 70 }, (_, index) => ({
      externalId: `I${index}`, customerExternalId: 'B', placedAt: new Date(Date.UTC(2026, 0, 1 + index, 12)).toISOString(), amount: '1', channel: 'web',
    }));
    await record(orders);
    expect(await zones(tenantId)).toEqual(['Europe/Berlin']);
    // South in March: O2 50 + 11 × 1 = 61 (12).
    expect((await series({ groupBy: 'REGION' })).south).toEqual(['61 (12)', '0 (0)', '60 (1)']);
    // The 70 rows of B's web orders (Jan 1 .. Mar 11, south) plus the five rows above, none
    // merged: on Mar 1 and Mar 2 the rows above are another channel or region.
    const patched = await days(tenantId);
    expect(patched).toHaveLength(75);
    expect(patched.filter((row) => row.startsWith('2026-03-01'))).toEqual([
      '2026-03-01 store south 1 50.00',
      '2026-03-01 web north 1 100.00',
      '2026-03-01 web south 1 1.00',
    ]);
  });

  it('drops the days on a change of more than 1,000 orders, or a customer deleted with their orders, and builds them again', async () => {
    // 1,001 orders of 2 for B on 2025-06-01 12:00Z, before the window, in one statement.
    await asApp(tenantId, [[
      `insert into "order" (tenant_id, external_id, customer_id, placed_at, amount, currency, channel)
       select $1, 'bulk-' || n, (select id from customer where tenant_id = $1 and external_id = 'B'), '2025-06-01T12:00:00Z', 2, 'EUR', 'web'
         from generate_series(1, 1001) n`,
      [tenantId],
    ]]);
    expect(await zones(tenantId)).toEqual([]);
    expect(await zones(otherTenantId)).toEqual(['Europe/Berlin']);
    // Outside the window: the series is as before; the rebuilt days hold them on their day.
    expect((await series({ groupBy: 'REGION' })).south).toEqual(['61 (12)', '0 (0)', '60 (1)']);
    expect(await zones(tenantId)).toEqual(['Europe/Berlin']);
    expect((await days(tenantId)).filter((row) => row.startsWith('2025-06-01'))).toEqual(['2025-06-01 web south 1001 2002.00']);
    // Z, with an order of 5 on Apr 2 (north), then deleted with their orders (as an erasure would).
    await upsertCustomers([{ externalId: 'Z', region: 'north' }]);
    await record([{ externalId: 'Z1', customerExternalId: 'Z', placedAt: '2026-04-02T10:00:00Z', amount: '5', channel: 'web' }]);
    expect((await series({ groupBy: 'REGION' })).north).toEqual(['50 (2)', '5 (1)', '0 (0)']);
    await app.orm.em.fork().getConnection().execute(`delete from customer where tenant_id = ? and external_id = 'Z'`, [tenantId]);
    expect(await zones(tenantId)).toEqual([]);
    expect((await series({ groupBy: 'REGION' })).north).toEqual(['50 (2)', '0 (0)', '0 (0)']);
    expect(await zones(tenantId)).toEqual(['Europe/Berlin']);
  });

  it('reads the orders without waiting while another transaction holds the build lock, and builds once it is free', async () => {
    const importer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await importer.connect();
    try {
      await importer.query('begin');
      await importer.query('select pg_advisory_xact_lock_shared($1, hashtext($2::text))', [ADVISORY_LOCK.revenueDaysBuild, tenantId]);
      // In Tokyo time (UTC+9), March runs from Feb 28 15:00Z: the same orders, the window is in
      // UTC instants, and the buckets are Tokyo months: Mar 1 .. May 1 local.
      // March (to Mar 31 15:00Z): O2, O3, O4, I59..I69 (Mar 1 .. Mar 11, 11 × 1) → 50 + 30 + 20 + 11 = 111 (14).
      // April: nothing left (O6 refunded, O8 deleted); May (from Apr 30 15:00Z): O7 60 (1).
      const expected = { '(none)': ['111 (14)', '0 (0)', '60 (1)'] };
      expect(await series({ timeZone: 'Asia/Tokyo' })).toEqual(expected);
      expect(await zones(tenantId)).toEqual(['Europe/Berlin']);
      await importer.query('rollback');
      expect(await series({ timeZone: 'Asia/Tokyo' })).toEqual(expected);
      expect(await zones(tenantId)).toEqual(['Asia/Tokyo', 'Europe/Berlin']);
    } finally {
      await importer.end();
    }
  });

  it('keeps three zones per tenant, dropping the one built longest ago', async () => {
    const freshKey = await app.keyFor(tenantId, ['analytics:read']);
    await series({ timeZone: 'America/New_York' }, freshKey);
    expect(await zones(tenantId)).toEqual(['America/New_York', 'Asia/Tokyo', 'Europe/Berlin']);
    await series({ timeZone: 'UTC' }, freshKey);
    // Europe/Berlin was built before Asia/Tokyo (in the test above), so it made room.
    expect(await zones(tenantId)).toEqual(['America/New_York', 'Asia/Tokyo', 'UTC']);
    expect(await days(tenantId, 'Europe/Berlin')).toEqual([]);
  });

  it('extends the days to today on the first request of a new day, and reads today\'s and later orders from the orders', async () => {
    const freshKey = await app.keyFor(tenantId, ['analytics:read']);
    const owner = app.orm.em.fork().getConnection();
    // As if built ten days ago (the tenant had no orders in the last ten days to remove).
    await owner.execute(`update order_revenue_days_base set through_day = through_day - 10 where tenant_id = ? and time_zone = 'UTC'`, [tenantId]);
    const [before] = await owner.execute<{ through_day: string }[]>(`select through_day::text from order_revenue_days_base where tenant_id = ? and time_zone = 'UTC'`, [tenantId]);
    // Orders of 7 two days ago, and of 11 one hour from now (after today's start: never in a day row).
    const now = Date.now();
    await record([
      { externalId: 'R1', customerExternalId: 'A', placedAt: new Date(now - 2 * 86_400_000).toISOString(), amount: '7', channel: 'web' },
      { externalId: 'R2', customerExternalId: 'A', placedAt: new Date(now + 3_600_000).toISOString(), amount: '11', channel: 'web' },
    ]);
    // The order of two days ago is after the moved end: no trigger wrote it.
    expect((await days(tenantId, 'UTC')).some((row) => row.endsWith(' 7.00'))).toBe(false);
    const recent = { from: new Date(now - 5 * 86_400_000).toISOString(), to: new Date(now + 2 * 86_400_000).toISOString(), asOf: new Date(now + 2 * 86_400_000).toISOString(), interval: 'YEAR', timeZone: 'UTC' };
    const response = await app.request(RevenueSeriesDocument, { input: recent as never }, freshKey);
    expect(response.body.errors).toBeUndefined();
    const points = response.body.data!.revenue.series[0].points;
    // 7 + 11 = 18 (2), whichever year buckets they fall in.
    expect(points.reduce((sum, point) => sum + Number(point.revenue), 0)).toBe(18);
    expect(points.reduce((sum, point) => sum + point.orders, 0)).toBe(2);
    const [after] = await owner.execute<{ through_day: string }[]>(`select through_day::text from order_revenue_days_base where tenant_id = ? and time_zone = 'UTC'`, [tenantId]);
    const today = new Date().toISOString().slice(0, 10);
    expect([before.through_day < today, after.through_day]).toEqual([true, today]);
    expect((await days(tenantId, 'UTC')).filter((row) => row.endsWith(' 7.00'))).toHaveLength(1);
    expect((await days(tenantId, 'UTC')).some((row) => row.endsWith(' 11.00'))).toBe(false);
  });

  it('holds both tables to the tenant policy', async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      const forced = await client.query(
        `select relname from pg_class where relname = any($1) and relrowsecurity and relforcerowsecurity order by relname`,
        [['order_revenue_days_base', 'order_revenue_days']],
      );
      expect(forced.rows.map((row) => row.relname)).toEqual(['order_revenue_days', 'order_revenue_days_base']);
      await client.query('begin');
      await client.query(`set local role ${APP_ROLE}`);
      for (const table of ['order_revenue_days_base', 'order_revenue_days']) {
        const { rows } = await client.query(`select count(*)::int as count from ${table}`);
        expect([table, rows[0].count]).toEqual([table, 0]);
      }
      await client.query(`select set_config('app.tenant_id', $1, true)`, [otherTenantId]);
      for (const table of ['order_revenue_days_base', 'order_revenue_days']) {
        const { rows } = await client.query(`select distinct tenant_id from ${table}`);
        expect([table, rows]).toEqual([table, [{ tenant_id: otherTenantId }]]);
      }
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});
