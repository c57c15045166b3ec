import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeHtml, renderReportHtml } from '../../src/modules/maturity/report/report-html.js';
import type { MaturityReportLabels, MaturityReportView } from '../../src/modules/maturity/report/report-view.js';
import { ARTIFACTS_DIRECTORY, renderPage, withChromium } from '../support/chromium.js';

const ENGLISH_LABELS: MaturityReportLabels = {
  documentTitle: 'CX maturity assessment',
  statusNames: { DRAFT: 'Draft', SUBMITTED: 'Submitted' },
  submittedOn: 'Submitted on',
  createdOn: 'Started on',
  respondents: 'Respondents',
  tier: 'Tier',
  selfReportedStage: 'Self-reported stage',
  evidenceAdjustedStage: 'Evidence-adjusted stage',
  maturityIndex: 'Maturity index',
  confidence: 'Confidence',
  provisional: 'Provisional',
  ladder: 'Stage ladder',
  achieved: 'achieved',
  current: 'current',
  failingGates: 'Failing gates',
  dimensions: 'Dimension profile',
  level: 'Level',
  target: 'Target',
  floor: 'Floor',
  stageScores: 'Stage scores',
  threshold: '70% needed to achieve a stage',
  recommendations: 'Recommendations',
  kpi: 'KPI',
  ownerRole: 'Owner',
  feature: 'cxgraph feature',
  triggeredBy: 'Triggered by',
  answers: 'Answers',
  nextSteps: 'Next steps',
  evidenceTable: 'Answers and evidence',
  item: 'Item',
  statement: 'Statement',
  selfAnswer: 'Answer',
  measure: 'Measure',
  value: 'Value',
  evidenceLevel: 'Evidence level',
  status: 'Status',
  effectiveScore: 'Score',
  attribution: 'Stage logic adapted from the seven-stage model described in "Connect" (Petersen, Person, Nash, 2014).',
};

/** A company at stage 3 (Align), 45% toward Segment, with targets on four dimensions. */
function sampleView(): MaturityReportView {
  const stage = (number: number, name: string, tierKey: 'ATTRACT' | 'CONVERT' | 'ADVOCATE', tierName: string, score: number, failingGateIds: string[] = []) => ({
    number, name, tierKey, tierName, score, achieved: number <= 3, current: number === 3, failingGateIds,
  });
  return {
    locale: 'en',
    companyName: 'Acme Tea Co.',
    assessment: { title: 'Autumn 2026 review', status: 'SUBMITTED', date: 'November 20, 2026' },
    respondents: ['Ana Silva (CMO)', 'Li Wei (Head of CRM)'],
    headline: 'Stage 3 · Align, 45% toward Segment',
    tierName: 'Attract',
    selfReportedStage: { number: 4, name: 'Segment' },
    evidenceAdjustedStage: { number: 3, name: 'Align' },
    maturityIndex: 2.61,
    confidence: { band: 'MEDIUM', bandLabel: 'Medium', value: 0.72 },
    provisional: false,
    provisionalReasons: [],
    ladder: [
      stage(1, 'Initiate', 'ATTRACT', 'Attract', 0.92),
      stage(2, 'Radiate', 'ATTRACT', 'Attract', 0.85),
      stage(3, 'Align', 'ATTRACT', 'Attract', 0.78),
      stage(4, 'Segment', 'CONVERT', 'Convert', 0.45, ['4.1']),
      stage(5, 'Personalize', 'CONVERT', 'Convert', 0.2, ['5.1', '5.2']),
      stage(6, 'Experience management', 'ADVOCATE', 'Advocate', 0.1, ['6.1', '6.2']),
      stage(7, 'Lifetime customers', 'ADVOCATE', 'Advocate', 0.05, ['7.1', '7.2']),
    ],
    dimensions: [
      { key: 'STRATEGY', name: 'Strategy', level: 3, mean: 0.6, targetLevel: 4 },
      { key: 'DATA', name: 'Data', level: 2, mean: 0.45, targetLevel: 4 },
      { key: 'TECHNOLOGY', name: 'Technology', level: 3, mean: 0.5, targetLevel: null },
      { key: 'CHANNELS', name: 'Content and channels', level: 4, mean: 0.66, targetLevel: 5 },
      { key: 'MEASUREMENT', name: 'Measurement and feedback', level: 1, mean: 0.35, targetLevel: 3 },
      { key: 'ORGANIZATION', name: 'Organization and people', level: 3, mean: 0.55, targetLevel: null },
    ],
    floorName: 'Measurement and feedback',
    recommendations: [
      {
        title: 'Segment customers on behaviour',
        action: 'Build an RFM segmentation of active buyers and refresh it monthly.',
        reasonLabel: 'Failing gate of the next stage',
        kpi: 'Share of active buyers scored',
        ownerRole: 'CRM lead',
        feature: 'RFM and saved segments',
        items: [{
          id: '4.1',
          text: 'Customers are segmented on behaviour and transactions, refreshed at least monthly.',
          answers: [{ respondent: 'Ana Silva', answer: '3 · Largely' }, { respondent: 'Li Wei', answer: '1 · Ad hoc' }],
          evidenceSummary: 'Fresh behavioural segment: 0% → 0.00',
        }],
      },
      {
        title: 'Track conversions per campaign',
        action: 'Record the channel of every completed order.',
        reasonLabel: 'Foundation gap',
        kpi: 'Orders with a channel',
        ownerRole: 'Digital marketing manager',
        feature: 'Order import with channel',
        items: [{ id: '3.2', text: 'Conversions are tracked per campaign and channel.', answers: [{ respondent: 'Ana Silva', answer: '4 · Fully' }], evidenceSummary: 'Orders with a channel: 62% (90 days) → 0.50' }],
      },
      {
        title: 'Close the feedback loop',
        action: 'Follow up every detractor within 48 hours.',
        reasonLabel: 'Weakest dimension',
        kpi: 'Share of detractors answered within SLA',
        ownerRole: 'Head of service',
        feature: 'Feedback loop',
        items: [{ id: '6.3', text: 'Negative feedback is followed up within a defined SLA.', answers: [{ respondent: 'Li Wei', answer: 'Unknown' }], evidenceSummary: null }],
      },
    ],
    nextSteps: ['Score every active buyer with RFM.', 'Send different offers to at least two segments.', 'Run one A/B test per quarter.'],
    evidence: [
      { itemId: '3.2', text: 'Conversions are tracked per campaign and channel.', selfAnswer: '4 · Fully', measureName: 'Orders with a channel', value: '62%', level: 0.5, status: 'OVERCLAIM', statusLabel: 'Overclaim', effectiveScore: 0.75 },
      { itemId: '3.3', text: 'Goals carry relative values used to compare channels.', selfAnswer: '2 · Partly', measureName: null, value: null, level: null, status: 'SELF_REPORTED', statusLabel: 'Self-reported', effectiveScore: 0.5 },
      { itemId: '4.1', text: 'Customers are segmented on behaviour.', selfAnswer: '2 · Partly', measureName: 'Fresh behavioural segment', value: '0%', level: 0, status: 'OVERCLAIM', statusLabel: 'Overclaim', effectiveScore: 0.25 },
      { itemId: '4.4', text: 'Rules-based personalization on an owned channel.', selfAnswer: 'Not applicable', measureName: null, value: null, level: null, status: 'NOT_APPLICABLE', statusLabel: 'Not applicable', effectiveScore: null },
    ],
    labels: ENGLISH_LABELS,
  };
}

function chineseView(): MaturityReportView {
  const view = sampleView();
  return {
    ...view,
    locale: 'zh-CN',
    companyName: '艾可茶业',
    headline: '第 3 阶段 · 目标匹配，距离「细分客户」45%',
    labels: { ...ENGLISH_LABELS, documentTitle: '客户体验成熟度评估', ladder: '阶段阶梯', recommendations: '改进建议' },
  };
}

function count(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))?.length ?? 0;
}

describe('report HTML: escaping', () => {
  it('escapes the five characters that matter in content and in quoted attributes', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
    // & first: an already escaped entity is escaped again, not passed through.
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('escapes user text everywhere it lands, so no script or attribute can be injected', () => {
    const view = sampleView();
    view.companyName = '<script>alert(1)</script>';
    view.headline = '"><img src=x onerror=alert(1)>';
    view.respondents = ["O'Brien <b>"];
    view.recommendations[0].title = '</li><script>steal()</script>';
    view.evidence[0].text = 'a "quoted" <i>statement</i>';
    const page = renderReportHtml(view);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<b>|<i>/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('O&#39;Brien &lt;b&gt;');
    expect(page).toContain('a &quot;quoted&quot; &lt;i&gt;statement&lt;/i&gt;');
  });
});

describe('report HTML: structure', () => {
  const page = renderReportHtml(sampleView());

  it('is a self-contained HTML5 page in the view’s language, with no script and nothing fetched', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(renderReportHtml(chineseView())).toContain('<html lang="zh-CN">');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/<link|<img|<iframe|@import|url\(|\ssrc=|\son[a-z]+=/i);
    expect(page).toContain('default-src \'none\'');
    expect(page).toContain('@page { size: A4;');
  });

  it('shows the headline, 7 ladder steps with only stage 3 current, and tier bands of 3, 2 and 2 stages', () => {
    expect(page).toContain('<h1 data-testid="headline">Stage 3 · Align, 45% toward Segment</h1>');
    expect(count(page, /data-testid="ladder-step"/)).toBe(7);
    expect(count(page, /class="ladder-step [^"]*\bcurrent\b/)).toBe(1);
    expect(page).toMatch(/class="ladder-step tier-ATTRACT achieved current" data-testid="ladder-step" style="--rise: 3"/);
    expect(page.match(/class="tier-band tier-\w+" style="grid-column: span (\d)"/g)?.map((band) => band.at(-2))).toEqual(['3', '2', '2']);
    expect(page).toContain('Failing gates: 5.1, 5.2');
  });

  it('draws a radar with 6 axes, a polygon at the levels and a dashed one at the targets', () => {
    expect(count(page, /data-testid="radar-axis"/)).toBe(6);
    expect(count(page, /<polygon class="ring/)).toBe(7);
    // Centre (360, 215), radius 140 for level 7, so 20 per level; axes clockwise from the top, 60° apart.
    // Strategy 3 at −90°: (360, 215 − 60) = (360, 155). Data 2 at −30°: (360 + 40·0.8660, 215 − 40·0.5) = (394.6, 195).
    // Technology 3 at 30°: (360 + 51.96, 215 + 30) = (412, 245). Channels 4 at 90°: (360, 295).
    // Measurement 1 at 150°: (360 − 17.32, 215 + 10) = (342.7, 225). Organization 3 at 210°: (360 − 51.96, 215 − 30) = (308, 185).
    expect(page).toContain('<polygon class="levels" points="360,155 394.6,195 412,245 360,295 342.7,225 308,185"/>');
    // Targets 4, 4, none (keeps level 3), 5, 3, none (keeps 3): (360, 135), (360 + 69.28, 215 − 40) = (429.3, 175),
    // (412, 245), (360, 315), (360 − 51.96, 215 + 30) = (308, 245), (308, 185).
    expect(page).toContain('<polygon class="target" points="360,135 429.3,175 412,245 360,315 308,245 308,185"/>');
    expect(page).toContain('Level 1 · Target 3');

    const withoutTargets = sampleView();
    withoutTargets.dimensions = withoutTargets.dimensions.map((dimension) => ({ ...dimension, targetLevel: null }));
    expect(renderReportHtml(withoutTargets)).not.toContain('class="target"');
  });

  it('lists stage-score bars, recommendations, next steps and the evidence table', () => {
    expect(count(page, /class="bar-row/)).toBe(7);
    // 0.45 → 45%, 0.05 → 5%.
    expect(page).toContain('style="width: 45%"');
    expect(page).toContain('style="width: 5%"');
    expect(count(page, /data-testid="recommendation"/)).toBe(3);
    expect(page).toContain('<li>Ana Silva: 3 · Largely</li><li>Li Wei: 1 · Ad hoc</li>');
    expect(page).toContain('<li>Run one A/B test per quarter.</li>');
    // The evidence table: one row per item; no level and no score print as a dash, levels with 2 decimals.
    expect(count(page, /<tr class="status-/)).toBe(4);
    expect(page).toContain('<tr class="status-NOT_APPLICABLE"><td class="item-id">4.4</td><td>Rules-based personalization on an owned channel.</td><td>Not applicable</td><td>—</td><td>—</td><td class="number">—</td>');
    expect(page).toContain('<td class="number">0.50</td><td><span class="status-label">Overclaim</span></td><td class="number">0.75</td>');
  });

  it('shows the provisional reasons only when the result is provisional', () => {
    expect(page).not.toContain('class="provisional"');
    const view = sampleView();
    view.provisional = true;
    view.provisionalReasons = ['More than 20% of the items are unknown.'];
    expect(renderReportHtml(view)).toContain('<div class="provisional"><strong>Provisional</strong><ul class="inline-list"><li>More than 20% of the items are unknown.</li></ul></div>');
  });
});

describe('report HTML in Chromium', () => {
  it('renders the sample: headline, 7 steps, 6 axes inside the chart, visible recommendations, a PNG and an A4 PDF', async () => {
    const view = sampleView();
    await withChromium(async (browser) => {
      const { page, screenshotPath, requests } = await renderPage(browser, { html: renderReportHtml(view) }, 'maturity-report-sample');
      expect(requests).toEqual([]);
      expect(await page.getByTestId('headline').textContent()).toBe('Stage 3 · Align, 45% toward Segment');
      expect(await page.getByTestId('ladder-step').count()).toBe(7);
      expect(await page.getByTestId('radar-axis').count()).toBe(6);
      const recommendations = page.getByTestId('recommendation');
      expect(await recommendations.count()).toBe(3);
      for (const recommendation of await recommendations.all()) expect(await recommendation.isVisible()).toBe(true);
      expect(await recommendations.first().locator('h3').textContent()).toContain('Segment customers on behaviour');

      // Every axis label is drawn inside the chart, none clipped by the SVG's edge.
      const chart = await page.locator('svg.radar').boundingBox();
      for (const axis of await page.getByTestId('radar-axis').all()) {
        const label = await axis.locator('text').boundingBox();
        expect(chart && label).toBeTruthy();
        if (!chart || !label) continue;
        expect(label.x).toBeGreaterThanOrEqual(chart.x);
        expect(label.y).toBeGreaterThanOrEqual(chart.y);
        expect(label.x + label.width).toBeLessThanOrEqual(chart.x + chart.width);
        expect(label.y + label.height).toBeLessThanOrEqual(chart.y + chart.height);
      }
      expect(existsSync(screenshotPath)).toBe(true);

      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // A4 is 210 × 297 mm = 595.28 × 841.89 pt: Chromium writes the media box rounded, near those.
      const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(Number(mediaBox?.[1])).toBeCloseTo(595, -1);
      expect(Number(mediaBox?.[2])).toBeCloseTo(842, -1);
      await writeFile(path.join(ARTIFACTS_DIRECTORY, 'maturity-report-sample.pdf'), pdf);
    });
  });

  it('renders a Chinese view with its Chinese headline and language', async () => {
    await withChromium(async (browser) => {
      const { page } = await renderPage(browser, { html: renderReportHtml(chineseView()) }, 'maturity-report-sample-zh-CN');
      expect(await page.getByTestId('headline').textContent()).toBe('第 3 阶段 · 目标匹配，距离「细分客户」45%');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.title()).toBe('艾可茶业 · 客户体验成熟度评估');
    });
  });
});
