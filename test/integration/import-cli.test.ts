import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  CreateJourneyDocument,
  CustomerByExternalIdDocument,
  ImportedCustomerDocument,
  ImportedCustomersDocument,
  ImportedFeedbackDocument,
  ImportedOrdersDocument,
  ImportedTagsDocument,
  ImportedTouchpointsDocument,
  UpsertCustomersDocument,
} from '../generated/graphql.js';
import { cli, counts, createTenant, csv, parseCsv, tableCounts, TempDir } from '../fixtures/import/import-helpers.js';
import { TestApp } from '../support/test-app.js';

const READ_WRITE = ['customers:read', 'customers:write'];

describe('import from the command line', () => {
  let app: TestApp;
  let files: TempDir;
  beforeAll(async () => {
    app = await TestApp.start();
    files = await TempDir.create('import-cli');
  });
  afterAll(async () => {
    await app.stop();
    await files.remove();
  });

  /** A new tenant and a key to look at its data through GraphQL. */
  async function tenant(options: { timeZone?: string; baseCurrency?: string } = {}) {
    const created = await createTenant(app.orm, options);
    return { ...created, key: await app.keyFor(created.id, READ_WRITE) };
  }

  async function customer(externalId: string, key: string) {
    const response = await app.request(ImportedCustomerDocument, { externalId }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.customer;
  }

  async function ordersOf(key: string) {
    const response = await app.request(ImportedOrdersDocument, { first: 100 }, key);
    expect(response.body.errors).toBeUndefined();
    const page = response.body.data!.orders;
    return { totalCount: page.totalCount, byId: Object.fromEntries(page.edges.map((edge) => [edge.node.externalId, edge.node])) };
  }

  const CUSTOMERS = [
    ['externalId', 'name', 'email', 'region', 'walletEstimate', 'firstSeenAt'],
    ['C001', 'Ada Lovelace', 'ada@example.com', 'London', '1200.50', '2026-01-10 09:00:00'],
    ['C002', 'Grace Hopper', 'grace@example.com', 'New York', '', ''],
    ['C003', 'Hopper, Grace Jr.', '', 'Boston', '19.99', ''],
    ['C004', 'Alan Turing', 'alan@example.com', 'Manchester', '0.10', ''],
    ['C005', 'Edsger Dijkstra', '', 'Amsterdam', '', ''],
  ];

  it('imports a customers CSV, finds everything unchanged the second time, and only the changed row updated the third', async () => {
    const { slug, id, key } = await tenant();
    const file = await files.write('customers-a.csv', csv(CUSTOMERS));

    const first = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
    expect(first.code).toBe(0);
    // 5 data rows, all new.
    expect(counts(first.json)).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.json).toMatchObject({ entity: 'customers', dryRun: false, preset: null, rejectsFile: null });
    expect(existsSync(files.path('customers-a.rejects.csv'))).toBe(false);

    const list = await app.request(ImportedCustomersDocument, { first: 10 }, key);
    expect(list.body.data?.customers.totalCount).toBe(5);
    expect(await customer('C001', key)).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', region: 'London', walletEstimate: '1200.50', firstSeenAt: '2026-01-10T09:00:00.000Z' });
    // The quoted name keeps its comma; empty cells are null.
    expect(await customer('C003', key)).toMatchObject({ name: 'Hopper, Grace Jr.', email: null, region: 'Boston', walletEstimate: '19.99', firstSeenAt: null });

    const second = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
    expect(second.code).toBe(0);
    expect(counts(second.json)).toEqual({ read: 5, inserted: 0, updated: 0, unchanged: 5, rejected: 0 });

    // C002 changes its name; the other four rows are as before.
    const changed = CUSTOMERS.map((row) => (row[0] === 'C002' ? ['C002', 'Grace B. Hopper', 'grace@example.com', 'New York', '', ''] : row));
    const changedFile = await files.write('customers-a2.csv', csv(changed));
    const third = await cli(['import', 'customers', changedFile, '--tenant', slug, '--json']);
    expect(third.code).toBe(0);
    expect(counts(third.json)).toEqual({ read: 5, inserted: 0, updated: 1, unchanged: 4, rejected: 0 });
    expect((await customer('C002', key)).name).toBe('Grace B. Hopper');
    expect((await tableCounts(id)).customer).toBe(5);
  });

  it('prints a readable summary without --json', async () => {
    const { slug } = await tenant();
    const file = await files.write('customers-text.csv', csv(CUSTOMERS.slice(0, 3)));
    const run = await cli(['import', 'customers', file, '--tenant', slug]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('customers import: 2 lines read');
    expect(run.stdout).toContain('inserted 2, updated 0, unchanged 0, rejected 0');
  });

  it('reads a gzipped file (by its content, whatever its name) exactly as the plain one', async () => {
    const { slug, id } = await tenant();
    const gzipped = await files.write('customers-b.csv.gz', gzipSync(csv(CUSTOMERS)));
    const fromGzip = await cli(['import', 'customers', gzipped, '--tenant', slug, '--json']);
    expect(fromGzip.code).toBe(0);
    expect(counts(fromGzip.json)).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });

    // The plain file into the same tenant: every value read from the gzip matches, so nothing changes.
    const plain = await files.write('customers-b.csv', csv(CUSTOMERS));
    const fromPlain = await cli(['import', 'customers', plain, '--tenant', slug, '--json']);
    expect(counts(fromPlain.json)).toEqual({ read: 5, inserted: 0, updated: 0, unchanged: 5, rejected: 0 });

    // Gzip data in a file not named .gz is recognised by its magic bytes.
    const misnamed = await files.write('customers-b-gz.csv', gzipSync(csv(CUSTOMERS)));
    const fromMisnamed = await cli(['import', 'customers', misnamed, '--tenant', slug, '--json']);
    expect(counts(fromMisnamed.json)).toEqual({ read: 5, inserted: 0, updated: 0, unchanged: 5, rejected: 0 });

    // Windows line endings (CRLF), gzipped: the same values again.
    const crlf = await files.write('customers-b-crlf.csv.gz', gzipSync(csv(CUSTOMERS).replace(/\n/g, '\r\n')));
    const fromCrlf = await cli(['import', 'customers', crlf, '--tenant', slug, '--json']);
    expect(counts(fromCrlf.json)).toEqual({ read: 5, inserted: 0, updated: 0, unchanged: 5, rejected: 0 });
    expect((await tableCounts(id)).customer).toBe(5);
  });

  it('imports NDJSON customers and orders, rejecting a line that is not valid JSON or not an object', async () => {
    const { slug, id, key } = await tenant();
    const customersFile = await files.write(
      'customers-c.ndjson',
      [
        '{"externalId":"N1","name":"Nia","sourceSystems":["web","pos"],"consentEmail":true}',
        '{"externalId":"N2","name":"Noor","attributes":{"tier":"gold"}}',
        '{"externalId":"N3", "name": broken',
        '{"externalId":"N4","name":"Nils","walletEstimate":"250.00"}',
      ].join('\n') + '\n',
    );
    const customers = await cli(['import', 'customers', customersFile, '--tenant', slug, '--json']);
    expect(customers.code).toBe(0);
    // 4 lines: 3 loaded, line 3 is not JSON.
    expect(counts(customers.json)).toEqual({ read: 4, inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
    // NDJSON input → NDJSON rejects beside it.
    expect(customers.json.rejectsFile).toBe(files.path('customers-c.rejects.ndjson'));
    const customerRejects = (await files.read('customers-c.rejects.ndjson')).trim().split('\n').map((line) => JSON.parse(line));
    expect(customerRejects).toEqual([{ line: 3, field: 'line', reason: expect.stringMatching(/JSON/), record: '{"externalId":"N3", "name": broken' }]);
    expect(await customer('N1', key)).toMatchObject({ name: 'Nia', sourceSystems: ['web', 'pos'], consentEmail: true });
    expect(await customer('N2', key)).toMatchObject({ name: 'Noor', attributes: { tier: 'gold' } });
    expect(await customer('N4', key)).toMatchObject({ name: 'Nils', walletEstimate: '250.00' });

    const ordersFile = await files.write(
      'orders-c.ndjson',
      [
        '{"externalId":"NO-1","customerExternalId":"N1","placedAt":"2026-03-01T12:00:00Z","amount":"19.99"}',
        '',
        '{"externalId":"NO-2","customerExternalId":"N2","placedAt":"2026-03-02 08:30:00","amount":"0.10","status":"REFUNDED","itemCount":2}',
        '[1,2,3]',
        '{"externalId":"NO-3","customerExternalId":"N4","placedAt":"2026-03-03T00:00:00+02:00","amount":"0.20","currency":"EUR"}',
      ].join('\n'),
    );
    const orders = await cli(['import', 'orders', ordersFile, '--tenant', slug, '--json']);
    expect(orders.code).toBe(0);
    // 4 records (the blank line 2 is skipped, not counted); line 4 is an array, not an object.
    expect(counts(orders.json)).toEqual({ read: 4, inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
    const orderRejects = (await files.read('orders-c.rejects.ndjson')).trim().split('\n').map((line) => JSON.parse(line));
    expect(orderRejects).toEqual([{ line: 4, field: 'line', reason: expect.stringMatching(/object/), record: '[1,2,3]' }]);

    const { totalCount, byId } = await ordersOf(key);
    expect(totalCount).toBe(3);
    // The tenant is UTC: the naive 08:30 is 08:30Z; 00:00 at +02:00 is 22:00Z the day before.
    expect(byId['NO-1']).toMatchObject({ amount: '19.99', currency: 'USD', status: 'COMPLETED', placedAt: '2026-03-01T12:00:00.000Z', customer: { externalId: 'N1' } });
    expect(byId['NO-2']).toMatchObject({ amount: '0.10', status: 'REFUNDED', itemCount: 2, placedAt: '2026-03-02T08:30:00.000Z' });
    expect(byId['NO-3']).toMatchObject({ amount: '0.20', currency: 'EUR', placedAt: '2026-03-02T22:00:00.000Z' });

    const again = await cli(['import', 'orders', ordersFile, '--tenant', slug, '--json']);
    expect(counts(again.json)).toEqual({ read: 4, inserted: 0, updated: 0, unchanged: 3, rejected: 1 });
    expect(await tableCounts(id)).toMatchObject({ customer: 3, order: 3 });
  });

  it('applies a mapping: renamed columns, a constant, a transform, a date format and decimal separators', async () => {
    const { slug, key } = await tenant({ timeZone: 'Europe/Berlin', baseCurrency: 'EUR' });
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'M1' }, { externalId: 'M2' }] }, key);
    const file = await files.write(
      'shop-export.csv',
      csv([
        ['Invoice', 'Client', 'Date', 'Total'],
        ['INV-1', ' m1 ', '31/01/2026 18:30', '1.234,50'],
        ['INV-2', 'm2', '01/07/2026 10:00', '0,99'],
        ['INV-3', 'M1', '15/03/2026 09:05', '12.000,00'],
      ]),
    );
    const mapping = await files.write(
      'shop-mapping.json',
      JSON.stringify({
        fields: {
          externalId: 'Invoice',
          customerExternalId: { column: 'Client', transform: ['trim', 'uppercase'] },
          placedAt: { column: 'Date', format: 'DD/MM/YYYY HH:mm' },
          amount: { column: 'Total', decimalSeparator: ',', thousandsSeparator: '.' },
          channel: { constant: 'store' },
        },
      }),
    );
    const run = await cli(['import', 'orders', file, '--tenant', slug, '--mapping', mapping, '--json']);
    expect(run.code).toBe(0);
    expect(counts(run.json)).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });

    const { byId } = await ordersOf(key);
    // Europe/Berlin: CET (+01:00) in January and mid-March (summer time starts 29 March 2026), CEST (+02:00) in July.
    // "1.234,50" → 1234.50; "0,99" → 0.99; "12.000,00" → 12000.00.
    expect(byId['INV-1']).toMatchObject({ amount: '1234.50', currency: 'EUR', channel: 'store', placedAt: '2026-01-31T17:30:00.000Z', customer: { externalId: 'M1' } });
    expect(byId['INV-2']).toMatchObject({ amount: '0.99', channel: 'store', placedAt: '2026-07-01T08:00:00.000Z', customer: { externalId: 'M2' } });
    expect(byId['INV-3']).toMatchObject({ amount: '12000.00', channel: 'store', placedAt: '2026-03-15T08:05:00.000Z', customer: { externalId: 'M1' } });

    const again = await cli(['import', 'orders', file, '--tenant', slug, '--mapping', mapping, '--json']);
    expect(counts(again.json)).toEqual({ read: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it("reads naive timestamps in the tenant's time zone, or in --time-zone", async () => {
    const customersCsv = csv([
      ['externalId', 'firstSeenAt'],
      ['T1', '2026-07-01 10:00:00'],
      ['T2', '2026-07-01T10:00:00+02:00'],
    ]);
    const ordersCsv = csv([
      ['externalId', 'customerExternalId', 'placedAt', 'amount'],
      ['TZ-1', 'T1', '2026-07-01 10:00:00', '10.00'],
      ['TZ-2', 'T1', '2026-01-15 10:00:00', '10.00'],
    ]);
    const customersFile = await files.write('customers-tz.csv', customersCsv);
    const ordersFile = await files.write('orders-tz.csv', ordersCsv);

    const london = await tenant({ timeZone: 'Europe/London' });
    expect((await cli(['import', 'customers', customersFile, '--tenant', london.slug, '--json'])).json.inserted).toBe(2);
    expect((await cli(['import', 'orders', ordersFile, '--tenant', london.slug, '--json'])).json.inserted).toBe(2);
    // London is on BST (+01:00) in July: 10:00 → 09:00Z; on GMT in January: 10:00 → 10:00Z.
    expect((await customer('T1', london.key)).firstSeenAt).toBe('2026-07-01T09:00:00.000Z');
    // An explicit offset wins over any zone: 10:00+02:00 → 08:00Z.
    expect((await customer('T2', london.key)).firstSeenAt).toBe('2026-07-01T08:00:00.000Z');
    let orders = (await ordersOf(london.key)).byId;
    expect(orders['TZ-1'].placedAt).toBe('2026-07-01T09:00:00.000Z');
    expect(orders['TZ-2'].placedAt).toBe('2026-01-15T10:00:00.000Z');

    // The same files into another London tenant, read as New York time.
    const newYork = await tenant({ timeZone: 'Europe/London' });
    await cli(['import', 'customers', customersFile, '--tenant', newYork.slug, '--time-zone', 'America/New_York', '--json']);
    const ordersRun = await cli(['import', 'orders', ordersFile, '--tenant', newYork.slug, '--time-zone', 'America/New_York', '--json']);
    expect(counts(ordersRun.json)).toEqual({ read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 });
    // EDT (-04:00) in July: 10:00 → 14:00Z; EST (-05:00) in January: 10:00 → 15:00Z.
    expect((await customer('T1', newYork.key)).firstSeenAt).toBe('2026-07-01T14:00:00.000Z');
    expect((await customer('T2', newYork.key)).firstSeenAt).toBe('2026-07-01T08:00:00.000Z');
    orders = (await ordersOf(newYork.key)).byId;
    expect(orders['TZ-1'].placedAt).toBe('2026-07-01T14:00:00.000Z');
    expect(orders['TZ-2'].placedAt).toBe('2026-01-15T15:00:00.000Z');

    // Re-reading the London tenant's file as New York time moves both orders: 2 updated.
    const moved = await cli(['import', 'orders', ordersFile, '--tenant', london.slug, '--time-zone', 'America/New_York', '--json']);
    expect(counts(moved.json)).toEqual({ read: 2, inserted: 0, updated: 2, unchanged: 0, rejected: 0 });
    expect((await ordersOf(london.key)).byId['TZ-1'].placedAt).toBe('2026-07-01T14:00:00.000Z');
  });

  it('keeps amounts as exact decimals', async () => {
    const { slug, key } = await tenant();
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'D1' }, { externalId: 'D2' }] }, key);
    const file = await files.write(
      'orders-decimals.csv',
      csv([
        ['externalId', 'customerExternalId', 'placedAt', 'amount'],
        ['DEC-1', 'D1', '2026-02-01 10:00:00', '0.1'],
        ['DEC-2', 'D1', '2026-02-02 10:00:00', '0.2'],
        ['DEC-3', 'D2', '2026-02-03 10:00:00', '19.99'],
        ['DEC-4', 'D2', '2026-02-04 10:00:00', '999999999999.99'],
        ['DEC-5', 'D2', '2026-02-05 10:00:00', '-0.01'],
      ]),
    );
    const run = await cli(['import', 'orders', file, '--tenant', slug, '--json']);
    expect(counts(run.json)).toEqual({ read: 5, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
    const { byId } = await ordersOf(key);
    expect(byId['DEC-1'].amount).toBe('0.10');
    expect(byId['DEC-2'].amount).toBe('0.20');
    expect(byId['DEC-3'].amount).toBe('19.99');
    // The largest amount the column holds (12 integer digits), to the cent: a double would still print it, but
    // the sum below would not be exact.
    expect(byId['DEC-4'].amount).toBe('999999999999.99');
    expect(byId['DEC-5'].amount).toBe('-0.01');
    // 0.1 + 0.2 = 0.30 exactly (a float sum would be 0.30000000000000004).
    const d1 = await app.request(CustomerByExternalIdDocument, { externalId: 'D1' }, key);
    expect(d1.body.data?.customer.stats.revenue).toBe('0.30');
    // Revenue counts completed orders with a positive amount, so DEC-5 (−0.01) is left out:
    // 19.99 + 999999999999.99 = 1000000000019.98 (15 significant digits, summed exactly).
    const d2 = await app.request(CustomerByExternalIdDocument, { externalId: 'D2' }, key);
    expect(d2.body.data?.customer.stats.revenue).toBe('1000000000019.98');
  });

  it('a dry run reports the counts and writes nothing', async () => {
    const { slug, id, key } = await tenant();
    const rows = [
      ['externalId', 'name', 'email'],
      ['DR1', 'Dry One', 'one@example.com'],
      ['DR2', 'Dry Two', 'not-an-email'],
      ['DR3', 'Dry Three', ''],
    ];
    const file = await files.write('customers-dry.csv', csv(rows));
    const dry = await cli(['import', 'customers', file, '--tenant', slug, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    // DR2's email is refused; the other two would be inserted.
    expect(counts(dry.json)).toEqual({ read: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(dry.json.dryRun).toBe(true);
    expect(await tableCounts(id)).toEqual({ customer: 0, order: 0, feedback: 0, touchpoint: 0, tag: 0, customer_tag: 0 });

    // The real run then inserts the same two.
    const real = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
    expect(counts(real.json)).toEqual({ read: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 });

    // A dry run of a changed file reports the update but leaves the name as it was.
    const changedFile = await files.write('customers-dry2.csv', csv([rows[0], ['DR1', 'Renamed', 'one@example.com'], rows[3]]));
    const dryUpdate = await cli(['import', 'customers', changedFile, '--tenant', slug, '--dry-run', '--json']);
    expect(counts(dryUpdate.json)).toEqual({ read: 2, inserted: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect((await customer('DR1', key)).name).toBe('Dry One');

    // A dry run of tags does not create the tags it names.
    const tagsFile = await files.write('tags-dry.csv', csv([['customerExternalId', 'tagKey', 'tagLabel', 'tagCategory'], ['DR1', 'gold', 'Gold', 'TIER']]));
    const dryTags = await cli(['import', 'tags', tagsFile, '--tenant', slug, '--dry-run', '--json']);
    expect(counts(dryTags.json)).toEqual({ read: 1, inserted: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(await tableCounts(id)).toEqual({ customer: 2, order: 0, feedback: 0, touchpoint: 0, tag: 0, customer_tag: 0 });
  });

  it('rejects orders whose customer does not exist, naming customerExternalId', async () => {
    const { slug, id, key } = await tenant();
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'K1' }] }, key);
    const file = await files.write(
      'orders-ghost.csv',
      csv([
        ['externalId', 'customerExternalId', 'placedAt', 'amount'],
        ['G-1', 'K1', '2026-02-01 10:00:00', '5.00'],
        ['G-2', 'GHOST', '2026-02-01 11:00:00', '6.00'],
      ]),
    );
    const run = await cli(['import', 'orders', file, '--tenant', slug, '--json']);
    expect(run.code).toBe(0);
    expect(counts(run.json)).toEqual({ read: 2, inserted: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(run.json.rejectsFile).toBe(files.path('orders-ghost.rejects.csv'));
    const rejects = parseCsv(await files.read('orders-ghost.rejects.csv'));
    expect(rejects[0]).toEqual(['line', 'field', 'reason', 'externalId', 'customerExternalId', 'placedAt', 'amount']);
    expect(rejects).toHaveLength(2);
    expect(rejects[1].slice(0, 2)).toEqual(['3', 'customerExternalId']);
    expect(rejects[1][2]).toContain('"GHOST"');
    expect(rejects[1].slice(3)).toEqual(['G-2', 'GHOST', '2026-02-01 11:00:00', '6.00']);
    expect(await tableCounts(id)).toMatchObject({ customer: 1, order: 1 });
  });

  it('imports feedback, touchpoints (with journey and stage keys) and tags, each unchanged on a second run', async () => {
    const { slug, id, key } = await tenant();
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'K1' }, { externalId: 'K2' }] }, key);
    const journey = await app.request(
      CreateJourneyDocument,
      { input: { key: 'onboarding', name: 'Onboarding', stages: [{ key: 'signup', name: 'Sign up' }, { key: 'activate', name: 'Activate' }] } },
      key,
    );
    expect(journey.body.errors).toBeUndefined();

    const feedbackFile = await files.write(
      'feedback.csv',
      csv([
        ['externalId', 'customerExternalId', 'kind', 'score', 'comment', 'channel', 'receivedAt', 'journeyKey', 'stageKey'],
        ['F1', 'K1', 'NPS', '9', 'Great, fast delivery', 'email', '2026-02-01 10:00:00', 'onboarding', 'signup'],
        ['F2', 'K2', 'CSAT', '4', '', 'web', '2026-02-02 11:00:00', '', ''],
        ['', '', 'COMPLAINT', '', 'Anonymous complaint', 'phone', '2026-02-03 12:00:00', '', ''],
      ]),
    );
    const feedback = await cli(['import', 'feedback', feedbackFile, '--tenant', slug, '--json']);
    expect(feedback.code).toBe(0);
    expect(counts(feedback.json)).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    const feedbackPage = await app.request(ImportedFeedbackDocument, { first: 10 }, key);
    expect(feedbackPage.body.data?.feedback.totalCount).toBe(3);
    const entries = feedbackPage.body.data!.feedback.edges.map((edge) => edge.node);
    expect(entries.find((entry) => entry.externalId === 'F1')).toMatchObject({
      kind: 'NPS',
      score: 9,
      comment: 'Great, fast delivery',
      channel: 'email',
      receivedAt: '2026-02-01T10:00:00.000Z',
      status: 'OPEN',
      customer: { externalId: 'K1' },
      stage: { key: 'signup' },
    });
    expect(entries.find((entry) => entry.kind === 'COMPLAINT')).toMatchObject({ score: null, comment: 'Anonymous complaint', customer: null });
    const feedbackAgain = await cli(['import', 'feedback', feedbackFile, '--tenant', slug, '--json']);
    // The anonymous row has no external id: one derived from its content matches it again.
    expect(counts(feedbackAgain.json)).toEqual({ read: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });

    const touchpointsFile = await files.write(
      'touchpoints.csv',
      csv([
        ['customerExternalId', 'journeyKey', 'stageKey', 'occurredAt', 'channel', 'action', 'emotion'],
        ['K1', 'onboarding', 'signup', '2026-02-01 09:00:00', 'web', 'visited pricing', '1'],
        ['K1', 'onboarding', 'activate', '2026-02-01 09:30:00', 'app', 'first login', '2'],
        ['K2', '', '', '2026-02-02 10:00:00', 'store', 'asked a question', '-1'],
      ]),
    );
    const touchpoints = await cli(['import', 'touchpoints', touchpointsFile, '--tenant', slug, '--json']);
    expect(touchpoints.code).toBe(0);
    expect(counts(touchpoints.json)).toEqual({ read: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    const touchpointPage = await app.request(ImportedTouchpointsDocument, {}, key);
    expect(touchpointPage.body.data?.touchpoints.totalCount).toBe(3);
    const byAction = Object.fromEntries(touchpointPage.body.data!.touchpoints.edges.map((edge) => [edge.node.action, edge.node]));
    expect(byAction['visited pricing']).toMatchObject({ channel: 'web', emotion: 1, occurredAt: '2026-02-01T09:00:00.000Z', journey: { key: 'onboarding' }, stage: { key: 'signup' }, customer: { externalId: 'K1' } });
    expect(byAction['first login']).toMatchObject({ emotion: 2, journey: { key: 'onboarding' }, stage: { key: 'activate' } });
    expect(byAction['asked a question']).toMatchObject({ emotion: -1, journey: null, stage: null, customer: { externalId: 'K2' } });
    const touchpointsAgain = await cli(['import', 'touchpoints', touchpointsFile, '--tenant', slug, '--json']);
    expect(counts(touchpointsAgain.json)).toEqual({ read: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });

    const tagsFile = await files.write(
      'tags.csv',
      csv([
        ['customerExternalId', 'tagKey', 'tagLabel', 'tagCategory', 'score'],
        ['K1', 'vip', 'VIP', 'TIER', '0.9'],
        ['K2', 'vip', 'VIP', 'TIER', ''],
        ['K2', 'churn-risk', 'Churn risk', 'PREDICTIVE', '0.75'],
        ['K1', 'ghost-tag', '', '', ''],
      ]),
    );
    const tags = await cli(['import', 'tags', tagsFile, '--tenant', slug, '--json']);
    expect(tags.code).toBe(0);
    // ghost-tag does not exist and the line gives no label and category to create it.
    expect(counts(tags.json)).toEqual({ read: 4, inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
    const tagRejects = parseCsv(await files.read('tags.rejects.csv'));
    expect(tagRejects.slice(1).map((row) => row.slice(0, 2))).toEqual([['5', 'tagKey']]);
    const tagPage = await app.request(ImportedTagsDocument, {}, key);
    expect(tagPage.body.data?.tags.edges.map((edge) => edge.node).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'churn-risk', label: 'Churn risk', category: 'PREDICTIVE' },
      { key: 'vip', label: 'VIP', category: 'TIER' },
    ]);
    const k1 = await customer('K1', key);
    expect(k1.tags).toHaveLength(1);
    expect(k1.tags[0]).toMatchObject({ key: 'vip', label: 'VIP', category: 'TIER', source: 'IMPORT' });
    expect(Number(k1.tags[0].score)).toBe(0.9);
    const k2 = await customer('K2', key);
    expect(k2.tags.map((tag) => tag.key).sort()).toEqual(['churn-risk', 'vip']);
    const tagsAgain = await cli(['import', 'tags', tagsFile, '--tenant', slug, '--json']);
    expect(counts(tagsAgain.json)).toEqual({ read: 4, inserted: 0, updated: 0, unchanged: 3, rejected: 1 });

    expect(await tableCounts(id)).toEqual({ customer: 2, order: 0, feedback: 3, touchpoint: 3, tag: 2, customer_tag: 3 });
  });

  it('leaves list and JSON fields at their defaults when their CSV cells are empty', async () => {
    const { slug, key } = await tenant();
    const file = await files.write(
      'customers-empty-cells.csv',
      csv([
        ['externalId', 'name', 'sourceSystems', 'attributes'],
        ['E1', 'Filled', 'web|crm', '{"tier":"gold"}'],
        ['E2', 'Empty cells', '', ''],
      ]),
    );
    const run = await cli(['import', 'customers', file, '--tenant', slug, '--json']);
    expect(run.json.error).toBeUndefined();
    expect(run.code).toBe(0);
    expect(counts(run.json)).toEqual({ read: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(await customer('E1', key)).toMatchObject({ sourceSystems: ['web', 'crm'], attributes: { tier: 'gold' } });
    expect(await customer('E2', key)).toMatchObject({ name: 'Empty cells', sourceSystems: [], attributes: {} });
  });
});
