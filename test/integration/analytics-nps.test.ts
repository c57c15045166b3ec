import { errorCodes, TestApp } from '../support/test-app.js';

const WRITE = ['customers:read', 'customers:write', 'analytics:read'];

const NPS_FIELDS = 'n reason promoters passives detractors promoterShare detractorShare nps marginOfError lowSample';
const CSAT_FIELDS = 'n reason satisfied satisfiedShare mean distribution { score count } marginOfError lowSample';
const CES_FIELDS = 'n reason easy easyShare mean distribution { score count } lowSample';
const COMPARISON = 'previous { current previous change relativeChange }';

const NPS_QUERY = `query Nps($input: MetricInput) {
  nps(input: $input) {
    window { from to asOf interval timeZone groupBy }
    series { group points { start end ${NPS_FIELDS} } }
    groups { group ${NPS_FIELDS} }
    total { ${NPS_FIELDS} ${COMPARISON} }
  }
}`;
const CSAT_QUERY = `query Csat($input: MetricInput) {
  csat(input: $input) { series { group points { start ${CSAT_FIELDS} } } groups { group ${CSAT_FIELDS} } total { ${CSAT_FIELDS} ${COMPARISON} } }
}`;
const CES_QUERY = `query Ces($input: MetricInput) {
  ces(input: $input) { series { group points { start ${CES_FIELDS} } } groups { group ${CES_FIELDS} } total { ${CES_FIELDS} ${COMPARISON} } }
}`;
const CROSS_QUERY = `query Cross($input: MetricInput) { rfmSegmentsByNpsCategory(input: $input) { segment npsCategory customers share } }`;

interface Figures {
  n: number;
  reason: string | null;
  lowSample: boolean;
  [field: string]: unknown;
}
interface Point extends Figures {
  start: string;
}
interface Comparison {
  current: number | null;
  previous: number | null;
  change: number | null;
  relativeChange: number | null;
}
interface SurveyResult {
  window?: Record<string, unknown>;
  series: { group: string | null; points: Point[] }[];
  groups: (Figures & { group: string | null })[];
  total: Figures & { previous: Comparison };
}

interface Answer {
  kind: 'NPS' | 'CSAT' | 'CES';
  score: number;
  receivedAt: string;
  channel?: string;
  customerExternalId?: string;
}

const answer = (kind: Answer['kind'], score: number, receivedAt: string, channel?: string, customerExternalId?: string): Answer => ({ kind, score, receivedAt, channel, customerExternalId });

/**
 * UTC tenant. Window [2026-01-01, 2026-04-01), asOf 2026-04-01; the previous period is the 90
 * days before: [2025-10-03, 2026-01-01).
 *
 *   NPS  January:  10 web, 10 web, 9 email, 8 web, 6 email, 0 (no channel)
 *        February: none
 *        March:    9 web, 9 web, 10 email, 10 email, 7 web, 3 web
 *        December 2025 (previous period): 10 web, 6 web, 6 email, 8 email
 *        ignored: 0 on 2025-09-01 (before the previous period), 0 at asOf (the window ends there)
 *   CSAT January: 5, 5, 4, 3; March: 2, 1, 4, 5; December 2025: 5, 1
 *   CES  February: 7, 6, 5, 5, 3, 1
 */
const SURVEY_ANSWERS: Answer[] = [
  answer('NPS', 10, '2026-01-05T10:00:00Z', 'web'),
  answer('NPS', 10, '2026-01-06T10:00:00Z', 'web'),
  answer('NPS', 9, '2026-01-07T10:00:00Z', 'email'),
  answer('NPS', 8, '2026-01-08T10:00:00Z', 'web'),
  answer('NPS', 6, '2026-01-09T10:00:00Z', 'email'),
  answer('NPS', 0, '2026-01-31T23:59:59Z'),
  answer('NPS', 9, '2026-03-01T00:00:00Z', 'web'),
  answer('NPS', 9, '2026-03-02T10:00:00Z', 'web'),
  answer('NPS', 10, '2026-03-03T10:00:00Z', 'email'),
  answer('NPS', 10, '2026-03-04T10:00:00Z', 'email'),
  answer('NPS', 7, '2026-03-05T10:00:00Z', 'web'),
  answer('NPS', 3, '2026-03-31T23:59:59Z', 'web'),
  answer('NPS', 10, '2025-12-01T10:00:00Z', 'web'),
  answer('NPS', 6, '2025-12-02T10:00:00Z', 'web'),
  answer('NPS', 6, '2025-12-03T10:00:00Z', 'email'),
  answer('NPS', 8, '2025-12-04T10:00:00Z', 'email'),
  answer('NPS', 0, '2025-09-01T10:00:00Z', 'web'),
  answer('NPS', 0, '2026-04-01T00:00:00Z', 'web'),
  ...[5, 5, 4, 3].map((score, index) => answer('CSAT', score, `2026-01-1${index}T10:00:00Z`, 'web')),
  ...[2, 1, 4, 5].map((score, index) => answer('CSAT', score, `2026-03-1${index}T10:00:00Z`, 'web')),
  answer('CSAT', 5, '2025-12-10T10:00:00Z', 'web'),
  answer('CSAT', 1, '2025-12-11T10:00:00Z', 'web'),
  ...[7, 6, 5, 5, 3, 1].map((score, index) => answer('CES', score, `2026-02-1${index}T10:00:00Z`, 'email')),
];

const WINDOW = { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z', asOf: '2026-04-01T00:00:00Z', interval: 'MONTH' };

describe('NPS, CSAT and CES analytics', () => {
  let app: TestApp;
  let key: string;
  let adminKey: string;

  const post = async <T>(query: string, variables: Record<string, unknown>, apiKey = key) => app.post<T>({ query, variables }, apiKey);
  const nps = async (input: Record<string, unknown>, apiKey = key) => {
    const response = await post<{ nps: SurveyResult }>(NPS_QUERY, { input }, apiKey);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.nps;
  };
  const record = async (apiKey: string, answers: Answer[]) => {
    const response = await post<{ recordFeedbackBatch: { insertedCount: number } }>(
      'mutation Record($input: [FeedbackInput!]!) { recordFeedbackBatch(input: $input) { insertedCount } }',
      { input: answers },
      apiKey,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.recordFeedbackBatch.insertedCount).toBe(answers.length);
  };
  const setLowSampleThreshold = async (threshold: number) => {
    const response = await post('mutation Settings($input: AnalyticsSettingsInput!) { updateAnalyticsSettings(input: $input) { lowSampleThreshold } }', { input: { lowSampleThreshold: threshold } }, adminKey);
    expect(response.body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    app = await TestApp.start();
    const created = await app.tenantWithKey(WRITE, 'nps');
    key = created.key;
    adminKey = await app.keyFor(created.tenant.id, ['admin']);
    await record(key, SURVEY_ANSWERS);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('computes NPS, its margin of error and the low-sample flag on a dozen answers', async () => {
    const result = await nps(WINDOW);
    expect(result.window).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      asOf: '2026-04-01T00:00:00.000Z',
      interval: 'MONTH',
      timeZone: 'UTC',
      groupBy: null,
    });
    // 12 answers: promoters 10, 10, 9 + 9, 9, 10, 10 = 7; passives 8, 7 = 2; detractors 6, 0, 3 = 3.
    // P = 7/12, D = 3/12 → NPS = 100 × 4/12 = 33.33.
    // MoE = 100 × 1.96 × sqrt((10/12 − (4/12)²) / 12) = 196 × sqrt(0.72222 / 12) = 196 × 0.24533 = 48.08.
    const { total } = result;
    expect(total).toMatchObject({ n: 12, promoters: 7, passives: 2, detractors: 3, reason: null, lowSample: true });
    expect(total.promoterShare).toBeCloseTo(7 / 12, 12);
    expect(total.detractorShare).toBeCloseTo(0.25, 12);
    expect(total.nps).toBeCloseTo(33.3333, 3);
    expect(total.marginOfError).toBeCloseTo(48.084, 2);
    expect(result.groups).toEqual([]);

    // With the tenant's threshold at 12, n = 12 is no longer a low sample (n < 12 is); a month of 6 still is.
    await setLowSampleThreshold(12);
    const relaxed = await nps(WINDOW);
    expect(relaxed.total.lowSample).toBe(false);
    expect(relaxed.series[0].points[0]).toMatchObject({ n: 6, lowSample: true });
    await setLowSampleThreshold(30);
  });

  it('gives a monthly series with an empty month (null, n 0, a reason) between two months', async () => {
    const { series } = await nps(WINDOW);
    expect(series).toHaveLength(1);
    expect(series[0].group).toBeNull();
    const [january, february, march] = series[0].points;
    expect(series[0].points.map((point) => point.start)).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']);
    // January: 10, 10, 9 promoters; 8 passive; 6, 0 detractors → 100 × (3 − 2) / 6 = 16.67;
    // MoE = 196 × sqrt((5/6 − (1/6)²) / 6) = 196 × sqrt(0.80556 / 6) = 196 × 0.36641 = 71.82.
    expect(january).toMatchObject({ n: 6, promoters: 3, passives: 1, detractors: 2, reason: null });
    expect(january.nps).toBeCloseTo(16.6667, 3);
    expect(january.marginOfError).toBeCloseTo(71.817, 2);
    expect(february).toMatchObject({ n: 0, promoters: 0, passives: 0, detractors: 0, nps: null, marginOfError: null, promoterShare: null, lowSample: true });
    expect(february.reason).toBe('no NPS answers in this bucket');
    // March: 9, 9, 10, 10 promoters; 7 passive; 3 detractor → 100 × (4 − 1) / 6 = 50.
    expect(march).toMatchObject({ n: 6, promoters: 4, passives: 1, detractors: 1 });
    expect(march.nps).toBeCloseTo(50, 9);
  });

  it('compares the NPS with the previous period', async () => {
    const { total } = await nps(WINDOW);
    // Previous period [2025-10-03, 2026-01-01): 10 promoter, 8 passive, 6 and 6 detractors → 100 × (1 − 2) / 4 = −25
    // (the 0 of 2025-09-01 is before it). Change 33.33 − (−25) = 58.33; relative 58.33 / |−25| = 2.333.
    expect(total.previous.current).toBeCloseTo(33.3333, 3);
    expect(total.previous.previous).toBeCloseTo(-25, 9);
    expect(total.previous.change).toBeCloseTo(58.3333, 3);
    expect(total.previous.relativeChange).toBeCloseTo(2.3333, 3);
  });

  it('breaks NPS down by channel and filters by channel', async () => {
    const result = await nps({ ...WINDOW, groupBy: 'CHANNEL' });
    // email: 9, 6, 10, 10 → 3 promoters, 1 detractor of 4 → 100 × 2/4 = 50; MoE = 196 × sqrt((1 − 0.25) / 4) = 84.87.
    // web: 10, 10, 8, 9, 9, 7, 3 → 4 promoters, 2 passives, 1 detractor of 7 → 100 × 3/7 = 42.86.
    // not recorded: the 0 of January → −100; MoE = 196 × sqrt((1 − 1) / 1) = 0.
    expect(result.groups.map((group) => [group.group, group.n, group.promoters, group.passives, group.detractors])).toEqual([
      ['email', 4, 3, 0, 1],
      ['web', 7, 4, 2, 1],
      [null, 1, 0, 0, 1],
    ]);
    expect(result.groups[0].nps).toBeCloseTo(50, 9);
    expect(result.groups[0].marginOfError).toBeCloseTo(84.870, 2);
    expect(result.groups[1].nps).toBeCloseTo(42.857, 2);
    expect(result.groups[2]).toMatchObject({ nps: -100, marginOfError: 0 });
    // Series per channel, each with all three months: email January (9, 6) → 0, March (10, 10) → 100;
    // web January (10, 10, 8) → 66.67, March (9, 9, 7, 3) → 100 × (2 − 1) / 4 = 25.
    expect(result.series.map((series) => [series.group, series.points.map((point) => point.n)])).toEqual([
      ['email', [2, 0, 2]],
      ['web', [3, 0, 4]],
      [null, [1, 0, 0]],
    ]);
    expect(result.series[0].points.map((point) => point.nps)).toEqual([0, null, 100]);
    expect(result.series[1].points[0].nps).toBeCloseTo(66.667, 2);
    expect(result.series[1].points[2].nps).toBeCloseTo(25, 9);
    // The total is the whole window without the breakdown.
    expect(result.total.n).toBe(12);

    const web = await nps({ ...WINDOW, filter: { channels: ['web'] } });
    // Web answers only: 42.86 now; previous period web answers 10 and 6 → 100 × (1 − 1) / 2 = 0, so no relative change.
    expect(web.total.n).toBe(7);
    expect(web.total.nps).toBeCloseTo(42.857, 2);
    expect(web.total.previous).toMatchObject({ previous: 0, relativeChange: null });
    expect(web.total.previous.change).toBeCloseTo(42.857, 2);
    expect(web.series[0].points.map((point) => point.n)).toEqual([3, 0, 4]);
  });

  it('computes CSAT: % satisfied, mean, distribution and margin of error', async () => {
    const response = await post<{ csat: SurveyResult }>(CSAT_QUERY, { input: WINDOW });
    expect(response.body.errors).toBeUndefined();
    const { total, series } = response.body.data!.csat;
    // 5, 5, 4, 3, 2, 1, 4, 5: satisfied (4–5) = 5 of 8 → 62.5 %; mean = 29 / 8 = 3.625.
    // MoE = 100 × 1.96 × sqrt(0.625 × 0.375 / 8) = 196 × 0.17116 = 33.55 percentage points.
    expect(total).toMatchObject({ n: 8, satisfied: 5, satisfiedShare: 62.5, mean: 3.625, lowSample: true, reason: null });
    expect(total.marginOfError).toBeCloseTo(33.548, 2);
    expect(total.distribution).toEqual([
      { score: 1, count: 1 },
      { score: 2, count: 1 },
      { score: 3, count: 1 },
      { score: 4, count: 2 },
      { score: 5, count: 3 },
    ]);
    // Previous period: 5, 1 → 50 %; change 12.5 points, relative 12.5 / 50 = 0.25.
    expect(total.previous).toEqual({ current: 62.5, previous: 50, change: 12.5, relativeChange: 0.25 });
    // January 5, 5, 4, 3 → 75 %, mean 17/4 = 4.25; February empty; March 2, 1, 4, 5 → 50 %, mean 3.
    const [january, february, march] = series[0].points;
    expect(january).toMatchObject({ n: 4, satisfiedShare: 75, mean: 4.25 });
    expect(february).toMatchObject({ n: 0, satisfied: 0, satisfiedShare: null, mean: null, marginOfError: null, reason: 'no CSAT answers in this bucket' });
    expect(february.distribution).toEqual([1, 2, 3, 4, 5].map((score) => ({ score, count: 0 })));
    expect(march).toMatchObject({ n: 4, satisfiedShare: 50, mean: 3 });
  });

  it('computes CES: % easy, mean and distribution', async () => {
    const response = await post<{ ces: SurveyResult }>(CES_QUERY, { input: { ...WINDOW, groupBy: 'CHANNEL' } });
    expect(response.body.errors).toBeUndefined();
    const { total, series, groups } = response.body.data!.ces;
    // 7, 6, 5, 5, 3, 1: easy (5–7) = 4 of 6 → 66.67 %; mean = 27 / 6 = 4.5.
    expect(total).toMatchObject({ n: 6, easy: 4, mean: 4.5, lowSample: true });
    expect(total.easyShare).toBeCloseTo(66.667, 2);
    expect(total.distribution).toEqual([
      { score: 1, count: 1 },
      { score: 2, count: 0 },
      { score: 3, count: 1 },
      { score: 4, count: 0 },
      { score: 5, count: 2 },
      { score: 6, count: 1 },
      { score: 7, count: 1 },
    ]);
    // No CES answers in the previous period: no comparison.
    expect(total.previous).toEqual({ current: 4.5, previous: null, change: null, relativeChange: null });
    // All in February, all by email.
    expect(groups.map((group) => [group.group, group.n])).toEqual([['email', 6]]);
    expect(series.map((one) => [one.group, one.points.map((point) => point.n)])).toEqual([['email', [0, 6, 0]]]);
  });

  it('reads the totals only when total is asked for, directly or through a fragment', async () => {
    const seriesOnly = await post<{ csat: SurveyResult }>('query($input: MetricInput) { csat(input: $input) { series { points { n } } } }', { input: WINDOW });
    const withTotal = await post<{ csat: SurveyResult }>(
      'query($input: MetricInput) { csat(input: $input) { series { points { n } } ...Total } } fragment Total on CsatResult { total { n mean } }',
      { input: WINDOW },
    );
    expect(seriesOnly.body.errors).toBeUndefined();
    expect(withTotal.body.errors).toBeUndefined();
    // One statement more: the window and previous-period totals.
    expect(withTotal.statements - seriesOnly.statements).toBe(1);
    // January 5, 5, 4, 3 and March 2, 1, 4, 5: n = 8, mean = 29 / 8 = 3.625.
    expect(withTotal.body.data!.csat.series[0].points.map((point) => point.n)).toEqual([4, 0, 4]);
    expect(withTotal.body.data!.csat.total).toEqual({ n: 8, mean: 3.625 });
  });

  it('gives null with a reason, not zero, when there are no answers', async () => {
    const { key: emptyKey } = await app.tenantWithKey(['analytics:read'], 'nps-empty');
    const result = await nps(WINDOW, emptyKey);
    expect(result.total).toMatchObject({ n: 0, nps: null, marginOfError: null, promoterShare: null, reason: 'no NPS answers in the window' });
    expect(result.total.previous).toEqual({ current: null, previous: null, change: null, relativeChange: null });
    expect(result.series).toHaveLength(1);
    expect(result.series[0].points.map((point) => [point.n, point.nps])).toEqual([[0, null], [0, null], [0, null]]);
    expect(result.groups).toEqual([]);
    const csat = await post<{ csat: SurveyResult }>(CSAT_QUERY, { input: WINDOW }, emptyKey);
    expect(csat.body.data!.csat.total).toMatchObject({ n: 0, satisfiedShare: null, mean: null, reason: 'no CSAT answers in the window' });
    const ces = await post<{ ces: SurveyResult }>(CES_QUERY, { input: WINDOW }, emptyKey);
    expect(ces.body.data!.ces.total).toMatchObject({ n: 0, easyShare: null, mean: null, reason: 'no CES answers in the window' });
  });

  it("counts an answer at 23:30 on 31 January New York time in January, in the tenant's zone", async () => {
    const { key: newYorkKey } = await app.tenantWithKey(WRITE, 'nps-ny', { timeZone: 'America/New_York' });
    // 2026-01-31 23:30 EST (UTC−5) = 2026-02-01 04:30 UTC.
    await record(newYorkKey, [answer('NPS', 10, '2026-02-01T04:30:00Z', 'web')]);
    const window = { from: '2026-01-01T05:00:00Z', to: '2026-03-01T05:00:00Z', asOf: '2026-03-01T05:00:00Z' };
    const local = await nps(window, newYorkKey);
    expect(local.window?.timeZone).toBe('America/New_York');
    // Buckets start at local midnight: 1 January 00:00 EST = 05:00 UTC, 1 February likewise.
    expect(local.series[0].points.map((point) => [point.start, point.n])).toEqual([
      ['2026-01-01T05:00:00.000Z', 1],
      ['2026-02-01T05:00:00.000Z', 0],
    ]);
    expect(local.series[0].points[0].nps).toBe(100);
    // Asked in UTC, the same answer falls on 1 February.
    const utc = await nps({ ...window, timeZone: 'UTC' }, newYorkKey);
    expect(utc.series[0].points.map((point) => [point.start, point.n])).toEqual([
      ['2026-01-01T00:00:00.000Z', 0],
      ['2026-02-01T00:00:00.000Z', 1],
      ['2026-03-01T00:00:00.000Z', 0],
    ]);
  });

  it('refuses callers without analytics:read', async () => {
    const { key: readOnly } = await app.tenantWithKey(['customers:read'], 'nps-forbidden');
    for (const field of ['nps(input: $input) { total { n } }', 'csat(input: $input) { total { n } }', 'ces(input: $input) { total { n } }', 'rfmSegmentsByNpsCategory(input: $input) { customers }']) {
      const response = await post(`query One($input: MetricInput) { ${field} }`, { input: WINDOW }, readOnly);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.body.data).toBeNull();
    }
  });

  it('refuses bad input naming the field', async () => {
    const zone = await post(NPS_QUERY, { input: { ...WINDOW, timeZone: 'Mars/Olympus_Mons' } });
    expect(errorCodes(zone)).toEqual(['BAD_USER_INPUT']);
    expect(zone.body.errors?.[0].extensions?.field).toBe('input.timeZone');
    const backwards = await post(CSAT_QUERY, { input: { from: '2026-04-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } });
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.body.errors?.[0].extensions?.field).toBe('input.from');
    // Every MetricDimension applies to feedback; a value outside the enum is refused by GraphQL itself.
    const dimension = await post(NPS_QUERY, { input: { ...WINDOW, groupBy: 'PRODUCT' } });
    expect(errorCodes(dimension)).toEqual(['BAD_USER_INPUT']);
    expect(dimension.body.errors?.[0].message).toContain('input.groupBy');
  });
});

/**
 * Five buyers B1..B5, each with one completed order on 2026-05-20, and a prospect P, as of
 * 2026-06-01 (RFM window: the 365 days before).
 *   R: every buyer is 12 days from asOf, so all four quintile edges are 12 and 12 is not above
 *      any of them: bin 1, R = 6 − 1 = 5 for everyone.
 *   F: one order each; ranks by (F, external id) are B1 1 … B5 5; edges at positions p × 4 of
 *      [1..5]: 1.8, 2.6, 3.4, 4.2 → F = 1, 2, 3, 4, 5.
 *   Segments (R 5): F 1 → NEW (B1); F 2–3 → POTENTIAL_LOYALIST (B2, B3); F 4–5 → CHAMPIONS (B4, B5).
 * NPS answers:
 *   B1: 10 on 2024-06-01 (long before any window)           latest ≤ asOf: 10 → PROMOTER
 *   B2: 9 on 2026-05-22, 4 exactly at asOf                    latest: 4 → DETRACTOR
 *   B3: 7 on 2026-03-01, 0 on 2026-06-02 (after asOf)         latest: 7 → PASSIVE
 *   B4: 3 on 2026-04-01, 9 on 2026-05-23                      latest: 9 → PROMOTER
 *   B5: none                                                  NONE
 *   P:  10 on 2026-05-24 (a prospect: no RFM segment)
 */
describe('NPS by RFM segment', () => {
  let app: TestApp;
  let key: string;
  const AS_OF = '2026-06-01T00:00:00Z';

  beforeAll(async () => {
    app = await TestApp.start();
    ({ key } = await app.tenantWithKey(WRITE, 'nps-rfm'));
    const buyers = ['B1', 'B2', 'B3', 'B4', 'B5'];
    const customers = await app.post({ query: 'mutation($input: [CustomerInput!]!) { upsertCustomers(input: $input) { insertedCount } }', variables: { input: [...buyers, 'P'].map((externalId) => ({ externalId })) } }, key);
    expect(customers.body.errors).toBeUndefined();
    const orders = buyers.map((buyer) => ({ externalId: `${buyer}-1`, customerExternalId: buyer, placedAt: '2026-05-20T00:00:00Z', amount: '100' }));
    const recorded = await app.post({ query: 'mutation($input: [OrderInput!]!) { recordOrders(input: $input) { insertedCount } }', variables: { input: orders } }, key);
    expect(recorded.body.errors).toBeUndefined();
    const answers = [
      answer('NPS', 10, '2024-06-01T00:00:00Z', 'web', 'B1'),
      answer('NPS', 9, '2026-05-22T00:00:00Z', 'web', 'B2'),
      answer('NPS', 4, AS_OF, 'web', 'B2'),
      answer('NPS', 7, '2026-03-01T00:00:00Z', 'web', 'B3'),
      answer('NPS', 0, '2026-06-02T00:00:00Z', 'web', 'B3'),
      answer('NPS', 3, '2026-04-01T00:00:00Z', 'web', 'B4'),
      answer('NPS', 9, '2026-05-23T00:00:00Z', 'web', 'B4'),
      answer('NPS', 10, '2026-05-24T00:00:00Z', 'web', 'P'),
    ];
    const feedback = await app.post({ query: 'mutation($input: [FeedbackInput!]!) { recordFeedbackBatch(input: $input) { insertedCount } }', variables: { input: answers } }, key);
    expect(feedback.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('breaks NPS down by RFM segment and filters by segment', async () => {
    const input = { from: '2026-01-01T00:00:00Z', to: AS_OF, asOf: AS_OF, groupBy: 'RFM_SEGMENT' };
    const response = await app.post<{ nps: SurveyResult }>({ query: NPS_QUERY, variables: { input } }, key);
    expect(response.body.errors).toBeUndefined();
    // Answers in [2026-01-01, asOf): B2 9, B3 7, B4 3 and 9, P 10 (B1's is too old, B2's 4 is at asOf, B3's 0 after).
    //   CHAMPIONS (B4): 9, 3 → 100 × (1 − 1) / 2 = 0
    //   POTENTIAL_LOYALIST (B2, B3): 9, 7 → 100 × (1 − 0) / 2 = 50
    //   not a buyer (P): 10 → 100
    expect(response.body.data!.nps.groups.map((group) => [group.group, group.n, group.nps])).toEqual([
      ['CHAMPIONS', 2, 0],
      ['POTENTIAL_LOYALIST', 2, 50],
      [null, 1, 100],
    ]);
    // All five: 9, 7, 3, 9, 10 → 3 promoters, 1 detractor of 5 → 40.
    expect(response.body.data!.nps.total).toMatchObject({ n: 5, nps: 40 });

    const champions = await app.post<{ nps: SurveyResult }>({ query: NPS_QUERY, variables: { input: { ...input, groupBy: null, filter: { rfmSegments: ['CHAMPIONS'] } } } }, key);
    expect(champions.body.data!.nps.total).toMatchObject({ n: 2, nps: 0 });
  });

  it("crosses each buyer's RFM segment with their latest NPS category as of asOf", async () => {
    const response = await app.post<{ rfmSegmentsByNpsCategory: { segment: string; npsCategory: string; customers: number; share: number | null }[] }>(
      { query: CROSS_QUERY, variables: { input: { asOf: AS_OF } } },
      key,
    );
    expect(response.body.errors).toBeUndefined();
    const cells = response.body.data!.rfmSegmentsByNpsCategory;
    // Every cell of the 10 default segments × 4 categories, empty ones with share null when the segment is empty.
    expect(cells).toHaveLength(40);
    expect(cells.filter((cell) => cell.customers > 0).map((cell) => [cell.segment, cell.npsCategory, cell.customers, cell.share])).toEqual([
      ['CHAMPIONS', 'PROMOTER', 1, 0.5],
      ['CHAMPIONS', 'NONE', 1, 0.5],
      ['POTENTIAL_LOYALIST', 'PASSIVE', 1, 0.5],
      ['POTENTIAL_LOYALIST', 'DETRACTOR', 1, 0.5],
      ['NEW', 'PROMOTER', 1, 1],
    ]);
    expect(cells.find((cell) => cell.segment === 'CHAMPIONS' && cell.npsCategory === 'PASSIVE')).toMatchObject({ customers: 0, share: 0 });
    expect(cells.find((cell) => cell.segment === 'LOYAL' && cell.npsCategory === 'PROMOTER')).toMatchObject({ customers: 0, share: null });

    // Customer filters apply; a channel filter does not (buyers have no channel), nor does a breakdown.
    const onlyNew = await app.post<{ rfmSegmentsByNpsCategory: { customers: number }[] }>({ query: CROSS_QUERY, variables: { input: { asOf: AS_OF, filter: { rfmSegments: ['NEW'] } } } }, key);
    expect(onlyNew.body.data!.rfmSegmentsByNpsCategory.reduce((sum, cell) => sum + cell.customers, 0)).toBe(1);
    const channel = await app.post({ query: CROSS_QUERY, variables: { input: { asOf: AS_OF, filter: { channels: ['web'] } } } }, key);
    expect(errorCodes(channel)).toEqual(['BAD_USER_INPUT']);
    expect(channel.body.errors?.[0].extensions?.field).toBe('input.filter.channels');
    const grouped = await app.post({ query: CROSS_QUERY, variables: { input: { asOf: AS_OF, groupBy: 'CHANNEL' } } }, key);
    expect(errorCodes(grouped)).toEqual(['BAD_USER_INPUT']);
    expect(grouped.body.errors?.[0].extensions?.field).toBe('input.groupBy');
  });
});
