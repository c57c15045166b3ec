import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { bulkInsert, timeColumn, timeOrderedId, type BulkColumn } from './demo-bulk-insert.js';
import type { DemoCustomer, DemoPeriod } from './demo-customers.js';
import type { PurchaseSummary } from './demo-orders.js';
import { clamp, DAY, HOUR, SeededRandom, wholeSeconds } from './demo-random.js';

export type TagCategory = 'TIER' | 'PREDICTIVE' | 'SPENDING' | 'CREDIT' | 'BEHAVIOR';
export type TagSource = 'MANUAL' | 'RULE' | 'MODEL' | 'IMPORT';

export interface DemoTag {
  id: string;
  key: string;
  label: string;
  category: TagCategory;
  description: string;
}

export interface DemoCustomerTag {
  id: string;
  customer: DemoCustomer;
  tag: DemoTag;
  source: TagSource;
  score: number | null;
  confidence: number | null;
  assignedAt: number;
  expiresAt: number | null;
}

const TAG_CATALOG: ReadonlyArray<Omit<DemoTag, 'id'>> = [
  { key: 'tier.platinum', label: 'Platinum', category: 'TIER', description: 'Top 5% of buyers by revenue in the last 365 days' },
  { key: 'tier.gold', label: 'Gold', category: 'TIER', description: 'Next 15% of buyers by revenue in the last 365 days' },
  { key: 'tier.silver', label: 'Silver', category: 'TIER', description: 'Next 30% of buyers by revenue in the last 365 days' },
  { key: 'predictive.churn_risk_high', label: 'High churn risk', category: 'PREDICTIVE', description: 'Churn model score of 0.7 or more' },
  { key: 'predictive.likely_to_buy', label: 'Likely to buy', category: 'PREDICTIVE', description: 'Purchase propensity model score of 0.7 or more' },
  { key: 'predictive.upsell_candidate', label: 'Upsell candidate', category: 'PREDICTIVE', description: 'Spends a small share of an estimated large wallet' },
  { key: 'spending.big_spender', label: 'Big spender', category: 'SPENDING', description: 'Top 10% average order value among repeat buyers' },
  { key: 'spending.frequent_buyer', label: 'Frequent buyer', category: 'SPENDING', description: '12 or more completed orders' },
  { key: 'spending.value_shopper', label: 'Value shopper', category: 'SPENDING', description: 'Bottom 20% average order value' },
  { key: 'credit.good', label: 'Good credit', category: 'CREDIT', description: 'Credit bureau score of 700 or more' },
  { key: 'credit.fair', label: 'Fair credit', category: 'CREDIT', description: 'Credit bureau score from 600 to 699' },
  { key: 'credit.poor', label: 'Poor credit', category: 'CREDIT', description: 'Credit bureau score below 600' },
  { key: 'behavior.discount_seeker', label: 'Discount seeker', category: 'BEHAVIOR', description: 'Buys mostly with coupons or on sale' },
  { key: 'behavior.omnichannel', label: 'Omnichannel', category: 'BEHAVIOR', description: 'Completed orders in two or more channels' },
  { key: 'behavior.early_adopter', label: 'Early adopter', category: 'BEHAVIOR', description: 'Buys new products at launch' },
];

export function generateTags(): DemoTag[] {
  return TAG_CATALOG.map((tag) => ({ id: randomUUID(), ...tag }));
}

type AssignmentExtra = Partial<Pick<DemoCustomerTag, 'score' | 'confidence' | 'expiresAt'>>;

interface Buyer {
  customer: DemoCustomer;
  summary: PurchaseSummary;
  averageOrderCents: number;
}

/** Assigns tags the way their sources would: monthly rules, a model run, a credit import, staff. */
export class TagAssigner {
  readonly assignments: DemoCustomerTag[] = [];
  private readonly tagsByKey: Map<string, DemoTag>;

  constructor(
    tags: readonly DemoTag[],
    private readonly period: DemoPeriod,
    private readonly random: SeededRandom,
  ) {
    this.tagsByKey = new Map(tags.map((tag) => [tag.key, tag]));
  }

  assign(customers: readonly DemoCustomer[], summaries: ReadonlyMap<string, PurchaseSummary>): void {
    const buyers = customers.flatMap((customer): Buyer[] => {
      const summary = summaries.get(customer.id);
      if (!summary || summary.completedOrders === 0) return [];
      return [{ customer, summary, averageOrderCents: summary.revenueCents / summary.completedOrders }];
    });
    this.tiers(buyers);
    this.spending(buyers);
    this.predictions(customers, summaries);
    this.credit(customers);
    this.behavior(buyers);
    this.assignments.sort((left, right) => left.assignedAt - right.assignedAt);
    for (const assignment of this.assignments) assignment.id = timeOrderedId(assignment.assignedAt);
  }

  private tiers(buyers: readonly Buyer[]): void {
    const ranked = buyers.filter((buyer) => buyer.summary.revenueLastYearCents > 0)
      .sort((left, right) => right.summary.revenueLastYearCents - left.summary.revenueLastYearCents);
    ranked.forEach((buyer, rank) => {
      const share = rank / ranked.length;
      const key = share < 0.05 ? 'tier.platinum' : share < 0.2 ? 'tier.gold' : share < 0.5 ? 'tier.silver' : null;
      if (key) this.add(buyer.customer, key, 'RULE', this.ruleRunTime(buyer.summary.firstOrderAt));
    });
  }

  private spending(buyers: readonly Buyer[]): void {
    const byAverage = [...buyers].sort((left, right) => left.averageOrderCents - right.averageOrderCents);
    const repeatBuyers = byAverage.filter((buyer) => buyer.summary.completedOrders >= 2);
    const bigSpenderFloor = repeatBuyers[Math.floor(repeatBuyers.length * 0.9)]?.averageOrderCents ?? Infinity;
    byAverage.forEach((buyer, rank) => {
      const runAt = this.ruleRunTime(buyer.summary.firstOrderAt);
      if (buyer.summary.completedOrders >= 2 && buyer.averageOrderCents >= bigSpenderFloor) this.add(buyer.customer, 'spending.big_spender', 'RULE', runAt);
      if (buyer.summary.completedOrders >= 12) this.add(buyer.customer, 'spending.frequent_buyer', 'RULE', runAt);
      if (rank < byAverage.length * 0.2) this.add(buyer.customer, 'spending.value_shopper', 'RULE', runAt);
    });
  }

  // One model run two days before asOf; its scores stay valid for 30 days.
  private predictions(customers: readonly DemoCustomer[], summaries: ReadonlyMap<string, PurchaseSummary>): void {
    const runAt = this.period.end - 2 * DAY;
    for (const customer of customers) {
      const summary = summaries.get(customer.id);
      const churnScore = summary ? this.churnScore(summary) : 0;
      if (churnScore >= 0.7) this.addPrediction(customer, 'predictive.churn_risk_high', churnScore, runAt);
      const buyScore = this.purchasePropensity(customer, summary);
      if (buyScore >= 0.7) this.addPrediction(customer, 'predictive.likely_to_buy', buyScore, runAt);
      const wallet = customer.walletEstimateCents;
      if (summary && wallet && summary.revenueLastYearCents < 0.3 * wallet && summary.completedOrders >= 2 && this.random.chance(0.4)) {
        this.addPrediction(customer, 'predictive.upsell_candidate', this.random.between(0.6, 0.95), runAt);
      }
    }
  }

  // Days since the last order compared with the buyer's usual gap between orders.
  private churnScore(summary: PurchaseSummary): number {
    const recencyDays = (this.period.end - summary.lastOrderAt) / DAY;
    const usualGapDays = summary.completedOrders > 1 ? (summary.lastOrderAt - summary.firstOrderAt) / DAY / (summary.completedOrders - 1) : 90;
    return clamp(1 - Math.exp(-recencyDays / (2 * usualGapDays + 30)) + this.random.normal(0, 0.08), 0, 1);
  }

  private purchasePropensity(customer: DemoCustomer, summary: PurchaseSummary | undefined): number {
    if (!summary) return customer.profile.hotLead ? this.random.between(0.55, 0.95) : this.random.between(0, 0.6);
    const recencyDays = (this.period.end - summary.lastOrderAt) / DAY;
    return clamp(0.8 - recencyDays / 90 + 0.02 * summary.completedOrders + this.random.normal(0, 0.1), 0, 1);
  }

  // A credit bureau file imported a few days after the account was created; businesses only.
  private credit(customers: readonly DemoCustomer[]): void {
    for (const customer of customers) {
      if (customer.company === null || !this.random.chance(0.7)) continue;
      const creditScore = Math.round(clamp(this.random.normal(700 + 40 * customer.profile.satisfaction, 60), 300, 850));
      const key = creditScore >= 700 ? 'credit.good' : creditScore >= 600 ? 'credit.fair' : 'credit.poor';
      const importedAt = Math.min(customer.createdAt + this.random.between(1, 10) * DAY, this.period.end - HOUR);
      this.add(customer, key, 'IMPORT', importedAt, { score: creditScore });
    }
  }

  private behavior(buyers: readonly Buyer[]): void {
    const earlyWindowEnd = this.period.start + 90 * DAY;
    for (const buyer of buyers) {
      if (this.random.chance(0.12)) {
        const source = this.random.chance(0.3) ? 'MANUAL' : 'RULE';
        this.add(buyer.customer, 'behavior.discount_seeker', source, this.between(buyer.summary.firstOrderAt, this.period.end));
      }
      if (buyer.summary.channels.size >= 2 && buyer.summary.completedOrders >= 3) {
        this.add(buyer.customer, 'behavior.omnichannel', 'RULE', this.ruleRunTime(buyer.summary.firstOrderAt));
      }
      if (buyer.summary.firstOrderAt < earlyWindowEnd && this.random.chance(0.08)) {
        this.add(buyer.customer, 'behavior.early_adopter', 'MANUAL', this.between(buyer.summary.firstOrderAt, this.period.end));
      }
    }
  }

  // Rules run monthly: the current assignment dates from the last 30 days (or the first order, if later).
  private ruleRunTime(notBefore: number): number {
    return this.between(Math.max(notBefore, this.period.end - 30 * DAY), this.period.end);
  }

  private between(from: number, to: number): number {
    return wholeSeconds(this.random.between(from, to - HOUR));
  }

  private addPrediction(customer: DemoCustomer, key: string, score: number, runAt: number): void {
    const confidence = Number(this.random.between(0.55, 0.98).toFixed(4));
    this.add(customer, key, 'MODEL', runAt, { score: Number(score.toFixed(4)), confidence, expiresAt: runAt + 30 * DAY });
  }

  private add(customer: DemoCustomer, key: string, source: TagSource, assignedAt: number, extra: AssignmentExtra = {}): void {
    const tag = this.tagsByKey.get(key);
    if (!tag) throw new Error(`unknown demo tag ${key}`);
    const { score = null, confidence = null, expiresAt = null } = extra;
    this.assignments.push({ id: '', customer, tag, source, score, confidence, assignedAt, expiresAt });
  }
}

const TAG_COLUMNS: ReadonlyArray<BulkColumn<DemoTag>> = [
  { name: 'id', type: 'uuid', value: (tag) => tag.id },
  { name: 'key', type: 'text', value: (tag) => tag.key },
  { name: 'label', type: 'text', value: (tag) => tag.label },
  { name: 'category', type: 'text', value: (tag) => tag.category },
  { name: 'description', type: 'text', value: (tag) => tag.description },
];

const CUSTOMER_TAG_COLUMNS: ReadonlyArray<BulkColumn<DemoCustomerTag>> = [
  { name: 'id', type: 'uuid', value: (assignment) => assignment.id },
  { name: 'customer_id', type: 'uuid', value: (assignment) => assignment.customer.id },
  { name: 'tag_id', type: 'uuid', value: (assignment) => assignment.tag.id },
  { name: 'source', type: 'text', value: (assignment) => assignment.source },
  { name: 'score', type: 'numeric', value: (assignment) => assignment.score },
  { name: 'confidence', type: 'numeric', value: (assignment) => assignment.confidence },
  timeColumn('assigned_at', (assignment) => assignment.assignedAt),
  timeColumn('expires_at', (assignment) => assignment.expiresAt),
];

/** Inserts the tag catalog and the assignments; returns [tags, customer tags]. */
export async function insertTags(
  client: pg.ClientBase,
  tenantId: string,
  tags: readonly DemoTag[],
  assignments: readonly DemoCustomerTag[],
): Promise<[number, number]> {
  const tagCount = await bulkInsert(client, 'tag', tenantId, TAG_COLUMNS, tags);
  const assignmentCount = await bulkInsert(client, 'customer_tag', tenantId, CUSTOMER_TAG_COLUMNS, assignments);
  return [tagCount, assignmentCount];
}
