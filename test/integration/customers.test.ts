import {
  CustomerByExternalIdDocument,
  CustomerByIdDocument,
  CustomerPageDocument,
  CustomersWithDetailsDocument,
  RecordFeedbackDocument,
  RecordOrdersDocument,
  TagCustomerDocument,
  UpsertCustomerDocument,
  UpsertCustomersDocument,
  UpsertTagDocument,
} from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const WRITE = ['customers:read', 'customers:write'];

describe('customers API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('creates a customer, then updates only the fields given', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const created = await app.request(UpsertCustomerDocument, { input: { externalId: 'C1', name: 'Ada', email: 'ada@example.com', region: 'North', attributes: { vip: true } } }, key);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.upsertCustomer).toMatchObject({ externalId: 'C1', name: 'Ada', email: 'ada@example.com', region: 'North', attributes: { vip: true } });

    const updated = await app.request(UpsertCustomerDocument, { input: { externalId: 'C1', phone: '+44 20 7946 0000', region: null } }, key);
    expect(updated.body.data?.upsertCustomer).toMatchObject({ id: created.body.data?.upsertCustomer.id, name: 'Ada', phone: '+44 20 7946 0000', region: null });

    const byExternalId = await app.request(CustomerByExternalIdDocument, { externalId: 'C1' }, key);
    expect(byExternalId.body.data?.customer).toMatchObject({ name: 'Ada', email: 'ada@example.com', phone: '+44 20 7946 0000' });
    const byId = await app.request(CustomerByIdDocument, { id: created.body.data!.upsertCustomer.id }, key);
    expect(byId.body.data?.customer.externalId).toBe('C1');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const response = await app.request(UpsertCustomerDocument, { input: { externalId: 'C1', email: 'not-an-email' } }, key);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0].message).toBe('input.email: is not a valid email address');
    expect(response.body.errors?.[0].extensions?.field).toBe('input.email');
    const page = await app.request(CustomerPageDocument, {}, key);
    expect(page.body.data?.customers.totalCount).toBe(0);
  });

  it('upserts a batch all or nothing, naming the row index and field of each error', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const ok = await app.request(UpsertCustomersDocument, { input: [{ externalId: 'A', name: 'A' }, { externalId: 'B', name: 'B' }] }, key);
    expect(ok.body.data?.upsertCustomers).toMatchObject({ insertedCount: 2, updatedCount: 0 });

    const bad = await app.request(
      UpsertCustomersDocument,
      { input: [{ externalId: 'A', name: 'A2' }, { externalId: 'C', name: 'C' }, { externalId: 'D', walletEstimate: '-5' }, { externalId: 'C' }] },
      key,
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const problems = bad.body.errors?.[0].extensions?.errors as { field: string; message: string }[];
    expect(problems).toEqual([
      { field: 'input[2].walletEstimate', message: 'must be at least 0' },
      { field: 'input[3].externalId', message: 'repeats input[1].externalId "C"' },
    ]);
    const page = await app.request(CustomerPageDocument, { orderBy: { field: 'EXTERNAL_ID', direction: 'ASC' } }, key);
    expect(page.body.data?.customers.edges.map((edge) => [edge.node.externalId, edge.node.name])).toEqual([
      ['A', 'A'],
      ['B', 'B'],
    ]);

    const mixed = await app.request(UpsertCustomersDocument, { input: [{ externalId: 'A', name: 'A2' }, { externalId: 'C', name: 'C' }] }, key);
    expect(mixed.body.data?.upsertCustomers).toMatchObject({ insertedCount: 1, updatedCount: 1, customers: [{ externalId: 'A', name: 'A2' }, { externalId: 'C', name: 'C' }] });
  });

  it('refuses a batch of more than 1,000 rows', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const input = Array.from({ length: 1001 }, (_, index) => ({ externalId: `X${index}` }));
    const response = await app.request(UpsertCustomersDocument, { input }, key);
    expect(response.body.errors?.[0].message).toBe('input: must contain at most 1000 customers per call, got 1001');
  });

  it('pages with cursors, filters and counts', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const input = Array.from({ length: 7 }, (_, index) => ({
      externalId: `P${index}`,
      name: index % 2 === 0 ? `Even ${index}` : `Odd ${index}`,
      email: `p${index}@example.com`,
      region: index < 3 ? 'North' : 'South',
    }));
    await app.request(UpsertCustomersDocument, { input }, key);

    const orderBy = { field: 'EXTERNAL_ID' as const, direction: 'ASC' as const };
    const first = await app.request(CustomerPageDocument, { first: 3, orderBy }, key);
    expect(first.body.data?.customers.edges.map((edge) => edge.node.externalId)).toEqual(['P0', 'P1', 'P2']);
    expect(first.body.data?.customers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.body.data?.customers.totalCount).toBe(7);
    const second = await app.request(CustomerPageDocument, { first: 3, after: first.body.data?.customers.pageInfo.endCursor, orderBy }, key);
    expect(second.body.data?.customers.edges.map((edge) => edge.node.externalId)).toEqual(['P3', 'P4', 'P5']);
    const third = await app.request(CustomerPageDocument, { first: 3, after: second.body.data?.customers.pageInfo.endCursor, orderBy }, key);
    expect(third.body.data?.customers.edges.map((edge) => edge.node.externalId)).toEqual(['P6']);
    expect(third.body.data?.customers.pageInfo.hasNextPage).toBe(false);

    const descending = await app.request(CustomerPageDocument, { first: 2, orderBy: { field: 'NAME', direction: 'DESC' } }, key);
    expect(descending.body.data?.customers.edges.map((edge) => edge.node.name)).toEqual(['Odd 5', 'Odd 3']);

    // Even names in the South: P4 and P6.
    const filtered = await app.request(CustomerPageDocument, { filter: { search: 'even', region: 'South' }, orderBy }, key);
    expect(filtered.body.data?.customers.edges.map((edge) => edge.node.externalId)).toEqual(['P4', 'P6']);
    expect(filtered.body.data?.customers.totalCount).toBe(2);

    // A LIKE wildcard in the search is literal text.
    const wildcard = await app.request(CustomerPageDocument, { filter: { search: '%' } }, key);
    expect(wildcard.body.data?.customers.totalCount).toBe(0);

    const wrongOrdering = await app.request(CustomerPageDocument, { first: 3, after: first.body.data?.customers.pageInfo.endCursor }, key);
    expect(wrongOrdering.body.errors?.[0].message).toMatch(/^after: is a cursor for another ordering/);
    const garbage = await app.request(CustomerPageDocument, { after: 'nonsense' }, key);
    expect(garbage.body.errors?.[0].message).toBe('after: is not a valid cursor');
  });

  it('filters by tags, tag category and buyers, and reports stats from completed orders', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'B1' }, { externalId: 'B2' }, { externalId: 'L1' }] }, key);
    await app.request(UpsertTagDocument, { input: { key: 'tier.gold', label: 'Gold', category: 'TIER' } }, key);
    await app.request(UpsertTagDocument, { input: { key: 'predictive.churn', label: 'Churn risk', category: 'PREDICTIVE' } }, key);
    await app.request(TagCustomerDocument, { input: { customerExternalId: 'B1', tagKey: 'tier.gold' } }, key);
    await app.request(TagCustomerDocument, { input: { customerExternalId: 'B1', tagKey: 'predictive.churn', source: 'MODEL', score: '0.8' } }, key);
    await app.request(TagCustomerDocument, { input: { customerExternalId: 'B2', tagKey: 'tier.gold' } }, key);
    const orders = await app.request(
      RecordOrdersDocument,
      {
        input: [
          { externalId: 'O1', customerExternalId: 'B1', placedAt: '2026-01-10T10:00:00Z', amount: '100.50' },
          { externalId: 'O2', customerExternalId: 'B1', placedAt: '2026-03-05T10:00:00Z', amount: '49.50' },
          { externalId: 'O3', customerExternalId: 'B1', placedAt: '2026-04-01T10:00:00Z', amount: '500', status: 'CANCELLED' },
          { externalId: 'O4', customerExternalId: 'B2', placedAt: '2026-02-01T10:00:00Z', amount: '0' },
        ],
      },
      key,
    );
    expect(orders.body.errors).toBeUndefined();
    await app.request(RecordFeedbackDocument, { input: { customerExternalId: 'B1', kind: 'NPS', score: 6, receivedAt: '2026-03-01T00:00:00Z' } }, key);
    await app.request(RecordFeedbackDocument, { input: { customerExternalId: 'B1', kind: 'NPS', score: 9, receivedAt: '2026-04-01T00:00:00Z' } }, key);

    const ids = async (filter: object) => {
      const page = await app.request(CustomerPageDocument, { filter, orderBy: { field: 'EXTERNAL_ID', direction: 'ASC' } }, key);
      return page.body.data?.customers.edges.map((edge) => edge.node.externalId);
    };
    expect(await ids({ tagKeys: ['tier.gold'] })).toEqual(['B1', 'B2']);
    expect(await ids({ tagKeys: ['tier.gold', 'predictive.churn'] })).toEqual(['B1']);
    expect(await ids({ tagCategory: 'PREDICTIVE' })).toEqual(['B1']);
    // B2's only order has amount 0, so B1 is the only buyer.
    expect(await ids({ hasOrders: true })).toEqual(['B1']);
    expect(await ids({ hasOrders: false })).toEqual(['B2', 'L1']);

    const b1 = await app.request(CustomerByExternalIdDocument, { externalId: 'B1' }, key);
    // Completed orders O1 + O2 = 100.50 + 49.50; the cancelled O3 does not count. Latest NPS is 9.
    expect(b1.body.data?.customer.stats).toEqual({ orderCount: 2, revenue: '150.00', latestNpsScore: 9 });
  });

  it('loads 100 customers with tags, last 5 orders, feedback and stats in the same few statements as 10', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertTagDocument, { input: { key: 'tier.gold', label: 'Gold', category: 'TIER' } }, key);
    const customers = Array.from({ length: 100 }, (_, index) => ({ externalId: `N${String(index).padStart(3, '0')}`, name: `N${index}` }));
    await app.request(UpsertCustomersDocument, { input: customers }, key);
    const orders = customers.flatMap((customer, index) =>
      Array.from({ length: 7 }, (_, number) => ({
        externalId: `${customer.externalId}-${number}`,
        customerExternalId: customer.externalId,
        placedAt: new Date(Date.UTC(2026, 0, 1 + number, index % 24)).toISOString(),
        amount: '10.00',
      })),
    );
    for (let start = 0; start < orders.length; start += 1000) {
      const batch = await app.request(RecordOrdersDocument, { input: orders.slice(start, start + 1000) }, key);
      expect(batch.body.errors).toBeUndefined();
    }
    for (const customer of customers.slice(0, 20)) await app.request(TagCustomerDocument, { input: { customerExternalId: customer.externalId, tagKey: 'tier.gold' } }, key);

    const small = await app.request(CustomersWithDetailsDocument, { first: 10 }, key);
    const large = await app.request(CustomersWithDetailsDocument, { first: 100 }, key);
    expect(large.body.errors).toBeUndefined();
    const nodes = large.body.data!.customers.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(100);
    const n000 = nodes.find((node) => node.externalId === 'N000')!;
    expect(n000.orders.edges).toHaveLength(5);
    expect(n000.orders.totalCount).toBe(7);
    // N000's orders were placed on January 1..7; newest first: the last five days, 7 down to 3.
    expect(n000.orders.edges.map((edge) => edge.node.externalId)).toEqual(['N000-6', 'N000-5', 'N000-4', 'N000-3', 'N000-2']);
    // 7 orders of 10.00 each.
    expect(n000.stats).toMatchObject({ orderCount: 7, revenue: '70.00' });
    expect(nodes.filter((node) => node.tags.length === 1)).toHaveLength(20);
    // customers page, total count, tags, orders page, order counts, feedback page, stats, plus
    // the transaction's begin, tenant setting and commit: a fixed number whatever the page size.
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(10);
  });

  it("reads a customer page's orders, feedback and touchpoints in the page's own statement, through aliases, fragments, variables and @skip", async () => {
    const { key } = await app.tenantWithKey(WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'P1' }, { externalId: 'P2' }] }, key);
    const recorded = await app.request(
      RecordOrdersDocument,
      {
        input: [
          { externalId: 'P1-a', customerExternalId: 'P1', placedAt: '2026-01-01T10:00:00Z', amount: '10.00' },
          { externalId: 'P1-b', customerExternalId: 'P1', placedAt: '2026-01-02T10:00:00Z', amount: '20.00', status: 'CANCELLED' },
          { externalId: 'P1-c', customerExternalId: 'P1', placedAt: '2026-01-03T10:00:00Z', amount: '5.00' },
        ],
      },
      key,
    );
    expect(recorded.body.errors).toBeUndefined();
    const pageAlone = await app.post({ query: '{ customers(first: 10) { edges { node { externalId } } } }' }, key);
    const withLists = await app.post<{ customers: { edges: { node: Record<string, { edges: { node: Record<string, unknown> }[] }> & { externalId: string } }[] } }>(
      {
        query: `query ($status: OrderStatus, $skip: Boolean!) {
          customers(first: 10) { edges { node { externalId ...Feedback
            latest: orders(first: 1) { edges { node { externalId } } }
            completed: orders(first: 5, status: $status) { edges { node { externalId amount } } }
            skipped: touchpoints @skip(if: $skip) { edges { node { id } } } } } } }
          fragment Feedback on Customer { feedback(first: 5) { edges { node { kind } } } }`,
        variables: { status: 'COMPLETED', skip: true },
      },
      key,
    );
    expect(withLists.body.errors).toBeUndefined();
    // The key read and the page: the lists add no statement of their own (five without: one per list asked).
    expect(withLists.statements).toBe(pageAlone.statements);
    // Created in one batch, so in id order: looked up by external id.
    const nodes = withLists.body.data!.customers.edges.map((edge) => edge.node);
    const [p1, p2] = ['P1', 'P2'].map((externalId) => nodes.find((node) => node.externalId === externalId)!);
    // P1's newest order is P1-c (January 3); its completed ones newest first are P1-c and P1-a (P1-b was cancelled).
    expect(p1.latest.edges.map((edge) => edge.node.externalId)).toEqual(['P1-c']);
    expect(p1.completed.edges.map((edge) => edge.node)).toEqual([
      { externalId: 'P1-c', amount: '5.00' },
      { externalId: 'P1-a', amount: '10.00' },
    ]);
    expect(p1.feedback.edges).toEqual([]);
    expect(p1.skipped).toBeUndefined();
    expect(p2).toMatchObject({ externalId: 'P2', latest: { edges: [] }, completed: { edges: [] } });
  });

  it('answers NOT_FOUND for an unknown customer and BAD_USER_INPUT for a malformed id', async () => {
    const { key } = await app.tenantWithKey(WRITE);
    const missing = await app.request(CustomerByExternalIdDocument, { externalId: 'nobody' }, key);
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    const unknownId = await app.request(CustomerByIdDocument, { id: '00000000-0000-4000-8000-000000000000' }, key);
    expect(errorCodes(unknownId)).toEqual(['NOT_FOUND']);
    const malformed = await app.request(CustomerByIdDocument, { id: 'x' }, key);
    expect(malformed.body.errors?.[0]).toMatchObject({ message: 'id: is not a valid id', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
