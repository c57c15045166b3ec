import { finishRequestContext, openRequestContext } from '../../src/context.js';
import { fromDatabaseError } from '../../src/common/format-error.js';
import { ApiKeyService } from '../../src/modules/auth/api-key.service.js';
import { CustomerPageDocument, UpsertCustomerDocument, ViewerDocument } from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

describe('authentication, scopes and limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ MAX_BODY_BYTES: '4096', MAX_QUERY_DEPTH: '6', MAX_QUERY_COST: '20000' });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('refuses a request without a key, with a malformed key or an unknown key', async () => {
    for (const key of [undefined, 'not-a-key', 'cxg_AAAAAAAAAA_' + 'A'.repeat(43)]) {
      const response = await app.request(ViewerDocument, {}, key);
      expect([response.status, errorCodes(response)]).toEqual([401, ['UNAUTHENTICATED']]);
    }
  });

  it('refuses a revoked key', async () => {
    const { key, keyId } = await app.tenantWithKey(['customers:read']);
    expect((await app.request(ViewerDocument, {}, key)).status).toBe(200);
    await new ApiKeyService(app.orm.em.fork()).revoke(keyId);
    const response = await app.request(ViewerDocument, {}, key);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]).toMatchObject({ message: 'This API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('gives the connection back after refusing a key found by its prefix (wrong secret, revoked)', async () => {
    // The key is read in the statement that opens the request's transaction: every refusal must
    // roll it back, or the pool (10 connections here) would run dry after ten of them.
    const { key } = await app.tenantWithKey(['customers:read']);
    const wrongSecret = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    const revoked = await app.tenantWithKey(['customers:read']);
    await new ApiKeyService(app.orm.em.fork()).revoke(revoked.keyId);
    for (let attempt = 0; attempt < 15; attempt += 1) {
      for (const refused of [wrongSecret, revoked.key]) {
        expect((await app.request(ViewerDocument, {}, refused)).status).toBe(401);
      }
    }
    const response = await app.request(ViewerDocument, {}, key);
    expect([response.status, response.body.errors]).toEqual([200, undefined]);
  });

  it("records a key's use once a minute, after answering", async () => {
    const { key, keyId } = await app.tenantWithKey(['customers:read']);
    const lastUsed = async () =>
      (await app.orm.em.fork().getConnection().execute<{ last_used_at: string | null }[]>(`select last_used_at from api_key where id = ?`, [keyId]))[0].last_used_at;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    expect((await app.request(ViewerDocument, {}, key)).status).toBe(200);
    // Recorded after the answer was sent, on a connection of its own: wait for it (at most 5 s).
    let recorded: string | null = null;
    for (let attempt = 0; attempt < 100 && recorded === null; attempt += 1) {
      recorded = await lastUsed();
      if (recorded === null) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(recorded).not.toBeNull();
    expect(new Date(recorded as string).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Within the minute another request leaves it alone.
    expect((await app.request(ViewerDocument, {}, key)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await lastUsed()).toEqual(recorded);
  });

  it('refuses a write without customers:write, naming the scope, and writes nothing', async () => {
    const { key, tenant } = await app.tenantWithKey(['customers:read']);
    const response = await app.request(UpsertCustomerDocument, { input: { externalId: 'C1' } }, key);
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'This API key lacks the scope "customers:write"',
      extensions: { code: 'FORBIDDEN', scope: 'customers:write' },
    });
    const writer = await app.keyFor(tenant.id, ['customers:read']);
    const page = await app.request(CustomerPageDocument, {}, writer);
    expect(page.body.data?.customers.totalCount).toBe(0);
  });

  it('writes nothing when any field of the request fails, even after another field wrote', async () => {
    const { key, tenant } = await app.tenantWithKey(['customers:read', 'customers:write']);
    // The first upsert succeeds and flushes; the second has an empty externalId. Apollo hands
    // each operation a copy of the context, so the failure must still reach the transaction.
    const response = await app.post(
      { query: 'mutation { a: upsertCustomer(input: { externalId: "FIRST", name: "ok" }) { id } b: upsertCustomer(input: { externalId: "", name: "bad" }) { id } }' },
      key,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const reader = await app.keyFor(tenant.id, ['customers:read']);
    const page = await app.request(CustomerPageDocument, {}, reader);
    expect(page.body.data?.customers.totalCount).toBe(0);
  });

  it('refuses reads without customers:read, also through nested fields', async () => {
    const { key } = await app.tenantWithKey(['analytics:read']);
    const response = await app.request(CustomerPageDocument, {}, key);
    expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'customers:read' });
    const nested = await app.post({ query: '{ viewer { tenant { slug } } }' }, key);
    expect(nested.body.errors).toBeUndefined();
  });

  it('refuses a field of every row that needs a scope the key lacks, and answers the rest of the row', async () => {
    // Customer.rfm needs analytics:read; the rows and their orders do not.
    const { key, tenant } = await app.tenantWithKey(['customers:read', 'customers:write']);
    // One request each: the page is in order of creation, and one transaction's rows share its time.
    await app.post({ query: 'mutation { upsertCustomer(input: { externalId: "A" }) { id } }' }, key);
    await app.post({ query: 'mutation { upsertCustomer(input: { externalId: "B" }) { id } }' }, key);
    const query = '{ customers(first: 5) { edges { node { externalId rfm { segment } orders(first: 1) { totalCount } } } } }';
    const refused = await app.post({ query }, key);
    expect(refused.body.data?.customers).toEqual({
      edges: [
        { node: { externalId: 'A', rfm: null, orders: { totalCount: 0 } } },
        { node: { externalId: 'B', rfm: null, orders: { totalCount: 0 } } },
      ],
    });
    const errors = (refused.body.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code, error.extensions?.scope]);
    expect(errors.sort()).toEqual([
      ['customers.edges.0.node.rfm', 'FORBIDDEN', 'analytics:read'],
      ['customers.edges.1.node.rfm', 'FORBIDDEN', 'analytics:read'],
    ]);
    // With the scope, the same fields answer (neither customer has an order: no RFM score).
    const analyst = await app.keyFor(tenant.id, ['customers:read', 'analytics:read']);
    const answered = await app.post({ query }, analyst);
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data).toEqual(refused.body.data);
  });

  it('limits the page size to 1,000', async () => {
    const { key } = await app.tenantWithKey(['customers:read']);
    const response = await app.request(CustomerPageDocument, { first: 1001 }, key);
    expect(response.body.errors?.[0]).toMatchObject({ message: 'first: must be a whole number from 0 to 1000', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses queries deeper than the depth limit', async () => {
    const { key } = await app.tenantWithKey(['customers:read']);
    // customers > edges > node > orders > edges > node > customer > id: 7 levels against a limit of 6.
    const query = '{ customers(first: 1) { edges { node { orders(first: 1) { edges { node { customer { id } } } } } } } }';
    const response = await app.post({ query }, key);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({ message: 'Query depth 7 exceeds the limit of 6', extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });

  it('refuses queries costlier than the cost limit, counting variables', async () => {
    const { key } = await app.tenantWithKey(['customers:read']);
    // Every field costs 1 and what is below a list is paid once per item asked for:
    // customers(1) + first × [edges(1) + node(1) + id(1) + orders(1) + 100 × (edges(1) + node(1) + id(1))]
    // first = 100: 1 + 100 × (4 + 300) = 30,401 > 20,000; first = 10: 1 + 10 × 304 = 3,041.
    const query = 'query ($first: Int) { customers(first: $first) { edges { node { id orders(first: 100) { edges { node { id } } } } } } }';
    const expensive = await app.post({ query, variables: { first: 100 } }, key);
    expect(expensive.status).toBe(400);
    expect(expensive.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Query cost 30401 exceeds the limit of 20000/), extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const cheap = await app.post({ query, variables: { first: 10 } }, key);
    expect(cheap.body.errors).toBeUndefined();
  });

  it('refuses a body larger than the limit with 413', async () => {
    const { key } = await app.tenantWithKey(['customers:write']);
    const response = await app.post({ query: 'mutation ($n: String) { upsertCustomer(input: { externalId: "x", name: $n }) { id } }', variables: { n: 'x'.repeat(5000) } }, key);
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('stops a statement at the statement timeout with a TIMEOUT error', async () => {
    const { key } = await app.tenantWithKey(['customers:read']);
    const context = await openRequestContext(app.orm, `Bearer ${key}`, 'timeout-test', 200);
    let caught: unknown;
    try {
      await context.sql.rows('select pg_sleep(2)');
    } catch (error) {
      caught = error;
    } finally {
      context.outcome.hadErrors = true;
      await finishRequestContext(context);
    }
    expect(fromDatabaseError(caught)?.extensions.code).toBe('TIMEOUT');
  });

  it('treats injected SQL in arguments as plain text', async () => {
    const { key } = await app.tenantWithKey(['customers:read', 'customers:write']);
    await app.request(UpsertCustomerDocument, { input: { externalId: "x'); drop table customer; --", name: "Robert'); DROP TABLE customer;--" } }, key);
    const search = await app.request(CustomerPageDocument, { filter: { search: "' or 1=1 --" } }, key);
    expect(search.body.data?.customers.totalCount).toBe(0);
    const all = await app.request(CustomerPageDocument, {}, key);
    expect(all.body.data?.customers.edges.map((edge) => edge.node.name)).toEqual(["Robert'); DROP TABLE customer;--"]);
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${app.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });
});

describe('production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('refuses introspection', async () => {
    const { key } = await app.tenantWithKey(['customers:read']);
    const response = await app.post({ query: '{ __schema { types { name } } }' }, key);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.body.data).toBeUndefined();
  });

  it('gives no "did you mean" suggestions and no stack traces', async () => {
    const { key } = await app.tenantWithKey(['customers:read']);
    const response = await app.post({ query: '{ customerz { totalCount } }' }, key);
    const error = response.body.errors?.[0];
    expect(error?.message).not.toMatch(/did you mean/i);
    expect(error?.extensions?.stacktrace).toBeUndefined();
    expect(response.headers.get('x-sql-statements')).toBeNull();
  });
});
