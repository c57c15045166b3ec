import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ImportedCustomerDocument, ImportedCustomersDocument, ImportedOrdersDocument, RfmAllScoresDocument, type RfmAllScoresQuery } from '../generated/graphql.js';
import { cli, counts, createTenant, parseCsv, sql, TempDir } from '../fixtures/import/import-helpers.js';
import { TestApp, type GraphQLResponse } from '../support/test-app.js';

// CI has shared/ beside the repository.
const RETAIL = path.resolve('../shared/data/online-retail.csv.gz');

/*
 * Figures of the file, counted with Python's csv module over the gzipped file (independently of
 * the importer) and matching the published description of the UCI "Online Retail" data set:
 *   541,909 lines after the header; 135,080 of them have no CustomerID;
 *   25,900 invoices, of which 3,710 have no CustomerID on any line (no invoice mixes lines with
 *   and without one, and none names two customers): 22,190 invoices (406,829 lines) with a
 *   customer, 3,654 of them cancellations (number starting with "C");
 *   4,372 distinct customers.
 * 406,829 + 135,080 = 541,909.
 */
const LINES = 541_909;
const LINES_WITHOUT_CUSTOMER = 135_080;
const LINES_WITH_CUSTOMER = 406_829;
const ORDERS = 22_190;
const CANCELLATIONS = 3_654;
const CUSTOMERS = 4_372;

describe('the online-retail preset on the whole UCI file', () => {
  let app: TestApp;
  let files: TempDir;
  /** The tenant the first test imported into, for the RFM test. */
  let imported: { id: string } | undefined;
  beforeAll(async () => {
    app = await TestApp.start();
    files = await TempDir.create('import-retail');
  });
  afterAll(async () => {
    await app.stop();
    await files.remove();
  });

  it('loads every line or rejects it with a reason, and a second run finds everything unchanged', async () => {
    const { slug, id } = await createTenant(app.orm, { timeZone: 'Europe/London', baseCurrency: 'GBP', prefix: 'retail' });
    imported = { id };
    const key = await app.keyFor(id, ['customers:read']);
    // The rejects go to a temporary file: the default (beside the input) is the shared data folder.
    const rejectsFile = files.path('retail.rejects.csv');
    const args = ['import', 'orders', RETAIL, '--preset', 'online-retail', '--tenant', slug, '--rejects', rejectsFile, '--json'];

    const first = await cli(args, 170_000);
    expect(first.json.error).toBeUndefined();
    expect(first.code).toBe(0);
    expect(first.json.read).toBe(LINES);
    expect(first.json.inserted + first.json.updated + first.json.unchanged + first.json.rejected).toBe(LINES);
    expect(first.json.rejected).toBeGreaterThan(0);
    expect(first.json.customersCreated).toBeGreaterThan(0);
    expect(counts(first.json)).toEqual({ read: LINES, inserted: LINES_WITH_CUSTOMER, updated: 0, unchanged: 0, rejected: LINES_WITHOUT_CUSTOMER });
    expect(first.json).toMatchObject({ entity: 'orders', preset: 'online-retail', customersCreated: CUSTOMERS, rejectsFile });

    const [orderCounts] = await sql<{ orders: string; cancelled: string; currencies: string[] }>(
      `select count(*) as orders, count(*) filter (where status = 'CANCELLED') as cancelled, array_agg(distinct currency) as currencies
         from "order" where tenant_id = $1`,
      [id],
    );
    expect(orderCounts).toEqual({ orders: String(ORDERS), cancelled: String(CANCELLATIONS), currencies: ['GBP'] });
    const customers = await app.request(ImportedCustomersDocument, { first: 1 }, key);
    expect(customers.body.data?.customers.totalCount).toBe(CUSTOMERS);

    // Customer 17850 ("17850.0" in the file), from the United Kingdom.
    const customer = await app.request(ImportedCustomerDocument, { externalId: '17850' }, key);
    expect(customer.body.errors).toBeUndefined();
    expect(customer.body.data?.customer).toMatchObject({ externalId: '17850', region: 'United Kingdom' });

    // Invoice 536365, the first 7 lines of the file (2010-12-01 08:26:00, customer 17850.0):
    //   6 × 2.55 = 15.30   6 × 3.39 = 20.34   8 × 2.75 = 22.00   6 × 3.39 = 20.34
    //   6 × 3.39 = 20.34   2 × 7.65 = 15.30   6 × 4.25 = 25.50
    //   amount = 15.30 + 20.34 + 22.00 + 20.34 + 20.34 + 15.30 + 25.50 = 139.12
    //   items  = 6 + 6 + 8 + 6 + 6 + 2 + 6 = 40
    // London is on GMT in December: 08:26 → 08:26Z.
    const orders17850 = await app.request(ImportedOrdersDocument, { first: 1000, filter: { customerExternalId: '17850' } }, key);
    expect(orders17850.body.errors).toBeUndefined();
    const invoice = orders17850.body.data?.orders.edges.map((edge) => edge.node).find((order) => order.externalId === '536365');
    expect(invoice).toEqual({
      externalId: '536365',
      amount: '139.12',
      currency: 'GBP',
      originalAmount: '139.12',
      status: 'COMPLETED',
      channel: 'web',
      itemCount: 40,
      placedAt: '2010-12-01T08:26:00.000Z',
      customer: { externalId: '17850', region: 'United Kingdom' },
    });

    // Invoice 555156 (2 lines, 2011-06-01 07:37:00, customer 15643.0): 6 × 3.75 + 1 × 16.95 = 22.50 + 16.95 = 39.45.
    // London is on BST (+01:00) in June: 07:37 → 06:37Z.
    const orders15643 = await app.request(ImportedOrdersDocument, { first: 1000, filter: { customerExternalId: '15643' } }, key);
    const summer = orders15643.body.data?.orders.edges.map((edge) => edge.node).find((order) => order.externalId === '555156');
    expect(summer).toMatchObject({ amount: '39.45', itemCount: 7, status: 'COMPLETED', placedAt: '2011-06-01T06:37:00.000Z' });

    // C536379, a cancellation of one line: -1 × 27.5 = -27.50, customer 14527.0, 2010-12-01 09:41:00.
    const orders14527 = await app.request(ImportedOrdersDocument, { first: 1000, filter: { customerExternalId: '14527' } }, key);
    const cancellation = orders14527.body.data?.orders.edges.map((edge) => edge.node).find((order) => order.externalId === 'C536379');
    expect(cancellation).toMatchObject({ status: 'CANCELLED', amount: '-27.50', itemCount: 1, placedAt: '2010-12-01T09:41:00.000Z' });

    // The rejects: every line without a CustomerID, with the original columns. The first is line 624
    // (invoice 536414, a single line with no CustomerID).
    const rejects = parseCsv(await files.read('retail.rejects.csv'));
    expect(rejects[0]).toEqual(['line', 'field', 'reason', 'InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
    expect(rejects).toHaveLength(1 + LINES_WITHOUT_CUSTOMER);
    expect(rejects.slice(1).every((row) => row[1] === 'CustomerID' && row[9] === '')).toBe(true);
    const line624 = rejects.find((row) => row[0] === '624');
    expect(line624).toBeDefined();
    expect(line624![1]).toBe('CustomerID');
    expect(line624![2]).toMatch(/empty/);
    expect(line624!.slice(3)).toEqual(['536414', '22139', '', '56', '2010-12-01 11:52:00', '0.0', '', 'United Kingdom']);

    // Second run: nothing new, nothing changed, the same lines rejected.
    const second = await cli(args, 170_000);
    expect(second.code).toBe(0);
    expect(counts(second.json)).toEqual({ read: LINES, inserted: 0, updated: 0, unchanged: first.json.inserted, rejected: first.json.rejected });
    expect(second.json.customersCreated).toBe(0);
    const [after] = await sql<{ orders: string; customers: string }>(
      `select (select count(*) from "order" where tenant_id = $1) as orders, (select count(*) from customer where tenant_id = $1) as customers`,
      [id],
    );
    expect(after).toEqual({ orders: String(ORDERS), customers: String(CUSTOMERS) });
  }, 180_000);

  it('gives RFM as of 2011-12-11 over all history that matches a computation over the raw invoice lines', async () => {
    expect(imported).toBeDefined();
    const key = await app.keyFor(imported!.id, ['analytics:read']);
    const asOf = new Date('2011-12-11T00:00:00Z');
    const input = { asOf: asOf.toISOString(), from: '2010-01-01T00:00:00Z' };

    const scores: { externalId: string; recency: number; frequency: number; monetary: string; r: number; f: number; m: number; segment: string }[] = [];
    let after: string | null | undefined = null;
    let summary: { customerCount: number; thresholds?: { recency: number[]; frequency: number[]; monetary: number[] } | null; segments: { customers: number }[] } | undefined;
    do {
      const page: GraphQLResponse<RfmAllScoresQuery> = await app.request(RfmAllScoresDocument, { input, first: 1000, after }, key);
      expect(page.body.errors).toBeUndefined();
      summary = page.body.data!.rfm;
      scores.push(...page.body.data!.rfm.customers.edges.map((edge) => edge.node));
      after = page.body.data!.rfm.customers.pageInfo.hasNextPage ? page.body.data!.rfm.customers.pageInfo.endCursor : null;
    } while (after);

    const independent = rfmFromRawLines(asOf);
    // One score per buyer, and segment counts that add up to the buyers.
    expect(summary!.customerCount).toBe(independent.buyers.size);
    expect(scores).toHaveLength(independent.buyers.size);
    expect(new Set(scores.map((score) => score.externalId))).toEqual(independent.buyers);
    expect(summary!.segments.reduce((sum, segment) => sum + segment.customers, 0)).toBe(independent.buyers.size);
    for (const edges of Object.values(summary!.thresholds!)) {
      expect(edges).toHaveLength(4);
      edges.forEach((edge, index) => index > 0 && expect(edge).toBeGreaterThanOrEqual(edges[index - 1]));
    }
    expect(scores.every((score) => [score.r, score.f, score.m].every((value) => value >= 1 && value <= 5))).toBe(true);
    // The largest F and M, and customer 12347's R/F/M.
    expect(Math.max(...scores.map((score) => score.frequency))).toBe(independent.maxFrequency);
    expect(Math.max(...scores.map((score) => Math.round(Number(score.monetary) * 100)))).toBe(independent.maxMonetaryCents);
    const customer12347 = scores.find((score) => score.externalId === '12347');
    expect(customer12347).toBeDefined();
    expect([customer12347!.recency, customer12347!.frequency, Math.round(Number(customer12347!.monetary) * 100)]).toEqual(independent.of('12347'));
  }, 60_000);
});

/**
 * RFM measures straight from the CSV, written without the importer or the analytics code: an
 * invoice is the lines sharing InvoiceNo; its amount is Σ Quantity × UnitPrice rounded to cents;
 * it is a purchase when its number does not start with "C" and the amount is positive. Times
 * are London local; the customer compared buys in December (GMT = UTC).
 */
function rfmFromRawLines(asOf: Date) {
  const rows = parseCsv(gunzipSync(readFileSync(RETAIL)).toString('utf8')).slice(1);
  const invoices = new Map<string, { customer: string; tenThousandths: number; at: string }>();
  for (const [invoiceNo, , , quantity, invoiceDate, unitPrice, customerId] of rows) {
    if (!customerId) continue;
    const invoice = invoices.get(invoiceNo) ?? { customer: customerId.replace(/\.0$/, ''), tenThousandths: 0, at: invoiceDate };
    invoice.tenThousandths += Number(quantity) * Math.round(Number(unitPrice) * 10_000);
    if (invoiceDate > invoice.at) invoice.at = invoiceDate;
    invoices.set(invoiceNo, invoice);
  }
  const perCustomer = new Map<string, { orders: number; cents: number; last: string }>();
  for (const [number, invoice] of invoices) {
    const cents = Math.round(invoice.tenThousandths / 100);
    if (number.startsWith('C') || cents <= 0) continue;
    const customer = perCustomer.get(invoice.customer) ?? { orders: 0, cents: 0, last: invoice.at };
    customer.orders += 1;
    customer.cents += cents;
    if (invoice.at > customer.last) customer.last = invoice.at;
    perCustomer.set(invoice.customer, customer);
  }
  const values = [...perCustomer.values()];
  return {
    buyers: new Set(perCustomer.keys()),
    maxFrequency: Math.max(...values.map((value) => value.orders)),
    maxMonetaryCents: Math.max(...values.map((value) => value.cents)),
    of(customerId: string): [number, number, number] {
      const customer = perCustomer.get(customerId)!;
      const last = new Date(customer.last.replace(' ', 'T') + 'Z');
      return [Math.floor((asOf.getTime() - last.getTime()) / 86_400_000), customer.orders, customer.cents];
    },
  };
}
