import pg from 'pg';
import { AnswerItemsDocument, AssessmentResultDocument, StartAssessmentDocument, SubmitAssessmentDocument, type AnswerInput } from '../generated/graphql.js';
import { seedDemoData } from '../../src/seeds/demo-data.js';
import { renderPage, withChromium } from '../support/chromium.js';
import { TestApp } from '../support/test-app.js';

const ITEMS = [1, 2, 3, 4, 5, 6, 7].flatMap((stage) => [1, 2, 3, 4, 5].map((n) => `${stage}.${n}`));

/** MATURITY.md's coverage bands, written out again here rather than imported. */
function coverageLevel(share: number): number {
  if (share >= 0.9) return 1;
  if (share >= 0.7) return 0.75;
  if (share >= 0.5) return 0.5;
  return share > 0 ? 0.25 : 0;
}

describe('maturity assessment on the demo data, and its printable report', () => {
  let app: TestApp;
  let key: string;
  let tenantId: string;
  let assessmentId: string;
  beforeAll(async () => {
    app = await TestApp.start();
    const created = await app.tenantWithKey(['admin'], 'demo', { timeZone: 'Europe/London', baseCurrency: 'USD' });
    key = created.key;
    tenantId = created.tenant.id;
    // The demo generator, ending now so every measure has recent data.
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      await seedDemoData(client, tenantId, { customers: 600, seed: 42, asOf: new Date() });
    } finally {
      await client.end();
    }
    const started = await app.request(StartAssessmentDocument, { input: { title: 'Demo review', respondents: ['Consultant'] } }, key);
    expect(started.body.errors).toBeUndefined();
    assessmentId = started.body.data!.startAssessment.id;
  });
  afterAll(async () => {
    await app.stop();
  });

  async function result() {
    const response = await app.request(AssessmentResultDocument, { id: assessmentId, locale: 'EN' }, key);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.assessment.result;
  }

  it('marks an answer the data supports CORROBORATED and one that claims more OVERCLAIM, clamping it', async () => {
    // Item 1.3's measure computed independently: customers with an email or a phone / all customers.
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    const [{ contactable, customers }] = (await client.query(
      `select count(*) filter (where coalesce(email, '') <> '' or coalesce(phone, '') <> '')::int as contactable, count(*)::int as customers
         from customer where tenant_id = $1`, [tenantId])).rows;
    await client.end();
    expect(customers).toBe(600);
    const expectedLevel = coverageLevel(contactable / customers);

    const before = await result();
    const item13 = before.items.find((item) => item.itemId === '1.3')!;
    expect(item13.evidence!.value).toBeCloseTo(contactable / customers, 9);
    expect(item13.evidenceLevel).toBe(expectedLevel);
    // An item the demo data supports only weakly (evidence level at most .5), to overclaim on.
    const weak = before.items.find((item) => item.evidenceLevel !== null && item.evidenceLevel <= 0.5);
    expect(weak).toBeDefined();

    const answers: AnswerInput[] = [
      { itemId: '1.3', respondent: 'Consultant', level: expectedLevel * 4 },
      { itemId: weak!.itemId, respondent: 'Consultant', level: 4 },
    ];
    expect((await app.request(AnswerItemsDocument, { input: { assessmentId, answers } }, key)).body.errors).toBeUndefined();
    const after = await result();
    // x = e exactly: CORROBORATED, s = x.
    expect(after.items.find((item) => item.itemId === '1.3')).toMatchObject({ status: 'CORROBORATED', selfScore: expectedLevel, effectiveScore: expectedLevel });
    // x = 1 > e + .25: OVERCLAIM, s clamped to e + .25.
    expect(after.items.find((item) => item.itemId === weak!.itemId)).toMatchObject({ status: 'OVERCLAIM', selfScore: 1, effectiveScore: weak!.evidenceLevel! + 0.25 });
  });

  it('serves a self-contained report that renders in Chromium in English and Chinese', async () => {
    // Answer the rest: stages 1–3 "largely" (3), the others "partly" (2), then submit.
    const answered = new Set(['1.3']);
    const rest = ITEMS.filter((item) => !answered.has(item)).map((item): AnswerInput => ({ itemId: item, respondent: 'Consultant', level: Number(item[0]) <= 3 ? 3 : 2 }));
    expect((await app.request(AnswerItemsDocument, { input: { assessmentId, answers: rest } }, key)).body.errors).toBeUndefined();
    expect((await app.request(SubmitAssessmentDocument, { id: assessmentId }, key)).body.errors).toBeUndefined();
    const expected = await result();
    const zhHeadline = (await app.request(AssessmentResultDocument, { id: assessmentId, locale: 'ZH_CN' }, key)).body.data!.assessment.result.headline;

    await withChromium(async (browser) => {
      for (const [locale, headline] of [['en', expected.headline], ['zh-CN', zhHeadline]] as const) {
        const response = await fetch(`${app.url}/assessments/${assessmentId}/report?locale=${locale}`, { headers: { authorization: `Bearer ${key}` } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
        const html = await response.text();
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/(src|href)=["']?https?:/i);
        // Rendered with the network cut off: a page that needs anything from outside shows it as a request.
        const { page, requests } = await renderPage(browser, { html }, `maturity-report-${locale}`);
        expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
        expect((await page.getByTestId('headline').textContent())?.trim()).toBe(headline);
        expect(await page.getByTestId('ladder-step').count()).toBe(7);
        expect(await page.getByTestId('radar-axis').count()).toBe(6);
        expect(await page.getByTestId('recommendation').count()).toBe(expected.recommendations.length);
        expect(expected.recommendations.length).toBeGreaterThanOrEqual(3);
        for (const recommendation of expected.recommendations.slice(0, 1)) {
          if (locale === 'en') expect(await page.getByText(recommendation.title, { exact: false }).count()).toBeGreaterThan(0);
        }
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      }
    });
  });

  it('refuses the report without the scope, for another tenant, and with a bad locale', async () => {
    const reportUrl = `${app.url}/assessments/${assessmentId}/report`;
    expect((await fetch(reportUrl)).status).toBe(401);
    const analyst = await app.keyFor(tenantId, ['analytics:read']);
    const forbidden = await fetch(reportUrl, { headers: { authorization: `Bearer ${analyst}` } });
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/assessments:read/);
    const other = await app.tenantWithKey(['assessments:read']);
    expect((await fetch(reportUrl, { headers: { authorization: `Bearer ${other.key}` } })).status).toBe(404);
    const badLocale = await fetch(`${reportUrl}?locale=fr`, { headers: { authorization: `Bearer ${key}` } });
    expect(badLocale.status).toBe(400);
    expect(((await badLocale.json()) as { errors: { extensions: { field: string } }[] }).errors[0].extensions.field).toBe('locale');
    expect((await fetch(`${app.url}/assessments/not-a-uuid/report`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(404);
  });
});
