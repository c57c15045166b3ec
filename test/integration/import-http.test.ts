import { gzipSync } from 'node:zlib';
import { CustomerPageDocument, ImportedOrdersDocument, ImportRunByIdDocument, ImportRunsDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import { csv, tableCounts } from '../fixtures/import/import-helpers.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const READ_WRITE = ['customers:read', 'customers:write'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LIMIT = 2048;

interface ImportAnswer {
  status: number;
  body: Record<string, any>;
}

describe('import over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ MAX_IMPORT_BYTES: String(LIMIT) });
  });
  afterAll(async () => {
    await app.stop();
  });

  async function postImport(path: string, body: string | Buffer | ReadableStream<Uint8Array>, key: string | undefined, headers: Record<string, string> = {}): Promise<ImportAnswer> {
    const response = await fetch(`${app.url}/import/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  function summary(body: Record<string, any>) {
    return { read: body.read, inserted: body.inserted, updated: body.updated, unchanged: body.unchanged, rejected: body.rejected };
  }

  const CUSTOMERS = csv([
    ['externalId', 'name', 'email'],
    ['H1', 'Hana', 'hana@example.com'],
    ['H2', 'Hugo', 'not-an-email'],
    ['H3', 'Hiro', ''],
  ]);

  it('imports a CSV body and answers the summary with the rejects; the same body again is unchanged', async () => {
    const { tenant, key } = await app.tenantWithKey(READ_WRITE);
    const first = await postImport('customers', CUSTOMERS, key);
    expect(first.status).toBe(200);
    // 3 rows; H2's email is refused (line 3).
    expect(summary(first.body)).toEqual({ read: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(first.body).toMatchObject({ entity: 'customers', dryRun: false, preset: null });
    expect(first.body.runId).toMatch(UUID);
    expect(first.body.rejects).toEqual([{ line: 3, field: 'email', reason: 'is not a valid email address' }]);

    const page = await app.request(CustomerPageDocument, { first: 10 }, key);
    expect(page.body.data?.customers.edges.map((edge) => edge.node.externalId).sort()).toEqual(['H1', 'H3']);

    const second = await postImport('customers', CUSTOMERS, key);
    expect(summary(second.body)).toEqual({ read: 3, inserted: 0, updated: 0, unchanged: 2, rejected: 1 });
    expect((await tableCounts(tenant.id)).customer).toBe(2);
  });

  it('refuses a key without customers:write (403, naming the scope) and a missing or wrong key (401), writing nothing', async () => {
    const { tenant, key } = await app.tenantWithKey(['customers:read']);
    const forbidden = await postImport('customers', CUSTOMERS, key);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual({ errors: [{ message: 'This API key lacks the scope "customers:write"', extensions: { code: 'FORBIDDEN' } }] });

    const anonymous = await postImport('customers', CUSTOMERS, undefined);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await postImport('customers', CUSTOMERS, `${key}x`);
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    expect((await tableCounts(tenant.id)).customer).toBe(0);
    const runs = await app.request(ImportRunsDocument, {}, key);
    expect(runs.body.data?.importRuns.totalCount).toBe(0);
  });

  it('refuses a body over the limit with 413, declared or streamed, writing nothing', async () => {
    const { tenant, key } = await app.tenantWithKey(READ_WRITE);
    const rows = [['externalId', 'name']];
    for (let n = 1; n <= 150; n += 1) rows.push([`BIG${n}`, `Customer number ${n}`]);
    const big = csv(rows);
    expect(Buffer.byteLength(big)).toBeGreaterThan(LIMIT);

    // With a Content-Length: refused before reading.
    const declared = await postImport('customers', big, key);
    expect(declared.status).toBe(413);
    expect(declared.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(declared.body.errors[0].message).toContain(String(LIMIT));

    // Chunked, without a length: refused once the bytes read pass the limit.
    const bytes = Buffer.from(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 512) controller.enqueue(bytes.subarray(offset, offset + 512));
        controller.close();
      },
    });
    const streamed = await postImport('customers', stream, key);
    expect(streamed.status).toBe(413);
    expect(streamed.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');

    expect((await tableCounts(tenant.id)).customer).toBe(0);

    // Just under the limit is fine.
    const small = csv(rows.slice(0, 40));
    expect(Buffer.byteLength(small)).toBeLessThan(LIMIT);
    const accepted = await postImport('customers', small, key);
    expect(accepted.status).toBe(200);
    expect(summary(accepted.body)).toEqual({ read: 39, inserted: 39, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('reads NDJSON (by ?format=ndjson or its content type) and gzip bodies', async () => {
    const { tenant, key } = await app.tenantWithKey(READ_WRITE);
    const ndjson = '{"externalId":"J1","name":"Jo"}\n{"externalId":"J2","email":"broken"}\nnot json at all\n';
    const byParameter = await postImport('customers?format=ndjson', ndjson, key);
    expect(byParameter.status).toBe(200);
    expect(summary(byParameter.body)).toEqual({ read: 3, inserted: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(byParameter.body.rejects).toEqual([
      { line: 2, field: 'email', reason: 'is not a valid email address' },
      { line: 3, field: 'line', reason: expect.stringMatching(/JSON/) },
    ]);
    const byContentType = await postImport('customers', '{"externalId":"J3"}\n', key, { 'content-type': 'application/x-ndjson' });
    expect(summary(byContentType.body)).toEqual({ read: 1, inserted: 1, updated: 0, unchanged: 0, rejected: 0 });

    const gzipped = gzipSync(csv([['externalId', 'name'], ['J1', 'Jo'], ['J4', 'Jay']]));
    const fromGzip = await postImport('customers', gzipped, key, { 'content-type': 'application/gzip' });
    expect(fromGzip.status).toBe(200);
    // J1 is already there with the same name; J4 is new.
    expect(summary(fromGzip.body)).toEqual({ read: 2, inserted: 1, updated: 0, unchanged: 1, rejected: 0 });
    // J1, J3 and J4 (J2 was refused).
    expect((await tableCounts(tenant.id)).customer).toBe(3);
  });

  it('takes a mapping, a time zone and a dry run as query parameters', async () => {
    const { tenant, key } = await app.tenantWithKey(READ_WRITE);
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'Q1' }] }, key);
    const body = csv([
      ['Order', 'Buyer', 'When', 'Total'],
      ['Q-1', 'Q1', '2026-07-01 10:00:00', '1.234,50'],
    ]);
    const mapping = JSON.stringify({ fields: { externalId: 'Order', customerExternalId: 'Buyer', placedAt: 'When', amount: { column: 'Total', decimalSeparator: ',', thousandsSeparator: '.' } } });
    const query = `mapping=${encodeURIComponent(mapping)}&timeZone=${encodeURIComponent('America/New_York')}`;

    const dry = await postImport(`orders?${query}&dryRun=true`, body, key);
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    expect(summary(dry.body)).toEqual({ read: 1, inserted: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect((await tableCounts(tenant.id)).order).toBe(0);

    const real = await postImport(`orders?${query}`, body, key);
    expect(summary(real.body)).toEqual({ read: 1, inserted: 1, updated: 0, unchanged: 0, rejected: 0 });
    const orders = await app.request(ImportedOrdersDocument, {}, key);
    // New York is on EDT (−04:00) in July: 10:00 → 14:00Z. "1.234,50" → 1234.50.
    expect(orders.body.data?.orders.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ externalId: 'Q-1', amount: '1234.50', placedAt: '2026-07-01T14:00:00.000Z' })]);
  });

  it('answers 400 naming the field for a bad entity, mapping, empty body or missing column, writing nothing', async () => {
    const { tenant, key } = await app.tenantWithKey(READ_WRITE);
    const cases: [string, string | Buffer, string, RegExp][] = [
      ['widgets', CUSTOMERS, 'entity', /widgets/],
      ['customers?mapping=%7Bnot-json', CUSTOMERS, 'mapping', /JSON/],
      ['customers?mapping=' + encodeURIComponent(JSON.stringify({ fields: { externalId: 'externalId', nickname: 'name' } })), CUSTOMERS, 'mapping.fields.nickname', /not a field/],
      ['customers', '', 'file', /empty/],
      ['customers', csv([['name'], ['No id']]), 'externalId', /externalId/],
      ['customers', Buffer.concat([Buffer.from('externalId\n'), Buffer.alloc(64, 0)]), 'file', /not text|binary/],
      ['customers?format=xml', CUSTOMERS, 'format', /csv or ndjson/],
    ];
    for (const [path, body, field, message] of cases) {
      const answer = await postImport(path, body, key);
      expect([path, answer.status, answer.body.errors?.[0]?.extensions]).toEqual([path, 400, { code: 'BAD_USER_INPUT', field }]);
      expect(answer.body.errors[0].message).toMatch(message);
    }
    expect(await tableCounts(tenant.id)).toEqual({ customer: 0, order: 0, feedback: 0, touchpoint: 0, tag: 0, customer_tag: 0 });
  });

  it('answers 400 for a body that is not UTF-8 text (an image)', async () => {
    const { tenant, key } = await app.tenantWithKey(READ_WRITE);
    // A PNG signature: 0x89 starts no UTF-8 character.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]);
    const answer = await postImport('customers', png, key, { 'content-type': 'image/png' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toEqual({ message: 'file: the file is not UTF-8 text', extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
    expect((await tableCounts(tenant.id)).customer).toBe(0);
  });

  it('lists the import runs of the calling tenant only, with their summaries', async () => {
    const a = await app.tenantWithKey(READ_WRITE, 'runs-a');
    const b = await app.tenantWithKey(READ_WRITE, 'runs-b');
    const firstA = await postImport('customers?fileName=crm.csv', CUSTOMERS, a.key);
    const secondA = await postImport('customers?format=ndjson', '{"externalId":"H1","name":"Hana"}\n', a.key);
    const onlyB = await postImport('customers', csv([['externalId'], ['B1'], ['B2'], ['B3'], ['B4']]), b.key);
    expect([firstA.status, secondA.status, onlyB.status]).toEqual([200, 200, 200]);

    const runsA = await app.request(ImportRunsDocument, { first: 10 }, a.key);
    expect(runsA.body.errors).toBeUndefined();
    expect(runsA.body.data?.importRuns.totalCount).toBe(2);
    // Newest first: the NDJSON run (H1 unchanged), then the CSV run (2 inserted, 1 rejected).
    expect(runsA.body.data?.importRuns.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: secondA.body.runId, entity: 'customers', source: 'HTTP', format: 'ndjson', status: 'COMPLETED', dryRun: false, read: 1, inserted: 0, updated: 0, unchanged: 1, rejected: 0 }),
      expect.objectContaining({ id: firstA.body.runId, source: 'HTTP', fileName: 'crm.csv', format: 'csv', status: 'COMPLETED', read: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 }),
    ]);
    const finishedAt = runsA.body.data!.importRuns.edges[1].node.finishedAt;
    expect(finishedAt).not.toBeNull();

    const runsB = await app.request(ImportRunsDocument, { first: 10 }, b.key);
    expect(runsB.body.data?.importRuns.totalCount).toBe(1);
    expect(runsB.body.data?.importRuns.edges[0].node).toMatchObject({ id: onlyB.body.runId, read: 4, inserted: 4, rejected: 0 });

    // One run by id: the tenant's own is found, the other tenant's is not.
    const own = await app.request(ImportRunByIdDocument, { id: firstA.body.runId }, a.key);
    expect(own.body.data?.importRun).toMatchObject({ id: firstA.body.runId, read: 3, inserted: 2, rejected: 1 });
    const foreign = await app.request(ImportRunByIdDocument, { id: firstA.body.runId }, b.key);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
  });

  it('refuses other methods than POST', async () => {
    const { key } = await app.tenantWithKey(READ_WRITE);
    const response = await fetch(`${app.url}/import/customers`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(405);
  });
});
