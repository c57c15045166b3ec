import { execFile } from 'node:child_process';
import path from 'node:path';
import { CustomerPageDocument, UpsertCustomerDocument, ViewerDocument } from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const CLI = path.resolve('dist/cli/main.js');
const KEY_SHAPE = /^cxg_[A-Za-z0-9]{10}_[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The last line of stdout, parsed: the --json result. */
  json: Record<string, any>;
}

/** Runs the built CLI against the test run's database, as an operator would. */
function cli(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, LOG_LEVEL: 'silent' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const lines = stdout.trim().split('\n');
        let json: Record<string, any> = {};
        try {
          json = JSON.parse(lines[lines.length - 1]);
        } catch {
          // Left empty: the assertions on it then fail with the output in view.
        }
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, json });
      },
    );
  });
}

function uniqueSlug(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

describe('command line', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('creates a tenant, lists it, and refuses the same slug again', async () => {
    const slug = uniqueSlug('acme');
    const created = await cli('tenant', 'create', slug, '--name', 'Acme Retail', '--time-zone', 'Europe/Berlin', '--currency', 'EUR', '--json');
    expect(created.code).toBe(0);
    expect(created.json.tenant).toMatchObject({ slug, name: 'Acme Retail', timeZone: 'Europe/Berlin', baseCurrency: 'EUR' });
    expect(created.json.tenant.id).toMatch(UUID);

    const listed = await cli('tenant', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(listed.json.tenants).toContainEqual({ id: created.json.tenant.id, slug, name: 'Acme Retail', timeZone: 'Europe/Berlin', baseCurrency: 'EUR' });

    const again = await cli('tenant', 'create', slug, '--name', 'Acme again', '--json');
    expect(again.code).toBe(1);
    expect(again.json).toEqual({ error: { code: 'BAD_USER_INPUT', field: 'slug', message: `slug: a tenant "${slug}" already exists` } });
  });

  it('defaults a new tenant to UTC and USD', async () => {
    const slug = uniqueSlug('plain');
    const created = await cli('tenant', 'create', slug, '--name', 'Plain', '--json');
    expect(created.json.tenant).toMatchObject({ slug, timeZone: 'UTC', baseCurrency: 'USD' });
  });

  it('refuses an invalid slug, time zone or currency, naming the field, and creates nothing', async () => {
    const badSlug = await cli('tenant', 'create', 'Bad_Slug', '--name', 'X', '--json');
    expect(badSlug.code).toBe(1);
    expect(badSlug.json.error).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'slug',
      message: 'slug: must be 1 to 63 lowercase letters, digits or dashes, starting with a letter or digit',
    });

    const slug = uniqueSlug('mars');
    const badZone = await cli('tenant', 'create', slug, '--name', 'Mars', '--time-zone', 'Mars/Olympus_Mons', '--json');
    expect(badZone.code).toBe(1);
    expect(badZone.json.error).toEqual({ code: 'BAD_USER_INPUT', field: 'timeZone', message: 'timeZone: "Mars/Olympus_Mons" is not an IANA time zone' });

    const badCurrency = await cli('tenant', 'create', slug, '--name', 'Mars', '--currency', 'euro', '--json');
    expect(badCurrency.code).toBe(1);
    expect(badCurrency.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'baseCurrency' });

    const listed = await cli('tenant', 'list', '--json');
    expect(listed.json.tenants.map((tenant: { slug: string }) => tenant.slug)).not.toContain(slug);
  });

  it('creates a key that authenticates with its scopes only, lists it without the secret, and revokes it', async () => {
    const slug = uniqueSlug('keys');
    await cli('tenant', 'create', slug, '--name', 'Key test', '--json');

    const created = await cli('key', 'create', '--tenant', slug, '--name', 'CRM sync', '--scopes', 'customers:read, analytics:read', '--json');
    expect(created.code).toBe(0);
    const { key, apiKey } = created.json as { key: string; apiKey: { id: string; prefix: string; name: string; scopes: string[]; revokedAt: string | null } };
    expect(key).toMatch(KEY_SHAPE);
    expect(apiKey).toMatchObject({ name: 'CRM sync', scopes: ['customers:read', 'analytics:read'], revokedAt: null });
    // The prefix is the public start of the key: "cxg_" and 10 characters.
    expect(apiKey.prefix).toBe(key.slice(0, 14));

    const viewer = await app.request(ViewerDocument, {}, key);
    expect(viewer.status).toBe(200);
    expect(viewer.body.data?.viewer).toEqual({ tenant: { slug }, apiKey: { name: 'CRM sync', scopes: ['customers:read', 'analytics:read'] } });
    const read = await app.request(CustomerPageDocument, {}, key);
    expect(read.body.data?.customers.totalCount).toBe(0);
    const write = await app.request(UpsertCustomerDocument, { input: { externalId: 'C1' } }, key);
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
    expect(write.body.errors?.[0]).toMatchObject({ message: 'This API key lacks the scope "customers:write"', extensions: { scope: 'customers:write' } });

    const listed = await cli('key', 'list', '--tenant', slug, '--json');
    expect(listed.code).toBe(0);
    expect(listed.json.keys).toHaveLength(1);
    expect(listed.json.keys[0]).toMatchObject({ id: apiKey.id, name: 'CRM sync', prefix: apiKey.prefix, revokedAt: null });
    expect(listed.stdout).not.toContain(key);
    const listedAsText = await cli('key', 'list', '--tenant', slug);
    expect(listedAsText.stdout).toContain(apiKey.id);
    expect(listedAsText.stdout).not.toContain(key);

    const revoked = await cli('key', 'revoke', apiKey.id, '--json');
    expect(revoked.code).toBe(0);
    expect(revoked.json.apiKey).toMatchObject({ id: apiKey.id, name: 'CRM sync' });
    expect(revoked.json.apiKey.revokedAt).toEqual(expect.any(String));

    const refused = await app.request(ViewerDocument, {}, key);
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    const afterRevoke = await cli('key', 'list', '--tenant', slug, '--json');
    expect(afterRevoke.json.keys[0].revokedAt).toBe(revoked.json.apiKey.revokedAt);
  });

  it('refuses a key with an unknown scope, for an unknown tenant, or a revoke of a malformed id', async () => {
    const slug = uniqueSlug('scopes');
    await cli('tenant', 'create', slug, '--name', 'Scope test', '--json');

    const unknownScope = await cli('key', 'create', '--tenant', slug, '--name', 'Bad', '--scopes', 'customers:read,superpowers', '--json');
    expect(unknownScope.code).toBe(1);
    expect(unknownScope.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes[1]' });
    expect(unknownScope.json.error.message).toMatch(/^scopes\[1\]: "superpowers" is not a scope; use one of customers:read, /);
    const noScopes = await cli('key', 'create', '--tenant', slug, '--name', 'None', '--json');
    expect(noScopes.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    const keys = await cli('key', 'list', '--tenant', slug, '--json');
    expect(keys.json.keys).toEqual([]);

    const unknownTenant = await cli('key', 'create', '--tenant', uniqueSlug('nobody'), '--name', 'X', '--scopes', 'customers:read', '--json');
    expect(unknownTenant.code).toBe(1);
    expect(unknownTenant.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: '--tenant' });

    const malformedId = await cli('key', 'revoke', 'not-an-id', '--json');
    expect(malformedId.code).toBe(1);
    expect(malformedId.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const unknownId = await cli('key', 'revoke', '00000000-0000-4000-8000-000000000000', '--json');
    expect(unknownId.code).toBe(1);
    expect(unknownId.json.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exits with 2 on an unknown command or option, printing the usage', async () => {
    const unknown = await cli('frobnicate', '--json');
    expect(unknown.code).toBe(2);
    expect(unknown.json.error).toMatchObject({ code: 'USAGE', message: 'unknown command "frobnicate"' });
    expect(unknown.stderr).toContain('Usage:');

    const badOption = await cli('tenant', 'list', '--colour', '--json');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('Usage:');

    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage:');
  });
});
