import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { bulkInsert, timeColumn, type BulkColumn } from './demo-bulk-insert.js';
import type { DemoCustomer, DemoPeriod } from './demo-customers.js';
import { handleFeedback, sentimentOf, type DemoFeedback, type FeedbackKind } from './demo-feedback-cases.js';
import { stageOf, type DemoJourneys, type DemoStage } from './demo-journeys.js';
import type { DemoOrder, PurchaseSummary } from './demo-orders.js';
import { clamp, DAY, HOUR, SeededRandom, wholeSeconds } from './demo-random.js';
import type { DemoTouchpoint, SupportEpisode } from './demo-touchpoints.js';
import { COMMENTS } from './demo-vocabulary.js';

type ComplaintCategory = keyof typeof COMMENTS.complaint;

const SURVEY_INTERVAL = 91 * DAY;
// Stage-linked answers lean the way the journey feels there: deliveries drag "use" down,
// advocates are happy anyway.
const NPS_STAGE_SHIFT: Record<string, number> = { purchase: -0.3, use: -0.8, advocacy: 1.2 };
const CSAT_CATEGORY_SHIFT: Record<string, number> = { delivery: -0.5, product: 0, checkout: -0.2, billing: -0.4, support: 0.1 };
const CSAT_CHANNEL_SHIFT: Record<string, number> = { store: 0.3, web: 0, app: -0.2, marketplace: -0.4 };

/**
 * Feedback of every kind: quarterly NPS surveys of buyers, CSAT after some orders, CES and
 * complaints after support episodes, plus unsolicited complaints, suggestions and praise.
 */
export class FeedbackGenerator {
  readonly feedback: DemoFeedback[] = [];

  constructor(
    private readonly journeys: DemoJourneys,
    private readonly period: DemoPeriod,
    private readonly random: SeededRandom,
  ) {}

  generate(
    customers: readonly DemoCustomer[],
    orders: readonly DemoOrder[],
    summaries: ReadonlyMap<string, PurchaseSummary>,
    supportEpisodes: readonly SupportEpisode[],
  ): void {
    for (const customer of customers) {
      const summary = summaries.get(customer.id);
      if (summary) this.npsSurveys(customer, summary);
      this.unsolicited(customer, summary);
    }
    for (const order of orders) this.orderSurvey(order);
    for (const episode of supportEpisodes) this.supportSurvey(episode);
    for (const item of this.feedback) handleFeedback(item, this.period, this.random);
    this.feedback.sort((left, right) => left.receivedAt - right.receivedAt);
    this.feedback.forEach((item, index) => {
      item.externalId = `F${String(index + 1).padStart(7, '0')}`;
    });
  }

  // A relationship survey every quarter; lapsed buyers answer less and score lower.
  private npsSurveys(customer: DemoCustomer, summary: PurchaseSummary): void {
    for (let wave = this.period.start + 45 * DAY; wave < this.period.end; wave += SURVEY_INTERVAL) {
      if (summary.firstOrderAt > wave) continue;
      const lapsed = summary.lastOrderAt + 120 * DAY < wave;
      if (!this.random.chance(lapsed ? 0.08 : 0.3)) continue;
      const stage = this.random.chance(0.5) ? stageOf(this.journeys.purchase, this.random.weighted([['purchase', 30], ['use', 45], ['advocacy', 25]])) : null;
      const shift = (lapsed ? -1.2 : 0) + (stage ? NPS_STAGE_SHIFT[stage.key] ?? 0 : 0);
      const channel = this.random.weighted([['email', 50], ['sms', 15], ['app', 20], ['web', 15]]);
      this.add(customer, 'NPS', this.npsScore(customer, shift), channel, null, stage, null, wave + this.random.exponential(2 * DAY));
    }
  }

  private npsScore(customer: DemoCustomer, shift: number): number {
    const raw = 8.5 + 2.6 * (customer.profile.satisfaction - 0.3) + shift + this.random.normal(0, 1.3);
    return Math.round(clamp(raw, 0, 10));
  }

  private orderSurvey(order: DemoOrder): void {
    const completed = order.status === 'COMPLETED';
    if (!this.random.chance(completed ? 0.1 : 0.15)) return;
    const category = this.random.weighted([['delivery', 35], ['product', 30], ['checkout', 20], ['billing', 5], ['support', 10]]);
    const stageKey = category === 'delivery' || category === 'product' ? 'use' : category === 'support' ? null : 'purchase';
    const raw = 4.5 + 1.4 * (order.customer.profile.satisfaction - 0.3) + (CSAT_CATEGORY_SHIFT[category] ?? 0) +
      (CSAT_CHANNEL_SHIFT[order.channel] ?? 0) + (completed ? 0 : -1.5) + this.random.normal(0, 0.8);
    const stage = stageKey ? stageOf(this.journeys.purchase, stageKey) : null;
    this.add(order.customer, 'CSAT', Math.round(clamp(raw, 1, 5)), order.channel, category, stage, null, order.placedAt + this.random.between(1, 6) * DAY);
  }

  private supportSurvey(episode: SupportEpisode): void {
    const { customer, contact, last } = episode;
    if (this.random.chance(0.45)) {
      const raw = (episode.resolved ? 5.7 : 3.4) + (contact.channel === 'phone' ? -0.5 : 0) + 0.8 * customer.profile.satisfaction + this.random.normal(0, 1.1);
      this.add(customer, 'CES', Math.round(clamp(raw, 1, 7)), contact.channel, 'support', last.stage, last, last.occurredAt + this.random.between(1 * HOUR, 2 * DAY));
    }
    if (this.random.chance(episode.resolved ? 0.1 : 0.45)) {
      const receivedAt = contact.occurredAt + this.random.between(5 * 60_000, 3 * HOUR);
      this.complaint(customer, 'support', contact.channel, receivedAt, contact);
    }
    if (this.random.chance(0.12)) {
      const shift = episode.resolved ? 0 : -3;
      const stage = stageOf(this.journeys.support, 'resolution');
      this.add(customer, 'NPS', this.npsScore(customer, shift), 'email', 'support', stage, null, last.occurredAt + this.random.between(1, 3) * DAY);
    }
  }

  private unsolicited(customer: DemoCustomer, summary: PurchaseSummary | undefined): void {
    const satisfaction = customer.profile.satisfaction;
    const activeUntil = summary ? Math.min(summary.lastOrderAt + 30 * DAY, this.period.end) : this.period.end;
    const from = summary?.firstOrderAt ?? customer.firstSeenAt;
    if (summary && this.random.chance(0.06 + 0.15 * Math.max(0, -satisfaction))) {
      const category = this.random.weighted<ComplaintCategory>([['delivery', 45], ['product', 25], ['billing', 20], ['support', 10]]);
      const channel = this.random.weighted([['email', 35], ['phone', 25], ['chat', 20], ['social', 10], ['store', 10]]);
      this.complaint(customer, category, channel, this.random.between(from, activeUntil), null);
    }
    if (this.random.chance(0.06)) {
      const category = this.random.weighted([['product', 50], ['app', 30], ['store', 20]]);
      const channel = this.random.weighted([['web', 50], ['app', 30], ['email', 20]]);
      this.add(customer, 'SUGGESTION', null, channel, category, null, null, this.random.between(from, this.period.end), this.random.pick(COMMENTS.suggestion));
    }
    if (summary && satisfaction > 0.4 && this.random.chance(0.12)) {
      const category = this.random.weighted([['support', 30], ['product', 40], ['delivery', 30]]);
      const channel = this.random.weighted([['social', 30], ['email', 30], ['store', 20], ['app', 20]]);
      this.add(customer, 'PRAISE', null, channel, category, null, null, this.random.between(from, activeUntil), this.random.pick(COMMENTS.praise));
    }
  }

  private complaint(customer: DemoCustomer, category: ComplaintCategory, channel: string, receivedAt: number, touchpoint: DemoTouchpoint | null): void {
    const stage = category === 'support' ? stageOf(this.journeys.support, 'contact') : stageOf(this.journeys.purchase, category === 'billing' ? 'purchase' : 'use');
    this.add(customer, 'COMPLAINT', null, channel, category, stage, touchpoint, receivedAt, this.random.pick(COMMENTS.complaint[category]));
  }

  // Answers that would arrive after asOf have not arrived yet: they are dropped.
  private add(
    customer: DemoCustomer, kind: FeedbackKind, score: number | null, channel: string, category: string | null,
    stage: DemoStage | null, touchpoint: DemoTouchpoint | null, receivedAt: number, comment: string | null = null,
  ): void {
    const time = wholeSeconds(receivedAt);
    if (time >= this.period.end) return;
    this.feedback.push({
      id: randomUUID(), externalId: '', customer, kind, score, channel, category, stage, touchpoint, receivedAt: time,
      comment: comment ?? this.scoreComment(kind, score), firstResponseAt: null, resolvedAt: null, status: 'OPEN',
      followUpResult: null, sentiment: sentimentOf(kind, score, this.random),
    });
  }

  // About a third of scored answers come with a comment that matches the score.
  private scoreComment(kind: FeedbackKind, score: number | null): string | null {
    if (score === null || kind === 'CES' || !this.random.chance(0.35)) return null;
    const scale = kind === 'NPS' ? score / 10 : (score - 1) / 4;
    const tone = scale >= 0.85 ? COMMENTS.promoter : scale >= 0.65 ? COMMENTS.passive : COMMENTS.detractor;
    return this.random.pick(tone);
  }
}

const FEEDBACK_COLUMNS: ReadonlyArray<BulkColumn<DemoFeedback>> = [
  { name: 'id', type: 'uuid', value: (item) => item.id },
  { name: 'external_id', type: 'text', value: (item) => item.externalId },
  { name: 'customer_id', type: 'uuid', value: (item) => item.customer.id },
  { name: 'kind', type: 'text', value: (item) => item.kind },
  { name: 'score', type: 'smallint', value: (item) => item.score },
  { name: 'comment', type: 'text', value: (item) => item.comment },
  { name: 'channel', type: 'text', value: (item) => item.channel },
  { name: 'category', type: 'text', value: (item) => item.category },
  { name: 'stage_id', type: 'uuid', value: (item) => item.stage?.id ?? null },
  { name: 'touchpoint_id', type: 'uuid', value: (item) => item.touchpoint?.id ?? null },
  timeColumn('received_at', (item) => item.receivedAt),
  timeColumn('first_response_at', (item) => item.firstResponseAt),
  timeColumn('resolved_at', (item) => item.resolvedAt),
  { name: 'status', type: 'text', value: (item) => item.status },
  { name: 'follow_up_result', type: 'text', value: (item) => item.followUpResult },
  { name: 'sentiment', type: 'numeric', value: (item) => item.sentiment.toFixed(3) },
  timeColumn('created_at', (item) => item.receivedAt),
];

export function insertFeedback(client: pg.ClientBase, tenantId: string, feedback: readonly DemoFeedback[]): Promise<number> {
  return bulkInsert(client, 'feedback', tenantId, FEEDBACK_COLUMNS, feedback);
}
