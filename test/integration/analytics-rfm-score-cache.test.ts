import pg from 'pg';
import { type OrderInput, RecordOrdersDocument, RfmCustomersDocument, RfmSummaryDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import { ADVISORY_LOCK } from '../../src/db/advisory-locks.js';
import { APP_ROLE } from '../../src/db/app-role.js';
import { TestApp } from '../support/test-app.js';

/**
 * The RFM score cache: scorings asked for with an explicit asOf are kept and read again, and an
 * order write that changes what they count marks them stale. Expectations are worked out by
 * hand from the orders.
 *
 * As of 2026-06-01 00:00 UTC, window 365 days:
 *   A  2026-05-31 00:00 (100), 2026-03-01 (100)  → R = 1, F = 2, M = 200
 *   B  2026-05-01 (50)                           → R = 31, F = 1, M = 50
 *   C  2026-01-01 (300)                          → R = 31 + 28 + 31 + 30 + 31 = 151, F = 1, M = 300
 */
const AS_OF = '2026-06-01T00:00:00.000Z';
const ORDERS: OrderInput[] = [
  { externalId: 'A1', customerExternalId: 'A', placedAt: '2026-05-31T00:00:00Z', amount: '100' },
  { externalId: 'A2', customerExternalId: 'A', placedAt: '2026-03-01T00:00:00Z', amount: '100' },
  { externalId: 'B1', customerExternalId: 'B', placedAt: '2026-05-01T00:00:00Z', amount: '50' },
  { externalId: 'C1', customerExternalId: 'C', placedAt: '2026-01-01T00:00:00Z', amount: '300' },
];

type Measures = Record<string, [number, number, number]>;

const EXPECTED: Measures = { A: [1, 2, 200], B: [31, 1, 50], C: [151, 1, 300] };

interface Entry {
  id: string;
  as_of: Date;
  stale: boolean;
}

describe('RFM score cache', () => {
  let app: TestApp;
  let key: string;
  let tenantId: string;
  let otherKey: string;
  let otherTenantId: string;

  async function measures(input: Record<string, unknown>, apiKey = key): Promise<Measures> {
    const response = await app.request(RfmCustomersDocument, { input, first: 100 }, apiKey);
    expect(response.body.errors).toBeUndefined();
    return Object.fromEntries(response.body.data!.rfm.customers.edges.map(({ node }) => [node.externalId, [node.recency, node.frequency, Number(node.monetary)]]));
  }

  /** A tenant's entries, read as the database owner (no row-level security). */
  async function entries(tenant = tenantId): Promise<Entry[]> {
    return app.orm.em.fork().getConnection().execute<Entry[]>(
      `select id::text, as_of, stale from rfm_score_cache where tenant_id = ? order by id`,
      [tenant],
    );
  }

  async function fresh(asOf = AS_OF, tenant = tenantId): Promise<Entry[]> {
    return (await entries(tenant)).filter((entry) => !entry.stale && new Date(entry.as_of).toISOString() === asOf);
  }

  async function record(orders: OrderInput[], apiKey = key): Promise<void> {
    const response = await app.request(RecordOrdersDocument, { input: orders }, apiKey);
    expect(response.body.errors).toBeUndefined();
  }

  async function ownerClient(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    return client;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    ({ key, tenant: { id: tenantId } } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']));
    ({ key: otherKey, tenant: { id: otherTenantId } } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']));
    const customers = await app.request(UpsertCustomersDocument, { input: ['A', 'B', 'C'].map((externalId) => ({ externalId })) }, key);
    expect(customers.body.errors).toBeUndefined();
    await record(ORDERS);
    // Another tenant with a customer of the same external id: one order of 9999 on 2026-05-21 → R = 11.
    const others = await app.request(UpsertCustomersDocument, { input: [{ externalId: 'A' }] }, otherKey);
    expect(others.body.errors).toBeUndefined();
    await record([{ externalId: 'X1', customerExternalId: 'A', placedAt: '2026-05-21T00:00:00Z', amount: '9999' }], otherKey);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('keeps a scoring asked for with an explicit asOf and reads it the next time', async () => {
    expect(await entries()).toEqual([]);
    expect(await measures({ asOf: AS_OF })).toEqual(EXPECTED);
    const [kept] = await fresh();
    expect(kept).toBeDefined();
    const summary = await app.request(RfmSummaryDocument, { input: { asOf: AS_OF } }, key);
    // 200 + 50 + 300
    expect(summary.body.data!.rfm.customerCount).toBe(3);
    expect(Number(summary.body.data!.rfm.revenue)).toBe(550);
    expect(await measures({ asOf: AS_OF })).toEqual(EXPECTED);
    expect(await entries()).toEqual([kept]);
  });

  it('keeps nothing for "now" (no asOf) or an asOf in the future', async () => {
    const before = await entries();
    const now = await app.request(RfmSummaryDocument, {}, key);
    expect(now.body.errors).toBeUndefined();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await measures({ asOf: future })).A[1]).toBe(2);
    expect(await entries()).toEqual(before);
  });

  it('scores the same without the cache while an order write holds the lock', async () => {
    // 2026-06-01 06:00: A's last order is 1 d 6 h old → R = 1; B 31 d 6 h → 31; C 151 d 6 h → 151.
    const asOf = '2026-06-01T06:00:00.000Z';
    const writer = await ownerClient();
    try {
      await writer.query('begin');
      await writer.query('select pg_advisory_xact_lock_shared($1, hashtext($2::text))', [ADVISORY_LOCK.customerTotalsBuild, tenantId]);
      expect(await measures({ asOf })).toEqual(EXPECTED);
      expect(await fresh(asOf)).toEqual([]);
    } finally {
      await writer.query('rollback');
      await writer.end();
    }
    expect(await measures({ asOf })).toEqual(EXPECTED);
    expect(await fresh(asOf)).toHaveLength(1);
  });

  it('marks an entry stale when an order before its asOf changes, and scores again', async () => {
    const [kept] = await fresh();
    // B orders 70 on 2026-05-20 → R = 12, F = 2, M = 120.
    await record([{ externalId: 'B2', customerExternalId: 'B', placedAt: '2026-05-20T00:00:00Z', amount: '70' }]);
    expect((await entries()).find((entry) => entry.id === kept.id)).toMatchObject({ stale: true });
    expect(await measures({ asOf: AS_OF })).toEqual({ ...EXPECTED, B: [12, 2, 120] });
    const [rewritten] = await fresh();
    expect(rewritten.id).not.toBe(kept.id);
    // Writing the new entry deleted the stale ones nobody was reading.
    expect((await entries()).filter((entry) => entry.stale)).toEqual([]);
    // Refunded: back to B's one order.
    await record([{ externalId: 'B2', customerExternalId: 'B', placedAt: '2026-05-20T00:00:00Z', amount: '70', status: 'REFUNDED' as OrderInput['status'] }]);
    expect(await measures({ asOf: AS_OF })).toEqual(EXPECTED);
  });

  it('leaves an entry alone when the order is placed at or after its asOf', async () => {
    const [kept] = await fresh();
    await record([
      { externalId: 'C2', customerExternalId: 'C', placedAt: AS_OF, amount: '10' },
      { externalId: 'C3', customerExternalId: 'C', placedAt: '2026-06-10T00:00:00Z', amount: '10' },
    ]);
    expect(await fresh()).toEqual([kept]);
    expect(await measures({ asOf: AS_OF })).toEqual(EXPECTED);
  });

  it("keeps each tenant's entries to itself", async () => {
    expect(await measures({ asOf: AS_OF }, otherKey)).toEqual({ A: [11, 1, 9999] });
    expect(await fresh(AS_OF, otherTenantId)).toHaveLength(1);
    expect(await measures({ asOf: AS_OF })).toEqual(EXPECTED);
    // The application role sees only the tenant it is set to.
    const client = await ownerClient();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [otherTenantId]);
      await client.query(`set local role ${APP_ROLE}`);
      const { rows } = await client.query<{ tenant_id: string }>('select distinct tenant_id from rfm_score_cache');
      expect(rows).toEqual([{ tenant_id: otherTenantId }]);
    } finally {
      await client.query('rollback');
      await client.end();
    }
  });

  it('makes an order write wait for a request writing an entry, then marks what it wrote', async () => {
    const request = await ownerClient();
    const writer = await ownerClient();
    try {
      // A request as the application role, holding the build lock while it writes an entry.
      await request.query('begin');
      await request.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      await request.query(`set local role ${APP_ROLE}`);
      await request.query('select pg_advisory_xact_lock($1, hashtext($2::text))', [ADVISORY_LOCK.customerTotalsBuild, tenantId]);
      const [{ id }] = (await request.query<{ id: string }>(
        `insert into rfm_score_cache (tenant_id, scoring_key, as_of, customer_ids, external_ids, recency, frequency, monetary, cells)
         values ($1, 'written meanwhile', '2027-01-01', '{}', '{}', '{}', '{}', '{}', '{}') returning id::text`,
        [tenantId],
      )).rows;
      // An order write before that entry's asOf (A1 is 2026-05-31).
      await writer.query('begin');
      const write = writer.query(`update "order" set amount = amount where tenant_id = $1 and external_id = 'A1'`, [tenantId]);
      await waitForAdvisoryWaiter(request);
      await request.query('commit');
      await write;
      await writer.query('commit');
      expect((await entries()).find((entry) => entry.id === id)).toMatchObject({ stale: true });
    } finally {
      await request.end();
      await writer.end();
    }
  });

  it('never makes an order write wait for a request reading an entry', async () => {
    await measures({ asOf: AS_OF });
    const [kept] = await fresh();
    const reader = await ownerClient();
    const writer = await ownerClient();
    try {
      await reader.query('begin');
      await reader.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      await reader.query(`set local role ${APP_ROLE}`);
      await reader.query('select id from rfm_score_cache where id = $1 for key share', [kept.id]);
      // Completes while the reader still holds its lock (a wait here would time the test out).
      await writer.query(`update "order" set amount = amount where tenant_id = $1 and external_id = 'A1'`, [tenantId]);
      // The reader still reads what it locked.
      const { rows } = await reader.query<{ buyers: number }>('select cardinality(customer_ids) as buyers from rfm_score_cache where id = $1', [kept.id]);
      expect(rows).toEqual([{ buyers: 3 }]);
      await reader.query('commit');
    } finally {
      await reader.end();
      await writer.end();
    }
    expect((await entries()).find((entry) => entry.id === kept.id)).toMatchObject({ stale: true });
    expect(await measures({ asOf: AS_OF })).toEqual(EXPECTED);
  });

  it('keeps at most 8 entries per tenant', async () => {
    // Nine asOf dates in May: every one scores A, B and C (each has an order before 2026-05-02 within the window).
    for (let day = 2; day <= 10; day += 1) await measures({ asOf: `2026-05-${String(day).padStart(2, '0')}T00:00:00.000Z` });
    const kept = await entries();
    expect(kept).toHaveLength(8);
    expect(kept.every((entry) => !entry.stale)).toBe(true);
  });
});

/** Waits until some session is waiting for an advisory lock (the order write's trigger). */
async function waitForAdvisoryWaiter(client: pg.Client): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await client.query<{ waiting: number }>(`select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted`);
    if (rows[0].waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no session waited for the advisory lock');
}
