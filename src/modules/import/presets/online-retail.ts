import { badInput } from '../../../common/errors.js';
import type { TenantScope } from '../../../context.js';
import { OrderStatus } from '../../order/order.enums.js';
import type { SourceRecord } from '../import-source.js';
import type { ImportPreset, ImportUnit, SideCounts, UnitBuilder } from '../import-units.js';
import type { Reject } from '../rejects.js';
import { TimestampParser } from '../timestamps.js';

const COLUMNS = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'] as const;

/**
 * How many invoices stay open for more lines. The file groups an invoice's lines together;
 * an invoice that reappears within this many later invoices is still merged (the UCI file has
 * one, two invoices later), one that reappears after its order was written is refused.
 */
const OPEN_INVOICES = 64;

/** Prices carry up to 4 decimals; amounts are summed exactly in ten-thousandths. */
const PRICE_SCALE = 10_000;

/**
 * The UCI "Online Retail" invoice lines (InvoiceNo, StockCode, Description, Quantity,
 * InvoiceDate, UnitPrice, CustomerID, Country) as orders: one order per invoice.
 */
export const ONLINE_RETAIL_PRESET: ImportPreset = {
  name: 'online-retail',
  entity: 'orders',
  description:
    'UCI Online Retail invoice lines → one order per InvoiceNo: amount = Σ Quantity × UnitPrice, placed at InvoiceDate, ' +
    'currency GBP, channel web, item count Σ |Quantity|; invoices starting with C are CANCELLED; customers are created from ' +
    'CustomerID ("17850.0" → "17850") with Country as region; lines without a CustomerID are rejected.',
  builder(header, timeZone) {
    const missing = COLUMNS.filter((column) => !header.includes(column));
    if (missing.length > 0) throw badInput('file', `is not an online-retail file: the header lacks ${missing.join(', ')}`);
    return new InvoiceBuilder(Object.fromEntries(COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<(typeof COLUMNS)[number], number>, new TimestampParser(timeZone));
  },
  beforeWrite: createCustomersOfInvoices,
};

interface InvoiceLine {
  record: SourceRecord;
  error?: { field: string; reason: string };
}

interface Invoice {
  number: string;
  lines: InvoiceLine[];
  customerIds: Set<string>;
  country: string;
  placedAt?: Date;
  /** Σ Quantity × UnitPrice in ten-thousandths of the currency unit. */
  amount: number;
  items: number;
}

class InvoiceBuilder implements UnitBuilder {
  private readonly open = new Map<string, Invoice>();
  private readonly written = new Set<string>();

  constructor(
    private readonly column: Record<(typeof COLUMNS)[number], number>,
    private readonly timestamps: TimestampParser,
  ) {}

  add(record: SourceRecord) {
    const values = record.values.kind === 'csv' ? record.values.values : [];
    if (values.length !== COLUMNS.length) {
      return { units: [], rejects: [{ line: record.line, field: 'line', reason: `has ${values.length} fields, the header has ${COLUMNS.length}`, raw: record.raw }] };
    }
    const number = values[this.column.InvoiceNo].trim();
    if (!number) return { units: [], rejects: [{ line: record.line, field: 'InvoiceNo', reason: 'is empty', raw: record.raw }] };
    if (this.written.has(number)) {
      return { units: [], rejects: [{ line: record.line, field: 'InvoiceNo', reason: `invoice ${number} reappears after its order was written; keep an invoice's lines together`, raw: record.raw }] };
    }
    let invoice = this.open.get(number);
    if (!invoice) {
      invoice = { number, lines: [], customerIds: new Set(), country: '', amount: 0, items: 0 };
      this.open.set(number, invoice);
    }
    this.addLine(invoice, record, values);
    const closed = { units: [] as ImportUnit[], rejects: [] as Reject[] };
    while (this.open.size > OPEN_INVOICES) this.close(this.open.keys().next().value as string, closed);
    return closed;
  }

  finish() {
    const closed = { units: [] as ImportUnit[], rejects: [] as Reject[] };
    for (const number of [...this.open.keys()]) this.close(number, closed);
    return closed;
  }

  private addLine(invoice: Invoice, record: SourceRecord, values: string[]): void {
    const line: InvoiceLine = { record };
    invoice.lines.push(line);
    const customerId = values[this.column.CustomerID].trim().replace(/^(\d+)\.0*$/, '$1');
    const quantity = Number(values[this.column.Quantity]);
    const price = parsePrice(values[this.column.UnitPrice]);
    const placedAt = this.timestamps.parse(values[this.column.InvoiceDate]);
    if (!customerId) line.error = { field: 'CustomerID', reason: 'is empty: an order needs a customer' };
    else if (!/^[A-Za-z0-9._-]{1,200}$/.test(customerId)) line.error = { field: 'CustomerID', reason: `"${customerId}" is not a customer id` };
    else if (!Number.isInteger(quantity) || values[this.column.Quantity].trim() === '') line.error = { field: 'Quantity', reason: `"${values[this.column.Quantity]}" is not a whole number` };
    else if (price === undefined) line.error = { field: 'UnitPrice', reason: `"${values[this.column.UnitPrice]}" is not a decimal number with at most 4 decimals` };
    else if (!placedAt) line.error = { field: 'InvoiceDate', reason: `"${values[this.column.InvoiceDate]}" is not a date-time (expected YYYY-MM-DD HH:mm:ss)` };
    if (line.error) return;
    invoice.customerIds.add(customerId);
    invoice.country = values[this.column.Country].trim();
    invoice.placedAt ??= placedAt;
    invoice.amount += quantity * (price as number);
    invoice.items += Math.abs(quantity);
  }

  private close(number: string, closed: { units: ImportUnit[]; rejects: Reject[] }): void {
    const invoice = this.open.get(number) as Invoice;
    this.open.delete(number);
    this.written.add(detached(number));
    const failed = invoice.lines.find((line) => line.error);
    const reason = failed
      ? `invoice ${number} is refused because its line ${failed.record.line} is (${failed.error?.field}: ${failed.error?.reason})`
      : invoice.customerIds.size > 1
        ? `invoice ${number} names several customers (${[...invoice.customerIds].join(', ')})`
        : undefined;
    if (reason) {
      for (const line of invoice.lines) {
        closed.rejects.push({
          line: line.record.line,
          field: line.error?.field ?? (failed ? 'InvoiceNo' : 'CustomerID'),
          reason: line.error?.reason ?? reason,
          raw: line.record.raw,
        });
      }
      return;
    }
    const amount = formatAmount(invoice.amount);
    closed.units.push({
      lines: invoice.lines.map((line) => line.record.line),
      raws: invoice.lines.map((line) => line.record.raw),
      input: {
        externalId: number,
        customerExternalId: [...invoice.customerIds][0],
        placedAt: invoice.placedAt,
        amount,
        currency: 'GBP',
        originalAmount: amount,
        channel: 'web',
        status: number.startsWith('C') ? OrderStatus.CANCELLED : OrderStatus.COMPLETED,
        itemCount: invoice.items,
        region: invoice.country || null,
      },
    });
  }
}

function parsePrice(text: string): number | undefined {
  const match = /^\s*(-?)(\d+)(?:\.(\d{1,4}))?\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[2]) * PRICE_SCALE + Number((match[3] ?? '').padEnd(4, '0'));
  return match[1] === '-' ? -value : value;
}

/** Ten-thousandths to a 2-decimal amount, rounding half away from zero. */
export function formatAmount(tenThousandths: number): string {
  const sign = tenThousandths < 0 ? '-' : '';
  const cents = Math.round(Math.abs(tenThousandths) / 100);
  return `${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * Creates the customers the batch's invoices name, with the invoice's country as region.
 * Existing customers are left as they are, so a second run changes nothing.
 */
async function createCustomersOfInvoices(scope: TenantScope, units: ImportUnit[]): Promise<SideCounts> {
  const regionByCustomer = new Map<string, string | null>();
  for (const unit of units) {
    const id = String(unit.input.customerExternalId);
    if (!regionByCustomer.has(id)) regionByCustomer.set(id, (unit.input.region as string | null) ?? null);
  }
  const ids = [...regionByCustomer.keys()];
  const created = await scope.sql.rows<{ external_id: string }>(
    `insert into customer (tenant_id, external_id, region)
     select ?, external_id, region from unnest(?::text[], ?::text[]) as incoming(external_id, region)
     on conflict (tenant_id, external_id) do nothing
     returning external_id`,
    [scope.tenantId, ids, ids.map((id) => regionByCustomer.get(id))],
  );
  return { inserted: created.length, unchanged: ids.length - created.length };
}

/**
 * A copy of a short string that no longer points into the chunk of the file it was cut from
 * (V8 keeps sliced strings' parents alive), so remembering keys does not keep the file in memory.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
