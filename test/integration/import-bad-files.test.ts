import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { ImportedCustomerDocument, ImportRunsDocument, UpsertCustomersDocument } from '../generated/graphql.js';
import { cli, counts, createTenant, csv, parseCsv, sql, tableCounts, TempDir } from '../fixtures/import/import-helpers.js';
import { TestApp } from '../support/test-app.js';

const READ_WRITE = ['customers:read', 'customers:write'];

describe('import of bad files', () => {
  let app: TestApp;
  let files: TempDir;
  beforeAll(async () => {
    app = await TestApp.start();
    files = await TempDir.create('import-bad');
  });
  afterAll(async () => {
    await app.stop();
    await files.remove();
  });

  /** A new tenant that already holds one customer (B1), so "nothing else changed" has something to keep. */
  async function tenant() {
    const created = await createTenant(app.orm);
    const key = await app.keyFor(created.id, READ_WRITE);
    const seeded = await app.request(UpsertCustomersDocument, { input: [{ externalId: 'B1', name: 'Existing' }] }, key);
    expect(seeded.body.errors).toBeUndefined();
    return { ...created, key };
  }

  async function failedRuns(tenantId: string) {
    return sql<{ status: string; error: string }>(`select status, error from import_run where tenant_id = $1 order by started_at`, [tenantId]);
  }

  const ORDER_HEADER = ['externalId', 'customerExternalId', 'placedAt', 'amount'];

  it('rejects the line with a wrong date (line 17 of a 20-row file) and loads the other 19', async () => {
    const { slug, id } = await tenant();
    const before = await tableCounts(id);
    // Data row i sits on physical line i + 1 (the header is line 1): row 16 is line 17.
    const rows = Array.from({ length: 20 }, (_, index) => {
      const n = index + 1;
      const day = String(n).padStart(2, '0');
      return [`O${day}`, 'B1', n === 16 ? '2026-02-30 10:00:00' : `2026-02-${day} 10:00:00`, `${n}.00`];
    });
    const file = await files.write('orders-bad-date.csv', csv([ORDER_HEADER, ...rows]));

    const run = await cli(['import', 'orders', file, '--tenant', slug, '--json']);
    expect(run.code).toBe(0);
    expect(counts(run.json)).toEqual({ read: 20, inserted: 19, updated: 0, unchanged: 0, rejected: 1 });
    expect(run.json.rejectsFile).toBe(files.path('orders-bad-date.rejects.csv'));

    const rejects = parseCsv(await files.read('orders-bad-date.rejects.csv'));
    expect(rejects).toHaveLength(2);
    expect(rejects[0]).toEqual(['line', 'field', 'reason', ...ORDER_HEADER]);
    const [line, field, reason, ...original] = rejects[1];
    expect([line, field]).toEqual(['17', 'placedAt']);
    // 30 February does not exist.
    expect(reason).toContain('"2026-02-30 10:00:00" is not a date-time');
    expect(original).toEqual(['O16', 'B1', '2026-02-30 10:00:00', '16.00']);

    expect(await tableCounts(id)).toEqual({ ...before, order: 19 });
    // 1 + 2 + … + 20 = 210, without the rejected 16: 194.00.
    const [loaded] = await sql<{ ids: string[]; total: string }>(
      `select array_agg(external_id order by external_id) as ids, sum(amount)::text as total from "order" where tenant_id = $1`,
      [id],
    );
    expect(loaded.total).toBe('194.00');
    expect(loaded.ids).not.toContain('O16');
    expect(loaded.ids).toHaveLength(19);
  });

  it('stops on a missing required column, naming it, and writes nothing', async () => {
    const { slug, id } = await tenant();
    const before = await tableCounts(id);

    const noExternalId = await files.write('customers-no-id.csv', csv([['name', 'email'], ['Ann', 'ann@example.com']]));
    const customers = await cli(['import', 'customers', noExternalId, '--tenant', slug, '--json']);
    expect(customers.code).toBe(1);
    expect(customers.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalId' });
    expect(customers.json.error.message).toMatch(/^externalId: .*no column "externalId"/);
    expect(existsSync(files.path('customers-no-id.rejects.csv'))).toBe(false);

    const noAmount = await files.write('orders-no-amount.csv', csv([['externalId', 'customerExternalId', 'placedAt'], ['O1', 'B1', '2026-02-01 10:00:00']]));
    const orders = await cli(['import', 'orders', noAmount, '--tenant', slug, '--json']);
    expect(orders.code).toBe(1);
    expect(orders.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(orders.json.error.message).toMatch(/^amount: .*no column "amount"/);

    expect(await tableCounts(id)).toEqual(before);
    // The runs are recorded as failed, with the reason.
    const runs = await failedRuns(id);
    expect(runs.map((run) => run.status)).toEqual(['FAILED', 'FAILED']);
    expect(runs[0].error).toContain('externalId');
    expect(runs[1].error).toContain('amount');
  });

  it('rejects non-numeric amounts (and a third decimal) naming amount, and loads the rest', async () => {
    const { slug, id } = await tenant();
    const before = await tableCounts(id);
    const file = await files.write(
      'orders-bad-amount.csv',
      csv([
        ORDER_HEADER,
        ['A1', 'B1', '2026-02-01 10:00:00', '5.00'],
        ['A2', 'B1', '2026-02-02 10:00:00', 'ten'],
        ['A3', 'B1', '2026-02-03 10:00:00', 'NaN'],
        ['A4', 'B1', '2026-02-04 10:00:00', '12.345'],
        ['A5', 'B1', '2026-02-05 10:00:00', '7.5'],
      ]),
    );
    const run = await cli(['import', 'orders', file, '--tenant', slug, '--json']);
    expect(run.code).toBe(0);
    expect(counts(run.json)).toEqual({ read: 5, inserted: 2, updated: 0, unchanged: 0, rejected: 3 });
    const rejects = parseCsv(await files.read('orders-bad-amount.rejects.csv')).slice(1);
    expect(rejects.map((row) => [row[0], row[1]])).toEqual([
      ['3', 'amount'],
      ['4', 'amount'],
      ['5', 'amount'],
    ]);
    expect(rejects[0][2]).toContain('"ten"');
    expect(rejects[1][2]).toContain('"NaN"');
    // 12.345 is not rounded to 12.35 behind the user's back.
    expect(rejects[2][2]).toMatch(/2 decimals/);
    expect(await tableCounts(id)).toEqual({ ...before, order: 2 });
    const [total] = await sql<{ total: string }>(`select sum(amount)::text as total from "order" where tenant_id = $1`, [id]);
    // 5.00 + 7.50
    expect(total.total).toBe('12.50');
  });

  it('rejects the second occurrence of an external id within one file, naming the first line', async () => {
    const rows = [
      ['externalId', 'name'],
      ['D1', 'First'],
      ['D2', 'Second customer'],
      ['D3', 'Third customer'],
      ['D1', 'Repeated'],
    ];
    const file = await files.write('customers-duplicate.csv', csv(rows));
    // Once with the default batch, once with batches of 1 so the repeat is in another batch than the original.
    for (const batchOptions of [[], ['--batch-size', '1']]) {
      const { slug, id, key } = await tenant();
      const before = await tableCounts(id);
      const run = await cli(['import', 'customers', file, '--tenant', slug, '--json', ...batchOptions]);
      expect(run.code).toBe(0);
      expect(counts(run.json)).toEqual({ read: 4, inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
      const rejects = parseCsv(await files.read('customers-duplicate.rejects.csv'));
      expect(rejects).toHaveLength(2);
      expect(rejects[1].slice(0, 2)).toEqual(['5', 'externalId']);
      expect(rejects[1][2]).toMatch(/line 2\b/);
      expect(rejects[1].slice(3)).toEqual(['D1', 'Repeated']);
      const d1 = await app.request(ImportedCustomerDocument, { externalId: 'D1' }, key);
      expect(d1.body.data?.customer.name).toBe('First');
      expect(await tableCounts(id)).toEqual({ ...before, customer: before.customer + 3 });
    }
  });

  it('stops on an unknown mapping field, naming mapping.fields.<name>, and writes nothing', async () => {
    const { slug, id } = await tenant();
    const before = await tableCounts(id);
    const file = await files.write('customers-mapped.csv', csv([['id', 'nick'], ['U1', 'Uma']]));
    const mapping = await files.write('mapping-unknown.json', JSON.stringify({ fields: { externalId: 'id', nickname: 'nick' } }));
    const run = await cli(['import', 'customers', file, '--tenant', slug, '--mapping', mapping, '--json']);
    expect(run.code).toBe(1);
    expect(run.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping.fields.nickname' });
    expect(run.json.error.message).toMatch(/^mapping\.fields\.nickname: is not a field of customers/);

    // A mapping naming a column the file lacks, and a mapping that is not JSON.
    const missingColumn = await files.write('mapping-column.json', JSON.stringify({ fields: { externalId: 'customer_no' } }));
    const column = await cli(['import', 'customers', file, '--tenant', slug, '--mapping', missingColumn, '--json']);
    expect(column.code).toBe(1);
    expect(column.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping.fields.externalId' });
    expect(column.json.error.message).toContain('"customer_no"');
    const notJson = await files.write('mapping-broken.json', '{ "fields": ');
    const broken = await cli(['import', 'customers', file, '--tenant', slug, '--mapping', notJson, '--json']);
    expect(broken.code).toBe(1);
    expect(broken.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: '--mapping' });

    expect(await tableCounts(id)).toEqual(before);
    expect(existsSync(files.path('customers-mapped.rejects.csv'))).toBe(false);
  });

  it('stops on an empty file, saying it is empty', async () => {
    const { slug, id } = await tenant();
    const before = await tableCounts(id);
    const cases: [string, string | Buffer][] = [
      ['empty.csv', ''],
      ['blank-lines.csv', '\n\n  \n'],
      ['empty.csv.gz', gzipSync('')],
      ['empty.ndjson', ''],
    ];
    for (const [name, content] of cases) {
      const file = await files.write(name, content);
      const run = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
      expect([name, run.code]).toEqual([name, 1]);
      expect(run.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(run.json.error.message).toMatch(/empty/);
    }
    expect(await tableCounts(id)).toEqual(before);
  });

  it('stops on a file that is not CSV text (an image, binary bytes, damaged gzip, an unclosed quote), naming the file', async () => {
    const { slug, id } = await tenant();
    const before = await tableCounts(id);
    // A PNG: its signature starts with 0x89, which is no UTF-8 character.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(64, 0xff)]);
    // Valid UTF-8 but full of NUL bytes, as binary formats are.
    const binary = Buffer.concat([Buffer.from('externalId\n'), Buffer.alloc(256, 0), Buffer.from('\n')]);
    // The gzip magic bytes followed by garbage.
    const damagedGzip = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('definitely not deflate data, just text pretending')]);
    for (const [name, content, message] of [
      ['picture.png', png, /not UTF-8 text|not text/],
      ['blob.csv', binary, /not text|binary/],
      ['damaged.csv.gz', damagedGzip, /gzip/],
      // A quote opened on line 3 and never closed: not CSV either.
      ['unclosed.csv', Buffer.from('externalId,name\nU1,Una\nU2,"never closed\nU3,Ugo\n'), /line 3.*never closed/],
    ] as const) {
      const file = await files.write(name, content);
      const run = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
      expect([name, run.code]).toEqual([name, 1]);
      expect(run.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(run.json.error.message).toMatch(/^file: /);
      expect(run.json.error.message).toMatch(message);
    }
    expect(await tableCounts(id)).toEqual(before);
  });

  it('refuses an unknown entity, preset, time zone, format or batch size before reading anything', async () => {
    const { slug, id } = await tenant();
    const before = await tableCounts(id);
    const file = await files.write('customers-options.csv', csv([['externalId'], ['X1']]));
    const refusals: [string[], string][] = [
      [['import', 'widgets', file], 'entity'],
      [['import', 'orders', file, '--preset', 'no-such-preset'], 'preset'],
      [['import', 'customers', file, '--time-zone', 'Mars/Olympus_Mons'], 'timeZone'],
      [['import', 'customers', file, '--format', 'xml'], '--format'],
      [['import', 'customers', file, '--batch-size', '0'], '--batch-size'],
      [['import', 'customers', files.path('no-such-file.csv')], 'file'],
    ];
    for (const [args, field] of refusals) {
      const run = await cli([...args, '--tenant', slug, '--json']);
      expect([args.join(' '), run.code, run.json.error?.code, run.json.error?.field]).toEqual([args.join(' '), 1, 'BAD_USER_INPUT', field]);
    }
    expect(await tableCounts(id)).toEqual(before);
  });

  it('rejects a CSV row whose number of fields differs from the header instead of loading it partly', async () => {
    const { slug, id, key } = await tenant();
    const before = await tableCounts(id);
    const file = await files.write(
      'customers-ragged.csv',
      // Line 3 lacks the region field; line 4 has an unquoted comma in the name, so one field too
      // many: read by position it would become name "Smith", region " John", and "London" would be lost.
      'externalId,name,region\nR1,Rita,Leeds\nR2,Rob\nR3,Smith, John,London\n',
    );
    const run = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
    expect(run.code).toBe(0);
    expect(counts(run.json)).toEqual({ read: 3, inserted: 1, updated: 0, unchanged: 0, rejected: 2 });
    const rejects = parseCsv(await files.read('customers-ragged.rejects.csv')).slice(1);
    expect(rejects.map((row) => row[0])).toEqual(['3', '4']);
    expect(await tableCounts(id)).toEqual({ ...before, customer: before.customer + 1 });
    for (const externalId of ['R2', 'R3']) {
      const response = await app.request(ImportedCustomerDocument, { externalId }, key);
      expect([externalId, response.body.errors?.[0].extensions?.code]).toEqual([externalId, 'NOT_FOUND']);
    }
  });

  describe('the rejects file', () => {
    it('repeats the header and the original columns after line, field and reason, counting physical lines', async () => {
      const { slug } = await tenant();
      const file = await files.write(
        'customers-quoted.csv',
        // Q1's name spans lines 2 and 3, so Q2 starts on line 4.
        'externalId,name,email\nQ1,"Multi\nline name",q1@example.com\nQ2,"Says ""hi"", twice",bad\nQ3,Plain,q3@example.com\n',
      );
      const run = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
      expect(counts(run.json)).toEqual({ read: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });
      const text = await files.read('customers-quoted.rejects.csv');
      expect(text.split('\n')[0]).toBe('line,field,reason,externalId,name,email');
      expect(parseCsv(text)).toEqual([
        ['line', 'field', 'reason', 'externalId', 'name', 'email'],
        ['4', 'email', 'is not a valid email address', 'Q2', 'Says "hi", twice', 'bad'],
      ]);
    });

    it('is NDJSON for NDJSON input, with line, field, reason and the record', async () => {
      const { slug } = await tenant();
      const file = await files.write('customers-bad.ndjson', '{"externalId":"J1","email":"nope"}\n{"externalId":"J2"}\n');
      const run = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
      expect(counts(run.json)).toEqual({ read: 2, inserted: 1, updated: 0, unchanged: 0, rejected: 1 });
      const lines = (await files.read('customers-bad.rejects.ndjson')).trim().split('\n');
      expect(lines.map((line) => JSON.parse(line))).toEqual([{ line: 1, field: 'email', reason: 'is not a valid email address', record: { externalId: 'J1', email: 'nope' } }]);
    });

    it('that cannot be written (--rejects in a missing folder) stops the import with an error, not a crash, before loading anything', async () => {
      const { slug, id } = await tenant();
      const before = await tableCounts(id);
      const file = await files.write('customers-unwritable.csv', csv([['externalId', 'email'], ['W1', 'bad'], ['W2', 'w2@example.com']]));
      const run = await cli(['import', 'customers', file, '--tenant', slug, '--rejects', files.path('no-such-folder/rejects.csv'), '--json']);
      expect(run.code).toBe(1);
      // W1 could be recorded nowhere: the promise "loaded or in the rejects file" cannot be kept, so nothing is loaded.
      expect(run.json.error).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringMatching(/rejects/) });
      expect(run.json.error.message).toContain('no-such-folder');
      expect(await tableCounts(id)).toEqual(before);
    });

    it('goes where --rejects says, and a stale one from an earlier run is removed', async () => {
      const { slug } = await tenant();
      const file = await files.write('customers-elsewhere.csv', csv([['externalId', 'email'], ['R1', 'bad'], ['R2', 'r2@example.com']]));
      const target = files.path('elsewhere-rejects.csv');
      const run = await cli(['import', 'customers', file, '--tenant', slug, '--rejects', target, '--json']);
      expect(counts(run.json)).toEqual({ read: 2, inserted: 1, updated: 0, unchanged: 0, rejected: 1 });
      expect(run.json.rejectsFile).toBe(target);
      expect(existsSync(files.path('customers-elsewhere.rejects.csv'))).toBe(false);
      expect(parseCsv(await readFile(target, 'utf8'))).toEqual([
        ['line', 'field', 'reason', 'externalId', 'email'],
        ['2', 'email', 'is not a valid email address', 'R1', 'bad'],
      ]);

      // Fixed and imported again: no rejects, and the old rejects file does not linger to mislead.
      await writeFile(file, csv([['externalId', 'email'], ['R1', 'r1@example.com'], ['R2', 'r2@example.com']]));
      const fixed = await cli(['import', 'customers', file, '--tenant', slug, '--rejects', target, '--json']);
      expect(counts(fixed.json)).toEqual({ read: 2, inserted: 1, updated: 0, unchanged: 1, rejected: 0 });
      expect(fixed.json.rejectsFile).toBeNull();
      expect(existsSync(target)).toBe(false);
    });
  });

  it('records each run, failed ones with their error, in importRuns', async () => {
    const { slug, key } = await tenant();
    const good = await files.write('customers-run-ok.csv', csv([['externalId'], ['Z1'], ['Z2']]));
    const empty = await files.write('customers-run-empty.csv', '');
    await cli(['import', 'customers', good, '--tenant', slug, '--json']);
    await cli(['import', 'customers', empty, '--tenant', slug, '--json']);
    const runs = await app.request(ImportRunsDocument, { first: 10 }, key);
    expect(runs.body.errors).toBeUndefined();
    const nodes = runs.body.data!.importRuns.edges.map((edge) => edge.node);
    // Newest first.
    expect(nodes.map((run) => [run.fileName, run.status, run.source])).toEqual([
      ['customers-run-empty.csv', 'FAILED', 'CLI'],
      ['customers-run-ok.csv', 'COMPLETED', 'CLI'],
    ]);
    expect(nodes[0].error).toMatch(/empty/);
    expect(nodes[1]).toMatchObject({ entity: 'customers', format: 'csv', read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0, error: null });
  });
});
