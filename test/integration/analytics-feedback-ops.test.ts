import {
  type FeedbackInput,
  RecordFeedbackBatchDocument,
  RecordFeedbackFollowUpDocument,
  TagCustomerDocument,
  UpdateAnalyticsSettingsDocument,
  UpsertCustomersDocument,
  UpsertTagDocument,
} from '../generated/graphql.js';
import { errorCodes, TestApp } from '../support/test-app.js';

const WRITE = ['customers:read', 'customers:write'];
const READ = ['analytics:read'];

const FIGURES = `received answered open firstResponseMedianHours firstResponseP90Hours slaMet slaDue slaAttainment
  resolved resolutionRate timeToResolveMedianHours openBacklog followedUp followUpSatisfaction detractors detractorsDue closedLoopRate n reason`;

const FEEDBACK_OPERATIONS = `query FeedbackOperations($input: MetricInput) {
  feedbackOperations(input: $input) {
    window { from to asOf interval timeZone groupBy }
    complaintSlaHours detractorSlaHours
    total { ${FIGURES} previous { current previous change relativeChange } }
    series { group points { start end ${FIGURES} } }
    groups { group ${FIGURES} }
  }
}`;

type Figures = Record<string, number | string | null>;
interface FeedbackOperations {
  feedbackOperations: {
    window: Record<string, string | null>;
    complaintSlaHours: number;
    detractorSlaHours: number;
    total: Figures & { previous: Record<string, number | null> };
    series: { group: string | null; points: (Figures & { start: string; end: string })[] }[];
    groups: (Figures & { group: string | null })[];
  };
}

const FROM = '2026-02-01T00:00:00Z';
const TO = '2026-04-01T00:00:00Z';
const AS_OF = TO;
const WINDOW = { from: FROM, to: TO, asOf: AS_OF, interval: 'MONTH' };

/**
 * Ten cases received in the window [Feb 1, Apr 1) UTC, read as of Apr 1 00:00 UTC. Targets:
 * 2 h for COMPLAINT/SUGGESTION, 48 h for detractors and low CSAT (defaults).
 *
 *  case kind        category  channel received      first response  resolved          follow-up
 *  C1   COMPLAINT   billing   email   Mar 2 10:00   +1 h  (met)     +5 h              SATISFIED
 *  C2   COMPLAINT   billing   phone   Mar 3 09:00   +3 h  (missed)  +24 h             NOT_SATISFIED (recordFeedbackFollowUp)
 *  C3   COMPLAINT   delivery  email   Mar 5 08:00   +0.5 h (met)    +2 h              SATISFIED
 *  C4   SUGGESTION  product   email   Mar 10 12:00  +2 h  (met, on the target)  —     NO_REPLY
 *  C5   COMPLAINT   delivery  phone   Mar 20 10:00  none: target Mar 20 12:00 passed → missed
 *  C6   COMPLAINT   billing   email   Mar 31 23:00  none: target Apr 1 01:00 not yet passed → left out of the SLA
 *  D1   NPS 3       service   email   Feb 10 10:00  +24 h (met)     +72 h             SATISFIED
 *  D2   NPS 6       service   phone   Feb 20 00:00  +60 h (missed)  Apr 5 (after asOf: not resolved)
 *  D3   NPS 0       product   email   Mar 31 12:00  Apr 2 12:00 (after asOf: unanswered; target Apr 2 12:00 not passed)
 *                                                   SATISFIED, recorded later: its contact is after asOf, so not counted
 *  L1   CSAT 2      delivery  phone   Mar 15 00:00  no first response, resolved +10 h: the resolution is the response (met)
 *
 * Not cases (ignored although open): NPS 9, NPS 7, CSAT 3, CES 1, PRAISE in March.
 * Outside the window: P1 COMPLAINT billing email Jan 10 10:00, +1 h, resolved +3 h; P2 COMPLAINT
 * delivery phone Jan 20 10:00, +4 h, CLOSED without resolvedAt; P3 SUGGESTION product email
 * Nov 1 2025, open; F1 COMPLAINT Apr 5 (after asOf).
 */
const FIXTURE: FeedbackInput[] = [
  { externalId: 'C1', kind: 'COMPLAINT' as never, category: 'billing', channel: 'email', receivedAt: '2026-03-02T10:00:00Z', firstResponseAt: '2026-03-02T11:00:00Z', resolvedAt: '2026-03-02T15:00:00Z', followUpResult: 'SATISFIED' as never },
  { externalId: 'C2', kind: 'COMPLAINT' as never, category: 'billing', channel: 'phone', receivedAt: '2026-03-03T09:00:00Z' },
  { externalId: 'C3', kind: 'COMPLAINT' as never, category: 'delivery', channel: 'email', receivedAt: '2026-03-05T08:00:00Z', firstResponseAt: '2026-03-05T08:30:00Z', resolvedAt: '2026-03-05T10:00:00Z', followUpResult: 'SATISFIED' as never },
  { externalId: 'C4', kind: 'SUGGESTION' as never, category: 'product', channel: 'email', receivedAt: '2026-03-10T12:00:00Z', firstResponseAt: '2026-03-10T14:00:00Z', followUpResult: 'NO_REPLY' as never },
  { externalId: 'C5', kind: 'COMPLAINT' as never, category: 'delivery', channel: 'phone', receivedAt: '2026-03-20T10:00:00Z' },
  { externalId: 'C6', kind: 'COMPLAINT' as never, category: 'billing', channel: 'email', receivedAt: '2026-03-31T23:00:00Z' },
  { externalId: 'D1', kind: 'NPS' as never, score: 3, category: 'service', channel: 'email', receivedAt: '2026-02-10T10:00:00Z', firstResponseAt: '2026-02-11T10:00:00Z', resolvedAt: '2026-02-13T10:00:00Z', followUpResult: 'SATISFIED' as never },
  { externalId: 'D2', kind: 'NPS' as never, score: 6, category: 'service', channel: 'phone', receivedAt: '2026-02-20T00:00:00Z', firstResponseAt: '2026-02-22T12:00:00Z', resolvedAt: '2026-04-05T00:00:00Z' },
  { externalId: 'D3', kind: 'NPS' as never, score: 0, category: 'product', channel: 'email', receivedAt: '2026-03-31T12:00:00Z' },
  { externalId: 'L1', kind: 'CSAT' as never, score: 2, category: 'delivery', channel: 'phone', receivedAt: '2026-03-15T00:00:00Z', resolvedAt: '2026-03-15T10:00:00Z' },
  { externalId: 'N9', kind: 'NPS' as never, score: 9, category: 'service', channel: 'email', receivedAt: '2026-03-01T00:00:00Z' },
  { externalId: 'N7', kind: 'NPS' as never, score: 7, category: 'service', channel: 'phone', receivedAt: '2026-03-02T00:00:00Z' },
  { externalId: 'S3', kind: 'CSAT' as never, score: 3, category: 'delivery', channel: 'email', receivedAt: '2026-03-03T00:00:00Z' },
  { externalId: 'E1', kind: 'CES' as never, score: 1, category: 'delivery', channel: 'email', receivedAt: '2026-03-04T00:00:00Z' },
  { externalId: 'PR', kind: 'PRAISE' as never, category: 'service', channel: 'email', receivedAt: '2026-03-05T00:00:00Z' },
  { externalId: 'P1', kind: 'COMPLAINT' as never, category: 'billing', channel: 'email', receivedAt: '2026-01-10T10:00:00Z', firstResponseAt: '2026-01-10T11:00:00Z', resolvedAt: '2026-01-10T13:00:00Z' },
  { externalId: 'P2', kind: 'COMPLAINT' as never, category: 'delivery', channel: 'phone', receivedAt: '2026-01-20T10:00:00Z', firstResponseAt: '2026-01-20T14:00:00Z', status: 'CLOSED' as never },
  { externalId: 'P3', kind: 'SUGGESTION' as never, category: 'product', channel: 'email', receivedAt: '2025-11-01T00:00:00Z' },
  { externalId: 'F1', kind: 'COMPLAINT' as never, category: 'billing', channel: 'email', receivedAt: '2026-04-05T00:00:00Z' },
];

describe('feedback operations analytics', () => {
  let app: TestApp;
  let readKey: string;

  async function loadFixture(writeKey: string): Promise<void> {
    const batch = await app.request(RecordFeedbackBatchDocument, { input: FIXTURE }, writeKey);
    expect(batch.body.errors).toBeUndefined();
    const ids = batch.body.data!.recordFeedbackBatch.feedback.map((feedback) => feedback.id);
    const idOf = (externalId: string) => ids[FIXTURE.findIndex((input) => input.externalId === externalId)];
    const followUps = [
      { id: idOf('C2'), firstResponseAt: '2026-03-03T12:00:00Z', resolvedAt: '2026-03-04T09:00:00Z', followUpResult: 'NOT_SATISFIED' as never },
      { id: idOf('D3'), firstResponseAt: '2026-04-02T12:00:00Z', followUpResult: 'SATISFIED' as never },
    ];
    for (const input of followUps) {
      const response = await app.request(RecordFeedbackFollowUpDocument, { input }, writeKey);
      expect(response.body.errors).toBeUndefined();
    }
  }

  async function query(input: object | null, key = readKey): Promise<FeedbackOperations['feedbackOperations']> {
    const response = await app.post<FeedbackOperations>({ query: FEEDBACK_OPERATIONS, variables: { input } }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.feedbackOperations;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    const { tenant, key } = await app.tenantWithKey(WRITE, 'fops');
    readKey = await app.keyFor(tenant.id, READ);
    await loadFixture(key);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('computes response times, SLA, resolution, backlog, follow-up and closed loop for the window', async () => {
    const result = await query(WINDOW);
    expect(result.window).toMatchObject({ from: '2026-02-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', timeZone: 'UTC', groupBy: null });
    expect([result.complaintSlaHours, result.detractorSlaHours]).toEqual([2, 48]);
    const total = result.total;
    // Cases C1..C6, D1..D3, L1 = 10 (the NPS 9/7, CSAT 3, CES and praise are not cases).
    // Answered by asOf: C1 1, C2 3, C3 0.5, C4 2, D1 24, D2 60, L1 10 (by its resolution) → 7; open C5, C6, D3 → 3.
    expect(total).toMatchObject({ n: 10, received: 10, answered: 7, open: 3 });
    // Sorted hours [0.5, 1, 2, 3, 10, 24, 60]; percentile_cont puts p at position p × (7 − 1), 0-based,
    // and interpolates linearly: median at 3 → 3; p90 at 5.4 → 24 + 0.4 × (60 − 24) = 38.4.
    expect(total.firstResponseMedianHours).toBeCloseTo(3, 9);
    expect(total.firstResponseP90Hours).toBeCloseTo(38.4, 9);
    // Met: C1, C3, C4 (exactly 2 h), D1, L1 = 5. Missed: C2 (3 h), C5 (unanswered, target passed), D2 (60 h) = 3.
    // C6 and D3 are unanswered and within their targets at asOf: left out. 5 / 8 = 0.625.
    expect(total).toMatchObject({ slaMet: 5, slaDue: 8, slaAttainment: 0.625 });
    // Resolved by asOf: C1 5, C2 24, C3 2, D1 72, L1 10 → 5 of 10 = 0.5 (D2 is resolved after asOf);
    // median of [2, 5, 10, 24, 72] = 10.
    expect(total).toMatchObject({ resolved: 5, resolutionRate: 0.5 });
    expect(total.timeToResolveMedianHours).toBeCloseTo(10, 9);
    // Open at asOf, any receipt date: C4, C5, C6, D2 (resolved later), D3, and P3 from 2025 = 6.
    // P1 is resolved, P2 is CLOSED, F1 arrives after asOf, the non-cases never count.
    expect(total.openBacklog).toBe(6);
    // Followed up: C1 S, C2 NOT_SATISFIED, C3 S, C4 NO_REPLY, D1 S = 5 (D3's contact is after asOf) → 3 / 5 = 0.6.
    // NO_REPLY stays in the denominator; without it this would be 3 / 4.
    expect(total).toMatchObject({ followedUp: 5, followUpSatisfaction: 0.6 });
    // Detractors D1, D2, D3; D3 is still within 48 h at asOf → judged on 2: D1 within 24 h, D2 at 60 h → 1 / 2.
    expect(total).toMatchObject({ detractors: 3, detractorsDue: 2, closedLoopRate: 0.5 });
    expect(total.reason).toBeNull();
    // Previous period [Dec 4 2025, Feb 1 2026) (59 days): P1 answered in 1 h (met), P2 in 4 h (missed) → 0.5.
    // Change 0.625 − 0.5 = 0.125, relative 0.125 / 0.5 = 0.25.
    expect(total.previous.current).toBe(0.625);
    expect(total.previous.previous).toBe(0.5);
    expect(total.previous.change).toBeCloseTo(0.125, 12);
    expect(total.previous.relativeChange).toBeCloseTo(0.25, 12);
    expect(result.groups).toEqual([]);
  });

  it('gives a point per month, with the backlog at each month end', async () => {
    const [series] = (await query(WINDOW)).series;
    expect(series.group).toBeNull();
    expect(series.points.map((point) => [point.start, point.end])).toEqual([
      ['2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
      ['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ]);
    const [february, march] = series.points;
    // February: D1 (24 h, resolved 72 h, SATISFIED) and D2 (60 h). Median (24 + 60) / 2 = 42;
    // p90 at position 0.9 × 1 → 24 + 0.9 × 36 = 56.4. SLA 1 / 2; resolved 1 / 2; closed loop 1 / 2.
    // Backlog at Mar 1: P3 (open since 2025) + D2 = 2 (P1 and D1 were resolved, P2 closed).
    expect(february).toMatchObject({ n: 2, received: 2, answered: 2, slaMet: 1, slaDue: 2, slaAttainment: 0.5, resolved: 1, resolutionRate: 0.5 });
    expect(february).toMatchObject({ timeToResolveMedianHours: 72, openBacklog: 2, followedUp: 1, followUpSatisfaction: 1, detractors: 2, detractorsDue: 2, closedLoopRate: 0.5, reason: null });
    expect(february.firstResponseMedianHours).toBeCloseTo(42, 9);
    expect(february.firstResponseP90Hours).toBeCloseTo(56.4, 9);
    // March: C1..C6, D3, L1 = 8; answered [0.5, 1, 2, 3, 10] → median 2, p90 at 3.6 → 3 + 0.6 × 7 = 7.2.
    // SLA met C1, C3, C4, L1; missed C2, C5; C6 and D3 pending → 4 / 6. Resolved C1, C2, C3, L1 → 4 / 8;
    // median of [2, 5, 10, 24] = 7.5. Follow-ups C1 S, C2 NS, C3 S, C4 NR → 2 / 4. D3 is not yet due → null.
    // Backlog at asOf: 2 + (C4, C5, C6, D3 arrive and stay open) = 6.
    expect(march).toMatchObject({ n: 8, received: 8, answered: 5, open: 3, slaMet: 4, slaDue: 6, resolved: 4, resolutionRate: 0.5, openBacklog: 6 });
    expect(march).toMatchObject({ followedUp: 4, followUpSatisfaction: 0.5, detractors: 1, detractorsDue: 0, closedLoopRate: null });
    expect(march.firstResponseMedianHours).toBeCloseTo(2, 9);
    expect(march.firstResponseP90Hours).toBeCloseTo(7.2, 9);
    expect(march.slaAttainment).toBeCloseTo(4 / 6, 12);
    expect(march.timeToResolveMedianHours).toBeCloseTo(7.5, 9);
    expect(march.reason).toBe('every detractor is uncontacted and still within the target at asOf (closedLoopRate)');
  });

  it('reads the backlog as of earlier dates, ignoring later responses and resolutions', async () => {
    // As of Mar 2 12:00: P3 (open), D2 (resolved only on Apr 5) and C1 (received 10:00, answered 11:00,
    // resolved 15:00: answered but not yet resolved) = 3.
    const early = await query({ asOf: '2026-03-02T12:00:00Z' });
    expect(early.total.openBacklog).toBe(3);
    // Received in the 365 days before: P3, P1, P2, D1, D2, C1 = 6; only P3 is unanswered.
    expect(early.total).toMatchObject({ received: 6, answered: 5, open: 1 });
    // As of Mar 10 00:00: C1, C2 (resolved Mar 4 09:00) and C3 are resolved; C4 is not yet received → P3, D2 = 2.
    const later = await query({ asOf: '2026-03-10T00:00:00Z' });
    expect(later.total.openBacklog).toBe(2);
  });

  it('breaks down by feedback category, with a whole-window line per category', async () => {
    const result = await query({ ...WINDOW, groupBy: 'FEEDBACK_CATEGORY' });
    const byGroup = Object.fromEntries(result.groups.map((group) => [group.group, group]));
    expect(result.groups.map((group) => group.group)).toEqual(['billing', 'delivery', 'product', 'service']);
    // billing: C1 (1 h, resolved 5 h, S), C2 (3 h, resolved 24 h, NS), C6 (open, pending).
    // Median (1 + 3) / 2 = 2; p90 at 0.9 → 1 + 0.9 × 2 = 2.8; SLA 1 / 2; resolved 2 / 3, median (5 + 24) / 2 = 14.5.
    expect(byGroup.billing).toMatchObject({ received: 3, answered: 2, slaMet: 1, slaDue: 2, slaAttainment: 0.5, resolved: 2, followedUp: 2, followUpSatisfaction: 0.5, openBacklog: 1 });
    expect(byGroup.billing.firstResponseMedianHours).toBeCloseTo(2, 9);
    expect(byGroup.billing.firstResponseP90Hours).toBeCloseTo(2.8, 9);
    expect(byGroup.billing.resolutionRate).toBeCloseTo(2 / 3, 12);
    expect(byGroup.billing.timeToResolveMedianHours).toBeCloseTo(14.5, 9);
    expect(byGroup.billing.reason).toBe('no detractors (closedLoopRate)');
    // delivery: C3 (0.5 h), C5 (unanswered, missed), L1 (10 h by resolution). Median (0.5 + 10) / 2 = 5.25;
    // p90 0.5 + 0.9 × 9.5 = 9.05; SLA 2 / 3. Backlog C5 = 1 (P2 is CLOSED).
    expect(byGroup.delivery).toMatchObject({ received: 3, answered: 2, slaMet: 2, slaDue: 3, resolved: 2, openBacklog: 1, followedUp: 1, followUpSatisfaction: 1 });
    expect(byGroup.delivery.firstResponseMedianHours).toBeCloseTo(5.25, 9);
    expect(byGroup.delivery.firstResponseP90Hours).toBeCloseTo(9.05, 9);
    // product: C4 (2 h, NO_REPLY), D3 (pending). SLA 1 / 1; nothing resolved; satisfaction 0 / 1.
    // Backlog C4, D3 and P3 (from 2025) = 3.
    expect(byGroup.product).toMatchObject({ received: 2, answered: 1, slaAttainment: 1, resolved: 0, resolutionRate: 0, timeToResolveMedianHours: null, followUpSatisfaction: 0, detractors: 1, closedLoopRate: null, openBacklog: 3 });
    // service: D1, D2 as in February; backlog D2 = 1. Backlogs 1 + 1 + 3 + 1 = 6 = the total.
    expect(byGroup.service).toMatchObject({ received: 2, slaAttainment: 0.5, closedLoopRate: 0.5, openBacklog: 1 });
    expect(result.total).toMatchObject({ received: 10, openBacklog: 6 });

    // Series per category: product's backlog is P3 (1) at the end of February, then + C4 + D3 = 3.
    const product = result.series.find((series) => series.group === 'product')!;
    expect(product.points.map((point) => [point.received, point.openBacklog])).toEqual([[0, 1], [2, 3]]);
    expect(product.points[0].reason).toBe('no cases received in this bucket');
    expect(result.series.map((series) => series.group)).toEqual(['billing', 'delivery', 'product', 'service']);
  });

  it('breaks down by channel and filters by channel', async () => {
    const result = await query({ ...WINDOW, groupBy: 'CHANNEL' });
    const byGroup = Object.fromEntries(result.groups.map((group) => [group.group, group]));
    // email: C1, C3, C4, C6, D1, D3; answered [0.5, 1, 2, 24] → median 1.5, p90 at 2.7 → 2 + 0.7 × 22 = 17.4.
    // SLA: C1, C3, C4, D1 met; C6, D3 pending → 4 / 4. Resolved C1, C3, D1 → 3 / 6, median of [2, 5, 72] = 5.
    // Follow-ups C1 S, C3 S, C4 NR, D1 S → 3 / 4. Detractors D1 (met), D3 (pending) → 1 / 1. Backlog C4, C6, D3, P3 = 4.
    expect(byGroup.email).toMatchObject({ received: 6, answered: 4, slaMet: 4, slaDue: 4, slaAttainment: 1, resolved: 3, resolutionRate: 0.5, timeToResolveMedianHours: 5 });
    expect(byGroup.email).toMatchObject({ followedUp: 4, followUpSatisfaction: 0.75, detractors: 2, detractorsDue: 1, closedLoopRate: 1, openBacklog: 4 });
    expect(byGroup.email.firstResponseMedianHours).toBeCloseTo(1.5, 9);
    expect(byGroup.email.firstResponseP90Hours).toBeCloseTo(17.4, 9);
    // phone: C2, C5, D2, L1; answered [3, 10, 60] → median 10, p90 at 1.8 → 10 + 0.8 × 50 = 50.
    // SLA: only L1 met → 1 / 4. Resolved C2, L1 → 2 / 4, median (10 + 24) / 2 = 17. Follow-up C2 NS → 0 / 1.
    // Detractor D2 missed → 0 / 1. Backlog C5, D2 = 2.
    expect(byGroup.phone).toMatchObject({ received: 4, answered: 3, slaMet: 1, slaDue: 4, slaAttainment: 0.25, resolutionRate: 0.5, timeToResolveMedianHours: 17, followUpSatisfaction: 0, closedLoopRate: 0, openBacklog: 2 });
    expect(byGroup.phone.firstResponseMedianHours).toBeCloseTo(10, 9);
    expect(byGroup.phone.firstResponseP90Hours).toBeCloseTo(50, 9);
    // Phone series: February D2; March C2, C5, L1.
    const phone = result.series.find((series) => series.group === 'phone')!;
    expect(phone.points.map((point) => point.received)).toEqual([1, 3]);

    const filtered = await query({ ...WINDOW, filter: { channels: ['phone'] } });
    expect(filtered.total).toMatchObject({ received: 4, slaAttainment: 0.25, openBacklog: 2 });
  });

  it('breaks down by customer tag, a case counting once in each tag of its customer', async () => {
    const { tenant, key } = await app.tenantWithKey(WRITE, 'fops-tag');
    await app.request(UpsertCustomersDocument, { input: [{ externalId: 'A' }, { externalId: 'B' }, { externalId: 'C' }] }, key);
    for (const tagKey of ['vip', 'new']) {
      expect((await app.request(UpsertTagDocument, { input: { key: tagKey, label: tagKey, category: 'TIER' as never } }, key)).body.errors).toBeUndefined();
    }
    for (const [customerExternalId, tagKey] of [['A', 'vip'], ['A', 'new'], ['B', 'vip']]) {
      expect((await app.request(TagCustomerDocument, { input: { customerExternalId, tagKey, source: 'MANUAL' as never } }, key)).body.errors).toBeUndefined();
    }
    // K1 (A: vip, new) unanswered, target passed → missed, open. K2 (B: vip) answered in 1 h → met, open.
    // K3 (C: no tag) resolved in 1 h → met, closed.
    const batch = await app.request(
      RecordFeedbackBatchDocument,
      {
        input: [
          { customerExternalId: 'A', kind: 'COMPLAINT' as never, receivedAt: '2026-03-02T10:00:00Z' },
          { customerExternalId: 'B', kind: 'COMPLAINT' as never, receivedAt: '2026-03-03T10:00:00Z', firstResponseAt: '2026-03-03T11:00:00Z' },
          { customerExternalId: 'C', kind: 'SUGGESTION' as never, receivedAt: '2026-03-04T10:00:00Z', resolvedAt: '2026-03-04T11:00:00Z' },
        ],
      },
      key,
    );
    expect(batch.body.errors).toBeUndefined();
    const result = await query({ ...WINDOW, groupBy: 'TAG' }, await app.keyFor(tenant.id, READ));
    expect(result.groups.map((group) => [group.group, group.received, group.slaMet, group.slaDue, group.openBacklog])).toEqual([
      ['new', 1, 0, 1, 1],
      ['vip', 2, 1, 2, 2],
      [null, 1, 1, 1, 0],
    ]);
    // The total counts each case once: 3 received, 2 met of 3, backlog K1 + K2 = 2 (not 1 + 2 + 0).
    expect(result.total).toMatchObject({ received: 3, slaMet: 2, slaDue: 3, openBacklog: 2 });
  });

  it('uses the tenant SLA settings', async () => {
    const { tenant, key } = await app.tenantWithKey(WRITE, 'fops-sla');
    await loadFixture(key);
    const tenantReadKey = await app.keyFor(tenant.id, READ);
    const adminKey = await app.keyFor(tenant.id, ['admin']);
    const saved = await app.request(UpdateAnalyticsSettingsDocument, { input: { complaintSlaHours: 4, detractorSlaHours: 72 } }, adminKey);
    expect(saved.body.errors).toBeUndefined();
    const result = await query(WINDOW, tenantReadKey);
    expect([result.complaintSlaHours, result.detractorSlaHours]).toEqual([4, 72]);
    // 4 h: C2 (3 h) now met; C5's target Mar 20 14:00 has still passed (missed); C6's (Apr 1 03:00) has not.
    // 72 h: D2 (60 h) now met; D3's target Apr 3 12:00 has not passed. Met C1, C2, C3, C4, D1, D2, L1 = 7 of 8.
    expect(result.total).toMatchObject({ slaMet: 7, slaDue: 8, slaAttainment: 0.875 });
    // Closed loop: D1 and D2 within 72 h of 2 due → 1. Previous period: P1 1 h and P2 4 h both met → 1.
    expect(result.total).toMatchObject({ closedLoopRate: 1 });
    expect(result.total.previous).toMatchObject({ current: 0.875, previous: 1 });
  });

  it('returns nulls with reasons when there are no cases', async () => {
    const { tenant } = await app.tenantWithKey(WRITE, 'fops-empty');
    const result = await query(WINDOW, await app.keyFor(tenant.id, READ));
    expect(result.total).toMatchObject({
      n: 0,
      received: 0,
      open: 0,
      firstResponseMedianHours: null,
      firstResponseP90Hours: null,
      slaAttainment: null,
      resolutionRate: null,
      timeToResolveMedianHours: null,
      openBacklog: 0,
      followUpSatisfaction: null,
      closedLoopRate: null,
      reason: 'no cases received in the window',
    });
    expect(result.total.previous).toMatchObject({ current: null, previous: null, change: null });
    expect(result.series).toHaveLength(1);
    expect(result.series[0].points.map((point) => [point.received, point.slaAttainment, point.openBacklog, point.reason])).toEqual([
      [0, null, 0, 'no cases received in this bucket'],
      [0, null, 0, 'no cases received in this bucket'],
    ]);
  });

  it("buckets by the tenant's local calendar", async () => {
    // New York (UTC−4 in spring): 23:30 on Mar 31 is Apr 1 03:30 UTC, still March locally.
    const newYork = await app.tenantWithKey(WRITE, 'fops-ny', { timeZone: 'America/New_York' });
    await app.request(RecordFeedbackBatchDocument, { input: [{ kind: 'COMPLAINT' as never, receivedAt: '2026-04-01T03:30:00Z' }] }, newYork.key);
    const newYorkKey = await app.keyFor(newYork.tenant.id, READ);
    const local = await query({ from: '2026-03-01T05:00:00Z', to: '2026-05-01T04:00:00Z', asOf: '2026-05-01T04:00:00Z' }, newYorkKey);
    expect(local.window.timeZone).toBe('America/New_York');
    expect(local.series[0].points.map((point) => [point.start, point.end, point.received])).toEqual([
      ['2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z', 1],
      ['2026-04-01T04:00:00.000Z', '2026-05-01T04:00:00.000Z', 0],
    ]);
    // The same case read in UTC falls in April.
    const utc = await query({ from: '2026-03-01T00:00:00Z', to: '2026-05-01T00:00:00Z', asOf: '2026-05-01T00:00:00Z', timeZone: 'UTC' }, newYorkKey);
    expect(utc.series[0].points.map((point) => point.received)).toEqual([0, 1]);

    // Shanghai (UTC+8): 23:30 on Mar 31 local is 15:30 UTC (March); 00:30 on Apr 1 local is Mar 31 16:30 UTC (April).
    const shanghai = await app.tenantWithKey(WRITE, 'fops-sh', { timeZone: 'Asia/Shanghai' });
    await app.request(
      RecordFeedbackBatchDocument,
      { input: [{ kind: 'COMPLAINT' as never, receivedAt: '2026-03-31T15:30:00Z' }, { kind: 'SUGGESTION' as never, receivedAt: '2026-03-31T16:30:00Z' }] },
      shanghai.key,
    );
    const shanghaiResult = await query({ from: '2026-02-28T16:00:00Z', to: '2026-04-30T16:00:00Z', asOf: '2026-04-30T16:00:00Z' }, await app.keyFor(shanghai.tenant.id, READ));
    expect(shanghaiResult.series[0].points.map((point) => [point.start, point.received])).toEqual([
      ['2026-02-28T16:00:00.000Z', 1],
      ['2026-03-31T16:00:00.000Z', 1],
    ]);
  });

  it('requires analytics:read and names a bad field', async () => {
    const { key } = await app.tenantWithKey(WRITE, 'fops-scope');
    const forbidden = await app.post({ query: FEEDBACK_OPERATIONS, variables: { input: WINDOW } }, key);
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    const bad = await app.post({ query: FEEDBACK_OPERATIONS, variables: { input: { from: TO, to: FROM } } }, readKey);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0].extensions?.field).toBe('input.from');
  });
});
