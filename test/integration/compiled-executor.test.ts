import { isObjectType } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql-schema.js';
import { TestApp, type GraphQLResponse } from '../support/test-app.js';

/**
 * graphql-jit runs a document from its second run (GRAPHQL_COMPILE_AFTER=1, the default); the
 * first run is graphql-js's. Each request here is sent twice to the same server over the same
 * data: the answers, errors and statuses must be the same, and the figures the ones worked out
 * by hand below. The rest of the suite runs compiled from the first run (test-app.ts).
 */
describe('compiled executor', () => {
  let app: TestApp;
  let key: string;

  beforeAll(async () => {
    app = await TestApp.start({ GRAPHQL_COMPILE_AFTER: '1' });
    ({ key } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']));
    const setUp = [
      { query: 'mutation { upsertCustomers(input: [{ externalId: "C1", name: "Ada", region: "north" }, { externalId: "C2", region: "south" }, { externalId: "C3" }]) { insertedCount } }' },
      { query: 'mutation { upsertTag(input: { key: "tier.gold", label: "Gold", category: TIER }) { id } }' },
      {
        query: `mutation { recordOrders(input: [
          { externalId: "O1", customerExternalId: "C1", placedAt: "2026-01-10T10:00:00Z", amount: "100.50" },
          { externalId: "O2", customerExternalId: "C1", placedAt: "2026-02-10T10:00:00Z", amount: "12345678.01" },
          { externalId: "O3", customerExternalId: "C1", placedAt: "2026-03-10T10:00:00Z", amount: "7", status: CANCELLED },
          { externalId: "O4", customerExternalId: "C2", placedAt: "2026-01-20T10:00:00Z", amount: "1.00" }]) { insertedCount } }`,
      },
      {
        query: `mutation { recordFeedbackBatch(input: [
          { customerExternalId: "C1", kind: NPS, score: 10, receivedAt: "2026-01-15T00:00:00Z" },
          { customerExternalId: "C2", kind: NPS, score: 9, receivedAt: "2026-01-16T00:00:00Z" },
          { customerExternalId: "C3", kind: NPS, score: 3, receivedAt: "2026-02-16T00:00:00Z" }]) { insertedCount } }`,
      },
    ];
    for (const body of setUp) {
      const response = await app.post(body, key);
      expect(response.body.errors).toBeUndefined();
    }
  });
  afterAll(() => app.stop());

  /** Sends the same request twice: graphql-js runs the first, graphql-jit the second. */
  async function twice(body: { query: string; variables?: Record<string, unknown>; operationName?: string }): Promise<GraphQLResponse<any>> {
    const interpreted = await app.post(body, key);
    const compiled = await app.post(body, key);
    expect([interpreted.headers.get('x-graphql-executor'), compiled.headers.get('x-graphql-executor')]).toEqual(['interpreted', 'compiled']);
    expect({ status: compiled.status, body: compiled.body }).toEqual({ status: interpreted.status, body: interpreted.body });
    return compiled;
  }

  it('answers nested pages with aliases, fragments, variables, @skip/@include, counts and scalars as graphql-js does', async () => {
    const response = await twice({
      query: `query Page($first: Int!, $status: OrderStatus, $withFeedback: Boolean!, $noTouchpoints: Boolean = true) {
        customers(first: $first, orderBy: { field: EXTERNAL_ID, direction: ASC }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { ...Profile
            latest: orders(first: 1) { totalCount edges { node { externalId } } }
            completed: orders(first: 5, status: $status) { edges { node { externalId amount placedAt status } } }
            feedback(first: 5) @include(if: $withFeedback) { edges { node { kind score receivedAt } } }
            touchpoints @skip(if: $noTouchpoints) { edges { node { id } } }
            ... on Customer { region }
          } }
        }
      }
      fragment Profile on Customer { externalId name attributes sourceSystems }`,
      variables: { first: 2, status: 'COMPLETED', withFeedback: true },
    });
    expect(response.body.errors).toBeUndefined();
    const page = response.body.data.customers;
    // Three customers, two on the page: C1 and C2 by external id, and a next page.
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const [c1, c2] = page.edges.map((edge: { node: unknown }) => edge.node);
    expect(c1).toMatchObject({ externalId: 'C1', name: 'Ada', region: 'north', attributes: {}, sourceSystems: [] });
    // C1's orders, latest first: O3 (cancelled, so counted in the total of every status), O2, O1.
    expect(c1.latest).toEqual({ totalCount: 3, edges: [{ node: { externalId: 'O3' } }] });
    // Completed only: O2 and O1; the amount keeps every digit.
    expect(c1.completed.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { externalId: 'O2', amount: '12345678.01', placedAt: '2026-02-10T10:00:00.000Z', status: 'COMPLETED' },
      { externalId: 'O1', amount: '100.50', placedAt: '2026-01-10T10:00:00.000Z', status: 'COMPLETED' },
    ]);
    expect(c1.feedback.edges).toEqual([{ node: { kind: 'NPS', score: 10, receivedAt: '2026-01-15T00:00:00.000Z' } }]);
    expect(c1).not.toHaveProperty('touchpoints');
    expect(c2).toMatchObject({ externalId: 'C2', name: null, region: 'south' });
  });

  it('applies the default of a required input field given by a variable, as graphql-js does', async () => {
    // TagCustomerInput.source is `TagSource! = MANUAL`; the variable leaves it out.
    const response = await twice({
      query: 'mutation Tag($input: TagCustomerInput!) { tagCustomer(input: $input) { externalId tags { key source } } }',
      variables: { input: { customerExternalId: 'C3', tagKey: 'tier.gold' } },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.tagCustomer).toEqual({ externalId: 'C3', tags: [{ key: 'tier.gold', source: 'MANUAL' }] });
  });

  it('answers analytics with nested lists, floats and nulls as graphql-js does', async () => {
    const response = await twice({
      query: `query Nps($input: MetricInput) { nps(input: $input) {
        total { n promoters passives detractors nps }
        series { group points { start n nps reason } } } }`,
      variables: { input: { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z', asOf: '2026-03-01T00:00:00Z', interval: 'MONTH', timeZone: 'UTC' } },
    });
    expect(response.body.errors).toBeUndefined();
    // Scores 10, 9 (promoters) and 3 (detractor): NPS = 100 × (2 − 1) / 3 = 33.33…
    expect(response.body.data.nps.total).toMatchObject({ n: 3, promoters: 2, passives: 0, detractors: 1 });
    expect(response.body.data.nps.total.nps).toBeCloseTo(100 / 3, 6);
    // January: two promoters, NPS 100; February: one detractor, NPS −100.
    const points = response.body.data.nps.series[0].points;
    expect(points.map((point: { n: number; nps: number }) => [point.n, point.nps])).toEqual([
      [2, 100],
      [1, -100],
    ]);
  });

  it('reports a field error with its code, path and location, and keeps the rest of the answer', async () => {
    const response = await twice({ query: '{ found: customer(externalId: "C1") { externalId } missing: customer(externalId: "nobody") { externalId } }' });
    // customer is non-null: the error nulls the whole data, as the specification says. Column 52:
    // where `missing:` starts (2 for "{ ", 49 for the first field and its selection, 1 space).
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([expect.objectContaining({ path: ['missing'], locations: [{ line: 1, column: 52 }], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
  });

  it('reports an error inside a list at its path, and carries the null up through the non-null fields', async () => {
    const response = await twice({ query: '{ customers(first: 1, orderBy: { field: EXTERNAL_ID, direction: ASC }) { edges { node { externalId orders(first: 5000) { totalCount } } } } }' });
    // orders (OrderConnection!), node (Customer!), the edge (CustomerEdge!), edges and customers
    // are all non-null, so the null reaches data itself.
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([
      expect.objectContaining({ path: ['customers', 'edges', 0, 'node', 'orders'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }),
    ]);
  });

  it('refuses a variable of the wrong type with 400 BAD_USER_INPUT and graphql-js’s message, running nothing', async () => {
    const response = await twice({ query: 'query ($status: OrderStatus) { customers(first: 1) { edges { node { orders(status: $status) { totalCount } } } } }', variables: { status: 'SHIPPED' } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('Variable "$status" got invalid value "SHIPPED"'), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('runs the named operation of several, and refuses several without a name with 400', async () => {
    const query = 'query One { customers(first: 1) { totalCount } } query Two { customer(externalId: "C2") { region } }';
    const two = await twice({ query, operationName: 'Two' });
    expect(two.body).toEqual({ data: { customer: { region: 'south' } } });
    const unnamed = await app.post({ query }, key);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors?.[0].message).toBe('Must provide operation name if query contains multiple operations.');
  });

  it('answers introspection (outside production) as graphql-js does', async () => {
    const response = await twice({ query: '{ __type(name: "OrderStatus") { kind enumValues { name } } }' });
    expect(response.body.data.__type.kind).toBe('ENUM');
    expect(response.body.data.__type.enumValues.map((value: { name: string }) => value.name)).toContain('CANCELLED');
  });

  it('reads as bare properties only fields that hold finished values', async () => {
    // graphql-jit neither calls nor awaits a field without a resolver (graphql-js does both), so
    // a lazy value there (a promise, a function) would reach the client unresolved, or run its
    // SQL after the request's transaction ended. These types hold plain rows and page parts; a
    // new type with simpleResolvers belongs here only if its fields are finished values too.
    const plainTypes = new Set(['Customer', 'Order', 'Feedback', 'Touchpoint', 'PageInfo']);
    const schema = await buildGraphQLSchema();
    const unexpected: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || plainTypes.has(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const pagePart = (type.name.endsWith('Connection') && ['edges', 'pageInfo'].includes(field.name)) || (type.name.endsWith('Edge') && ['cursor', 'node'].includes(field.name));
        if (!field.resolve && !pagePart) unexpected.push(`${type.name}.${field.name}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
