import { createHash } from 'node:crypto';
import pg from 'pg';
import { ApiKeyService } from '../../src/modules/auth/api-key.service.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const VIEWER = '{ viewer { tenant { slug } } }'; // cost 3: viewer, tenant, slug

describe('document limits, cost budgets, key expiry, trusted documents and the request deadline', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ MAX_QUERY_ALIASES: '5', MAX_QUERY_DIRECTIVES: '3', MAX_QUERY_TOKENS: '200', REQUEST_TIMEOUT_MS: '1500' });
  });
  afterAll(() => app.stop());

  async function keyWith(tenantId: string, scopes: string[], settings: { costPerMinute?: number; trustedDocumentsOnly?: boolean } = {}): Promise<string> {
    return (await new ApiKeyService(app.orm.em.fork()).create(tenantId, 'limited key', scopes, '', { segmentIds: null, memberFields: null }, settings)).key;
  }

  it('refuses too many aliases, directives or tokens with 400 QUERY_TOO_COMPLEX naming the limit', async () => {
    const { key } = await app.tenantWithKey(['customers:read']);
    const sixAliases = `{ ${Array.from({ length: 6 }, (_, index) => `a${index}: viewer { tenant { slug } }`).join(' ')} }`;
    const aliases = await app.post({ query: sixAliases }, key);
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', aliases: 6, maxAliases: 5 });

    const fourDirectives = '{ viewer @include(if: true) { tenant @include(if: true) { slug @skip(if: false) name @skip(if: false) } } }';
    const directives = await app.post({ query: fourDirectives }, key);
    expect(directives.status).toBe(400);
    expect(directives.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives', directives: 4, maxDirectives: 3 });

    // "{ viewer { tenant { slug name } } }" repeated: 8 tokens a copy plus the outer braces.
    const manyTokens = `{ ${'viewer { tenant { slug } } '.repeat(40)}}`;
    const tokens = await app.post({ query: manyTokens }, key);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]).toMatchObject({ message: 'The document has more than 200 tokens, the limit', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maxTokens: 200 } });

    const withinLimits = await app.post({ query: `{ ${Array.from({ length: 5 }, (_, index) => `a${index}: viewer { tenant { slug } }`).join(' ')} }` }, key);
    expect(withinLimits.status).toBe(200);
  });

  it('charges each request its cost against the key budget, then answers 429 with Retry-After; other keys are not affected', async () => {
    const { tenant, key: otherKey } = await app.tenantWithKey(['customers:read']);
    // A budget of 30 per minute refills 0.5 a second. Ten requests of cost 3 spend it; the
    // eleventh, a few milliseconds later, finds under 3 left.
    const key = await keyWith(tenant.id, ['customers:read'], { costPerMinute: 30 });
    const first = await app.post({ query: VIEWER }, key);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('30');
    expect(first.headers.get('ratelimit-remaining')).toBe('27');
    // Refilling the 3 spent takes 3 / 0.5 = 6 seconds.
    expect(first.headers.get('ratelimit-reset')).toBe('6');
    expect(first.headers.get('ratelimit-policy')).toBe('30;w=60');
    for (let request = 2; request <= 10; request += 1) expect((await app.post({ query: VIEWER }, key)).status).toBe(200);

    const refused = await app.post({ query: VIEWER }, key);
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.body.errors?.[0].message).toContain('30 cost per minute');
    // Up to 3 tokens short at 0.5 a second: 6 seconds at most, at least 1.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(6);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');

    expect((await app.post({ query: VIEWER }, otherKey)).status).toBe(200);
  });

  it('writes nothing for a mutation refused by the budget, and refuses a query costlier than the whole budget with 400', async () => {
    const { tenant } = await app.tenantWithKey(['customers:read']);
    const key = await keyWith(tenant.id, ['customers:read', 'customers:write'], { costPerMinute: 4 });
    const upsert = (externalId: string) => ({ query: `mutation { upsertCustomer(input: { externalId: "${externalId}" }) { id } }` }); // cost 2
    expect((await app.post(upsert('C1'), key)).status).toBe(200);
    expect((await app.post(upsert('C2'), key)).status).toBe(200);
    const refused = await app.post(upsert('C3'), key);
    expect([refused.status, errorCodes(refused)]).toEqual([429, ['RATE_LIMITED']]);
    const reader = await app.keyFor(tenant.id, ['customers:read']);
    const page = await app.post({ query: '{ customers { totalCount edges { node { externalId } } } }' }, reader);
    expect((page.body.data as { customers: { totalCount: number } }).customers.totalCount).toBe(2);

    // customers (1) + 100 × (edges 1 + node 1 + id 1) … far over 4.
    const tooCostly = await app.post({ query: '{ customers(first: 100) { edges { node { id } } } }' }, key);
    expect(tooCostly.status).toBe(400);
    expect(tooCostly.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'budget', costPerMinute: 4 });
  });

  it('refuses an expired key with 401 saying when it expired, and validates key settings naming the field', async () => {
    const { tenant, key: admin } = await app.tenantWithKey(['admin']);
    const created = await app.post(
      { query: 'mutation($at: DateTimeISO) { createApiKey(input: { name: "short-lived", scopes: [CUSTOMERS_READ], expiresAt: $at }) { key apiKey { id expiresAt } } }', variables: { at: new Date(Date.now() + 3_600_000).toISOString() } },
      admin,
    );
    const { key, apiKey } = (created.body.data as { createApiKey: { key: string; apiKey: { id: string } } }).createApiKey;
    expect((await app.post({ query: VIEWER }, key)).status).toBe(200);

    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query(`update api_key set expires_at = '2026-01-01T00:00:00Z' where id = $1`, [apiKey.id]);
    await client.end();
    const expired = await app.post({ query: VIEWER }, key);
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]).toMatchObject({ message: 'This API key expired at 2026-01-01T00:00:00.000Z', extensions: { code: 'UNAUTHENTICATED' } });

    const past = await app.post({ query: 'mutation { createApiKey(input: { name: "x", scopes: [CUSTOMERS_READ], expiresAt: "2020-01-01T00:00:00Z" }) { key } }' }, admin);
    expect(past.body.errors?.[0]).toMatchObject({ message: 'input.expiresAt: must be in the future', extensions: { code: 'BAD_USER_INPUT' } });
    const zero = await app.post({ query: `mutation { updateApiKey(id: "${apiKey.id}", input: { costPerMinute: 0 }) { id } }` }, admin);
    expect(zero.body.errors?.[0]).toMatchObject({ message: 'input.costPerMinute: must be a whole number from 1 to 100,000,000', extensions: { code: 'BAD_USER_INPUT' } });
    const changed = await app.post({ query: `mutation { updateApiKey(id: "${apiKey.id}", input: { costPerMinute: 500, expiresAt: null }) { costPerMinute expiresAt trustedDocumentsOnly } }` }, admin);
    expect(changed.body.data).toEqual({ updateApiKey: { costPerMinute: 500, expiresAt: null, trustedDocumentsOnly: false } });
    expect((await app.post({ query: VIEWER }, key)).status).toBe(200);

    const { key: otherAdmin } = await app.tenantWithKey(['admin']);
    const foreign = await app.post({ query: `mutation { updateApiKey(id: "${apiKey.id}", input: { costPerMinute: 1 }) { id } }` }, otherAdmin);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    void tenant;
  });

  it('serves registered documents by documentId, and from a trusted-documents-only key nothing else', async () => {
    const { tenant, key: admin } = await app.tenantWithKey(['admin']);
    // The id is the SHA-256 of the exact text, computed here independently.
    const expectedId = `sha256:${createHash('sha256').update(VIEWER).digest('hex')}`;
    const registered = await app.post({ query: 'mutation($body: String!) { registerTrustedDocuments(documents: [{ body: $body, name: "viewer" }]) { id name } }', variables: { body: VIEWER } }, admin);
    expect(registered.body.data).toEqual({ registerTrustedDocuments: [{ id: expectedId, name: 'viewer' }] });

    const trusted = await keyWith(tenant.id, ['customers:read'], { trustedDocumentsOnly: true });
    const byId = await app.post({ documentId: expectedId }, trusted);
    expect(byId.body.data).toEqual({ viewer: { tenant: { slug: tenant.slug } } });
    const overGet = await fetch(`${app.url}/graphql?documentId=${encodeURIComponent(expectedId)}`, { headers: { authorization: `Bearer ${trusted}` } });
    expect(((await overGet.json()) as { data: unknown }).data).toEqual({ viewer: { tenant: { slug: tenant.slug } } });

    const freeText = await app.post({ query: VIEWER }, trusted);
    expect([freeText.status, errorCodes(freeText)]).toEqual([400, ['TRUSTED_DOCUMENT_REQUIRED']]);
    const both = await app.post({ documentId: expectedId, query: VIEWER }, trusted);
    expect(both.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'documentId' } });
    const unknown = await app.post({ documentId: `sha256:${'0'.repeat(64)}` }, trusted);
    expect([unknown.status, errorCodes(unknown)]).toEqual([400, ['PERSISTED_QUERY_NOT_FOUND']]);

    // Another tenant's key cannot use this tenant's documents.
    const { key: stranger } = await app.tenantWithKey(['customers:read']);
    expect(errorCodes(await app.post({ documentId: expectedId }, stranger))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const broken = await app.post({ query: 'mutation { registerTrustedDocuments(documents: [{ body: "{ viewer " }]) { id } }' }, admin);
    expect(broken.body.errors?.[0]).toMatchObject({ message: 'documents[0].body: is not a GraphQL document (it does not parse)', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('stops a request past REQUEST_TIMEOUT_MS with 504 TIMEOUT, rolls it back and frees its connection', async () => {
    const { tenant, key } = await app.tenantWithKey(['customers:read', 'customers:write']);
    const upsertTag = (label: string) => ({ query: `mutation { upsertTag(input: { key: "vip", label: "${label}", category: BEHAVIOR }) { label } }` });
    expect((await app.post(upsertTag('First'), key)).status).toBe(200);

    // Hold the tag's row lock from outside, so the next update waits past the 1.5 s deadline
    // (the statement timeout, 10 s, is far later).
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query('begin');
    await client.query(`select 1 from tag where tenant_id = $1 and key = 'vip' for update`, [tenant.id]);
    const started = Date.now();
    const stopped = await app.post(upsertTag('Second'), key);
    const elapsed = Date.now() - started;
    await client.query('rollback');
    await client.end();

    expect(stopped.status).toBe(504);
    expect(stopped.body.errors?.[0]).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(stopped.body.errors?.[0].message).toContain('1500 ms');
    expect(elapsed).toBeLessThan(9_000); // well before the 10 s statement timeout
    const read = await app.post({ query: '{ tags { edges { node { key label } } } }' }, key);
    expect(read.body.data).toEqual({ tags: { edges: [{ node: { key: 'vip', label: 'First' } }] } });
  });
});
