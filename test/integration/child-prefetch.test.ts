import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildPages, type ChildListSpec, type ChildPageArgs } from '../../src/common/child-pages.js';
import { encodeCursor, type ConnectionShape } from '../../src/common/pagination.js';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { SqlRunner } from '../../src/db/sql-runner.js';
import { inTenantTransaction } from '../../src/db/tenancy.js';
import { CUSTOMER_FEEDBACK } from '../../src/modules/feedback/feedback.query.js';
import { CUSTOMER_TOUCHPOINTS } from '../../src/modules/journey/touchpoint.service.js';
import { CUSTOMER_ORDERS } from '../../src/modules/order/order.query.js';
import { Order } from '../../src/modules/order/order.entity.js';
import { TenantService } from '../../src/modules/tenant/tenant.service.js';

/**
 * A page of customers reads its customers' child pages (orders, feedback, touchpoints) in its own
 * statement, as JSON, and hands them to the loaders the child fields then ask. What a child field
 * gets that way must be exactly what the loader's own statement would have read: the same rows,
 * in the same order, with the same values (decimals as text, dates as Date, nulls as null).
 */
describe('child pages read in the parent page statement', () => {
  let orm: Orm;
  let tenantId: string;

  beforeAll(async () => {
    orm = await openOrm({ databaseUrl: process.env.TEST_DATABASE_URL as string, poolSize: 2 });
    tenantId = (await new TenantService(orm.em.fork()).create({ slug: `prefetch-${Math.random().toString(36).slice(2, 10)}`, name: 'Prefetch' })).id;
    await inTenant(async (sql) => {
      await sql.rows(`insert into customer (tenant_id, external_id) values (?, 'A'), (?, 'B'), (?, 'C')`, [tenantId, tenantId, tenantId]);
      // A: three orders, every column set on one, the optional ones null on another, and two
      // placed at the same moment (the id breaks the tie). B: one order. C: none.
      await sql.rows(
        `insert into "order" (tenant_id, external_id, customer_id, placed_at, amount, currency, original_amount, channel, status, item_count)
         select ?::uuid, v.external_id, c.id, v.placed_at::timestamptz, v.amount::numeric, v.currency, v.original_amount::numeric, v.channel, v.status, v.item_count::int
           from (values ('A', 'A1', '2026-03-04T05:06:07.089Z', '99.95', 'EUR', '120.10', 'web', 'COMPLETED', '3'),
                        ('A', 'A2', '2026-03-05T00:00:00Z', '12345678.01', 'USD', null, null, 'REFUNDED', null),
                        ('A', 'A3', '2026-03-05T00:00:00Z', '0.10', 'USD', null, null, 'COMPLETED', null),
                        ('B', 'B1', '2025-12-31T23:30:00Z', '1.00', 'CNY', '7.25', 'store', 'COMPLETED', '1'))
                as v(customer, external_id, placed_at, amount, currency, original_amount, channel, status, item_count)
           join customer c on c.tenant_id = ? and c.external_id = v.customer`,
        [tenantId, tenantId],
      );
      await sql.rows(
        `insert into feedback (tenant_id, external_id, customer_id, kind, score, comment, channel, category, received_at, first_response_at, status, sentiment)
         select ?::uuid, 'F1', id, 'NPS', 9, 'great', 'email', 'delivery', '2026-03-07T00:00:00Z', '2026-03-07T01:00:00Z', 'CLOSED', -0.125
           from customer where tenant_id = ? and external_id = 'A'`,
        [tenantId, tenantId],
      );
      await sql.rows(
        `insert into feedback (tenant_id, customer_id, kind, received_at, status)
         select ?::uuid, id, 'COMPLAINT', '2026-03-08T00:00:00Z', 'OPEN' from customer where tenant_id = ? and external_id = 'A'`,
        [tenantId, tenantId],
      );
      await sql.rows(
        `insert into touchpoint (tenant_id, customer_id, occurred_at, channel, action, thought, emotion, gains, pains)
         select ?::uuid, id, '2026-03-05T00:00:00Z', 'app', 'pay', 'ok', -2, 'fast', 'fees' from customer where tenant_id = ? and external_id = 'B'`,
        [tenantId, tenantId],
      );
    });
  });

  afterAll(async () => {
    await orm.close();
  });

  function inTenant<T>(work: (sql: SqlRunner, em: EntityManager, statements: { count: number }) => Promise<T>): Promise<T> {
    const em = orm.em.fork();
    const statements = { count: 0 };
    const sql = new SqlRunner(em, statements);
    return inTenantTransaction(em, sql, tenantId, () => work(sql, em, statements));
  }

  /** Each customer's page through the loader's own statement, and through the parent statement's prefetch. */
  async function bothWays<T extends { id: string }>(spec: ChildListSpec<T>, args: ChildPageArgs) {
    return inTenant(async (sql, em, statements) => {
      const customers = await sql.rows<{ id: string; external_id: string }>(`select id, external_id from customer where tenant_id = ? order by external_id`, [tenantId]);
      const loaded = new ChildPages(sql, em, tenantId);
      const byLoader = await Promise.all(customers.map((customer) => loaded.page(spec, customer.id, args)));

      const prefetched = new ChildPages(sql, em, tenantId);
      const prefetch = prefetched.prefetch(spec, args, 'c.id');
      expect(prefetch).toBeDefined();
      const rows = await sql.rows<Record<string, unknown>>(`select c.id, ${prefetch!.sql} as children from customer c where c.tenant_id = ? order by c.external_id`, [
        ...prefetch!.params,
        tenantId,
      ]);
      for (const row of rows) prefetch!.prime(String(row.id), row.children);
      const before = statements.count;
      const byPrefetch = await Promise.all(customers.map((customer) => prefetched.page(spec, customer.id, args)));
      // Served by what the parent statement read: no statement of its own.
      expect(statements.count).toBe(before);
      return { customers, byLoader, byPrefetch };
    });
  }

  type BothWays = (args: ChildPageArgs) => Promise<{ byLoader: ConnectionShape<{ id: string }>[]; byPrefetch: ConnectionShape<{ id: string }>[] }>;
  const LISTS: [string, BothWays][] = [
    ['orders', (args) => bothWays(CUSTOMER_ORDERS, args)],
    ['feedback', (args) => bothWays(CUSTOMER_FEEDBACK, args)],
    ['touchpoints', (args) => bothWays(CUSTOMER_TOUCHPOINTS, args)],
  ];

  it.each(LISTS)('gives the same %s, every column, as the loader', async (_name, read) => {
    const { byLoader, byPrefetch } = await read({ first: 5, conditions: [] });
    expect(byPrefetch.map((page) => page.edges.map((edge) => edge.node))).toEqual(byLoader.map((page) => page.edges.map((edge) => edge.node)));
    expect(byPrefetch.map((page) => page.pageInfo.hasNextPage)).toEqual(byLoader.map((page) => page.pageInfo.hasNextPage));
  });

  it('keeps decimals as text, dates as dates and the newest-first order with ties broken by id', async () => {
    const { customers, byPrefetch } = await bothWays(CUSTOMER_ORDERS, { first: 2, conditions: [] });
    const [a, b, c] = byPrefetch;
    expect(customers.map((customer) => customer.external_id)).toEqual(['A', 'B', 'C']);
    // A's orders newest first: A2 and A3 (both March 5, the larger id first), then A1: a page of 2 has more.
    const [a2OrA3, second] = a.edges.map((edge) => edge.node as Order);
    expect([a2OrA3.externalId, second.externalId].sort()).toEqual(['A2', 'A3']);
    expect(a2OrA3.id > second.id).toBe(true);
    expect(a.pageInfo.hasNextPage).toBe(true);
    const a2 = [a2OrA3, second].find((order) => order.externalId === 'A2')!;
    // 12345678.01 survives only as text: as a JSON number it would still print the same, but a
    // numeric(14,2) can hold values a double cannot.
    expect(a2.amount).toBe('12345678.01');
    expect(a2.originalAmount).toBeNull();
    expect(a2.placedAt).toEqual(new Date('2026-03-05T00:00:00Z'));
    const [b1] = b.edges.map((edge) => edge.node as Order);
    expect(b1).toMatchObject({ externalId: 'B1', amount: '1.00', originalAmount: '7.25', currency: 'CNY', itemCount: 1, placedAt: new Date('2025-12-31T23:30:00Z') });
    expect(b.pageInfo.hasNextPage).toBe(false);
    expect(c.edges).toEqual([]);
  });

  it('gives the same page for the selected columns, a condition and a cursor', async () => {
    const columns = ['id', 'tenant_id', 'customer_id', 'external_id', 'amount', 'placed_at'];
    const selected = await bothWays(CUSTOMER_ORDERS, { first: 5, conditions: [], columns });
    expect(selected.byPrefetch.map((page) => page.edges.map((edge) => edge.node))).toEqual(selected.byLoader.map((page) => page.edges.map((edge) => edge.node)));

    const completed = await bothWays(CUSTOMER_ORDERS, { first: 5, conditions: [{ sql: 'child.status = ?', params: ['COMPLETED'] }] });
    // A's completed orders: A3 (March 5) and A1 (March 4); A2 was refunded.
    expect(completed.byPrefetch[0].edges.map((edge) => (edge.node as Order).externalId)).toEqual(['A3', 'A1']);
    expect(completed.byPrefetch.map((page) => page.edges.map((edge) => edge.node))).toEqual(completed.byLoader.map((page) => page.edges.map((edge) => edge.node)));

    // After A1's position (March 4): nothing is older for A; B1 (2025) is older than that position.
    const after = encodeCursor(CUSTOMER_ORDERS.sort.name, new Date('2026-03-04T05:06:07.089Z'), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
    const paged = await bothWays(CUSTOMER_ORDERS, { first: 5, after, conditions: [] });
    expect(paged.byPrefetch.map((page) => page.edges.map((edge) => (edge.node as Order).externalId))).toEqual([['A1'], ['B1'], []]);
    expect(paged.byPrefetch.map((page) => page.edges.map((edge) => edge.node))).toEqual(paged.byLoader.map((page) => page.edges.map((edge) => edge.node)));
  });

  it('does not prefetch a page whose arguments are invalid, so the field reports them', async () => {
    await inTenant(async (sql, em) => {
      const pages = new ChildPages(sql, em, tenantId);
      expect(pages.prefetch(CUSTOMER_ORDERS, { first: 5000, conditions: [] }, 'c.id')).toBeUndefined();
      expect(pages.prefetch(CUSTOMER_ORDERS, { first: 5, after: 'not-a-cursor', conditions: [] }, 'c.id')).toBeUndefined();
    });
  });
});
