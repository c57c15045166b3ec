import { print } from 'graphql';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument, ViewerDocument } from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const KEY_SHAPE = /^cxg_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43}$/;

describe('API keys through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('creates a key that works at once, lists it, and refuses it once revoked', async () => {
    const { key: adminKey, tenant } = await app.tenantWithKey(['admin']);
    const created = await app.request(CreateApiKeyDocument, { input: { name: 'Grafana', scopes: ['ANALYTICS_READ', 'CUSTOMERS_READ'] } }, adminKey);
    expect(created.body.errors).toBeUndefined();
    const { key, apiKey } = created.body.data!.createApiKey;
    expect(key).toMatch(KEY_SHAPE);
    expect(apiKey).toMatchObject({ name: 'Grafana', scopes: ['analytics:read', 'customers:read'] });

    const viewer = await app.request(ViewerDocument, {}, key);
    expect(viewer.status).toBe(200);
    expect(viewer.body.data?.viewer).toEqual({ tenant: { slug: tenant.slug }, apiKey: { name: 'Grafana', scopes: ['analytics:read', 'customers:read'] } });

    // Oldest first: the harness's admin key, then the new one.
    const listed = await app.request(ApiKeysDocument, {}, adminKey);
    expect(listed.body.data?.apiKeys.map((entry) => [entry.name, entry.scopes, entry.revokedAt])).toEqual([
      ['test key', ['admin'], null],
      ['Grafana', ['analytics:read', 'customers:read'], null],
    ]);
    // The list never carries the secret.
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const revoked = await app.request(RevokeApiKeyDocument, { id: apiKey.id }, adminKey);
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data?.revokeApiKey.id).toBe(apiKey.id);
    const revokedAt = revoked.body.data?.revokeApiKey.revokedAt;
    expect(typeof revokedAt).toBe('string');

    const refused = await app.request(ViewerDocument, {}, key);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toMatchObject({ message: 'This API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } });

    // Revoking again keeps the first revocation time; the admin key still works.
    const again = await app.request(RevokeApiKeyDocument, { id: apiKey.id }, adminKey);
    expect(again.body.data?.revokeApiKey.revokedAt).toBe(revokedAt);
    const after = await app.request(ApiKeysDocument, {}, adminKey);
    expect(after.body.data?.apiKeys.map((entry) => [entry.name, entry.revokedAt])).toEqual([
      ['test key', null],
      ['Grafana', revokedAt],
    ]);
  });

  it('refuses key management to a key without admin, naming the scope', async () => {
    const { key, tenant } = await app.tenantWithKey(['customers:read', 'customers:write', 'analytics:read']);
    const list = await app.request(ApiKeysDocument, {}, key);
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
    expect(list.body.errors?.[0]).toMatchObject({ message: 'This API key lacks the scope "admin"', extensions: { scope: 'admin' } });

    const create = await app.request(CreateApiKeyDocument, { input: { name: 'Sneaky', scopes: ['ADMIN'] } }, key);
    expect(errorCodes(create)).toEqual(['FORBIDDEN']);
    expect(create.body.errors?.[0]).toMatchObject({ message: 'This API key lacks the scope "admin"', extensions: { scope: 'admin' } });

    const adminKey = await app.keyFor(tenant.id, ['admin']);
    const keys = await app.request(ApiKeysDocument, {}, adminKey);
    // Only the two keys made by the harness: no "Sneaky" key was created.
    expect(keys.body.data?.apiKeys.map((entry) => entry.name)).toEqual(['test key', 'extra key']);

    const revoke = await app.request(RevokeApiKeyDocument, { id: keys.body.data!.apiKeys[1].id }, key);
    expect(errorCodes(revoke)).toEqual(['FORBIDDEN']);
    expect((await app.request(ViewerDocument, {}, adminKey)).status).toBe(200);
  });

  it('refuses an unknown scope as a GraphQL validation error, creating nothing', async () => {
    const { key: adminKey } = await app.tenantWithKey(['admin']);
    for (const scope of ['SUPERUSER', 'customers:read']) {
      const response = await app.post({ query: print(CreateApiKeyDocument), variables: { input: { name: 'Bad', scopes: ['CUSTOMERS_READ', scope] } } }, adminKey);
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0].message).toContain(`Value "${scope}" does not exist in "Scope" enum`);
    }
    const keys = await app.request(ApiKeysDocument, {}, adminKey);
    expect(keys.body.data?.apiKeys.map((entry) => entry.name)).toEqual(['test key']);
  });

  it('refuses a key without a name or without scopes, naming the input field', async () => {
    const { key: adminKey } = await app.tenantWithKey(['admin']);
    const blank = await app.request(CreateApiKeyDocument, { input: { name: '   ', scopes: ['CUSTOMERS_READ'] } }, adminKey);
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.body.errors?.[0]).toMatchObject({ message: 'input.name: must be 1 to 200 characters', extensions: { field: 'input.name' } });
    const none = await app.request(CreateApiKeyDocument, { input: { name: 'Empty', scopes: [] } }, adminKey);
    expect(errorCodes(none)).toEqual(['BAD_USER_INPUT']);
    expect(none.body.errors?.[0].extensions?.field).toBe('input.scopes');
  });

  it("does not let one tenant's admin revoke another tenant's key", async () => {
    const a = await app.tenantWithKey(['admin']);
    const b = await app.tenantWithKey(['customers:read']);
    const response = await app.request(RevokeApiKeyDocument, { id: b.keyId }, a.key);
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.body.data).toBeNull();

    const stillWorks = await app.request(ViewerDocument, {}, b.key);
    expect(stillWorks.status).toBe(200);
    expect(stillWorks.body.data?.viewer).toEqual({ tenant: { slug: b.tenant.slug }, apiKey: { name: 'test key', scopes: ['customers:read'] } });
    // A's list shows only A's key.
    const listed = await app.request(ApiKeysDocument, {}, a.key);
    expect(listed.body.data?.apiKeys.map((entry) => entry.id)).toEqual([a.keyId]);
  });
});
