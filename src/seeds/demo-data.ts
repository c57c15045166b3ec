import type pg from 'pg';
import { assignWalletEstimates, generateCustomers, insertCustomers, type DemoCustomer, type DemoPeriod } from './demo-customers.js';
import type { DemoFeedback } from './demo-feedback-cases.js';
import { FeedbackGenerator, insertFeedback } from './demo-feedback.js';
import { generateJourneys, insertJourneys, type DemoJourneys } from './demo-journeys.js';
import { generateOrders, insertOrders, summarizePurchases, type DemoOrder } from './demo-orders.js';
import { SeededRandom } from './demo-random.js';
import { generateTags, insertTags, TagAssigner, type DemoCustomerTag, type DemoTag } from './demo-tags.js';
import { insertTouchpoints, TouchpointGenerator, type DemoTouchpoint } from './demo-touchpoints.js';

export interface DemoDataOptions {
  /** Number of customers; about 15% of them are prospects without orders. */
  customers: number;
  seed: number;
  /** The instant the data ends at: nothing happens after it, history reaches 18 months back. */
  asOf: Date;
}

export const DEFAULT_DEMO_DATA: DemoDataOptions = {
  customers: 5000,
  seed: 42,
  asOf: new Date('2026-11-01T00:00:00Z'),
};

export interface DemoDataCounts {
  customers: number;
  tags: number;
  customerTags: number;
  orders: number;
  journeys: number;
  stages: number;
  touchpoints: number;
  feedback: number;
}

/** Everything the demo inserts, generated in memory first so it is independent of the database. */
export interface DemoDataset {
  period: DemoPeriod;
  customers: DemoCustomer[];
  tags: DemoTag[];
  customerTags: DemoCustomerTag[];
  orders: DemoOrder[];
  journeys: DemoJourneys;
  touchpoints: DemoTouchpoint[];
  feedback: DemoFeedback[];
}

const HISTORY_MONTHS = 18;

/**
 * Seeds one tenant with a realistic, reproducible customer-experience dataset: the same options
 * give the same values, counts and times (only the UUIDs differ). Runs in one transaction it
 * opens itself on `client`, with app.tenant_id set so row-level security accepts the rows.
 */
export async function seedDemoData(client: pg.ClientBase, tenantId: string, options: DemoDataOptions): Promise<DemoDataCounts> {
  const dataset = generateDemoDataset(options);
  await client.query('begin');
  try {
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const counts = await insertDataset(client, tenantId, dataset);
    await client.query('commit');
    return counts;
  } catch (error) {
    // The original error matters more than a failed rollback on a broken connection.
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

export function generateDemoDataset(options: DemoDataOptions): DemoDataset {
  const period = demoPeriod(options);
  const stream = (label: string) => SeededRandom.derive(options.seed, label);
  const customers = generateCustomers(options.customers, period, stream('customers'));
  const orders = generateOrders(customers, period, stream('orders'));
  const summaries = summarizePurchases(orders, period);
  const yearlySpend = new Map([...summaries].map(([customerId, summary]) => [customerId, summary.revenueLastYearCents]));
  assignWalletEstimates(customers, yearlySpend, stream('wallets'));

  const tags = generateTags();
  const tagAssigner = new TagAssigner(tags, period, stream('tags'));
  tagAssigner.assign(customers, summaries);

  const journeys = generateJourneys();
  const touchpointGenerator = new TouchpointGenerator(journeys, period, stream('touchpoints'));
  touchpointGenerator.generate(customers, ordersByCustomer(orders));

  const feedbackGenerator = new FeedbackGenerator(journeys, period, stream('feedback'));
  feedbackGenerator.generate(customers, orders, summaries, touchpointGenerator.supportEpisodes);

  return {
    period,
    customers,
    tags,
    customerTags: tagAssigner.assignments,
    orders,
    journeys,
    touchpoints: touchpointGenerator.touchpoints,
    feedback: feedbackGenerator.feedback,
  };
}

function demoPeriod(options: DemoDataOptions): DemoPeriod {
  if (!Number.isInteger(options.customers) || options.customers < 1) {
    throw new RangeError(`customers must be a positive integer, got ${options.customers}`);
  }
  const end = options.asOf.getTime();
  if (Number.isNaN(end)) throw new RangeError('asOf is not a valid date');
  const start = new Date(end);
  start.setUTCMonth(start.getUTCMonth() - HISTORY_MONTHS);
  return { start: start.getTime(), end };
}

function ordersByCustomer(orders: readonly DemoOrder[]): Map<string, DemoOrder[]> {
  const byCustomer = new Map<string, DemoOrder[]>();
  for (const order of orders) {
    const list = byCustomer.get(order.customer.id);
    if (list) list.push(order);
    else byCustomer.set(order.customer.id, [order]);
  }
  return byCustomer;
}

// Parents before children: the composite foreign keys are checked row by row.
async function insertDataset(client: pg.ClientBase, tenantId: string, dataset: DemoDataset): Promise<DemoDataCounts> {
  const customers = await insertCustomers(client, tenantId, dataset.customers);
  const [tags, customerTags] = await insertTags(client, tenantId, dataset.tags, dataset.customerTags);
  const orders = await insertOrders(client, tenantId, dataset.orders);
  const [journeys, stages] = await insertJourneys(client, tenantId, dataset.journeys, dataset.period);
  const touchpoints = await insertTouchpoints(client, tenantId, dataset.touchpoints);
  const feedback = await insertFeedback(client, tenantId, dataset.feedback);
  return { customers, tags, customerTags, orders, journeys, stages, touchpoints, feedback };
}
