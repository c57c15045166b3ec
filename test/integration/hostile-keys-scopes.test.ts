import { getNamedType, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import net from 'node:net';
import { buildGraphQLSchema } from '../../src/graphql-schema.js';
import { SCOPES } from '../../src/modules/auth/scopes.js';
import { requiredVariables, rootFields, rootOperation, selectionOf } from '../support/schema-walk.js';
import { buildWorld, succeed, Superuser, worldFiller, type World } from '../support/hostile-world.js';
import { errorCodes, TestApp, type GraphQLResponse } from '../support/test-app.js';

/**
 * Keys a stranger might send (malformed, unknown, revoked, expired, of a deleted tenant), and
 * keys that try to reach more than their scopes through nested fields. Every bad key is
 * refused with 401 UNAUTHENTICATED on every endpoint and writes nothing; every scope sees only
 * what it grants, however deep it digs.
 */
describe('hostile input: keys and scopes', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let db: Superuser;
  let world: World;
  let tenantTables: string[];
  const write = { query: 'mutation { upsertTag(input: { key: "keysworld.intruder", label: "Intruder", category: TIER }) { id } }' };

  beforeAll(async () => {
    app = await TestApp.start({ DEFAULT_COST_PER_MINUTE: '100000000' });
    schema = await buildGraphQLSchema();
    db = Superuser.open();
    world = await buildWorld(app, 'keysworld');
    tenantTables = await db.tenantTables();
  });
  afterAll(async () => {
    await db.close();
    await app.stop();
  });

  /** Sends a write with the Authorization header as given, and whether any row of the world moved. */
  async function attempt(authorization: string | undefined) {
    const before = await db.counts(world.tenantId, tenantTables);
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) }, body: JSON.stringify(write) });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message ?? '', wrote: JSON.stringify(await db.counts(world.tenantId, tenantTables)) !== JSON.stringify(before) };
  }

  /** The same, with raw bytes on a socket: fetch refuses header values outside Latin-1. */
  function rawStatus(authorization: Buffer): Promise<number> {
    const { port } = new URL(app.url);
    const body = JSON.stringify(write);
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(Buffer.concat([Buffer.from(`POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\nauthorization: `), authorization, Buffer.from(`\r\n\r\n${body}`)]));
      });
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
      socket.on('error', reject);
    });
  }

  describe('keys', () => {
    it('refuses malformed keys with 401 and writes nothing', async () => {
      const secret = world.key.slice(15);
      const malformed = [
        undefined,
        '',
        'Bearer',
        'Bearer ',
        `Basic ${Buffer.from('user:pass').toString('base64')}`,
        `Bearer cxx_${world.key.slice(4)}`,
        `Bearer ${world.key.slice(0, -1)}`,
        `Bearer ${world.key}A`,
        `Bearer ${world.key.slice(0, 13)}_${secret}`,
        `Bearer ${world.key} ${world.key}`,
        `Bearer ${world.key}, Bearer ${world.key}`,
        `Bearer cxg_${'é'.repeat(10)}_${secret}`,
        `Bearer ${'A'.repeat(10_240)}`,
        `Bearer ${world.key.replace(/.$/, "'")}`,
        "Bearer cxg_AAAAAAAAAA_' or '1'='1' --AAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      ];
      for (const authorization of malformed) {
        const result = await attempt(authorization);
        expect([authorization?.slice(0, 40), result.status, result.code, result.wrote]).toEqual([authorization?.slice(0, 40), 401, 'UNAUTHENTICATED', false]);
        // The answer never quotes the key back.
        if (authorization && authorization.length > 20) expect(result.message).not.toContain(authorization.slice(7, 27));
      }
      for (const bytes of [Buffer.from(`Bearer cxg_${'日本'.repeat(5)}_${secret}`, 'utf8'), Buffer.from(`Bearer ${world.key.slice(0, 20)}\u00ff\u00fe${world.key.slice(22)}`, 'latin1')]) {
        expect(await rawStatus(bytes)).toBe(401);
      }
    });

    it("refuses a well-formed unknown key, a real prefix with a wrong secret, and one key's prefix with another's secret", async () => {
      const other = await app.tenantWithKey(['admin'], 'keysother');
      for (const key of ['cxg_AAAAAAAAAA_' + 'B'.repeat(43), world.key.slice(0, 15) + 'C'.repeat(43), world.key.slice(0, 15) + other.key.slice(15), other.key.slice(0, 15) + world.key.slice(15)]) {
        expect(await attempt(`Bearer ${key}`)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: 'Invalid API key', wrote: false });
      }
    });

    async function newKey(input: Record<string, unknown> = {}): Promise<{ key: string; id: string }> {
      const created = await succeed(app, world.key, 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }', { input: { name: 'short-lived', scopes: ['ADMIN'], ...input } });
      return { key: created.createApiKey.key, id: created.createApiKey.apiKey.id };
    }

    /** Status and code of the key on the three HTTP endpoints besides /graphql. */
    async function endpoints(key: string): Promise<[number, string][]> {
      const answers: [number, string][] = [];
      for (const [path, init] of [
        [`/segments/${world.ids.segment}/members.csv`, {}],
        [`/assessments/${world.ids.assessment}/report`, {}],
        ['/import/tags', { method: 'POST', body: `customerExternalId,tagKey\n${world.names.customerExternalId},keysworld.imported\n`, headers: { 'content-type': 'text/csv' } }],
      ] as const) {
        const response = await fetch(`${app.url}${path}`, { ...init, headers: { ...('headers' in init ? init.headers : {}), authorization: `Bearer ${key}` } });
        const text = await response.text();
        answers.push([response.status, response.status === 200 ? 'ok' : JSON.parse(text).errors[0].extensions.code]);
      }
      return answers;
    }

    it('refuses a revoked key everywhere, saying it was revoked', async () => {
      const { key, id } = await newKey();
      expect(await endpoints(key)).toEqual([[200, 'ok'], [200, 'ok'], [200, 'ok']]);
      await succeed(app, world.key, 'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id });
      expect(await attempt(`Bearer ${key}`)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: 'This API key has been revoked', wrote: false });
      expect(await endpoints(key)).toEqual([[401, 'UNAUTHENTICATED'], [401, 'UNAUTHENTICATED'], [401, 'UNAUTHENTICATED']]);
    });

    it('refuses an expired key everywhere, saying it expired, and a key created already expired', async () => {
      const { key, id } = await newKey({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
      expect((await attempt(`Bearer ${key}`)).status).toBe(200);
      // Time passes: the expiry moves into the past, as the database owner.
      await db.rows(`update api_key set expires_at = now() - interval '1 second' where id = $1`, [id]);
      const refused = await attempt(`Bearer ${key}`);
      expect([refused.status, refused.code, refused.wrote]).toEqual([401, 'UNAUTHENTICATED', false]);
      expect(refused.message).toMatch(/expired/);
      expect(await endpoints(key)).toEqual([[401, 'UNAUTHENTICATED'], [401, 'UNAUTHENTICATED'], [401, 'UNAUTHENTICATED']]);
      const past = await app.post({ query: 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }', variables: { input: { name: 'stale', scopes: ['ADMIN'], expiresAt: '2020-01-01T00:00:00Z' } } }, world.key);
      expect([errorCodes(past), past.body.errors?.[0].extensions?.field]).toEqual([['BAD_USER_INPUT'], 'input.expiresAt']);
    });

    it('refuses the key of a deleted tenant', async () => {
      const doomed = await app.tenantWithKey(['admin'], 'keysdoomed');
      expect((await attempt(`Bearer ${doomed.key}`)).status).toBe(200);
      await db.rows('delete from tenant where id = $1', [doomed.tenant.id]);
      expect(await attempt(`Bearer ${doomed.key}`)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: 'Invalid API key', wrote: false });
    });
  });

  describe('scopes', () => {
    // Texts only customers:read (or admin) may see: names, contact details, companies and titles,
    // attributes, order ids, comments and thoughts. External ids, regions and channels are how
    // partners and metrics name and group customers, so they are not on the list.
    const PII = (marker: string) => [`${marker} name`, `@${marker}.example`, '555 0100', `${marker} company`, `${marker} title`, `${marker} attribute`, `${marker}-o1`, `${marker} complaint`, `${marker} promoter`, `${marker} thought`];

    /** A partner key: segments:read on the world's one segment, no member fields. */
    async function partnerKey(): Promise<string> {
      const input = { name: 'partner', scopes: ['SEGMENTS_READ'], segmentIds: [world.ids.segment] };
      return (await succeed(app, world.key, 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }', { input })).createApiKey.key;
    }

    /**
     * Every root query the key can send, each with everything reachable below it five levels
     * deep. A refused field that cannot be null takes its siblings down with it, so each query is
     * sent again without the fields refused so far, until nothing new is refused.
     */
    async function digEverywhere(key: string): Promise<GraphQLResponse<unknown>[]> {
      const responses: GraphQLResponse<unknown>[] = [];
      for (const { kind, field } of rootFields(schema).filter((root) => root.kind === 'query')) {
        const variables = requiredVariables(field, worldFiller(world));
        // The customer and journey by id (their arguments are optional).
        if (field.name === 'customer' || field.name === 'journey') variables.id = world.ids[field.name];
        if (field.name === 'journeyAnalytics') variables.journeyId = world.ids.journey;
        const refused = new Set<string>();
        for (let round = 0; round < 10; round += 1) {
          const selection = selectionOf(field.type, { depth: 5, first: 3, skip: (typeName, fieldName) => refused.has(`${typeName}.${fieldName}`) });
          const response = await app.post({ query: rootOperation(field, kind, variables, selection), variables }, key);
          responses.push(response);
          const fresh = forbiddenFields(field.type, response).filter((name) => !refused.has(name));
          if (fresh.length === 0) break;
          fresh.forEach((name) => refused.add(name));
        }
      }
      return responses;
    }

    /** `Type.field` of each FORBIDDEN error below the root field. */
    function forbiddenFields(rootType: GraphQLOutputType, response: GraphQLResponse<unknown>): string[] {
      return (response.body.errors ?? [])
        .filter((error) => error.extensions?.code === 'FORBIDDEN')
        .map((error) => (error.path ?? []).filter((step): step is string => typeof step === 'string').slice(1))
        .filter((steps) => steps.length > 0)
        .map((steps) => {
          let parent = getNamedType(rootType) as GraphQLObjectType;
          for (const step of steps.slice(0, -1)) parent = getNamedType(parent.getFields()[step].type) as GraphQLObjectType;
          return `${parent.name}.${steps[steps.length - 1]}`;
        });
    }

    function pathsOf(responses: GraphQLResponse<unknown>[], code: string): string[] {
      return responses.flatMap((response) => (response.body.errors ?? []).filter((error) => error.extensions?.code === code).map((error) => (error.path ?? []).filter((step) => typeof step === 'string').join('.')));
    }

    it.each([
      ['analytics:read', ['analytics:read']],
      ['segments:read', ['segments:read']],
      ['segments:read limited to one segment', ['segments:read']],
      ['assessments:read', ['assessments:read']],
      ['segments:write', ['segments:write']],
      ['assessments:write', ['assessments:write']],
    ])('a key with %s reaches no customer detail through any nested field', async (label, scopes) => {
      const key = label.includes('limited') ? await partnerKey() : await app.keyFor(world.tenantId, scopes);
      const responses = await digEverywhere(key);
      const text = JSON.stringify(responses.map((response) => response.body.data ?? null));
      expect(PII(world.marker).filter((secret) => text.includes(secret))).toEqual([]);
      const codes = new Set(responses.flatMap((response) => errorCodes(response)));
      expect([...codes].filter((code) => !['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(String(code)))).toEqual([]);
      // It asked and was refused by name: customers, key lists and the rest are out of reach.
      expect(pathsOf(responses, 'FORBIDDEN')).toEqual(expect.arrayContaining(['customers', 'orders', 'feedback', 'apiKeys']));
      if (label === 'analytics:read') expect(pathsOf(responses, 'FORBIDDEN')).toEqual(expect.arrayContaining(['leadScores.edges.node.customer']));
      if (label.startsWith('segments:read')) expect(pathsOf(responses, 'FORBIDDEN')).toEqual(expect.arrayContaining(['segment.members.edges.node.name', 'segment.members.edges.node.email']));
      if (label.includes('limited')) expect(pathsOf(responses, 'FORBIDDEN')).toEqual(expect.arrayContaining(['segment.document']));
    });

    it('shows no key its own secret or any webhook secret, whatever it digs into, admin included', async () => {
      const responses = await digEverywhere(world.key);
      const text = JSON.stringify(responses.map((response) => response.body));
      expect([text.includes(world.key.slice(15)), text.includes(`${world.marker}-secret-0123456789`)]).toEqual([false, false]);
      // Admin sees everything else: the dig is not refused wholesale.
      expect(PII(world.marker).filter((secret) => text.includes(secret)).length).toBeGreaterThan(5);
    });

    it('refuses every mutation to every read-only key, and to a partner key, writing nothing', async () => {
      const readOnly = await Promise.all(SCOPES.filter((scope) => scope.endsWith(':read')).map((scope) => app.keyFor(world.tenantId, [scope])));
      readOnly.push(await partnerKey());
      const problems: string[] = [];
      for (const key of readOnly) {
        for (const { kind, field } of rootFields(schema).filter((root) => root.kind === 'mutation')) {
          const variables = requiredVariables(field, worldFiller(world));
          const before = await db.snapshot(world.tenantId, tenantTables);
          const response = await app.post({ query: rootOperation(field, kind, variables, selectionOf(field.type, { depth: 0, first: 1 })), variables }, key);
          const after = await db.snapshot(world.tenantId, tenantTables);
          // Authenticating may note when the key was last used; nothing else may change.
          const changed = Object.keys(after).filter((table) => table !== 'api_key' && after[table] !== before[table]);
          if (errorCodes(response).join() !== 'FORBIDDEN' || changed.length > 0) problems.push(`${field.name} with ${key.slice(0, 14)}: ${errorCodes(response).join(',') || 'accepted'} ${changed.join(',')}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('lets a key without admin see only itself, and neither create nor change keys', async () => {
      const key = await app.keyFor(world.tenantId, SCOPES.filter((scope) => scope !== 'admin'));
      const viewer = await app.post<{ viewer: { apiKey: { id: string } } }>({ query: '{ viewer { apiKey { id name scopes } } }' }, key);
      const [own] = await db.rows<{ id: string }>('select id from api_key where tenant_id = $1 order by created_at desc limit 1', [world.tenantId]);
      expect(viewer.body.data?.viewer.apiKey.id).toBe(own.id);
      const before = await db.counts(world.tenantId, ['api_key']);
      for (const query of [
        '{ apiKeys { id } }',
        'mutation { createApiKey(input: { name: "escalated", scopes: [ADMIN] }) { key } }',
        `mutation { revokeApiKey(id: "${world.ids.apiKey}") { id } }`,
        `mutation { updateApiKey(id: "${own.id}", input: { costPerMinute: 100000000 }) { id } }`,
      ]) {
        const response = await app.post({ query }, key);
        expect([query, errorCodes(response)]).toEqual([query, ['FORBIDDEN']]);
      }
      expect(await db.counts(world.tenantId, ['api_key'])).toEqual(before);
      const [{ revoked_at: revokedAt }] = await db.rows<{ revoked_at: unknown }>('select revoked_at from api_key where id = $1', [world.ids.apiKey]);
      expect(revokedAt).toBeNull();
    });
  });
});
