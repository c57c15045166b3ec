import type { GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql-schema.js';
import { SCOPES } from '../../src/modules/auth/scopes.js';
import { inputSlots, requiredVariables, rootField, rootOperation, selectionOf, withValueAt, type InputSlot } from '../support/schema-walk.js';
import { answerProblems, buildWorld, idKindOf, nameKindOf, Superuser, worldFiller, type World } from '../support/hostile-world.js';
import { errorCodes, TestApp } from '../support/test-app.js';

/**
 * Broken object-level authorization: tenant A's key, holding every scope, sends tenant B's ids,
 * external ids and keys in every argument and input field that names an object (found by
 * walking the schema), with A's own values everywhere else. Nothing of B may come back, every
 * write naming B's objects is refused, and B's rows stay exactly as they were.
 */
describe("hostile input: another tenant's ids", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let db: Superuser;
  let a: World;
  let b: World;
  let everyScope: string;
  let tenantTables: string[];
  let bBefore: Record<string, string>;
  let bLast: Record<string, string>;

  beforeAll(async () => {
    app = await TestApp.start({ DEFAULT_COST_PER_MINUTE: '100000000' });
    schema = await buildGraphQLSchema();
    db = Superuser.open();
    a = await buildWorld(app, 'alphabola');
    b = await buildWorld(app, 'bravobola');
    everyScope = await app.keyFor(a.tenantId, [...SCOPES]);
    tenantTables = await db.tenantTables();
    bBefore = await db.snapshot(b.tenantId, tenantTables);
    bLast = bBefore;
  });
  afterAll(async () => {
    await db.close();
    await app.stop();
  });

  /** B's value for a slot that names an object, or undefined when no one has said which kind. */
  function bValueOf(slot: InputSlot): string | undefined {
    if (slot.scalar === 'ID') {
      const kind = idKindOf(slot);
      return kind && b.ids[kind];
    }
    const nameKind = nameKindOf(slot);
    return nameKind && b.names[nameKind];
  }

  // Counts that must be zero when A filters by B's objects: A has none of them.
  const COUNT_FIELDS = new Set(['totalCount', 'n', 'memberCount', 'customerCount']);

  function countsIn(value: unknown, found: number[] = []): number[] {
    if (Array.isArray(value)) value.forEach((item) => countsIn(item, found));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (COUNT_FIELDS.has(key) && typeof inner === 'number') found.push(inner);
        else countsIn(inner, found);
      }
    }
    return found;
  }

  it("finds every slot that names an object, and knows which of B's objects to send there", () => {
    const slots = inputSlots(schema, ['ID', 'String']).filter((slot) => slot.scalar === 'ID' || nameKindOf(slot));
    // An ID field added without a kind fails here: say in schema-walk.ts what it names.
    expect(slots.filter((slot) => bValueOf(slot) === undefined).map((slot) => `${slot.rootField}(${slot.path.join('.')})`)).toEqual([]);
    expect(slots.length).toBeGreaterThan(60);
  });

  it("answers NOT_FOUND, a refusal or an empty result to B's ids everywhere, and never shows or changes B", async () => {
    const slots = inputSlots(schema, ['ID', 'String']).filter((slot) => bValueOf(slot) !== undefined);
    const problems: string[] = [];
    for (const slot of slots) {
      const value = bValueOf(slot)!;
      const field = rootField(schema, slot.kind, slot.rootField);
      const fill = worldFiller(a);
      const variables = withValueAt(field, requiredVariables(field, fill), slot.path, value, fill);
      const selection = selectionOf(field.type, { depth: 2, first: 5 });
      const response = await app.post({ query: rootOperation(field, slot.kind, variables, selection), variables }, everyScope);
      const where = `${slot.kind} ${slot.rootField}(${slot.path.join('.')}) ← B's ${slot.name}`;
      problems.push(...answerProblems(response, where, b, [value]));
      const codes = errorCodes(response);
      const refused = codes.length > 0 && codes.every((code) => code === 'NOT_FOUND' || code === 'BAD_USER_INPUT');
      if (slot.holder === undefined && slot.name === 'id') {
        // The object itself, by id: exactly as if it did not exist.
        if (codes.join() !== 'NOT_FOUND') problems.push(`${where}: ${codes.join(',') || 'answered'} instead of NOT_FOUND`);
      } else if (slot.kind === 'mutation') {
        // A write that names B's object, even only as a link, must not happen.
        if (!refused) problems.push(`${where}: ${codes.join(',') || 'accepted'} instead of a refusal`);
      } else if (!refused) {
        if (codes.length > 0) problems.push(`${where}: ${codes.join(',')}`);
        // A filter by B's object leaves A nothing to count.
        else if (countsIn(response.body.data).some((count) => count !== 0)) problems.push(`${where}: counted ${countsIn(response.body.data).join(',')}`);
      }
      if (slot.kind === 'mutation') {
        const now = await db.snapshot(b.tenantId, tenantTables);
        if (JSON.stringify(now) !== JSON.stringify(bLast)) problems.push(`${where}: changed B's ${Object.keys(now).filter((table) => now[table] !== bLast[table]).join(', ')}`);
        bLast = now;
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists none of B's objects in A's lists, with every scope", async () => {
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((field) => !field.args.some((argument) => argument.type.toString().endsWith('!')));
    const problems: string[] = [];
    for (const field of lists) {
      const response = await app.post({ query: rootOperation(field, 'query', {}, selectionOf(field.type, { depth: 3, first: 20 })) }, everyScope);
      problems.push(...answerProblems(response, `query ${field.name}`, b));
    }
    expect(problems).toEqual([]);
    expect(lists.map((field) => field.name)).toEqual(expect.arrayContaining(['customers', 'orders', 'feedback', 'segments', 'apiKeys', 'importRuns', 'assessments']));
  });

  describe('HTTP endpoints', () => {
    const get = async (path: string) => {
      const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${everyScope}` } });
      return { status: response.status, text: await response.text() };
    };

    it("answer 404 NOT_FOUND to B's segment export and assessment report", async () => {
      for (const path of [`/segments/${b.ids.segment}/members.csv`, `/segments/${b.ids.segment}/members.ndjson`, `/assessments/${b.ids.assessment}/report`, `/assessments/${b.ids.assessment}/report?locale=zh-CN`]) {
        const { status, text } = await get(path);
        expect([path, status, JSON.parse(text).errors[0].extensions.code]).toEqual([path, 404, 'NOT_FOUND']);
        expect(text.toLowerCase()).not.toContain(b.marker);
      }
      // The same paths with A's own ids work: the 404 above is about the tenant, not the path.
      expect((await get(`/segments/${a.ids.segment}/members.csv`)).status).toBe(200);
      expect((await get(`/assessments/${a.ids.assessment}/report`)).status).toBe(200);
    });

    it("rejects import lines that name B's customers, journeys or tags, by line, writing nothing of B", async () => {
      const bCustomer = b.names.customerExternalId;
      const files: [string, string][] = [
        ['orders', `externalId,customerExternalId,placedAt,amount\nalphabola-x1,${bCustomer},2026-01-05T00:00:00Z,5\n`],
        ['feedback', `customerExternalId,kind,receivedAt,comment\n${bCustomer},COMPLAINT,2026-01-05T00:00:00Z,hello\n`],
        ['feedback', `customerExternalId,kind,receivedAt,journeyKey,stageKey\n${a.names.customerExternalId},COMPLAINT,2026-01-05T00:00:00Z,${b.names.journeyKey},aware\n`],
        ['touchpoints', `customerExternalId,occurredAt,action,journeyKey,stageKey\n${a.names.customerExternalId},2026-01-05T00:00:00Z,look,${b.names.journeyKey},aware\n`],
        ['touchpoints', `customerExternalId,occurredAt,action\n${bCustomer},2026-01-05T00:00:00Z,look\n`],
        ['tags', `customerExternalId,tagKey\n${bCustomer},${b.names.tagKey}\n`],
      ];
      for (const [entity, body] of files) {
        const response = await fetch(`${app.url}/import/${entity}`, { method: 'POST', headers: { authorization: `Bearer ${everyScope}`, 'content-type': 'text/csv' }, body });
        const answer = (await response.json()) as Record<string, unknown>;
        expect([entity, body, response.status, answer]).toEqual([entity, body, 200, expect.objectContaining({ read: 1, inserted: 0, rejected: 1, rejects: [expect.objectContaining({ line: 2 })] })]);
        expect(JSON.stringify(answer).toLowerCase()).not.toContain(b.tenantId);
      }
    });
  });

  it('leaves B exactly as it was', async () => {
    expect(await db.snapshot(b.tenantId, tenantTables)).toEqual(bBefore);
    const [row] = await db.rows<{ customers: number; orders: number }>(
      'select (select count(*)::int from customer where tenant_id = $1) as customers, (select count(*)::int from "order" where tenant_id = $1) as orders',
      [b.tenantId],
    );
    expect(row).toEqual({ customers: 3, orders: 1 });
  });
});
