import type pg from 'pg';
import { bulkInsert, timeColumn, timeOrderedId, type BulkColumn } from './demo-bulk-insert.js';
import type { DemoCustomer, DemoPeriod } from './demo-customers.js';
import { stageOf, type DemoJourney, type DemoJourneys, type DemoStage } from './demo-journeys.js';
import type { DemoOrder } from './demo-orders.js';
import { clamp, DAY, HOUR, SeededRandom, wholeSeconds, type Weighted } from './demo-random.js';
import { STAGE_THOUGHTS } from './demo-vocabulary.js';

export interface DemoTouchpoint {
  id: string;
  customer: DemoCustomer;
  journey: DemoJourney | null;
  stage: DemoStage | null;
  occurredAt: number;
  channel: string;
  action: string;
  thought: string | null;
  emotion: number;
  gains: string | null;
  pains: string | null;
}

/** One pass through the support journey; feedback (CES, complaints) refers back to it. */
export interface SupportEpisode {
  customer: DemoCustomer;
  startedAt: number;
  contact: DemoTouchpoint;
  last: DemoTouchpoint;
  resolved: boolean;
}

type ChannelAction = readonly [channel: string, action: string];

const AWARENESS_EVENTS: Weighted<ChannelAction> = [
  [['social', 'ad_viewed'], 25], [['search', 'site_visit'], 30], [['email', 'email_opened'], 20],
  [['display', 'ad_viewed'], 10], [['referral', 'site_visit'], 10], [['store', 'store_visit'], 5],
];
const CONSIDERATION_EVENTS: Weighted<ChannelAction> = [
  [['web', 'site_visit'], 30], [['email', 'email_clicked'], 20], [['web', 'content_downloaded'], 12],
  [['web', 'product_compared'], 12], [['web', 'review_read'], 12], [['email', 'email_forwarded'], 6], [['phone', 'sales_call'], 8],
];
const USE_EVENTS: Weighted<ChannelAction> = [
  [['delivery', 'delivery_received'], 40], [['app', 'product_used'], 30], [['web', 'onboarding_completed'], 20], [['store', 'store_pickup'], 10],
];
const ADVOCACY_EVENTS: Weighted<ChannelAction> = [[['web', 'review_written'], 50], [['social', 'social_shared'], 30], [['email', 'referral_sent'], 20]];
// The behaviour part of the lead score counts these actions, with a 30-day half-life.
const LEAD_EVENTS: Weighted<ChannelAction> = [
  [['email', 'email_opened'], 35], [['web', 'site_visit'], 30], [['email', 'email_clicked'], 15],
  [['web', 'content_downloaded'], 10], [['email', 'email_forwarded'], 5], [['web', 'webinar_attended'], 5],
];
const SUPPORT_CONTACTS: Weighted<ChannelAction> = [
  [['phone', 'support_call'], 35], [['chat', 'chat_started'], 30], [['email', 'ticket_opened'], 25], [['social', 'social_mention'], 10],
];

// Mean mood per stage, and the stage/channel combinations that hurt: the pain points a journey
// analysis should surface (sales line hold times, the app checkout, late deliveries).
const STAGE_MOOD: Record<string, number> = {
  awareness: 0.4, consideration: 0.1, purchase: 0.7, use: 0.7, advocacy: 1.6, contact: -0.9, troubleshooting: -0.5, resolution: 0.7,
};
const PAIN_POINTS: Record<string, number> = {
  'consideration/phone': -1.5, 'purchase/app': -1.6, 'use/delivery': -1.5, 'contact/phone': -0.8, 'resolution/issue_escalated': -2.2,
};

/** Generates the touchpoints of both journeys plus journey-less newsletter events. */
export class TouchpointGenerator {
  readonly touchpoints: DemoTouchpoint[] = [];
  readonly supportEpisodes: SupportEpisode[] = [];

  constructor(
    private readonly journeys: DemoJourneys,
    private readonly period: DemoPeriod,
    private readonly random: SeededRandom,
  ) {}

  generate(customers: readonly DemoCustomer[], ordersByCustomer: ReadonlyMap<string, DemoOrder[]>): void {
    for (const customer of customers) {
      const orders = ordersByCustomer.get(customer.id) ?? [];
      if (this.random.chance(customer.profile.isProspect ? 0.95 : 0.8)) this.purchaseJourney(customer, orders);
      if (customer.profile.isProspect) this.leadActivity(customer);
      else this.supportJourneys(customer, orders);
      if (customer.consentEmail && this.random.chance(0.25)) this.newsletter(customer);
    }
    this.touchpoints.sort((left, right) => left.occurredAt - right.occurredAt);
    for (const touchpoint of this.touchpoints) touchpoint.id = timeOrderedId(touchpoint.occurredAt);
  }

  private purchaseJourney(customer: DemoCustomer, orders: readonly DemoOrder[]): void {
    const firstOrder = orders[0];
    const awareAt = Math.max(this.period.start, customer.firstSeenAt - this.random.exponential(3 * DAY));
    const decidedAt = firstOrder?.placedAt ?? awareAt + this.random.between(2, 40) * DAY;
    // Stages stay in order for each customer, so time-between-stages is never negative.
    const awarenessEnd = Math.min(awareAt + 2 * DAY, decidedAt);
    this.repeat(this.random.integer(1, 2), () => this.addWithin(customer, 'awareness', AWARENESS_EVENTS, awareAt, awarenessEnd));
    const considers = firstOrder ? this.random.chance(0.9) : this.random.chance(customer.profile.hotLead ? 1 : 0.55);
    if (considers) {
      this.repeat(this.random.integer(1, 2), () => this.addWithin(customer, 'consideration', CONSIDERATION_EVENTS, awarenessEnd, decidedAt));
    }
    if (!firstOrder) return;
    for (const order of orders) {
      // Every first purchase is mapped; repeat purchases only sometimes reach the journey tool.
      if (order === firstOrder || this.random.chance(0.1)) this.add(customer, 'purchase', [order.channel, 'purchase'], order.placedAt);
    }
    if (!this.random.chance(0.8)) return;
    const usedAt = firstOrder.placedAt + this.random.between(2, 7) * DAY;
    this.repeat(this.random.integer(1, 2), () => this.addWithin(customer, 'use', USE_EVENTS, usedAt, usedAt + 10 * DAY));
    if (this.random.chance(0.12 + 0.4 * Math.max(0, customer.profile.satisfaction))) {
      this.addWithin(customer, 'advocacy', ADVOCACY_EVENTS, usedAt + 10 * DAY, usedAt + 60 * DAY);
    }
  }

  // Hot leads engage heavily in the last weeks; cold ones left a few old traces.
  private leadActivity(customer: DemoCustomer): void {
    const hot = customer.profile.hotLead;
    const from = hot ? Math.max(customer.firstSeenAt, this.period.end - 45 * DAY) : customer.firstSeenAt;
    this.repeat(hot ? this.random.integer(3, 10) : this.random.integer(0, 3), () => {
      const event = this.random.weighted(LEAD_EVENTS);
      const stage = event[1] === 'email_opened' || event[1] === 'site_visit' ? 'awareness' : 'consideration';
      this.add(customer, stage, event, this.random.between(from, this.period.end));
    });
  }

  private supportJourneys(customer: DemoCustomer, orders: readonly DemoOrder[]): void {
    const first = orders[0];
    const last = orders[orders.length - 1];
    if (!first || !last) return;
    const proneness = 0.22 + 0.25 * Math.max(0, -customer.profile.satisfaction);
    for (let episode = 0; episode < 4 && this.random.chance(proneness); episode += 1) {
      this.supportEpisode(customer, this.random.between(first.placedAt, Math.min(last.placedAt + 14 * DAY, this.period.end)));
    }
  }

  private supportEpisode(customer: DemoCustomer, startedAt: number): void {
    const contactEvent = this.random.weighted(SUPPORT_CONTACTS);
    const contact = this.add(customer, 'contact', contactEvent, startedAt);
    if (!contact) return;
    const episode: SupportEpisode = { customer, startedAt: contact.occurredAt, contact, last: contact, resolved: false };
    this.supportEpisodes.push(episode);
    if (!this.random.chance(0.8)) return;
    const replyDelay = this.random.exponential(contactEvent[0] === 'phone' ? 2 * HOUR : 10 * HOUR);
    const troubleshooting = this.add(customer, 'troubleshooting', [contactEvent[0], 'agent_reply'], startedAt + replyDelay);
    if (!troubleshooting) return;
    episode.last = troubleshooting;
    if (!this.random.chance(0.75)) return;
    const resolved = this.random.chance(0.8 + 0.1 * customer.profile.satisfaction);
    const outcomeEvent: ChannelAction = [contactEvent[0], resolved ? 'issue_resolved' : 'issue_escalated'];
    const outcome = this.add(customer, 'resolution', outcomeEvent, troubleshooting.occurredAt + this.random.exponential(DAY));
    if (!outcome) return;
    episode.last = outcome;
    episode.resolved = resolved;
  }

  private newsletter(customer: DemoCustomer): void {
    this.repeat(this.random.integer(1, 5), () => {
      const action = this.random.weighted([['email_opened', 70], ['email_clicked', 25], ['email_forwarded', 5]]);
      this.addEvent(customer, null, null, ['email', action], this.random.between(customer.firstSeenAt, this.period.end));
    });
  }

  private addWithin(customer: DemoCustomer, stageKey: string, events: Weighted<ChannelAction>, from: number, to: number): void {
    this.add(customer, stageKey, this.random.weighted(events), this.random.between(from, to));
  }

  private add(customer: DemoCustomer, stageKey: string, event: ChannelAction, occurredAt: number): DemoTouchpoint | null {
    const journey = ['contact', 'troubleshooting', 'resolution'].includes(stageKey) ? this.journeys.support : this.journeys.purchase;
    return this.addEvent(customer, journey, stageOf(journey, stageKey), event, occurredAt);
  }

  // Events that would fall after asOf have not happened yet: they are dropped.
  private addEvent(
    customer: DemoCustomer,
    journey: DemoJourney | null,
    stage: DemoStage | null,
    [channel, action]: ChannelAction,
    occurredAt: number,
  ): DemoTouchpoint | null {
    const time = wholeSeconds(occurredAt);
    if (time >= this.period.end || time < this.period.start) return null;
    const emotion = this.emotion(customer, stage?.key ?? 'awareness', channel, action);
    const texts = stage ? STAGE_THOUGHTS[stage.key] : undefined;
    const touchpoint: DemoTouchpoint = {
      id: '', customer, journey, stage, occurredAt: time, channel, action, emotion,
      thought: texts && this.random.chance(0.2) ? this.random.pick(texts.thoughts) : null,
      gains: texts && emotion >= 1 && this.random.chance(0.3) ? this.random.pick(texts.gains) : null,
      pains: texts && emotion <= -1 && this.random.chance(0.5) ? this.random.pick(texts.pains) : null,
    };
    this.touchpoints.push(touchpoint);
    return touchpoint;
  }

  private emotion(customer: DemoCustomer, stageKey: string, channel: string, action: string): number {
    const pain = (PAIN_POINTS[`${stageKey}/${channel}`] ?? 0) + (PAIN_POINTS[`${stageKey}/${action}`] ?? 0);
    const mood = (STAGE_MOOD[stageKey] ?? 0) + pain + 0.7 * customer.profile.satisfaction + this.random.normal(0, 0.7);
    return Math.round(clamp(mood, -2, 2));
  }

  private repeat(times: number, action: () => void): void {
    for (let index = 0; index < times; index += 1) action();
  }
}

const TOUCHPOINT_COLUMNS: ReadonlyArray<BulkColumn<DemoTouchpoint>> = [
  { name: 'id', type: 'uuid', value: (touchpoint) => touchpoint.id },
  { name: 'customer_id', type: 'uuid', value: (touchpoint) => touchpoint.customer.id },
  { name: 'journey_id', type: 'uuid', value: (touchpoint) => touchpoint.journey?.id ?? null },
  { name: 'stage_id', type: 'uuid', value: (touchpoint) => touchpoint.stage?.id ?? null },
  timeColumn('occurred_at', (touchpoint) => touchpoint.occurredAt),
  { name: 'channel', type: 'text', value: (touchpoint) => touchpoint.channel },
  { name: 'action', type: 'text', value: (touchpoint) => touchpoint.action },
  { name: 'thought', type: 'text', value: (touchpoint) => touchpoint.thought },
  { name: 'emotion', type: 'smallint', value: (touchpoint) => touchpoint.emotion },
  { name: 'gains', type: 'text', value: (touchpoint) => touchpoint.gains },
  { name: 'pains', type: 'text', value: (touchpoint) => touchpoint.pains },
  timeColumn('created_at', (touchpoint) => touchpoint.occurredAt),
];

export function insertTouchpoints(client: pg.ClientBase, tenantId: string, touchpoints: readonly DemoTouchpoint[]): Promise<number> {
  return bulkInsert(client, 'touchpoint', tenantId, TOUCHPOINT_COLUMNS, touchpoints);
}
