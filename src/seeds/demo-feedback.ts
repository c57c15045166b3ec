import type pg from 'pg';
import { bulkInsert, timeColumn, timeOrderedId, type BulkColumn } from './demo-bulk-insert.js';
import type { DemoCustomer, DemoPeriod } from './demo-customers.js';
import { handleFeedback, sentimentOf, type DemoFeedback, type FeedbackKind } from './demo-feedback-cases.js';
import { stageOf, type DemoJourneys, type DemoStage } from './demo-journeys.js';
import type { DemoOrder, PurchaseSummary } from './demo-orders.js';
import { clamp, DAY, HOUR, SeededRandom, wholeSeconds, type Weighted } from './demo-random.js';
import type { DemoTouchpoint, SupportEpisode } from './demo-touchpoints.js';
import { COMMENTS } from './demo-vocabulary.js';

type ComplaintCategory = keyof typeof COMMENTS.complaint;

/** What a generator decides about one answer; handling, sentiment and ids are added later. */
interface FeedbackDraft {
  customer: DemoCustomer;
  kind: FeedbackKind;
  score?: number;
  channel: string;
  category?: string;
  stage?: DemoStage | null;
  touchpoint?: DemoTouchpoint | null;
  receivedAt: number;
  comment?: string;
}

const SURVEY_INTERVAL = 91 * DAY;
// Stage-linked answers lean the way the journey feels there: deliveries drag "use" down,
// advocates are happy anyway.
const NPS_STAGE_SHIFT: Record<string, number> = { purchase: -0.3, use: -0.8, advocacy: 1.2 };
const NPS_STAGES: Weighted<string> = [['purchase', 30], ['use', 45], ['advocacy', 25]];
const SURVEY_CHANNELS: Weighted<string> = [['email', 50], ['sms', 15], ['app', 20], ['web', 15]];
const CSAT_CATEGORIES: Weighted<string> = [['delivery', 35], ['product', 30], ['checkout', 20], ['billing', 5], ['support', 10]];
// Support answers belong to no stage of the purchase journey.
const CSAT_CATEGORY_STAGE: Record<string, string | null> = { delivery: 'use', product: 'use', checkout: 'purchase', billing: 'purchase', support: null };
const COMPLAINT_CATEGORIES: Weighted<ComplaintCategory> = [['delivery', 45], ['product', 25], ['billing', 20], ['support', 10]];
const COMPLAINT_STAGE: Record<ComplaintCategory, string> = { delivery: 'use', product: 'use', billing: 'purchase', support: 'contact' };
const COMPLAINT_CHANNELS: Weighted<string> = [['email', 35], ['phone', 25], ['chat', 20], ['social', 10], ['store', 10]];
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
      item.id = timeOrderedId(item.receivedAt);
      item.externalId = `F${String(index + 1).padStart(7, '0')}`;
    });
  }

  // A relationship survey every quarter; lapsed buyers answer less and score lower.
  private npsSurveys(customer: DemoCustomer, summary: PurchaseSummary): void {
    for (let wave = this.period.start + 45 * DAY; wave < this.period.end; wave += SURVEY_INTERVAL) {
      if (summary.firstOrderAt > wave) continue;
      const lapsed = summary.lastOrderAt + 120 * DAY < wave;
      if (!this.random.chance(lapsed ? 0.08 : 0.3)) continue;
      const stage = this.random.chance(0.5) ? this.purchaseStage(this.random.weighted(NPS_STAGES)) : null;
      const shift = (lapsed ? -1.2 : 0) + (stage ? NPS_STAGE_SHIFT[stage.key] ?? 0 : 0);
      this.add({
        customer, kind: 'NPS', score: this.npsScore(customer, shift), channel: this.random.weighted(SURVEY_CHANNELS),
        stage, receivedAt: wave + this.random.exponential(2 * DAY),
      });
    }
  }

  private npsScore(customer: DemoCustomer, shift: number): number {
    const raw = 8.5 + 2.6 * (customer.profile.satisfaction - 0.3) + shift + this.random.normal(0, 1.3);
    return Math.round(clamp(raw, 0, 10));
  }

  private orderSurvey(order: DemoOrder): void {
    const completed = order.status === 'COMPLETED';
    if (!this.random.chance(completed ? 0.1 : 0.15)) return;
    const category = this.random.weighted(CSAT_CATEGORIES);
    const shift = (CSAT_CATEGORY_SHIFT[category] ?? 0) + (CSAT_CHANNEL_SHIFT[order.channel] ?? 0) + (completed ? 0 : -1.5);
    const raw = 4.5 + 1.4 * (order.customer.profile.satisfaction - 0.3) + shift + this.random.normal(0, 0.8);
    const stageKey = CSAT_CATEGORY_STAGE[category];
    this.add({
      customer: order.customer, kind: 'CSAT', score: Math.round(clamp(raw, 1, 5)), channel: order.channel, category,
      stage: stageKey ? this.purchaseStage(stageKey) : null, receivedAt: order.placedAt + this.random.between(1, 6) * DAY,
    });
  }

  private supportSurvey(episode: SupportEpisode): void {
    const { customer, contact, last } = episode;
    if (this.random.chance(0.45)) {
      const phonePenalty = contact.channel === 'phone' ? -0.5 : 0;
      const raw = (episode.resolved ? 5.7 : 3.4) + phonePenalty + 0.8 * customer.profile.satisfaction + this.random.normal(0, 1.1);
      this.add({
        customer, kind: 'CES', score: Math.round(clamp(raw, 1, 7)), channel: contact.channel, category: 'support',
        stage: last.stage, touchpoint: last, receivedAt: last.occurredAt + this.random.between(HOUR, 2 * DAY),
      });
    }
    if (this.random.chance(episode.resolved ? 0.1 : 0.45)) {
      const receivedAt = contact.occurredAt + this.random.between(5 * 60_000, 3 * HOUR);
      this.complaint(customer, 'support', contact.channel, receivedAt, contact);
    }
    if (this.random.chance(0.12)) {
      this.add({
        customer, kind: 'NPS', score: this.npsScore(customer, episode.resolved ? 0 : -3), channel: 'email', category: 'support',
        stage: stageOf(this.journeys.support, 'resolution'), receivedAt: last.occurredAt + this.random.between(1, 3) * DAY,
      });
    }
  }

  private unsolicited(customer: DemoCustomer, summary: PurchaseSummary | undefined): void {
    const satisfaction = customer.profile.satisfaction;
    const activeUntil = summary ? Math.min(summary.lastOrderAt + 30 * DAY, this.period.end) : this.period.end;
    const from = summary?.firstOrderAt ?? customer.firstSeenAt;
    if (summary && this.random.chance(0.06 + 0.15 * Math.max(0, -satisfaction))) {
      const category = this.random.weighted(COMPLAINT_CATEGORIES);
      this.complaint(customer, category, this.random.weighted(COMPLAINT_CHANNELS), this.random.between(from, activeUntil), null);
    }
    if (this.random.chance(0.06)) {
      this.add({
        customer, kind: 'SUGGESTION', channel: this.random.weighted([['web', 50], ['app', 30], ['email', 20]]),
        category: this.random.weighted([['product', 50], ['app', 30], ['store', 20]]),
        receivedAt: this.random.between(from, this.period.end), comment: this.random.pick(COMMENTS.suggestion),
      });
    }
    if (summary && satisfaction > 0.4 && this.random.chance(0.12)) {
      this.add({
        customer, kind: 'PRAISE', channel: this.random.weighted([['social', 30], ['email', 30], ['store', 20], ['app', 20]]),
        category: this.random.weighted([['support', 30], ['product', 40], ['delivery', 30]]),
        receivedAt: this.random.between(from, activeUntil), comment: this.random.pick(COMMENTS.praise),
      });
    }
  }

  private complaint(
    customer: DemoCustomer,
    category: ComplaintCategory,
    channel: string,
    receivedAt: number,
    touchpoint: DemoTouchpoint | null,
  ): void {
    const stage = category === 'support' ? stageOf(this.journeys.support, 'contact') : this.purchaseStage(COMPLAINT_STAGE[category]);
    const comment = this.random.pick(COMMENTS.complaint[category]);
    this.add({ customer, kind: 'COMPLAINT', channel, category, stage, touchpoint, receivedAt, comment });
  }

  private purchaseStage(key: string): DemoStage {
    return stageOf(this.journeys.purchase, key);
  }

  // Answers that would arrive after asOf have not arrived yet: they are dropped.
  private add(draft: FeedbackDraft): void {
    const receivedAt = wholeSeconds(draft.receivedAt);
    if (receivedAt >= this.period.end) return;
    const score = draft.score ?? null;
    this.feedback.push({
      id: '', externalId: '', customer: draft.customer, kind: draft.kind, score, channel: draft.channel,
      category: draft.category ?? null, stage: draft.stage ?? null, touchpoint: draft.touchpoint ?? null, receivedAt,
      comment: draft.comment ?? this.scoreComment(draft.kind, score), firstResponseAt: null, resolvedAt: null,
      status: 'OPEN', followUpResult: null, sentiment: sentimentOf(draft.kind, score, this.random),
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
