import { errorCodes, TestApp } from '../support/test-app.js';

const WRITE = ['customers:read', 'customers:write'];
const READ = ['analytics:read', 'customers:read'];

const DAY = 86_400_000;
const AS_OF = '2026-06-01T12:00:00.000Z';
const FIRST_SEEN = '2026-01-01T00:00:00Z';
const daysBefore = (days: number) => new Date(Date.parse(AS_OF) - days * DAY).toISOString();

const SCORE_FIELDS = 'customerId externalId asOf score grade profileScore behaviourScore prospect explanation { rule points events capped }';

const DISTRIBUTION = `query Distribution($input: LeadScoreInput) {
  leadGradeDistribution(input: $input) {
    asOf includeBuyers n meanScore reason halfLifeDays
    grades { grade customers share }
    thresholds { a b c }
  }
}`;

const PAGE = `query Page($input: LeadScoreInput, $grade: LeadGrade, $first: Int, $after: String) {
  leadScores(input: $input, grade: $grade, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { externalId score grade prospect customer { name } } }
  }
}`;

const CUSTOMER_SCORE = `query CustomerScore($externalId: String!, $asOf: DateTimeISO) {
  customer(externalId: $externalId) { leadScore(asOf: $asOf) { ${SCORE_FIELDS} } }
}`;

interface Explanation {
  rule: string;
  points: number;
  events: number | null;
  capped: boolean;
}
interface Score {
  externalId: string;
  score: number;
  grade: string;
  profileScore: number;
  behaviourScore: number;
  prospect: boolean;
  explanation: Explanation[];
}
interface Distribution {
  n: number;
  meanScore: number | null;
  reason: string | null;
  includeBuyers: boolean;
  halfLifeDays: number;
  grades: { grade: string; customers: number; share: number | null }[];
  thresholds: { a: number; b: number; c: number };
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { externalId: string; score: number; grade: string; prospect: boolean; customer: { name: string } } }[];
}

/**
 * Read as of June 1 2026 12:00 UTC, default rules (METRICS.md: executive 20, manager 10, staff 3,
 * decision role 10, phone 5, stated need 10, large 10, medium 5; opened 1 cap 10, clicked 3,
 * forwarded 5, site visit 2 cap 20, download 5; half-life 30 days; A ≥ 60, B ≥ 40, C ≥ 20).
 *
 *  L1  "VP of Sales", DECISION_MAKER, phone, stated need, LARGE: 20 + 10 + 5 + 10 + 10 = 55
 *      12 email opens at asOf: 12 × 1 = 12 → capped at 10
 *      email click 15 days before: 3 × 0.5^(15/30) = 3 × 0.70711 = 2.1213
 *      site visit 30 days before: 2 × 0.5 = 1; download 60 days before: 5 × 0.25 = 1.25
 *      (a site visit after asOf and a webinar do not count)
 *      behaviour 10 + 2.1213 + 1 + 1.25 = 14.3713; score 69.3713 → A
 *  L2  "Marketing Manager", INFLUENCER, no phone, MEDIUM: 10 + 5 = 15
 *      11 site visits at asOf: 22 → capped at 20; "Email Forwarded" 30 days before: 5 × 0.5 = 2.5
 *      score 15 + 22.5 = 37.5 → C
 *  L3  "Analyst", DECISION_MAKER, phone, stated need: 3 + 10 + 5 + 10 = 28
 *      2 downloads at asOf: 10; "EMAIL-CLICKED" at asOf: 3; score 41 → B
 *  L4  nothing: score 0 → D
 *  B1  "CEO", LARGE, completed order Mar 1: a buyer; 20 + 10 = 30 → C
 *  B2  "Sales Manager", LARGE, a refunded order Mar 1 and a completed order Jul 1 (after asOf):
 *      still a prospect at asOf; 10 + 10 = 20 → C
 *  LATE first seen Jul 1, after asOf: not counted in distributions
 */
const CUSTOMERS = [
  { externalId: 'L1', name: 'Lena', jobTitle: 'VP of Sales', phone: '+1-202-555-0101', sizeBand: 'LARGE', region: 'North', attributes: { decisionRole: 'DECISION_MAKER', statedNeed: true } },
  { externalId: 'L2', name: 'Liam', jobTitle: 'Marketing Manager', sizeBand: 'MEDIUM', region: 'South', attributes: { decisionRole: 'INFLUENCER', statedNeed: false } },
  { externalId: 'L3', name: 'Lara', jobTitle: 'Analyst', phone: '+1-202-555-0103', region: 'North', attributes: { decisionRole: 'DECISION_MAKER', statedNeed: true } },
  { externalId: 'L4', name: 'Luca', region: 'South' },
  { externalId: 'B1', name: 'Bea', jobTitle: 'CEO', sizeBand: 'LARGE', region: 'East' },
  { externalId: 'B2', name: 'Ben', jobTitle: 'Sales Manager', sizeBand: 'LARGE', region: 'East' },
].map((customer) => ({ firstSeenAt: FIRST_SEEN, ...customer }));

const TOUCHPOINTS: [string, string, string][] = [
  ...Array.from({ length: 12 }, (): [string, string, string] => ['L1', 'email_opened', AS_OF]),
  ['L1', 'email_clicked', daysBefore(15)],
  ['L1', 'site_visit', daysBefore(30)],
  ['L1', 'content_downloaded', daysBefore(60)],
  ['L1', 'site_visit', '2026-06-01T12:00:01Z'],
  ['L1', 'webinar_attended', daysBefore(1)],
  ...Array.from({ length: 11 }, (): [string, string, string] => ['L2', 'site_visit', AS_OF]),
  ['L2', 'Email Forwarded', daysBefore(30)],
  ['L3', 'content_downloaded', AS_OF],
  ['L3', 'content_downloaded', AS_OF],
  ['L3', 'EMAIL-CLICKED', AS_OF],
  ['LATE', 'site_visit', AS_OF],
];

const L1_EXPLANATION: Explanation[] = [
  { rule: 'JOB_LEVEL_EXECUTIVE', points: 20, events: null, capped: false },
  { rule: 'KEY_DECISION_ROLE', points: 10, events: null, capped: false },
  { rule: 'PHONE_PRESENT', points: 5, events: null, capped: false },
  { rule: 'STATED_NEED', points: 10, events: null, capped: false },
  { rule: 'COMPANY_SIZE_LARGE', points: 10, events: null, capped: false },
  { rule: 'EMAIL_OPENED', points: 10, events: 12, capped: true },
  { rule: 'EMAIL_CLICKED', points: 2.1213, events: 1, capped: false },
  { rule: 'SITE_VISIT', points: 1, events: 1, capped: false },
  { rule: 'CONTENT_DOWNLOADED', points: 1.25, events: 1, capped: false },
];

describe('lead score', () => {
  let app: TestApp;
  let writeKey: string;
  let readKey: string;
  let adminKey: string;
  let tenantId: string;

  async function data<T>(query: string, variables: Record<string, unknown>, key: string): Promise<T> {
    const response = await app.post<T>({ query, variables }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data as T;
  }

  async function customerScore(externalId: string, key = readKey): Promise<Score> {
    return (await data<{ customer: { leadScore: Score } }>(CUSTOMER_SCORE, { externalId, asOf: AS_OF }, key)).customer.leadScore;
  }

  async function distribution(input: Record<string, unknown>, key = readKey): Promise<Distribution> {
    return (await data<{ leadGradeDistribution: Distribution }>(DISTRIBUTION, { input }, key)).leadGradeDistribution;
  }

  beforeAll(async () => {
    app = await TestApp.start();
    const tenant = await app.tenantWithKey(WRITE, 'lead');
    writeKey = tenant.key;
    tenantId = tenant.tenant.id;
    readKey = await app.keyFor(tenant.tenant.id, READ);
    adminKey = await app.keyFor(tenant.tenant.id, ['admin']);
    await data(`mutation($input: [CustomerInput!]!) { upsertCustomers(input: $input) { insertedCount } }`,
      { input: [...CUSTOMERS, { externalId: 'LATE', name: 'Lou', jobTitle: 'CEO', firstSeenAt: '2026-07-01T00:00:00Z' }] }, writeKey);
    await data(`mutation($input: [OrderInput!]!) { recordOrders(input: $input) { insertedCount } }`, {
      input: [
        { externalId: 'O1', customerExternalId: 'B1', placedAt: '2026-03-01T10:00:00Z', amount: '100.00' },
        { externalId: 'O2', customerExternalId: 'B2', placedAt: '2026-03-01T10:00:00Z', amount: '50.00', status: 'REFUNDED' },
        { externalId: 'O3', customerExternalId: 'B2', placedAt: '2026-07-01T10:00:00Z', amount: '80.00' },
      ],
    }, writeKey);
    for (const [customerExternalId, action, occurredAt] of TOUCHPOINTS) {
      await data(`mutation($input: TouchpointInput!) { recordTouchpoint(input: $input) { id } }`, { input: { customerExternalId, action, occurredAt } }, writeKey);
    }
  });
  afterAll(async () => {
    await app.stop();
  });

  it('scores a customer from profile and decayed, capped behaviour, and explains every rule that gave points', async () => {
    const l1 = await customerScore('L1');
    // 55 + 14.3713 = 69.3713 ≥ 60 → A; see the table above.
    expect(l1).toMatchObject({ externalId: 'L1', score: 69.3713, grade: 'A', profileScore: 55, behaviourScore: 14.3713, prospect: true });
    expect(l1.explanation).toEqual(L1_EXPLANATION);

    // 15 + 20 (11 visits × 2 = 22, capped) + 2.5 = 37.5 → C; mixed-case action names count.
    const l2 = await customerScore('L2');
    expect(l2).toMatchObject({ score: 37.5, grade: 'C', profileScore: 15, behaviourScore: 22.5 });
    expect(l2.explanation).toEqual([
      { rule: 'JOB_LEVEL_MANAGER', points: 10, events: null, capped: false },
      { rule: 'COMPANY_SIZE_MEDIUM', points: 5, events: null, capped: false },
      { rule: 'EMAIL_FORWARDED', points: 2.5, events: 1, capped: false },
      { rule: 'SITE_VISIT', points: 20, events: 11, capped: true },
    ]);

    // Staff 3 + role 10 + phone 5 + need 10 = 28; 2 downloads 10 + click 3 = 13; 41 → B.
    expect(await customerScore('L3')).toMatchObject({ score: 41, grade: 'B', profileScore: 28, behaviourScore: 13 });
    // No signals at all: 0 → D, nothing to explain.
    expect(await customerScore('L4')).toMatchObject({ score: 0, grade: 'D', profileScore: 0, behaviourScore: 0, explanation: [] });
    // A buyer still has a score; only the prospect flag differs. CEO 20 + LARGE 10 = 30 → C.
    expect(await customerScore('B1')).toMatchObject({ score: 30, grade: 'C', prospect: false });
    // A refund and an order after asOf do not make a buyer. Manager 10 + LARGE 10 = 20 → C.
    expect(await customerScore('B2')).toMatchObject({ score: 20, grade: 'C', prospect: true });
  });

  it('counts prospects per grade, leaving out buyers and customers first seen after asOf', async () => {
    const prospects = await distribution({ asOf: AS_OF });
    // L1 A, L3 B, L2 and B2 C, L4 D: n = 5; mean = (69.3713 + 41 + 37.5 + 20 + 0) / 5 = 33.57426.
    expect(prospects).toMatchObject({ n: 5, includeBuyers: false, reason: null, halfLifeDays: 30, thresholds: { a: 60, b: 40, c: 20 } });
    expect(prospects.meanScore).toBeCloseTo(33.57426, 6);
    expect(prospects.grades).toEqual([
      { grade: 'A', customers: 1, share: 0.2 },
      { grade: 'B', customers: 1, share: 0.2 },
      { grade: 'C', customers: 2, share: 0.4 },
      { grade: 'D', customers: 1, share: 0.2 },
    ]);

    // With buyers, B1 (30, C) joins: n = 6, C = 3; mean = (167.8713 + 30) / 6 = 32.978550.
    const everyone = await distribution({ asOf: AS_OF, includeBuyers: true });
    expect(everyone.n).toBe(6);
    expect(everyone.meanScore).toBeCloseTo(32.97855, 5);
    expect(everyone.grades.map((grade) => grade.customers)).toEqual([1, 1, 3, 1]);
    expect(everyone.grades[2].share).toBeCloseTo(3 / 6, 10);

    // Region North holds L1 (A) and L3 (B): n = 2, mean (69.3713 + 41) / 2 = 55.18565.
    const north = await distribution({ asOf: AS_OF, filter: { regions: ['North'] } });
    expect(north.n).toBe(2);
    expect(north.meanScore).toBeCloseTo(55.18565, 6);
    expect(north.grades.map((grade) => grade.customers)).toEqual([1, 1, 0, 0]);

    // As of Feb 1 nobody has touchpoints yet and B1 has not bought: L1 scores its profile 55 → B.
    const early = await distribution({ asOf: '2026-02-01T00:00:00Z' });
    // Prospects L1..L4, B1, B2: 55 (B), 15 (D), 28 (C), 0 (D), 30 (C), 20 (C) → A 0, B 1, C 3, D 2.
    expect(early.n).toBe(6);
    expect(early.grades.map((grade) => grade.customers)).toEqual([0, 1, 3, 2]);
  });

  it('gives null figures with a reason when there is no prospect', async () => {
    const { key } = await app.tenantWithKey(['analytics:read'], 'lead-empty');
    const empty = await distribution({ asOf: AS_OF }, key);
    expect(empty).toMatchObject({ n: 0, meanScore: null });
    expect(empty.reason).toEqual(expect.any(String));
    expect(empty.grades).toEqual(['A', 'B', 'C', 'D'].map((grade) => ({ grade, customers: 0, share: null })));
  });

  it('pages prospects highest score first, by grade, with a cursor', async () => {
    const page = async (variables: Record<string, unknown>) => (await data<{ leadScores: Page }>(PAGE, { input: { asOf: AS_OF }, ...variables }, readKey)).leadScores;
    // Prospects by score: L1 69.3713, L3 41, L2 37.5, B2 20, L4 0.
    const first = await page({ first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((edge) => [edge.node.externalId, edge.node.score, edge.node.grade])).toEqual([['L1', 69.3713, 'A'], ['L3', 41, 'B']]);
    expect(first.edges[0].node.customer.name).toBe('Lena');
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.externalId)).toEqual(['L2', 'B2']);
    const third = await page({ first: 2, after: second.pageInfo.endCursor });
    expect(third.edges.map((edge) => edge.node.externalId)).toEqual(['L4']);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const beyond = await page({ first: 2, after: third.pageInfo.endCursor });
    expect(beyond).toMatchObject({ edges: [], totalCount: 5 });

    const gradeC = await page({ grade: 'C' });
    expect(gradeC.totalCount).toBe(2);
    expect(gradeC.edges.map((edge) => [edge.node.externalId, edge.node.score])).toEqual([['L2', 37.5], ['B2', 20]]);
    // With buyers, B1 (30) sits between L2 and B2 in grade C.
    const withBuyers = await page({ input: { asOf: AS_OF, includeBuyers: true }, grade: 'C' });
    expect(withBuyers.edges.map((edge) => [edge.node.externalId, edge.node.prospect])).toEqual([['L2', true], ['B1', false], ['B2', true]]);
  });

  it('follows the tenant settings changed through updateAnalyticsSettings', async () => {
    const changed = await app.post({
      query: `mutation($input: AnalyticsSettingsInput!) { updateAnalyticsSettings(input: $input) { leadScoreHalfLifeDays } }`,
      variables: {
        input: {
          leadScoreRules: [{ rule: 'EMAIL_OPENED', points: 2, cap: 30 }, { rule: 'JOB_LEVEL_EXECUTIVE', points: 25 }],
          leadScoreHalfLifeDays: 60,
          leadGradeThresholds: { a: 95, b: 50, c: 10 },
        },
      },
    }, adminKey);
    expect(changed.body.errors).toBeUndefined();
    try {
      // Profile 25 + 10 + 5 + 10 + 10 = 60. Opens 12 × 2 = 24 (cap 30, not reached);
      // click 3 × 0.5^(15/60) = 3 × 0.840896 = 2.5227; visit 2 × 0.5^(30/60) = 1.4142;
      // download 5 × 0.5^(60/60) = 2.5. Behaviour 30.4369; score 90.4369: below a = 95, ≥ b = 50 → B.
      const l1 = await customerScore('L1');
      expect(l1).toMatchObject({ score: 90.4369, grade: 'B', profileScore: 60, behaviourScore: 30.4369 });
      expect(l1.explanation.filter((entry) => entry.events !== null)).toEqual([
        { rule: 'EMAIL_OPENED', points: 24, events: 12, capped: false },
        { rule: 'EMAIL_CLICKED', points: 2.5227, events: 1, capped: false },
        { rule: 'SITE_VISIT', points: 1.4142, events: 1, capped: false },
        { rule: 'CONTENT_DOWNLOADED', points: 2.5, events: 1, capped: false },
      ]);
      // L4 (0) is D; B2 (20) is now C with c = 10, L2 = 15 + 20 + 5 × 0.5^(30/60) = 15 + 20 + 3.5355 = 38.5355 → C.
      const prospects = await distribution({ asOf: AS_OF });
      expect(prospects.thresholds).toEqual({ a: 95, b: 50, c: 10 });
      expect(prospects.halfLifeDays).toBe(60);
      // L1 90.4369 B; L3 28 + 10 + 3 = 41 C; L2 38.5355 C; B2 20 C; L4 0 D.
      expect(prospects.grades.map((grade) => grade.customers)).toEqual([0, 1, 3, 1]);
    } finally {
      const reset = await app.post({
        query: `mutation($input: AnalyticsSettingsInput!) { updateAnalyticsSettings(input: $input) { leadScoreHalfLifeDays } }`,
        variables: {
          input: {
            leadScoreRules: [{ rule: 'EMAIL_OPENED', points: 1, cap: 10 }, { rule: 'JOB_LEVEL_EXECUTIVE', points: 20 }],
            leadScoreHalfLifeDays: 30,
            leadGradeThresholds: { a: 60, b: 40, c: 20 },
          },
        },
      }, adminKey);
      expect(reset.body.errors).toBeUndefined();
    }
  });

  it('scores a page of 50 customers in as many statements as a page of 5', async () => {
    const { key } = await app.tenantWithKey([...WRITE, 'analytics:read'], 'lead-batch');
    const customers = Array.from({ length: 60 }, (_, index) => ({
      externalId: `N${String(index).padStart(3, '0')}`,
      jobTitle: ['CEO', 'Sales Manager', 'Analyst'][index % 3],
      sizeBand: index % 2 === 0 ? 'LARGE' : 'MEDIUM',
      firstSeenAt: FIRST_SEEN,
    }));
    await data(`mutation($input: [CustomerInput!]!) { upsertCustomers(input: $input) { insertedCount } }`, { input: customers }, key);
    for (const customer of customers.slice(0, 10)) {
      await data(`mutation($input: TouchpointInput!) { recordTouchpoint(input: $input) { id } }`, { input: { customerExternalId: customer.externalId, action: 'site_visit', occurredAt: AS_OF } }, key);
    }
    const query = `query($first: Int, $asOf: DateTimeISO) { customers(first: $first, orderBy: { field: EXTERNAL_ID }) { edges { node { externalId leadScore(asOf: $asOf) { score grade } } } } }`;
    const small = await app.post<{ customers: { edges: { node: { externalId: string; leadScore: { score: number } } }[] } }>({ query, variables: { first: 5, asOf: AS_OF } }, key);
    const large = await app.post<{ customers: { edges: { node: { externalId: string; leadScore: { score: number } } }[] } }>({ query, variables: { first: 50, asOf: AS_OF } }, key);
    expect(large.body.errors).toBeUndefined();
    const nodes = large.body.data!.customers.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(50);
    // N000: CEO 20 + LARGE 10 + a site visit at asOf 2 = 32. N001: manager 10 + MEDIUM 5 + 2 = 17.
    // N011: staff 3 + MEDIUM 5 = 8 (no touchpoint past the first ten).
    expect(nodes.slice(0, 2).map((node) => node.leadScore.score)).toEqual([32, 17]);
    expect(nodes[11].leadScore.score).toBe(8);
    // The customers page and one lead-score statement (plus the transaction's own), whatever the page size.
    expect(large.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(6);
  });

  it('needs analytics:read, and customers:read for the customer of a score', async () => {
    const customersOnly = await app.keyFor(tenantId, ['customers:read']);
    for (const query of [
      `{ leadGradeDistribution { n } }`,
      `{ leadScores { totalCount } }`,
      `{ customer(externalId: "L1") { leadScore { score } } }`,
    ]) {
      expect(errorCodes(await app.post({ query }, customersOnly))).toEqual(['FORBIDDEN']);
    }
    const analyticsOnly = await app.keyFor(tenantId, ['analytics:read']);
    const scores = await app.post({ query: `{ leadScores(input: { asOf: "${AS_OF}" }) { edges { node { score } } } }` }, analyticsOnly);
    expect(scores.body.errors).toBeUndefined();
    const withCustomer = await app.post({ query: `{ leadScores(input: { asOf: "${AS_OF}" }, first: 1) { edges { node { score customer { name } } } } }` }, analyticsOnly);
    expect(errorCodes(withCustomer)).toEqual(['FORBIDDEN']);
  });

  it('refuses bad input naming the field', async () => {
    const refused = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await app.post({ query, variables }, readKey);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      return response.body.errors?.[0].extensions?.field;
    };
    expect(await refused(DISTRIBUTION, { input: { asOf: '1800-01-01T00:00:00Z' } })).toBe('input.asOf');
    expect(await refused(DISTRIBUTION, { input: { filter: { channels: ['web'] } } })).toBe('input.filter.channels');
    expect(await refused(DISTRIBUTION, { input: { filter: { regions: [''] } } })).toBe('input.filter.regions');
    expect(await refused(PAGE, { first: 1001 })).toBe('first');
    expect(await refused(PAGE, { after: 'not-a-cursor' })).toBe('after');
    const forged = Buffer.from(JSON.stringify(['leadScore', '1; drop table customer', '6e1b2f3c-3c39-4a52-9d65-b5a4e8e1f0a1'])).toString('base64url');
    expect(await refused(PAGE, { after: forged })).toBe('after');
    expect(await refused(CUSTOMER_SCORE, { externalId: 'L1', asOf: '2300-01-01T00:00:00Z' })).toBe('asOf');
  });
});
