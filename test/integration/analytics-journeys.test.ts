import { randomUUID } from 'node:crypto';
import { errorCodes, TestApp, type GraphQLResponse } from '../support/test-app.js';

const WRITE = ['customers:read', 'customers:write'];
const READ = ['analytics:read'];

// January 2026 in New York (EST, UTC−5): local midnight Jan 1 to local midnight Feb 1.
const JANUARY = { from: '2026-01-01T05:00:00.000Z', to: '2026-02-01T05:00:00.000Z', asOf: '2026-03-01T00:00:00.000Z' };

const PURCHASE_STAGES = ['awareness', 'consideration', 'purchase', 'retention'];

const ANALYTICS = `
  query JourneyAnalytics($journeyId: ID, $journeyKey: String, $input: MetricInput) {
    journeyAnalytics(journeyId: $journeyId, journeyKey: $journeyKey, input: $input) {
      journey { key }
      window { from to asOf }
      funnel { stage { key position } customers converted conversionToNext medianDaysToNext reason }
      emotionCurve { stage { key } n meanEmotion reason }
      feedbackByStage {
        stage { key }
        nps { n promoters passives detractors nps marginOfError lowSample reason }
        csat { n satisfied percentSatisfied mean marginOfError lowSample reason }
      }
    }
  }`;

const PAIN_POINTS = `
  query PainPoints($journeyKey: String, $input: MetricInput, $limit: Int, $minN: Int) {
    journeyAnalytics(journeyKey: $journeyKey, input: $input) {
      painPoints(limit: $limit, minN: $minN) { stage { key } channel action n meanEmotion }
    }
  }`;

interface FunnelStage {
  stage: { key: string; position: number };
  customers: number;
  converted: number;
  conversionToNext: number | null;
  medianDaysToNext: number | null;
  reason: string | null;
}
interface StageEmotion {
  stage: { key: string };
  n: number;
  meanEmotion: number | null;
  reason: string | null;
}
interface StageFeedback {
  stage: { key: string };
  nps: { n: number; promoters: number; passives: number; detractors: number; nps: number | null; marginOfError: number | null; lowSample: boolean; reason: string | null };
  csat: { n: number; satisfied: number; percentSatisfied: number | null; mean: number | null; marginOfError: number | null; lowSample: boolean; reason: string | null };
}
interface AnalyticsData {
  journeyAnalytics: { journey: { key: string }; window: { from: string; to: string }; funnel: FunnelStage[]; emotionCurve: StageEmotion[]; feedbackByStage: StageFeedback[] };
}
interface PainPointData {
  journeyAnalytics: { painPoints: { stage: { key: string }; channel: string | null; action: string; n: number; meanEmotion: number }[] };
}

/** [customers, converted, conversionToNext, medianDaysToNext] per stage, floats to 4 decimals. */
function funnelOf(response: GraphQLResponse<AnalyticsData>) {
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.journeyAnalytics.funnel.map((stage) => [stage.stage.key, stage.customers, stage.converted, round(stage.conversionToNext), round(stage.medianDaysToNext)]);
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}

describe('journey analytics', () => {
  let app: TestApp;
  let writeKey: string;
  let readKey: string;
  let tenantId: string;
  let purchaseJourneyId: string;
  let stageIds: Record<string, string>;

  async function mutate(query: string, variables: Record<string, unknown>, key = writeKey) {
    const response = await app.post({ query, variables }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data as Record<string, unknown>;
  }

  async function createJourney(key: string, stages: string[]) {
    const data = await mutate(
      `mutation ($input: JourneyInput!) { createJourney(input: $input) { id stages { id key } } }`,
      { input: { key, name: key, stages: stages.map((stage) => ({ key: stage, name: stage })) } },
    );
    const journey = data.createJourney as { id: string; stages: { id: string; key: string }[] };
    return { id: journey.id, stageIds: Object.fromEntries(journey.stages.map((stage) => [stage.key, stage.id])) };
  }

  async function touch(journeyKey: string, customer: string, stageKey: string, occurredAt: string, emotion: number | null, channel: string | null = 'web', action = 'visit') {
    await mutate(`mutation ($input: TouchpointInput!) { recordTouchpoint(input: $input) { id } }`, {
      input: { customerExternalId: customer, journeyKey, stageKey, occurredAt, emotion, channel, action },
    });
  }

  function analytics(variables: Record<string, unknown>, key = readKey): Promise<GraphQLResponse<AnalyticsData>> {
    return app.post<AnalyticsData>({ query: ANALYTICS, variables: { input: JANUARY, ...variables } }, key);
  }

  function painPoints(variables: Record<string, unknown>): Promise<GraphQLResponse<PainPointData>> {
    return app.post<PainPointData>({ query: PAIN_POINTS, variables: { journeyKey: 'support', input: JANUARY, ...variables } }, readKey);
  }

  beforeAll(async () => {
    app = await TestApp.start();
    const tenant = await app.tenantWithKey(WRITE, 'journey-analytics', { timeZone: 'America/New_York' });
    writeKey = tenant.key;
    tenantId = tenant.tenant.id;
    readKey = await app.keyFor(tenantId, READ);
    const adminKey = await app.keyFor(tenantId, ['admin']);
    await mutate(`mutation { updateAnalyticsSettings(input: { lowSampleThreshold: 4 }) { lowSampleThreshold } }`, {}, adminKey);

    const north = ['C1', 'C2', 'C3'].map((externalId) => ({ externalId, region: 'north' }));
    const south = ['C4', 'C5', 'C6'].map((externalId) => ({ externalId, region: 'south' }));
    const zone = ['Z1', 'Z2', 'Z3', 'Z4'].map((externalId) => ({ externalId }));
    await mutate(`mutation ($input: [CustomerInput!]!) { upsertCustomers(input: $input) { __typename } }`, { input: [...north, ...south, ...zone] });
    await mutate(`mutation { upsertTag(input: { key: "vip", label: "VIP", category: BEHAVIOR }) { key } }`, {});
    for (const customer of ['C1', 'C3']) {
      await mutate(`mutation ($customer: String!) { tagCustomer(input: { customerExternalId: $customer, tagKey: "vip" }) { id } }`, { customer });
    }

    const purchase = await createJourney('purchase', PURCHASE_STAGES);
    purchaseJourneyId = purchase.id;
    stageIds = purchase.stageIds;
    // Customer, stage, time (UTC), emotion. Stages: A = awareness, B = consideration, C = purchase, D = retention.
    const touchpoints: [string, string, string, number | null][] = [
      ['C1', 'awareness', '2026-01-02T12:00:00Z', 1],
      ['C1', 'consideration', '2026-01-03T12:00:00Z', -1],
      ['C1', 'purchase', '2026-01-05T12:00:00Z', 2],
      ['C1', 'retention', '2026-01-10T12:00:00Z', null],
      ['C2', 'awareness', '2026-01-03T12:00:00Z', 2],
      ['C2', 'consideration', '2026-01-06T00:00:00Z', -2],
      ['C2', 'purchase', '2026-01-07T00:00:00Z', 1],
      // C3 skips consideration: counted in purchase, converting neither A → B nor B → C.
      ['C3', 'awareness', '2026-01-02T12:00:00Z', 0],
      ['C3', 'purchase', '2026-01-06T12:00:00Z', null],
      ['C3', 'retention', '2026-01-09T12:00:00Z', null],
      // C4 comes back to awareness after consideration: the first awareness visit counts.
      ['C4', 'awareness', '2026-01-04T12:00:00Z', 1],
      ['C4', 'consideration', '2026-01-11T12:00:00Z', 0],
      ['C4', 'awareness', '2026-01-20T12:00:00Z', -1],
      // C5 meets consideration before awareness; only the later consideration visit converts.
      ['C5', 'consideration', '2026-01-05T12:00:00Z', -1],
      ['C5', 'awareness', '2026-01-06T12:00:00Z', null],
      ['C5', 'consideration', '2026-01-09T12:00:00Z', 1],
      // C6's consideration visits fall before the window and after its end (before asOf).
      ['C6', 'awareness', '2026-01-12T12:00:00Z', 1],
      ['C6', 'consideration', '2025-12-20T12:00:00Z', -2],
      ['C6', 'consideration', '2026-02-03T12:00:00Z', -2],
    ];
    for (const [customer, stage, at, emotion] of touchpoints) await touch('purchase', customer, stage, at, emotion);

    const answer = (kind: string, score: number, stage: string | null, receivedAt = '2026-01-15T12:00:00Z') => ({ kind, score, stageId: stage ? stageIds[stage] : null, receivedAt });
    await mutate(`mutation ($input: [FeedbackInput!]!) { recordFeedbackBatch(input: $input) { __typename } }`, {
      input: [
        ...[10, 9, 8, 3, 6].map((score) => answer('NPS', score, 'awareness')),
        answer('NPS', 0, 'awareness', '2025-12-15T12:00:00Z'), // before the window
        { kind: 'COMPLAINT', stageId: stageIds.awareness, receivedAt: '2026-01-15T12:00:00Z' }, // not a survey answer
        ...[10, 10, 9, 7].map((score) => answer('NPS', score, 'consideration')),
        ...[5, 4, 2].map((score) => answer('CSAT', score, 'consideration')),
        answer('CSAT', 1, 'purchase'),
        answer('NPS', 9, 'retention', '2026-02-01T04:30:00Z'), // Jan 31 23:30 New York: in January
        answer('NPS', 0, 'retention', '2026-02-01T05:30:00Z'), // Feb 1 00:30 New York: after the window
        answer('NPS', 9, null), // linked to no stage
      ],
    });

    await createJourney('support', ['contact', 'resolve']);
    const supportTouchpoints: [string, string | null, string, number[]][] = [
      ['contact', 'phone', 'call_wait', [-2, -2, -1, -2, -1]],
      ['contact', 'chat', 'chat_start', [-1, -1, -1, -1, -1]],
      ['contact', null, 'walk_in', [-1, -1, -1, -1, -1]],
      ['resolve', 'email', 'ticket_update', [-1, -1, -1, -1, -1]],
      ['resolve', 'phone', 'callback', [-2, -2, -2, -2]],
      ['contact', 'web', 'faq_view', [1, 2, 0, 1, 1, 1]],
    ];
    for (const [stage, channel, action, emotions] of supportTouchpoints) {
      for (const [index, emotion] of emotions.entries()) await touch('support', `C${index + 1}`, stage, `2026-01-1${index}T15:00:00Z`, emotion, channel, action);
    }
    await touch('support', 'C1', 'contact', '2026-01-20T15:00:00Z', null, 'web', 'faq_view'); // no emotion: not in n
    await touch('support', 'C2', 'contact', '2025-12-31T12:00:00Z', -2, 'web', 'faq_view'); // before the window

    await createJourney('zone-check', ['visit']);
    await touch('zone-check', 'Z1', 'visit', '2026-02-01T04:30:00Z', -2); // Jan 31 23:30 New York: in
    await touch('zone-check', 'Z2', 'visit', '2026-02-01T05:30:00Z', 2); // Feb 1 00:30 New York: out
    await touch('zone-check', 'Z3', 'visit', '2026-01-01T05:10:00Z', -1); // Jan 1 00:10 New York: in
    await touch('zone-check', 'Z4', 'visit', '2026-01-01T04:50:00Z', 2); // Dec 31 23:50 New York: out

    await createJourney('empty', ['first', 'second']);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('counts customers per stage, conversion to the next stage after the first visit, and the median days between', async () => {
    const response = await analytics({ journeyKey: 'purchase' });
    expect(response.body.data?.journeyAnalytics.journey).toEqual({ key: 'purchase' });
    expect(response.body.data?.journeyAnalytics.funnel.map((stage) => stage.stage)).toEqual(PURCHASE_STAGES.map((key, position) => ({ key, position })));
    expect(funnelOf(response)).toEqual([
      // Awareness: C1..C6 = 6. First consideration after first awareness: C1 (Jan 2 12h → Jan 3 12h = 1 d),
      // C2 (Jan 3 12h → Jan 6 0h = 2.5 d), C4 (Jan 4 12h → Jan 11 12h = 7 d), C5 (Jan 6 12h → Jan 9 12h = 3 d;
      // its Jan 5 visit came before). C3 skipped it, C6's visits are outside the window.
      // 4 / 6 = 0.6667; median of {1, 2.5, 3, 7} = (2.5 + 3) / 2 = 2.75.
      ['awareness', 6, 4, 0.6667, 2.75],
      // Consideration: C1, C2, C4, C5 = 4. Purchase after: C1 (Jan 3 12h → Jan 5 12h = 2 d), C2 (Jan 6 0h → Jan 7 0h = 1 d);
      // C3 reached purchase without consideration and does not count. 2 / 4 = 0.5; median (1 + 2) / 2 = 1.5.
      ['consideration', 4, 2, 0.5, 1.5],
      // Purchase: C1, C2, C3 = 3. Retention after: C1 (Jan 5 → Jan 10 = 5 d), C3 (Jan 6 → Jan 9 = 3 d). 2 / 3; median 4.
      ['purchase', 3, 2, 0.6667, 4],
      // Retention: C1, C3; the last stage has no conversion.
      ['retention', 2, 0, null, null],
    ]);
    expect(response.body.data?.journeyAnalytics.funnel.map((stage) => stage.reason)).toEqual([null, null, null, 'last stage of the journey: there is no next stage']);
  });

  it('gives the mean emotion per stage over the touchpoints that carry one, in the window', async () => {
    const response = await analytics({ journeyId: purchaseJourneyId });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.journeyAnalytics.emotionCurve.map((stage) => [stage.stage.key, stage.n, round(stage.meanEmotion), stage.reason])).toEqual([
      // Awareness: +1 +2 0 +1 −1 +1 (C5's has none) = 4 over 6 = 0.6667.
      ['awareness', 6, 0.6667, null],
      // Consideration: −1 −2 0 −1 +1 = −3 over 5 = −0.6 (C6's two −2 are outside the window).
      ['consideration', 5, -0.6, null],
      // Purchase: +2 +1 = 3 over 2 = 1.5 (C3's has none).
      ['purchase', 2, 1.5, null],
      ['retention', 0, null, 'no touchpoints with an emotion in this stage in the window'],
    ]);
  });

  it('gives NPS and CSAT of the answers linked to each stage and received in the window', async () => {
    const response = await analytics({ journeyKey: 'purchase' });
    expect(response.body.errors).toBeUndefined();
    const [awareness, consideration, purchase, retention] = response.body.data!.journeyAnalytics.feedbackByStage;
    expect(awareness.stage.key).toBe('awareness');
    // 10, 9 promoters; 8 passive; 3, 6 detractors (the December 0 and the complaint are left out).
    // NPS = 100 × (2/5 − 2/5) = 0; MoE = 196 × sqrt((0.4 + 0.4 − 0²) / 5) = 196 × 0.4 = 78.4. n = 5 ≥ threshold 4.
    expect(awareness.nps).toMatchObject({ n: 5, promoters: 2, passives: 1, detractors: 2, lowSample: false, reason: null });
    expect(awareness.nps.nps).toBeCloseTo(0, 6);
    expect(awareness.nps.marginOfError).toBeCloseTo(78.4, 4);
    expect(awareness.csat).toMatchObject({ n: 0, percentSatisfied: null, mean: null, lowSample: true, reason: 'no CSAT answers linked to this stage in the window' });

    // 10, 10, 9 promoters; 7 passive. NPS = 100 × 3/4 = 75; MoE = 196 × sqrt((0.75 − 0.5625) / 4) = 196 × 0.216506 = 42.4352.
    expect(consideration.nps).toMatchObject({ n: 4, promoters: 3, passives: 1, detractors: 0, nps: 75, lowSample: false });
    expect(consideration.nps.marginOfError).toBeCloseTo(42.4352, 3);
    // CSAT 5, 4 satisfied, 2 not: 2/3 = 66.667%; mean 11/3 = 3.6667; MoE = 196 × sqrt((2/3 × 1/3) / 3) = 196 × 0.272166 = 53.3445.
    expect(consideration.csat).toMatchObject({ n: 3, satisfied: 2, lowSample: true, reason: null });
    expect(consideration.csat.percentSatisfied).toBeCloseTo(66.6667, 3);
    expect(consideration.csat.mean).toBeCloseTo(3.6667, 3);
    expect(consideration.csat.marginOfError).toBeCloseTo(53.3445, 3);

    // Purchase: no NPS; one CSAT of 1: 0% satisfied, mean 1, MoE = 196 × sqrt(0 × 1 / 1) = 0.
    expect(purchase.nps).toMatchObject({ n: 0, nps: null, marginOfError: null, reason: 'no NPS answers linked to this stage in the window' });
    expect(purchase.csat).toMatchObject({ n: 1, satisfied: 0, percentSatisfied: 0, mean: 1, marginOfError: 0, lowSample: true });

    // Retention: the 9 of Jan 31 23:30 New York counts, the 0 of Feb 1 00:30 does not. NPS = 100 × (1 − 0) = 100.
    expect(retention.nps).toMatchObject({ n: 1, promoters: 1, detractors: 0, nps: 100, marginOfError: 0, lowSample: true });
  });

  it('counts a touchpoint at 23:30 local time on January 31 in the January window of a New York tenant', async () => {
    const response = await analytics({ journeyKey: 'zone-check' });
    // In: Z1 (Jan 31 23:30 local) and Z3 (Jan 1 00:10 local); out: Z2 (Feb 1 00:30) and Z4 (Dec 31 23:50).
    expect(funnelOf(response)).toEqual([['visit', 2, 0, null, null]]);
    // Emotion: Z1 −2, Z3 −1: mean −1.5.
    expect(response.body.data?.journeyAnalytics.emotionCurve.map((stage) => [stage.n, stage.meanEmotion])).toEqual([[2, -1.5]]);
    expect(response.body.data?.journeyAnalytics.window).toEqual({ from: JANUARY.from, to: JANUARY.to, asOf: JANUARY.asOf });
  });

  it('excludes touchpoints outside the window: a window from January 5 drops the early visits', async () => {
    const response = await analytics({ journeyKey: 'purchase', input: { ...JANUARY, from: '2026-01-05T05:00:00.000Z' } });
    expect(funnelOf(response)).toEqual([
      // Awareness from Jan 5 00:00 local: C5 (Jan 6), C6 (Jan 12), C4 (its Jan 20 visit is now its first) = 3.
      // C5: Jan 6 12h → Jan 9 12h = 3 d; C4: no consideration after Jan 20; C6: none. 1 / 3; median 3.
      ['awareness', 3, 1, 0.3333, 3],
      // Consideration: C2 (Jan 6), C4 (Jan 11), C5 (Jan 5 12h, first) = 3. Purchase after: C2 (1 d). 1 / 3; median 1.
      ['consideration', 3, 1, 0.3333, 1],
      // Purchase: C1 (Jan 5 12h), C2 (Jan 7), C3 (Jan 6 12h) = 3; retention after: C1 5 d, C3 3 d. 2 / 3, median 4.
      ['purchase', 3, 2, 0.6667, 4],
      ['retention', 2, 0, null, null],
    ]);
  });

  it('filters by region and by tag', async () => {
    const north = await analytics({ journeyKey: 'purchase', input: { ...JANUARY, filter: { regions: ['north'] } } });
    expect(funnelOf(north)).toEqual([
      // C1, C2, C3: C1 (1 d) and C2 (2.5 d) convert: 2 / 3, median 1.75.
      ['awareness', 3, 2, 0.6667, 1.75],
      // C1 (2 d), C2 (1 d): 2 / 2, median 1.5.
      ['consideration', 2, 2, 1, 1.5],
      // C1 (5 d), C3 (3 d) of C1, C2, C3: 2 / 3, median 4.
      ['purchase', 3, 2, 0.6667, 4],
      ['retention', 2, 0, null, null],
    ]);

    const vip = await analytics({ journeyKey: 'purchase', input: { ...JANUARY, filter: { tagKeys: ['vip'] } } });
    expect(funnelOf(vip)).toEqual([
      // C1, C3: only C1 reaches consideration (1 d): 1 / 2, median 1.
      ['awareness', 2, 1, 0.5, 1],
      // C1 (2 d): 1 / 1.
      ['consideration', 1, 1, 1, 2],
      // C1 (5 d), C3 (3 d): 2 / 2, median 4.
      ['purchase', 2, 2, 1, 4],
      ['retention', 2, 0, null, null],
    ]);
  });

  it('lists pain points lowest mean emotion first, leaving out combinations with fewer than minN emotions', async () => {
    const defaults = await painPoints({});
    expect(defaults.body.errors).toBeUndefined();
    expect(defaults.body.data?.journeyAnalytics.painPoints.map((point) => [point.stage.key, point.channel, point.action, point.n, round(point.meanEmotion)])).toEqual([
      // −2 −2 −1 −2 −1 = −8 / 5 = −1.6.
      ['contact', 'phone', 'call_wait', 5, -1.6],
      // Three at −5 / 5 = −1: contact before resolve (position), then channel "chat" before no channel.
      ['contact', 'chat', 'chat_start', 5, -1],
      ['contact', null, 'walk_in', 5, -1],
      ['resolve', 'email', 'ticket_update', 5, -1],
      // +1 +2 0 +1 +1 +1 = 6 / 6 = 1 (the one without emotion and the December −2 are not counted).
      ['contact', 'web', 'faq_view', 6, 1],
      // resolve/phone/callback (−2 × 4) has n = 4 < minN 5.
    ]);

    const lowerMinimum = await painPoints({ limit: 2, minN: 4 });
    expect(lowerMinimum.body.data?.journeyAnalytics.painPoints.map((point) => [point.stage.key, point.action, point.n, point.meanEmotion])).toEqual([
      ['resolve', 'callback', 4, -2],
      ['contact', 'call_wait', 5, -1.6],
    ]);

    const phone = await painPoints({ input: { ...JANUARY, filter: { channels: ['phone'] } } });
    expect(phone.body.data?.journeyAnalytics.painPoints.map((point) => point.action)).toEqual(['call_wait']);

    const badLimit = await painPoints({ limit: 0 });
    expect(errorCodes(badLimit)).toEqual(['BAD_USER_INPUT']);
    expect(badLimit.body.errors?.[0].extensions?.field).toBe('limit');
  });

  it('reads the touchpoints once for the emotion curve and any number of pain point lists', async () => {
    const request = (fields: string) => app.post<PainPointData>({
      query: `query($input: MetricInput) { journeyAnalytics(journeyKey: "support", input: $input) { ${fields} } }`,
      variables: { input: JANUARY },
    }, readKey);
    const curveOnly = await request('emotionCurve { n }');
    const all = await request('emotionCurve { n } painPoints { action } fewer: painPoints(limit: 2, minN: 4) { action n }');
    expect(all.body.errors).toBeUndefined();
    expect(all.statements).toBe(curveOnly.statements);
    // Each list is still its own: the same groups, cut by its own minN and limit (see above).
    const fewer = (all.body.data as unknown as { journeyAnalytics: { fewer: { action: string; n: number }[] } }).journeyAnalytics.fewer;
    expect(fewer.map((point) => [point.action, point.n])).toEqual([['callback', 4], ['call_wait', 5]]);
  });

  it('gives nulls with reasons for a journey without data, in as many statements as with data', async () => {
    const response = await analytics({ journeyKey: 'empty' });
    expect(response.body.errors).toBeUndefined();
    // One statement per part whatever the data: no per-customer or per-stage queries.
    expect(response.statements).toBe((await analytics({ journeyKey: 'purchase' })).statements);
    const result = response.body.data!.journeyAnalytics;
    expect(result.funnel.map((stage) => [stage.customers, stage.conversionToNext, stage.medianDaysToNext, stage.reason])).toEqual([
      [0, null, null, 'no customers with a touchpoint in this stage in the window'],
      [0, null, null, 'last stage of the journey: there is no next stage'],
    ]);
    expect(result.emotionCurve.map((stage) => [stage.n, stage.meanEmotion])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(result.feedbackByStage.map((stage) => [stage.nps.n, stage.nps.nps, stage.csat.n, stage.csat.percentSatisfied])).toEqual([
      [0, null, 0, null],
      [0, null, 0, null],
    ]);
  });

  it('refuses a missing or doubled journey argument, a malformed id and a groupBy, naming the argument', async () => {
    const neither = await analytics({});
    expect(errorCodes(neither)).toEqual(['BAD_USER_INPUT']);
    expect(neither.body.errors?.[0].extensions?.field).toBe('journeyId');

    const both = await analytics({ journeyId: purchaseJourneyId, journeyKey: 'purchase' });
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    expect(both.body.errors?.[0].extensions?.field).toBe('journeyKey');

    const malformed = await analytics({ journeyId: 'not-an-id' });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.body.errors?.[0].extensions?.field).toBe('journeyId');

    const grouped = await analytics({ journeyKey: 'purchase', input: { ...JANUARY, groupBy: 'CHANNEL' } });
    expect(errorCodes(grouped)).toEqual(['BAD_USER_INPUT']);
    expect(grouped.body.errors?.[0].extensions?.field).toBe('input.groupBy');
  });

  it('answers NOT_FOUND for an unknown journey and for another tenant’s journey, FORBIDDEN without analytics:read', async () => {
    expect(errorCodes(await analytics({ journeyKey: 'no-such-journey' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await analytics({ journeyId: randomUUID() }))).toEqual(['NOT_FOUND']);

    const other = await app.tenantWithKey([...READ, ...WRITE], 'journey-analytics-other');
    expect(errorCodes(await analytics({ journeyId: purchaseJourneyId }, other.key))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await analytics({ journeyKey: 'purchase' }, other.key))).toEqual(['NOT_FOUND']);

    const customersOnly = await app.keyFor(tenantId, ['customers:read']);
    const forbidden = await analytics({ journeyKey: 'purchase' }, customersOnly);
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    expect(forbidden.body.data?.journeyAnalytics ?? null).toBeNull();
  });
});
