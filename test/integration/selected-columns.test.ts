import { TestApp } from '../support/test-app.js';

/**
 * Pages and lookups read only the columns the request asks for (common/selected-columns.ts).
 * Whatever the shape of the request (fragments, inline fragments, aliases, the same field twice,
 * cursors, fields computed from keys), every value asked for must come back as it is stored.
 */
describe('reading only the requested columns', () => {
  let app: TestApp;
  let key: string;

  beforeAll(async () => {
    app = await TestApp.start();
    ({ key } = await app.tenantWithKey(['customers:read', 'customers:write']));
    const write = async (query: string, variables: Record<string, unknown>) => {
      const response = await app.post<Record<string, unknown>>({ query, variables }, key);
      expect(response.body.errors).toBeUndefined();
    };
    await write(`mutation($input: [CustomerInput!]!) { upsertCustomers(input: $input) { insertedCount } }`, {
      input: [
        { externalId: 'K1', name: 'Kim One', email: 'kim@example.com', region: 'EU', walletEstimate: '250.00', sourceSystems: ['web'], attributes: { tier: 'gold' } },
        { externalId: 'K2', name: 'Kai Two', region: 'US' },
      ],
    });
    await write(`mutation($input: [OrderInput!]!) { recordOrders(input: $input) { insertedCount } }`, {
      input: [
        { externalId: 'O1', customerExternalId: 'K1', placedAt: '2026-01-05T10:00:00Z', amount: '10.00', channel: 'web' },
        { externalId: 'O2', customerExternalId: 'K1', placedAt: '2026-02-05T10:00:00Z', amount: '20.50', channel: 'app', itemCount: 2 },
      ],
    });
    await write(`mutation($input: FeedbackInput!) { recordFeedback(input: $input) { id } }`, {
      input: { customerExternalId: 'K1', kind: 'NPS', score: 9, comment: 'good', receivedAt: '2026-02-06T00:00:00Z' },
    });
  });

  afterAll(async () => {
    await app.stop();
  });

  async function ask(query: string): Promise<Record<string, any>> {
    const response = await app.post<Record<string, any>>({ query }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  it('answers fields given through fragments, inline fragments and aliases', async () => {
    const data = await ask(`
      fragment Contact on Customer { email region }
      query {
        customers(first: 10, orderBy: { field: EXTERNAL_ID }) { edges { node {
          externalId ...Contact
          ... on Customer { label: name walletEstimate sourceSystems attributes }
          orders(first: 5) { edges { node { externalId when: placedAt amount ... on Order { channel itemCount } } } }
          feedback(first: 5) { edges { node { kind score comment receivedAt } } }
        } } }
      }`);
    const [k1, k2] = data.customers.edges.map((edge: any) => edge.node);
    expect(k1).toEqual({
      externalId: 'K1',
      email: 'kim@example.com',
      region: 'EU',
      label: 'Kim One',
      walletEstimate: '250.00',
      sourceSystems: ['web'],
      attributes: { tier: 'gold' },
      orders: {
        edges: [
          { node: { externalId: 'O2', when: '2026-02-05T10:00:00.000Z', amount: '20.50', channel: 'app', itemCount: 2 } },
          { node: { externalId: 'O1', when: '2026-01-05T10:00:00.000Z', amount: '10.00', channel: 'web', itemCount: null } },
        ],
      },
      feedback: { edges: [{ node: { kind: 'NPS', score: 9, comment: 'good', receivedAt: '2026-02-06T00:00:00.000Z' } }] },
    });
    expect(k2).toMatchObject({ externalId: 'K2', email: null, region: 'US', label: 'Kai Two', orders: { edges: [] }, feedback: { edges: [] } });
  });

  it('merges a field asked for twice with different sub-selections', async () => {
    const data = await ask(`{
      customer(externalId: "K1") { externalId }
      again: customer(externalId: "K1") { name createdAt }
      customers(first: 1, orderBy: { field: EXTERNAL_ID }) { edges { node { name } } edges { node { email } } }
    }`);
    expect(data.customer).toEqual({ externalId: 'K1' });
    expect(data.again.name).toBe('Kim One');
    expect(Number.isNaN(Date.parse(data.again.createdAt))).toBe(false);
    expect(data.customers.edges[0].node).toEqual({ name: 'Kim One', email: 'kim@example.com' });
  });

  it('reads what cursors need when cursors are asked for, and pages on with them', async () => {
    const first = await ask(`{ customers(first: 1, orderBy: { field: NAME, direction: DESC }) { edges { cursor node { externalId } } pageInfo { endCursor hasNextPage } } }`);
    expect(first.customers.edges[0].node.externalId).toBe('K1'); // "Kim One" after "Kai Two", descending
    expect(first.customers.pageInfo.hasNextPage).toBe(true);
    const next = await ask(`{ customers(first: 1, orderBy: { field: NAME, direction: DESC }, after: "${first.customers.pageInfo.endCursor}") { edges { node { externalId } } } }`);
    expect(next.customers.edges[0].node.externalId).toBe('K2');
    const orders = await ask(`{ customer(externalId: "K1") { orders(first: 1) { edges { cursor node { externalId } } } } }`);
    const cursor = orders.customer.orders.edges[0].cursor;
    const older = await ask(`{ customer(externalId: "K1") { orders(first: 1, after: "${cursor}") { edges { node { externalId } } } } }`);
    expect(older.customer.orders.edges[0].node.externalId).toBe('O1');
  });

  it('resolves fields computed from keys: an order back to its customer', async () => {
    const data = await ask(`{ customer(externalId: "K1") { orders(first: 1) { edges { node { customer { name region } } } } } }`);
    expect(data.customer.orders.edges[0].node.customer).toEqual({ name: 'Kim One', region: 'EU' });
  });
});
