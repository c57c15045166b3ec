import type { GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql-schema.js';
import { inputSlots, nestedArgumentSlots, nestedOperation, requiredVariables, rootField, rootOperation, selectionOf, withValueAt, type InputSlot } from '../support/schema-walk.js';
import { answerProblems, buildWorld, succeed, Superuser, worldFiller, type World } from '../support/hostile-world.js';
import { errorCodes, TestApp, type GraphQLResponse } from '../support/test-app.js';

/**
 * SQL injection through every String, ID and JSON value a client can send, found by walking the
 * schema: each is sent with hostile payloads while the other values are tenant A's real ones, so
 * the payload reaches the code that would misuse it. Tenant B watches: its rows must not change
 * and must never show up in A's answers.
 */
const PAYLOADS = [
  "'; drop table customer; --",
  "' or '1'='1",
  // A dollar quote and a backslash before a quote: the escapes a hand-made quoting gets wrong.
  "$$\\'; delete from customer; $$\\",
  'nul\u0000byte',
];
// Every ID is checked to be a UUID before use; two payloads show that for each.
const ID_PAYLOADS = [PAYLOADS[0], PAYLOADS[3]];

/** Runs the tasks, `width` at a time. */
async function inParallel(tasks: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: width }, worker));
}

describe('hostile input: SQL injection', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let db: Superuser;
  let a: World;
  let b: World;
  // The walk writes payloads into A as customers and names; the cases that count matches use C.
  let c: World;
  let tenantTables: string[];
  let tablesBefore: string[];
  let bBefore: Record<string, string>;

  beforeAll(async () => {
    // Thousands of requests from one key: the cost budget is not what this file tests.
    app = await TestApp.start({ DEFAULT_COST_PER_MINUTE: '100000000' });
    schema = await buildGraphQLSchema();
    db = Superuser.open();
    a = await buildWorld(app, 'alphaworld');
    b = await buildWorld(app, 'bravoworld');
    c = await buildWorld(app, 'charlieworld');
    tenantTables = await db.tenantTables();
    tablesBefore = await db.tables();
    bBefore = await db.snapshot(b.tenantId, tenantTables);
  });
  afterAll(async () => {
    await db.close();
    await app.stop();
  });

  const problemsOf = (response: GraphQLResponse<unknown>, where: string) => answerProblems(response, where, b);

  /** The selection of a root field: its leaves and those one object below. */
  function selection(slot: Pick<InputSlot, 'kind' | 'rootField'>): string {
    return selectionOf(rootField(schema, slot.kind, slot.rootField).type, { depth: 1, first: 2 });
  }

  async function attack(slot: InputSlot, payload: unknown) {
    const field = rootField(schema, slot.kind, slot.rootField);
    const variables = withValueAt(field, requiredVariables(field, worldFiller(a)), slot.path, payload, worldFiller(a));
    const before = slot.kind === 'mutation' ? await rowsOfA() : undefined;
    const response = await app.post({ query: rootOperation(field, slot.kind, variables, selection(slot)), variables }, a.key);
    const after = before ? await rowsOfA() : undefined;
    return { response, before, after };
  }

  /** A's rows, hashed per table; the key's row only counted, as authenticating notes its use. */
  async function rowsOfA(): Promise<Record<string, string>> {
    const snapshot = await db.snapshot(a.tenantId, tenantTables);
    return { ...snapshot, api_key: snapshot.api_key.split(':')[0] };
  }

  function changed(before: Record<string, string>, after: Record<string, string>): string[] {
    return Object.keys(after).filter((table) => after[table] !== before[table]);
  }

  const context = (slot: InputSlot, payload: unknown) => `${slot.kind} ${slot.rootField}(${slot.path.join('.')}) ← ${JSON.stringify(payload)}`;

  it('refuses or stores as text every payload in every String and ID value, writes nothing when it refuses, and shows nothing of B', async () => {
    const slots = inputSlots(schema, ['String', 'ID']);
    // A new field is attacked the day it is added; a floor catches a walk that found nothing.
    expect(slots.length).toBeGreaterThan(200);
    const problems: string[] = [];
    let storedAsText = 0;
    const attempt = async (slot: InputSlot, payload: string) => {
      const { response, before, after } = await attack(slot, payload);
      const where = context(slot, payload);
      problems.push(...problemsOf(response, where));
      if (response.body.errors) {
        if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${where}: refused, yet changed ${changed(before!, after!).join(', ')}`);
        return;
      }
      // A write that accepted free text returns it exactly as sent, when it returns the field.
      const result = (response.body.data as Record<string, unknown>)[slot.rootField];
      const echoed = result && typeof result === 'object' && !Array.isArray(result) ? (result as Record<string, unknown>)[slot.name] : undefined;
      if (slot.kind === 'mutation' && typeof echoed === 'string') {
        if (echoed !== payload) problems.push(`${where}: stored as ${JSON.stringify(echoed)}`);
        storedAsText += 1;
      }
    };
    // Reads run four at a time; writes one at a time, so the row counts around each are its own.
    const attempts = (kind: string) =>
      slots.filter((slot) => slot.kind === kind).flatMap((slot) => (slot.scalar === 'ID' ? ID_PAYLOADS : PAYLOADS).map((payload) => () => attempt(slot, payload)));
    await inParallel(attempts('query'), 4);
    await inParallel(attempts('mutation'), 1);
    // Names, comments, channels... of customers, orders, feedback, journeys, tags, segments are
    // stored and echoed: more than 30 of them show the walk reached the writes.
    expect({ problems, storedAsTextOver30: storedAsText > 30 }).toEqual({ problems: [], storedAsTextOver30: true });
  });

  it('refuses hostile JSON (segment documents, customer attributes, condition values) without error or leak', async () => {
    const slots = inputSlots(schema, ['JSON', 'JSONObject']);
    expect(slots.map((slot) => `${slot.rootField}.${slot.path.join('.')}`)).toEqual(expect.arrayContaining(['upsertCustomer.input.attributes', 'createSegment.input.document']));
    const values = [...PAYLOADS, ...PAYLOADS.map((payload) => ({ [payload]: payload })), { all: [{ field: 'NAME', operator: 'EQ', value: PAYLOADS[1] }], [PAYLOADS[0]]: true }];
    const problems: string[] = [];
    for (const slot of slots) {
      for (const value of values) {
        const { response, before, after } = await attack(slot, value);
        const where = context(slot, value);
        problems.push(...problemsOf(response, where));
        if (response.body.errors && JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${where}: refused, yet changed ${changed(before!, after!).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('treats payloads in the arguments of nested fields (cursors, RFM segment names) as plain values', async () => {
    const slots = nestedArgumentSlots(schema, ['String', 'ID']);
    expect(slots.map((slot) => `${slot.typeName}.${slot.field}(${slot.argument})`)).toEqual(expect.arrayContaining(['Segment.changes(since)', 'Customer.orders(after)']));
    const rootArguments: Record<string, string> = { customer: `id: "${a.ids.customer}"`, segment: `id: "${a.ids.segment}"`, assessment: `id: "${a.ids.assessment}"`, journey: `id: "${a.ids.journey}"` };
    const problems: string[] = [];
    for (const slot of slots) {
      for (const payload of PAYLOADS) {
        const value = slot.argumentType.startsWith('[') ? [payload] : payload;
        const response = await app.post({ query: nestedOperation(schema, slot, rootArguments[slot.steps[0]] ?? ''), variables: { value } }, a.key);
        const where = `${slot.steps.join('.')}(${slot.argument}) ← ${JSON.stringify(payload)}`;
        const found = problemsOf(response, where);
        // A cursor or a name that is not one is refused by name, never read as something else.
        if (found.length === 0 && !errorCodes(response).every((code) => code === 'BAD_USER_INPUT')) found.push(`${where}: ${errorCodes(response).join(',')}`);
        problems.push(...found);
      }
    }
    expect(problems).toEqual([]);
  });

  describe('segment definitions', () => {
    // C's three customers: c1 and c2 (tagged, in the region, with a journey stage) and c3 (imported).
    const preview = async (definition: unknown) =>
      app.post<{ previewSegment: { memberCount: number; sample: { externalId: string }[] } }>(
        { query: 'query ($input: PreviewSegmentInput!) { previewSegment(input: $input) { memberCount sample { externalId } } }', variables: { input: { definition } } },
        c.key,
      );

    it.each([
      ['a name equal to the payload', (payload: string) => ({ condition: { field: 'NAME', operator: 'EQ', value: payload } })],
      ['a region in a list of payloads', (payload: string) => ({ condition: { field: 'REGION', operator: 'IN', value: [payload, `${payload}'`] } })],
      ['an external id that starts with the payload', (payload: string) => ({ condition: { field: 'EXTERNAL_ID', operator: 'STARTS_WITH', value: payload } })],
      ['an attribute text containing the payload', (payload: string) => ({ condition: { field: 'ATTRIBUTE', path: 'note', type: 'STRING', operator: 'CONTAINS', value: payload } })],
      ['the payload as an attribute path', (payload: string) => ({ condition: { field: 'ATTRIBUTE', path: payload, type: 'STRING', operator: 'IS_SET' } })],
      ['the payload as a journey key', (payload: string) => ({ condition: { field: 'JOURNEY_STAGE', journey: payload, operator: 'REACHED', value: 'aware' } })],
      ['the payload as a tag key', (payload: string) => ({ condition: { field: 'TAG', operator: 'HAS', value: payload } })],
      ['the payload deep in a tree after an or', (payload: string) => ({ any: [{ condition: { field: 'REGION', operator: 'EQ', value: 'nowhere' } }, { not: { not: { condition: { field: 'COMPANY', operator: 'CONTAINS', value: payload } } } }] })],
    ])('matches no customer with %s, or refuses it by field', async (_, definition) => {
      const problems: string[] = [];
      for (const payload of PAYLOADS) {
        const response = await preview(definition(payload));
        const where = JSON.stringify(definition(payload));
        const found = problemsOf(response, where);
        problems.push(...found);
        const field = response.body.errors?.[0].extensions?.field;
        if (found.length === 0 && response.body.errors && !(errorCodes(response).join() === 'BAD_USER_INPUT' && /^input\.definition/.test(String(field)))) {
          problems.push(`${where}: ${errorCodes(response).join(',')} ${String(field)}`);
        }
        // An injected `or '1'='1` would match all three.
        if (!response.body.errors && response.body.data!.previewSegment.memberCount !== 0) problems.push(`${where}: matched ${response.body.data!.previewSegment.memberCount}`);
      }
      expect(problems).toEqual([]);
    });

    it('still matches A\'s own customers after the payloads, and the definitions still work', async () => {
      const region = await preview({ condition: { field: 'REGION', operator: 'EQ', value: 'charlieworld-region' } });
      expect(region.body.data?.previewSegment.memberCount).toBe(2);
      const stage = await preview({ condition: { field: 'JOURNEY_STAGE', journey: c.names.journeyKey, operator: 'REACHED', value: 'aware' } });
      expect(stage.body.data?.previewSegment.sample.map((member) => member.externalId)).toEqual([c.names.customerExternalId]);
    });
  });

  describe('analytics filters', () => {
    // C's one NPS answer (a promoter, from alphaworld-c2) and one complaint, both received 2026-01-04.
    const WINDOW = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };
    const npsCount = async (filter: Record<string, unknown>) => {
      const response = await app.post<{ nps: { total: { n: number } } }>(
        { query: 'query ($input: MetricInput) { nps(input: $input) { total { n } } }', variables: { input: { ...WINDOW, filter } } },
        c.key,
      );
      return response;
    };

    it('counts the answer without a filter and with its own region and tag', async () => {
      expect((await npsCount({})).body.data?.nps.total.n).toBe(1);
      expect((await npsCount({ regions: ['charlieworld-region'] })).body.data?.nps.total.n).toBe(1);
      expect((await npsCount({ tagKeys: [c.names.tagKey] })).body.data?.nps.total.n).toBe(1);
    });

    it.each(['tagKeys', 'channels', 'regions', 'rfmSegments', 'segmentIds'])('counts nothing (or refuses by field) with payloads in filter.%s', async (name) => {
      const problems: string[] = [];
      for (const payload of PAYLOADS) {
        const response = await npsCount({ [name]: [payload] });
        const where = `${name} ← ${JSON.stringify(payload)}`;
        const found = problemsOf(response, where);
        problems.push(...found);
        const field = String(response.body.errors?.[0].extensions?.field);
        if (found.length === 0 && response.body.errors && !(errorCodes(response).join() === 'BAD_USER_INPUT' && field.includes(name))) problems.push(`${where}: ${errorCodes(response).join(',')} ${field}`);
        if (!response.body.errors && response.body.data!.nps.total.n !== 0) problems.push(`${where}: counted ${response.body.data!.nps.total.n}`);
      }
      expect(problems).toEqual([]);
    });

    it('finds no customer by a hostile search, region or tag key, while the plain ones still find them', async () => {
      const count = async (filter: Record<string, unknown>) =>
        (await succeed<{ customers: { totalCount: number } }>(app, c.key, 'query ($filter: CustomerFilter) { customers(filter: $filter) { totalCount } }', { filter })).customers.totalCount;
      expect(await count({})).toBe(3);
      // The NUL byte is refused by field in the walk above.
      for (const payload of PAYLOADS.slice(0, 3)) {
        expect([payload, await count({ search: payload }), await count({ region: payload }), await count({ tagKeys: [payload] })]).toEqual([payload, 0, 0, 0]);
      }
    });
  });

  describe('the import endpoint', () => {
    const send = async (path: string, body: string) => {
      const response = await fetch(`${app.url}/import/${path}`, { method: 'POST', headers: { authorization: `Bearer ${c.key}`, 'content-type': 'text/csv' }, body });
      return { status: response.status, text: await response.text() };
    };

    it('refuses payloads in the entity and the query parameters by name, and writes nothing', async () => {
      // A refused run is still logged in import_run, with its error, and the key notes its use:
      // neither is tenant data.
      const dataTables = tenantTables.filter((table) => table !== 'import_run' && table !== 'api_key');
      const problems: string[] = [];
      for (const payload of PAYLOADS) {
        const value = encodeURIComponent(payload);
        for (const path of [value, `customers?preset=${value}`, `customers?timeZone=${value}`, `customers?mapping=${value}`, `customers?format=${value}`, `customers?mapping=${encodeURIComponent(JSON.stringify({ [payload]: payload }))}`]) {
          const before = await db.snapshot(c.tenantId, dataTables);
          const { status, text } = await send(path, 'externalId,name\ncharlieworld-import,Imported\n');
          const after = await db.snapshot(c.tenantId, dataTables);
          if (status !== 400 && status !== 404) problems.push(`${path}: ${status} ${text.slice(0, 200)}`);
          if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${path}: changed ${changed(before, after).join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('stores payloads in file values as text', async () => {
      const rows = PAYLOADS.slice(0, 3).map((payload, index) => `charlieworld-hostile-${index},"${payload.replaceAll('"', '""')}"`);
      const imported = await send('customers', `externalId,name\n${rows.join('\n')}\n`);
      expect([imported.status, JSON.parse(imported.text)]).toEqual([200, expect.objectContaining({ read: 3, inserted: 3, rejected: 0 })]);
      const stored = await db.rows<{ name: string }>(`select name from customer where tenant_id = $1 and external_id like 'charlieworld-hostile-%' order by external_id`, [c.tenantId]);
      expect(stored.map((row) => row.name)).toEqual(PAYLOADS.slice(0, 3));
    });

    it('refuses a NUL byte in a CSV file, or a \\u0000 escape in an NDJSON value, without a server error or a write', async () => {
      const before = await db.counts(c.tenantId, ['customer']);
      const csv = await send('customers', `externalId,name\ncharlieworld-nul,"${PAYLOADS[3]}"\n`);
      expect([csv.status, JSON.parse(csv.text).errors?.[0].extensions]).toEqual([400, { code: 'BAD_USER_INPUT', field: 'file' }]);
      const ndjson = await send('customers?format=ndjson', JSON.stringify({ externalId: 'charlieworld-nul', name: PAYLOADS[3] }) + '\n');
      // Refused as a whole file (400) or as its line 1 (200 with the reject): either way by name.
      const answer = JSON.parse(ndjson.text);
      if (ndjson.status === 200) expect(answer).toMatchObject({ rejected: 1, rejects: [{ line: 1 }] });
      else expect([ndjson.status, answer.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(await db.counts(c.tenantId, ['customer'])).toEqual(before);
    });
  });

  it('leaves every table in place and B exactly as it was', async () => {
    expect(await db.tables()).toEqual(tablesBefore);
    expect(await db.snapshot(b.tenantId, tenantTables)).toEqual(bBefore);
    const [{ customers }] = await db.rows<{ customers: number }>('select count(*)::int as customers from customer where tenant_id = $1', [b.tenantId]);
    expect(customers).toBe(3);
  });
});
