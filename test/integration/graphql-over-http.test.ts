import { auditServer } from 'graphql-http';
import { TestApp } from '../support/test-app.js';

/**
 * The graphql-http package's server audits (the GraphQL over HTTP specification's test suite),
 * run against a real cxgraph server with a valid key. Every MUST passes; the SHOULD results
 * accepted here are listed, with the reason, in docs/RELIABILITY.md.
 */
const ACCEPTED = [
  // Apollo Server answers document errors with 400 whatever the Accept header; the
  // specification prefers 200 for legacy application/json clients. 400 is what the newer
  // application/graphql-response+json requires, and what proxies and monitoring count as a
  // client error.
  'warn 572B SHOULD use 200 status code on document parsing failure when accepting application/json',
  'warn FDE2 SHOULD use 200 status code on document validation failure when accepting application/json',
  'warn 7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

describe('GraphQL over HTTP', () => {
  let app: TestApp;
  let key: string;

  beforeAll(async () => {
    app = await TestApp.start();
    ({ key } = await app.tenantWithKey(['customers:read']));
  });
  afterAll(() => app.stop());

  it('passes every MUST audit of the GraphQL over HTTP specification, and every SHOULD but the accepted ones', async () => {
    const fetchWithKey = (input: string | URL | Request, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), authorization: `Bearer ${key}` } });
    const results = await auditServer({ url: `${app.url}/graphql`, fetchFn: fetchWithKey });
    expect(results.length).toBeGreaterThan(40);
    const mustFailures = results.filter((result) => result.status === 'error').map((result) => `${result.id} ${result.name}`);
    expect(mustFailures).toEqual([]);
    const others = results.filter((result) => result.status !== 'ok').map((result) => `${result.status} ${result.id} ${result.name}`);
    expect(others.sort()).toEqual([...ACCEPTED].sort());
  });

  it('runs a query over GET with the key, and refuses a mutation over GET with 405', async () => {
    const query = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { tenant { slug } } }')}`, {
      headers: { authorization: `Bearer ${key}`, accept: 'application/graphql-response+json' },
    });
    expect(query.status).toBe(200);
    expect(query.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(((await query.json()) as { data: { viewer: { tenant: { slug: string } } } }).data.viewer.tenant.slug).toMatch(/^t-/);

    const mutation = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { upsertTag(input: { key: "x", label: "X", category: BEHAVIOR }) { id } }')}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toBe('POST');
  });

  it('refuses a cross-site form post: no key means no request, whatever the content type', async () => {
    // A browser form can send text/plain or urlencoded bodies cross-site, but never an
    // Authorization header without a CORS preflight, which this server does not grant.
    const form = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ viewer { tenant { slug } } }"}' });
    expect(form.status).toBe(401);
    const preflight = await fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-headers': 'authorization' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a batched request (a JSON array of operations) with 400', async () => {
    const response = await app.post([{ query: '{ viewer { tenant { slug } } }' }, { query: '{ viewer { tenant { slug } } }' }], key);
    expect(response.status).toBe(400);
  });
});
