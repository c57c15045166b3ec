import type { GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql-schema.js';
import { inputSlots, requiredVariables, rootField, rootOperation, withValueAt } from '../support/schema-walk.js';
import { Superuser, worldFiller, buildWorld, type World } from '../support/hostile-world.js';
import { errorCodes, TestApp, type GraphQLResponse } from '../support/test-app.js';

/**
 * Documents and values too big for their own good: huge strings, deep nesting, floods of
 * aliases, directives and tokens, fragment bombs, batches, and a key spending past its budget.
 * Every one is refused with its own error before it costs the server much, and writes nothing.
 * The server runs with the default limits (depth 10, cost 50,000, 50 aliases, 50 directives,
 * 5,000 tokens, 1 MiB bodies).
 */
describe('hostile input: limits', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let db: Superuser;
  let world: World;
  let tenantTables: string[];

  beforeAll(async () => {
    app = await TestApp.start({ DEFAULT_COST_PER_MINUTE: '100000000' });
    schema = await buildGraphQLSchema();
    db = Superuser.open();
    world = await buildWorld(app, 'limitworld');
    tenantTables = await db.tenantTables();
  });
  afterAll(async () => {
    await db.close();
    await app.stop();
  });

  /** The answer, and whether the tenant's row counts moved while it was made. */
  async function postCounting(body: unknown, key = world.key, headers: Record<string, string> = {}) {
    const before = await db.counts(world.tenantId, tenantTables);
    const response = await app.post(body, key, headers);
    const after = await db.counts(world.tenantId, tenantTables);
    return { response, wrote: JSON.stringify(before) !== JSON.stringify(after) };
  }

  function expectTooComplex(response: GraphQLResponse<unknown>, limit: string): void {
    expect([response.status, errorCodes(response), response.body.errors?.[0].extensions?.limit, response.body.data ?? null]).toEqual([400, ['QUERY_TOO_COMPLEX'], limit, null]);
  }

  describe('huge strings', () => {
    it('refuses a 1 MiB argument with 413 PAYLOAD_TOO_LARGE, writing nothing', async () => {
      const { response, wrote } = await postCounting({
        query: 'mutation ($name: String) { upsertCustomer(input: { externalId: "limitworld-huge", name: $name }) { id } }',
        variables: { name: 'x'.repeat(1_048_576) },
      });
      expect([response.status, errorCodes(response), wrote]).toEqual([413, ['PAYLOAD_TOO_LARGE'], false]);
    });

    it('refuses a 300 KB string in every text a write stores with BAD_USER_INPUT naming that field', async () => {
      const huge = 'y'.repeat(300_000);
      const slots = inputSlots(schema, ['String']).filter((slot) => slot.kind === 'mutation');
      const problems: string[] = [];
      for (const slot of slots) {
        const field = rootField(schema, 'mutation', slot.rootField);
        const fill = worldFiller(world);
        const variables = withValueAt(field, requiredVariables(field, fill), slot.path, huge, fill);
        const { response, wrote } = await postCounting({ query: rootOperation(field, 'mutation', variables, '{ __typename }'), variables });
        // Other required-together fields may be refused too: the huge one must be among those named.
        const extensions = response.body.errors?.[0].extensions;
        const named = ((extensions?.errors as { field: string }[] | undefined) ?? [{ field: String(extensions?.field) }]).map((error) => error.field.replace(/\[(\d+)\]/g, '.$1'));
        const where = `${slot.rootField}(${slot.path.join('.')})`;
        if (errorCodes(response).join() !== 'BAD_USER_INPUT' || !named.includes(slot.path.join('.'))) problems.push(`${where}: ${response.status} ${errorCodes(response).join(',') || 'accepted'} ${named.join(' ')}`);
        if (wrote) problems.push(`${where}: wrote`);
      }
      expect(problems).toEqual([]);
    });

    it('answers a query with a 300 KB search or filter value without a server error', async () => {
      const huge = 'z'.repeat(300_000);
      for (const [query, variables] of [
        ['query ($search: String) { customers(filter: { search: $search }) { totalCount } }', { search: huge }],
        ['query ($channels: [String!]) { nps(input: { filter: { channels: $channels } }) { total { n } } }', { channels: [huge] }],
        ['query ($value: JSON) { previewSegment(input: { definition: { condition: { field: NAME, operator: CONTAINS, value: $value } } }) { memberCount } }', { value: huge }],
      ] as const) {
        const response = await app.post({ query, variables }, world.key);
        expect([query, response.status < 500, errorCodes(response).every((code) => code === 'BAD_USER_INPUT')]).toEqual([query, true, true]);
      }
    });
  });

  describe('nesting', () => {
    it('refuses a selection 11 deep with QUERY_TOO_COMPLEX (depth)', async () => {
      // Fields with a selection: customers > edges > node > orders > edges > node > customer > orders > edges > node > customer: 11.
      const query = '{ customers(first: 1) { edges { node { orders(first: 1) { edges { node { customer { orders(first: 1) { edges { node { customer { id } } } } } } } } } } } }';
      expectTooComplex(await app.post({ query }, world.key), 'depth');
    });

    // Customer > orders > edges > node > customer... is valid at any depth: 4 levels and 12 tokens a turn.
    it.each([25, 300, 450, 2_000])('refuses %i turns of customer > orders nesting as QUERY_TOO_COMPLEX (depth or tokens), whatever runs out first', async (turns) => {
      const query = `{ customer(id: "${world.ids.customer}") { ${'orders { edges { node { customer { '.repeat(turns)}id${' } } } }'.repeat(turns)} } }`;
      const response = await app.post({ query }, world.key);
      expect([response.status, errorCodes(response), ['depth', 'tokens'].includes(String(response.body.errors?.[0].extensions?.limit))]).toEqual([400, ['QUERY_TOO_COMPLEX'], true]);
    });

    it('refuses a segment definition nested 10,000 deep as bad input, and the server still answers', async () => {
      // Written as text: JSON.stringify itself runs out of stack on such an object.
      const nested = '{"not":'.repeat(10_000) + '{"condition":{"field":"NAME","operator":"EQ","value":"x"}}' + '}'.repeat(10_000);
      const query = 'query ($input: PreviewSegmentInput!) { previewSegment(input: $input) { memberCount } }';
      for (const input of [`{"definition":${nested}}`, `{"document":${nested}}`]) {
        const response = await app.post(`{"query":${JSON.stringify(query)},"variables":{"input":${input}}}`, world.key);
        expect([input.slice(0, 20), response.status < 500, errorCodes(response)]).toEqual([input.slice(0, 20), true, ['BAD_USER_INPUT']]);
      }
      expect((await app.post({ query: '{ viewer { tenant { slug } } }' }, world.key)).status).toBe(200);
    });

    it('refuses a fragment bomb (each fragment spreading the next twice: 2^23 fields from 23 small fragments) fast', async () => {
      // 23, not more: the server shares this process, and limits that walk every spread one by
      // one block it for a time that doubles with each level (9 s at 22 here).
      const levels = 23;
      const fragments = Array.from({ length: levels }, (_, level) => `fragment F${level} on Query { ${level === levels - 1 ? 'viewer { tenant { id } }' : `...F${level + 1} ...F${level + 1}`} }`);
      const started = Date.now();
      const response = await app.post({ query: `query Bomb { ...F0 } ${fragments.join(' ')}` }, world.key);
      // Counted with each fragment once, this takes milliseconds; 5 s is generous on a busy machine.
      expect(Date.now() - started).toBeLessThan(5_000);
      // The copies merge into one field when run, so answering is as fine as refusing by cost.
      const outcome = response.status === 200 && !response.body.errors ? 'answered' : `${response.status} ${errorCodes(response).join()}`;
      expect(['answered', '400 QUERY_TOO_COMPLEX']).toContain(outcome);
    });
  });

  describe('floods', () => {
    it('refuses 1,600 aliases with QUERY_TOO_COMPLEX (aliases), and allows 50', async () => {
      // Three tokens an alias (a1 : __typename): 4,800, under the token limit.
      const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: __typename`).join(' ')} }`;
      expectTooComplex(await app.post({ query: aliases(1_600) }, world.key), 'aliases');
      expectTooComplex(await app.post({ query: aliases(51) }, world.key), 'aliases');
      expect(errorCodes(await app.post({ query: aliases(50) }, world.key))).toEqual([]);
    });

    // The document's own checks run once per parsed document (Apollo caches them by text): a
    // refused document stays refused, and a passed one still has its variables and cost checked.
    it('refuses the same over-limit document every time it is sent, and checks each request\'s variables of a document that passed', async () => {
      const tooManyAliases = `{ ${Array.from({ length: 51 }, (_, index) => `a${index}: __typename`).join(' ')} }`;
      for (let attempt = 0; attempt < 3; attempt += 1) expectTooComplex(await app.post({ query: tooManyAliases }, world.key), 'aliases');
      // The cost's page sizes are variables: 1 + 1,000 × (3 + 1,000 × 3) is over 50,000; with 1, 7 is not.
      const query = 'query($after: String, $first: Int) { customers(first: $first, after: $after) { edges { node { orders(first: $first) { edges { node { id } } } } } } }';
      expect(errorCodes(await app.post({ query, variables: { first: 1 } }, world.key))).toEqual([]);
      const nul = await app.post({ query, variables: { first: 1, after: 'a\u0000b' } }, world.key);
      expect([nul.status, errorCodes(nul), nul.body.errors?.[0].message]).toEqual([400, ['BAD_USER_INPUT'], expect.stringContaining('after')]);
      expectTooComplex(await app.post({ query, variables: { first: 1_000 } }, world.key), 'cost');
      expect(errorCodes(await app.post({ query, variables: { first: 1 } }, world.key))).toEqual([]);
    });

    it('refuses 51 directives with QUERY_TOO_COMPLEX (directives)', async () => {
      const query = `{ viewer { ${Array.from({ length: 51 }, () => 'tenant @include(if: true) { id }').join(' ')} } }`;
      expectTooComplex(await app.post({ query }, world.key), 'directives');
    });

    it('refuses a document of more than 5,000 tokens with QUERY_TOO_COMPLEX (tokens)', async () => {
      const query = `{ viewer { tenant { ${'id '.repeat(5_000)} } } }`;
      expectTooComplex(await app.post({ query }, world.key), 'tokens');
    });

    it('refuses a query over the cost limit with QUERY_TOO_COMPLEX (cost)', async () => {
      // 1 + 1,000 × (edges + node + orders + 1,000 × (edges + node + id)) ≈ 3 million > 50,000.
      const query = '{ customers(first: 1000) { edges { node { orders(first: 1000) { edges { node { id } } } } } } }';
      expectTooComplex(await app.post({ query }, world.key), 'cost');
    });
  });

  describe('batches and several operations', () => {
    it('refuses a JSON array of operations with 400, running none of them', async () => {
      const write = { query: 'mutation { upsertTag(input: { key: "limitworld.batched", label: "Batched", category: TIER }) { id } }' };
      const { response, wrote } = await postCounting([write, write, { query: '{ viewer { tenant { id } } }' }]);
      expect([response.status, wrote]).toEqual([400, false]);
    });

    it('refuses a document with several operations and no operationName with 400, running none', async () => {
      const query = 'mutation One { upsertTag(input: { key: "limitworld.one", label: "One", category: TIER }) { id } } mutation Two { upsertTag(input: { key: "limitworld.two", label: "Two", category: TIER }) { id } }';
      const { response, wrote } = await postCounting({ query });
      expect([response.status, wrote]).toEqual([400, false]);
      const unknown = await postCounting({ query, operationName: 'Three' });
      expect([unknown.response.status, unknown.wrote]).toEqual([400, false]);
    });
  });

  describe('cost budget per key', () => {
    async function keyWithBudget(costPerMinute: number): Promise<string> {
      const response = await app.post<{ createApiKey: { key: string } }>(
        { query: 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }', variables: { input: { name: 'budgeted', scopes: ['CUSTOMERS_READ', 'CUSTOMERS_WRITE'], costPerMinute } } },
        world.key,
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.createApiKey.key;
    }

    it('answers 429 RATE_LIMITED with Retry-After once the budget is spent, runs nothing then, and leaves other keys alone', async () => {
      const key = await keyWithBudget(100);
      // customers(1) + 15 × (edges + node + id) = 46 per query: two fit in 100, leaving 8 (and
      // 100 a minute, under 2 a second, flowing back).
      const query = '{ customers(first: 15) { edges { node { id } } } }';
      const first = await app.post({ query }, key);
      const second = await app.post({ query }, key);
      expect([first.status, second.status, Number(second.headers.get('ratelimit-remaining'))]).toEqual([200, 200, expect.any(Number)]);
      expect(Number(second.headers.get('ratelimit-remaining'))).toBeLessThan(20);
      // upsertCustomer(1) + id(1) + orders(1) + 10 × 3 = 33: more than is left.
      const write = 'mutation { upsertCustomer(input: { externalId: "limitworld-limited" }) { id orders(first: 10) { edges { node { id } } } } }';
      const { response, wrote } = await postCounting({ query: write }, key);
      expect([response.status, errorCodes(response), wrote]).toEqual([429, ['RATE_LIMITED'], false]);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(response.headers.get('ratelimit-limit')).toBe('100');
      expect((await app.post({ query }, world.key)).status).toBe(200);
    });

    it('refuses a single query costing more than the whole budget as QUERY_TOO_COMPLEX (budget), not 429', async () => {
      const key = await keyWithBudget(100);
      // customers(1) + 100 × 3 = 301 > 100: waiting would not help.
      expectTooComplex(await app.post({ query: '{ customers(first: 100) { edges { node { id } } } }' }, key), 'budget');
    });
  });
});
