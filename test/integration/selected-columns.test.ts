import { recordStatements } from '../../src/db/sql-runner.js';
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
    // A journey stage for the keys a feedback answer and a touchpoint point at besides their customer.
    const journey = await app.post<{ createJourney: { stages: { id: string; key: string }[] } }>(
      { query: `mutation { createJourney(input: { key: "buy", name: "Buy", stages: [{ key: "pay", name: "Pay" }] }) { stages { id key } } }` },
      key,
    );
    expect(journey.body.errors).toBeUndefined();
    const stageId = journey.body.data!.createJourney.stages[0].id;
    await write(`mutation($input: FeedbackInput!) { recordFeedback(input: $input) { id } }`, {
      input: { customerExternalId: 'K1', kind: 'CSAT', score: 4, stageId, receivedAt: '2026-02-07T00:00:00Z' },
    });
    await write(`mutation($input: TouchpointInput!) { recordTouchpoint(input: $input) { id } }`, {
      input: { customerExternalId: 'K1', journeyKey: 'buy', stageKey: 'pay', occurredAt: '2026-02-05T10:01:00Z', action: 'checkout' },
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
      feedback: {
        edges: [
          { node: { kind: 'CSAT', score: 4, comment: null, receivedAt: '2026-02-07T00:00:00.000Z' } },
          { node: { kind: 'NPS', score: 9, comment: 'good', receivedAt: '2026-02-06T00:00:00.000Z' } },
        ],
      },
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

  it('reads the keys each field computed from keys needs, on a page of customers and on one customer', async () => {
    // Page of customers: the children are read in the page's own statement. One customer: each
    // list is read by its own statement, its rows handed to the customer by the parent's id.
    const lists = `
      orders(first: 5) { edges { node { externalId customer { externalId } } } }
      feedback(first: 5) { edges { node { kind customer { name } stage { key } } } }
      touchpoints(first: 5) { edges { node { action customer { region } journey { key } stage { key } } } }
      tags { key }
      stats { orderCount }`;
    const expected = {
      orders: { edges: [{ node: { externalId: 'O2', customer: { externalId: 'K1' } } }, { node: { externalId: 'O1', customer: { externalId: 'K1' } } }] },
      // Newest first: the CSAT answer of 7 February, then the NPS answer of the 6th.
      feedback: {
        edges: [{ node: { kind: 'CSAT', customer: { name: 'Kim One' }, stage: { key: 'pay' } } }, { node: { kind: 'NPS', customer: { name: 'Kim One' }, stage: null } }],
      },
      touchpoints: { edges: [{ node: { action: 'checkout', customer: { region: 'EU' }, journey: { key: 'buy' }, stage: { key: 'pay' } } }] },
      tags: [],
      // O1 and O2, both completed.
      stats: { orderCount: 2 },
    };
    const page = await ask(`{ customers(first: 1, orderBy: { field: EXTERNAL_ID }) { edges { node { ${lists} } } } }`);
    expect(page.customers.edges[0].node).toEqual(expected);
    const one = await ask(`{ customer(externalId: "K1") { ${lists} } }`);
    expect(one.customer).toEqual(expected);
  });

  it('reads no key that nothing asked for needs: not the tenant, not the customer of a child row', async () => {
    const statements: string[] = [];
    recordStatements((text) => statements.push(text));
    try {
      await ask(`{ customers(first: 2) { edges { node { externalId
        orders(first: 5) { edges { node { externalId amount } } }
        feedback(first: 5) { edges { node { kind score } } } } } } }`);
    } finally {
      recordStatements(undefined);
    }
    // One statement reads the page and both lists.
    expect(statements).toHaveLength(1);
    const [page] = statements;
    // The customer's id hands each customer its lists; nothing else reads a key.
    expect(page).toContain('c."id"');
    for (const key of ['c."tenant_id"', 'child."tenant_id"', 'child."customer_id"', 'child."stage_id"', 'child."touchpoint_id"', 'child."id"', 'child.*', 'c.*']) {
      expect(page).not.toContain(key);
    }
  });

  it('answers a node asked for its type name alone', async () => {
    const data = await ask(`{ customers(first: 2, orderBy: { field: EXTERNAL_ID }) { edges { node { __typename orders(first: 1) { edges { node { __typename } } } } } } }`);
    expect(data.customers.edges.map((edge: any) => [edge.node.__typename, edge.node.orders.edges.length])).toEqual([
      ['Customer', 1],
      ['Customer', 0],
    ]);
  });

  it('resolves fields computed from keys: an order back to its customer', async () => {
    const data = await ask(`{ customer(externalId: "K1") { orders(first: 1) { edges { node { customer { name region } } } } } }`);
    expect(data.customer.orders.edges[0].node.customer).toEqual({ name: 'Kim One', region: 'EU' });
  });
});
