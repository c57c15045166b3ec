import type pg from 'pg';
import { bulkInsert, timeColumn, timeOrderedId, type BulkColumn } from './demo-bulk-insert.js';
import { centsToDecimal, type DemoCustomer, type DemoPeriod, type OrderChannel } from './demo-customers.js';
import { DAY, SeededRandom, wholeSeconds } from './demo-random.js';

export type OrderStatus = 'COMPLETED' | 'CANCELLED' | 'REFUNDED';

export interface DemoOrder {
  id: string;
  externalId: string;
  customer: DemoCustomer;
  placedAt: number;
  amountCents: number;
  channel: OrderChannel;
  status: OrderStatus;
  itemCount: number;
}

/** What later generators need to know about a customer's purchases. */
export interface PurchaseSummary {
  firstOrderAt: number;
  lastOrderAt: number;
  completedOrders: number;
  revenueCents: number;
  revenueLastYearCents: number;
  channels: Set<OrderChannel>;
}

const ORDER_CHANNELS: readonly OrderChannel[] = ['web', 'app', 'store', 'marketplace'];
const MONTH = 30.4 * DAY;
// Relative demand per calendar month (January first): a holiday peak and a post-holiday dip.
const SEASONALITY = [0.8, 0.8, 0.9, 0.9, 0.95, 0.9, 0.9, 0.95, 1, 1.05, 1.25, 1.45];
const PEAK_SEASONALITY = Math.max(...SEASONALITY);

/**
 * Orders for every buyer: a first order shortly after signup, then a Poisson process at the
 * buyer's own rate (Pareto across buyers, so a few buy very often), thinned by season, until the
 * buyer churns or the period ends. Ids and external ids follow placement time.
 */
export function generateOrders(customers: readonly DemoCustomer[], period: DemoPeriod, random: SeededRandom): DemoOrder[] {
  const orders: DemoOrder[] = [];
  for (const customer of customers) {
    if (customer.profile.isProspect) continue;
    orders.push(...ordersOfCustomer(customer, period, random));
  }
  orders.sort((left, right) => left.placedAt - right.placedAt);
  orders.forEach((order, index) => {
    order.id = timeOrderedId(order.placedAt);
    order.externalId = `O${String(index + 1).padStart(7, '0')}`;
  });
  return orders;
}

function ordersOfCustomer(customer: DemoCustomer, period: DemoPeriod, random: SeededRandom): DemoOrder[] {
  const profile = customer.profile;
  const remaining = period.end - customer.firstSeenAt;
  // Most buyers order within days of signing up; never after asOf.
  const firstOrderAt = customer.firstSeenAt + Math.min(random.exponential(4 * DAY), remaining * random.between(0.2, 0.9));
  const stopAt = Math.min(firstOrderAt + profile.lifetimeDays * DAY, period.end);
  const orders = [buildOrder(customer, firstOrderAt, true, random)];
  let placedAt = firstOrderAt;
  for (;;) {
    placedAt += random.exponential(MONTH / profile.monthlyOrderRate);
    if (placedAt >= stopAt) break;
    const seasonality = SEASONALITY[new Date(placedAt).getUTCMonth()]!;
    if (!random.chance(seasonality / PEAK_SEASONALITY)) continue;
    orders.push(buildOrder(customer, placedAt, false, random));
  }
  return orders;
}

function buildOrder(customer: DemoCustomer, placedAt: number, isFirst: boolean, random: SeededRandom): DemoOrder {
  const month = new Date(placedAt).getUTCMonth();
  const holidayUplift = month === 10 || month === 11 ? 1.15 : 1;
  const amountCents = Math.max(499, Math.round(random.logNormal(customer.profile.basketValueCents, 0.35) * holidayUplift));
  return {
    id: '',
    externalId: '',
    customer,
    placedAt: wholeSeconds(placedAt),
    amountCents,
    channel: random.chance(0.75) ? customer.profile.preferredChannel : random.pick(ORDER_CHANNELS),
    status: orderStatus(customer, isFirst, random),
    itemCount: Math.max(1, Math.round(amountCents / random.logNormal(2800, 0.4))),
  };
}

// Unhappy customers cancel and return more; a first order is nearly always kept.
function orderStatus(customer: DemoCustomer, isFirst: boolean, random: SeededRandom): OrderStatus {
  const unhappiness = Math.max(0, -customer.profile.satisfaction);
  const cancelled = isFirst ? 0.015 : 0.04 + 0.04 * unhappiness;
  const refunded = isFirst ? 0.015 : 0.03 + 0.06 * unhappiness;
  return random.weighted<OrderStatus>([['CANCELLED', cancelled], ['REFUNDED', refunded], ['COMPLETED', 1 - cancelled - refunded]]);
}

/** Per customer id: first and last order (any status) and revenue of completed orders. */
export function summarizePurchases(orders: readonly DemoOrder[], period: DemoPeriod): Map<string, PurchaseSummary> {
  const summaries = new Map<string, PurchaseSummary>();
  const yearAgo = period.end - 365 * DAY;
  for (const order of orders) {
    let summary = summaries.get(order.customer.id);
    if (!summary) {
      summary = emptySummary(order.placedAt);
      summaries.set(order.customer.id, summary);
    }
    summary.lastOrderAt = Math.max(summary.lastOrderAt, order.placedAt);
    summary.channels.add(order.channel);
    if (order.status !== 'COMPLETED') continue;
    summary.completedOrders += 1;
    summary.revenueCents += order.amountCents;
    if (order.placedAt >= yearAgo) summary.revenueLastYearCents += order.amountCents;
  }
  return summaries;
}

function emptySummary(firstOrderAt: number): PurchaseSummary {
  return { firstOrderAt, lastOrderAt: firstOrderAt, completedOrders: 0, revenueCents: 0, revenueLastYearCents: 0, channels: new Set() };
}

const ORDER_COLUMNS: ReadonlyArray<BulkColumn<DemoOrder>> = [
  { name: 'id', type: 'uuid', value: (order) => order.id },
  { name: 'external_id', type: 'text', value: (order) => order.externalId },
  { name: 'customer_id', type: 'uuid', value: (order) => order.customer.id },
  timeColumn('placed_at', (order) => order.placedAt),
  { name: 'amount', type: 'numeric', value: (order) => centsToDecimal(order.amountCents) },
  { name: 'currency', type: 'text', value: () => 'USD' },
  // The base currency is USD and every demo order is paid in it, so the original amount is the amount.
  { name: 'original_amount', type: 'numeric', value: (order) => centsToDecimal(order.amountCents) },
  { name: 'channel', type: 'text', value: (order) => order.channel },
  { name: 'status', type: 'text', value: (order) => order.status },
  { name: 'item_count', type: 'integer', value: (order) => order.itemCount },
  // Recorded when placed, so no demo timestamp lies after asOf.
  timeColumn('created_at', (order) => order.placedAt),
];

export function insertOrders(client: pg.ClientBase, tenantId: string, orders: readonly DemoOrder[]): Promise<number> {
  return bulkInsert(client, '"order"', tenantId, ORDER_COLUMNS, orders);
}
