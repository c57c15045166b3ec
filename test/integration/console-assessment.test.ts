import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/chromium.js';
import { goTo, openConsole, saveScreenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-world.js';

/**
 * The answers the consultant gives through the UI (one respondent), and the stage they give,
 * worked out by hand from MATURITY.md's scoring rules (x = answer / 4; gates ★ weigh 2; bound
 * items ⓔ are clamped to the evidence level e ± 0.25; S_k = Σ w·s / Σ w; stage k is achieved when
 * S_k ≥ 0.70, every gate of k has s ≥ 0.50 and stage k − 1 is achieved).
 *
 * The evidence of the demo world (the test reads it off the pages too): 1.3 e = 1 (over 90% of
 * customers have an email or phone; any e ≥ .75 gives the same s), 2.2 and 3.2 e = 1 (every order
 * records its channel), 3.4 e = 1 (every buyer has an external id; any e ≥ .5 keeps s = .75), 4.1
 * e = 0 (a fresh tenant has no saved segment), 4.2 no evidence (no segment at all: self-reported).
 *
 *   stage 1: 1.1★ 4 → 1 · 1.2★ 3 → .75 · 1.3ⓔ 4 → 1 (corroborated) · 1.4 2 → .5 · 1.5 3 → .75
 *            S1 = (2·1 + 2·.75 + 1 + .5 + .75) / 7 = 5.75 / 7 = .821 (82%) ≥ .70, gates 1 and .75 ≥ .5 → achieved
 *   stage 2: 2.1★ 4 → 1 · 2.2★ⓔ 4 → 1 · 2.3 3 → .75 · 2.4 2 → .5 · 2.5 3 → .75
 *            S2 = (2·1 + 2·1 + .75 + .5 + .75) / 7 = 6 / 7 = .857 (86%) → achieved
 *   stage 3: 3.1★ 3 → .75 · 3.2★ⓔ 4 → 1 · 3.3 3 → .75 · 3.4ⓔ 3 → .75 (|.75 − 1| ≤ .25: corroborated) · 3.5 2 → .5
 *            S3 = (2·.75 + 2·1 + .75 + .75 + .5) / 7 = 5.5 / 7 = .786 (79%) → achieved
 *   stage 4: 4.1★ⓔ 4 → x = 1, e = 0 → s = clamp(1, −.25, .25) = .25 (OVERCLAIM) · 4.2★ⓔ 3 → .75 (no evidence)
 *            · 4.3 3 → .75 · 4.4 3 → .75 · 4.5 2 → .5
 *            S4 = (2·.25 + 2·.75 + .75 + .75 + .5) / 7 = 4 / 7 = .571 (57%) < .70, and gate 4.1 = .25 < .5 → not achieved
 *   Evidence-adjusted stage = 3: "Stage 3 · Align, 57% toward Segment" (the progress is S4).
 *
 *   From the answers alone (self-reported): S4 = (2·1 + 2·.75 + .75 + .75 + .5) / 7 = 5.5 / 7 = .786, gates 1 and .75
 *   → achieved; stage 5: 5.1★ 2 → .5 · 5.2★ 1 → .25 · 5.3 4 → 1 · 5.4 not applicable (left out) · 5.5 unknown → 0:
 *   S5 = (2·.5 + 2·.25 + 1 + 0) / 6 = 2.5 / 6 = .417 < .70 → self-reported stage = 4.
 *   Stages 6 and 7 (low answers, 7.5 unknown) cannot change either stage: stage 5 is not achieved.
 */
const ANSWERS: Record<string, string> = {
  '1.1': '4', '1.2': '3', '1.3': '4', '1.4': '2', '1.5': '3',
  '2.1': '4', '2.2': '4', '2.3': '3', '2.4': '2', '2.5': '3',
  '3.1': '3', '3.2': '4', '3.3': '3', '3.4': '3', '3.5': '2',
  '4.1': '4', '4.2': '3', '4.3': '3', '4.4': '3', '4.5': '2',
  '5.1': '2', '5.2': '1', '5.3': '4', '5.4': 'NOT_APPLICABLE', '5.5': 'UNKNOWN',
  '6.1': '1', '6.2': '3', '6.3': '2', '6.4': '0', '6.5': '1',
  '7.1': '1', '7.2': '1', '7.3': '2', '7.4': '0', '7.5': 'UNKNOWN',
};
const HAND_WORKED = {
  stage: 3,
  headline: 'Stage 3 · Align, 57% toward Segment',
  headlineZh: '第 3 阶段 · 目标匹配，距「细分客户」已完成 57%',
  selfReportedStage: 4,
  stageScores: ['82%', '86%', '79%', '57%'],
};
const TITLE = 'Annual review 2026';

function itemsOfStage(stage: number): string[] {
  return [1, 2, 3, 4, 5].map((n) => `${stage}.${n}`);
}

async function answer(page: Page, itemId: string): Promise<void> {
  await page.getByTestId(`item-${itemId}`).locator(`input[type="radio"][value="${ANSWERS[itemId]}"]`).check();
}

async function checkedValue(page: Page, itemId: string): Promise<string | null> {
  return page.getByTestId(`item-${itemId}`).locator('input[type="radio"]:checked').getAttribute('value');
}

async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
}

describe('web console: maturity assessment (start, answer, evidence, submit, report, print, history, language)', () => {
  let world: ConsoleWorld;
  let browser: Browser;
  let assessmentId: string;
  /** The maturity index the report shows, which the history must show for the same run. */
  let reportIndex: string;

  beforeAll(async () => {
    world = await startConsoleWorld(300);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-background-networking'] });
  });

  afterAll(async () => {
    await browser?.close();
    await world?.app.stop();
  });

  it('starts an assessment (a too-long title gets the server message naming the field), answers it stage by stage with the evidence beside bound items, saves and comes back', async () => {
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Maturity assessments' }).waitFor();

    // A failure a user can hit: a 201-character title. The server refuses it and names the field.
    await page.getByLabel('Title').fill('x'.repeat(201));
    await page.getByLabel('Respondents').fill('Li Wei');
    await page.getByRole('button', { name: 'Start assessment' }).click();
    const refusal = page.getByTestId('start-form').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/input\.title: must be at most 200 characters.*Field: input\.title/);
    await saveScreenshot(page, 'assessment-title-too-long');

    await page.getByLabel('Title').fill(TITLE);
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await page.getByTestId('stage-heading').waitFor();
    assessmentId = /#\/assessments\/([0-9a-f-]{36})/.exec(page.url())![1];
    expect(await page.getByTestId('stage-heading').textContent()).toContain('Stage 1 · Initiate');
    // The answer anchors are on every item.
    const firstItem = page.getByTestId('item-1.1');
    for (const anchor of ['0 · Not in place', '1 · Ad hoc or pilot', '2 · Partly (some teams or channels)', '3 · Largely (standard process, most of the scope)', '4 · Fully, measured and improved', 'Unknown']) {
      expect(await firstItem.getByText(anchor, { exact: true }).count()).toBe(1);
    }

    // Stages 1 to 3, each saved on the way to the next.
    for (const stage of [1, 2, 3]) {
      expect(await page.getByTestId('stage-heading').textContent()).toContain(`Stage ${stage}`);
      for (const itemId of itemsOfStage(stage)) await answer(page, itemId);
      if (stage === 3) {
        // The evidence sits beside bound items: 3.2 (orders with a channel) agrees with the answer 4.
        const evidence = page.getByTestId('evidence-3.2');
        expect(await evidence.getByTestId('evidence-level').textContent()).toBe('1.00');
        expect(await evidence.getByTestId('evidence-verdict').textContent()).toContain('Corroborated');
        await saveScreenshot(page, 'assessment-stage-3');
      }
      await page.getByRole('button', { name: 'Save and go to the next stage' }).click();
      await page.getByTestId('stage-heading').filter({ hasText: `Stage ${stage + 1}` }).waitFor();
    }
    expect(await page.getByTestId('answered-count').textContent()).toBe('15 of 35 items answered');

    // Stage 4: the answer 4 to gate 4.1 claims more than the data shows (no fresh behavioural segment).
    for (const itemId of itemsOfStage(4)) await answer(page, itemId);
    const evidence41 = page.getByTestId('evidence-4.1');
    expect(await evidence41.getByTestId('evidence-level').textContent()).toBe('0.00');
    const verdict = await evidence41.getByTestId('evidence-verdict').textContent();
    expect(verdict).toContain('Overclaim');
    expect(verdict).toContain('held to 0.25');
    // 4.2 has no evidence in a tenant without segments: it stays self-reported, no penalty.
    expect(await page.getByTestId('evidence-4.2').textContent()).toContain('No evidence');
    await page.getByTestId('save-top').click();
    await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
    await saveScreenshot(page, 'assessment-stage-4-evidence');

    // Come back: a reload keeps the session, the stage (in the address) and every saved answer.
    await page.reload();
    await page.getByTestId('stage-heading').filter({ hasText: 'Stage 4' }).waitFor();
    expect(await page.getByTestId('answered-count').textContent()).toBe('20 of 35 items answered');
    for (const itemId of itemsOfStage(4)) expect(await checkedValue(page, itemId)).toBe(ANSWERS[itemId]);
    // The saved answer of 4.1 is now an overclaim on the server's side too.
    expect(await page.getByTestId('evidence-4.1').getByTestId('saved-status').textContent()).toContain('Overclaim');
    // And from the list of assessments.
    await goTo(page, '/assessments');
    const row = page.getByTestId('assessment-row').filter({ hasText: TITLE });
    expect(await row.textContent()).toContain('20 of 35');
    await row.getByRole('link', { name: 'Continue answering' }).click();
    await page.getByTestId('stage-tab-2').click();
    await page.getByTestId('stage-heading').filter({ hasText: 'Stage 2' }).waitFor();
    for (const itemId of itemsOfStage(2)) expect(await checkedValue(page, itemId)).toBe(ANSWERS[itemId]);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('refuses to submit with an unanswered item (the server names it), then submits and shows the hand-worked stage in the report', async () => {
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await goTo(page, `/assessments/${assessmentId}?stage=5`);
    await page.getByTestId('stage-heading').filter({ hasText: 'Stage 5' }).waitFor();
    for (const stage of [5, 6, 7]) {
      for (const itemId of itemsOfStage(stage)) if (itemId !== '7.5') await answer(page, itemId);
      if (stage < 7) {
        await page.getByRole('button', { name: 'Save and go to the next stage' }).click();
        await page.getByTestId('stage-heading').filter({ hasText: `Stage ${stage + 1}` }).waitFor();
      }
    }
    // 7.5 is still open: submitting saves the rest and the server refuses, naming what is missing.
    expect(await page.getByTestId('unanswered-summary').textContent()).toContain('7.5');
    await page.getByRole('button', { name: 'Submit assessment' }).click();
    await page.getByRole('button', { name: /Submit now/ }).click();
    const refusal = page.getByTestId('submit-error').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/every item needs an answer before submission.*unanswered: 7\.5.*Field: id/);
    // The answers of stage 7 were saved on the way.
    await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
    await saveScreenshot(page, 'assessment-submit-refused');

    await answer(page, '7.5');
    await page.getByRole('button', { name: 'Submit assessment' }).click();
    await page.getByRole('button', { name: /Submit now/ }).click();
    await page.getByTestId('report').waitFor();
    expect(page.url()).toContain(`#/assessments/${assessmentId}/report`);

    // The stage shown is the hand-worked one.
    expect(await page.getByTestId('report-headline').textContent()).toBe(HAND_WORKED.headline);
    expect(await page.getByTestId('evidence-adjusted-stage').textContent()).toBe(`${HAND_WORKED.stage} · Align`);
    expect(await page.getByTestId('self-reported-stage').textContent()).toBe(`${HAND_WORKED.selfReportedStage} · Segment`);
    reportIndex = (await page.getByTestId('maturity-index').textContent())!.replace(' / 7', '');
    expect(await page.getByTestId('stage-differs').textContent()).toContain('The answers alone give stage 4; checked against the data they give stage 3.');
    const steps = page.getByTestId('ladder-step');
    expect(await steps.count()).toBe(7);
    for (const [index, share] of HAND_WORKED.stageScores.entries()) expect(await steps.nth(index).textContent()).toContain(share);
    for (const index of [0, 1, 2]) expect(await steps.nth(index).textContent()).toContain('achieved');
    expect(await steps.nth(2).getAttribute('aria-current')).toBe('step');
    expect(await steps.nth(3).textContent()).toContain('Failing gates: 4.1');
    // Radar, recommendations and the evidence table are there.
    expect(await page.getByTestId('radar-axis').count()).toBe(6);
    expect(await page.getByTestId('recommendation').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('evidence-row-4.1').textContent()).toContain('Overclaim');
    expect(await page.getByTestId('evidence-row-5.4').textContent()).toContain('Not applicable');
    await saveScreenshot(page, 'assessment-report');

    // Print calls the browser's print, and the printed page is the report alone.
    // (globalThis is the page's window there; the tests' tsconfig has no DOM library.)
    await page.evaluate(() => {
      const win = globalThis as unknown as { print(): void; printed: number };
      win.printed = 0;
      win.print = () => void (win.printed += 1);
    });
    await page.getByTestId('print-report').click();
    expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Console sections' }).isVisible()).toBe(false);
    expect(await page.getByTestId('language-select').isVisible()).toBe(false);
    expect(await page.getByTestId('print-report').isVisible()).toBe(false);
    expect(await page.getByTestId('report-headline').isVisible()).toBe(true);
    await saveScreenshot(page, 'assessment-report-print');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
    expect(errors).toEqual([]);
  });

  it('switches the report and an answering page to Simplified Chinese: the model’s texts come from the API in Chinese', async () => {
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await goTo(page, `/assessments/${assessmentId}/report`);
    await page.getByTestId('report-headline').filter({ hasText: HAND_WORKED.headline }).waitFor();

    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('report-headline').filter({ hasText: HAND_WORKED.headlineZh }).waitFor();
    expect(await page.getByTestId('evidence-adjusted-stage').textContent()).toBe('3 · 目标匹配');
    let text = await mainText(page);
    for (const chinese of ['阶段阶梯', '维度画像', '改进建议', '回答与数据佐证', '扩大声量', '自评偏高', '打印']) expect(text).toContain(chinese);
    for (const english of ['Stage ladder', 'Recommendations', 'Align', 'Radiate', 'Overclaim', 'Evidence-adjusted', 'Print', 'toward']) expect(text).not.toContain(english);
    await saveScreenshot(page, 'assessment-report-zh');

    await goTo(page, `/assessments/${assessmentId}?stage=4`);
    await page.getByTestId('stage-heading').filter({ hasText: '第 4 阶段 · 细分客户' }).waitFor();
    text = await mainText(page);
    for (const chinese of ['全面落实，持续衡量和改进', '来自贵公司数据的佐证', '关键项', '已提交']) expect(text).toContain(chinese);
    for (const english of ['Fully, measured and improved', 'Evidence from your data', 'Segment', 'Gate', 'Submitted']) expect(text).not.toContain(english);
    // A submitted assessment is read-only.
    expect(await page.getByTestId('item-4.1').locator('input[type="radio"]').first().isDisabled()).toBe(true);
    await saveScreenshot(page, 'assessment-answers-zh');

    await page.getByTestId('language-select').selectOption('en');
    await page.getByTestId('stage-heading').filter({ hasText: 'Stage 4 · Segment' }).waitFor();
    await page.close();
    expect(errors).toEqual([]);
  });

  it('shows the submitted assessments on the history page (stage and index over time, change since the run before) and sets a target', async () => {
    // A follow-up run, answered through the API: every item 4. Self-reported every S_k = 1 → stage 7.
    // Evidence-adjusted S1 = S2 = S3 = 1 (1.3, 2.2, 3.2 and 3.4 have e = 1, so x = 1 is corroborated),
    // but gate 4.1 is still s = clamp(1, −.25, .25) = .25 < .5 → stage 3 again: a change of 0.
    const api = async (query: string, variables: Record<string, unknown>) => {
      const response = await world.app.post<Record<string, { id: string }>>({ query, variables }, world.demoKey);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    };
    const started = await api('mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }', { input: { title: 'Follow-up review', respondents: ['Li Wei'] } });
    const followUpId = started.startAssessment!.id;
    const everything = Object.keys(ANSWERS).map((itemId) => ({ itemId, respondent: 'Li Wei', level: 4 }));
    await api('mutation ($input: AnswerItemsInput!) { answerItems(input: $input) { id } }', { input: { assessmentId: followUpId, answers: everything } });
    await api('mutation ($id: ID!) { submitAssessment(id: $id) { id } }', { id: followUpId });

    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Progress over time' }).click();
    const runs = page.getByTestId('history-run');
    await runs.nth(1).waitFor();
    expect(await runs.count()).toBe(2);
    const run = runs.nth(0);
    expect(await run.textContent()).toContain(TITLE);
    expect(await run.getByTestId('run-stage').textContent()).toBe(`${HAND_WORKED.stage} · Align`);
    expect(await run.getByTestId('run-index').textContent()).toBe(reportIndex);
    expect(await run.textContent()).toContain('first run');
    const followUp = runs.nth(1);
    expect(await followUp.textContent()).toContain('Follow-up review');
    expect(await followUp.getByTestId('run-stage').textContent()).toBe('3 · Align');
    expect(await followUp.textContent()).toContain('7 · Lifetime customers');
    expect(await followUp.textContent()).toMatch(/Stage 0 · Index [+-]?\d\.\d\d/);
    expect(await page.getByTestId('history-chart').isVisible()).toBe(true);
    expect(await page.getByTestId('no-targets').isVisible()).toBe(true);

    // The follow-up's report compares itself with the run before.
    await goTo(page, `/assessments/${followUpId}/report`);
    await page.getByTestId('since-previous').waitFor();
    expect(await page.getByTestId('since-previous').textContent()).toMatch(/^Compared with “Annual review 2026” \(.+\): stage 0, maturity index [+-]?\d\.\d\d\.$/);

    await goTo(page, '/assessments/history');
    await page.getByText('Set targets').click();
    await page.getByLabel('Target stage').selectOption('5');
    await page.getByRole('button', { name: 'Save targets' }).click();
    const progress = page.getByTestId('target-progress');
    await progress.waitFor();
    // Stage target 5 against the latest run's stage 3: 2 to go.
    expect((await progress.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ')).toBe('Stage 5 3 2 not yet');
    await saveScreenshot(page, 'assessment-history');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('gives a read-only key the reports but no write actions, and says why', async () => {
    const readOnlyKey = await world.app.keyFor(world.tenantId, ['assessments:read']);
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, readOnlyKey);
    await goTo(page, '/assessments');
    await page.getByTestId('read-only-note').waitFor();
    expect(await page.getByTestId('read-only-note').textContent()).toContain('assessments:write');
    expect(await page.getByTestId('start-form').count()).toBe(0);
    await page.getByTestId('assessment-row').filter({ hasText: TITLE }).getByRole('link', { name: 'Report' }).click();
    await page.getByTestId('report-headline').filter({ hasText: HAND_WORKED.headline }).waitFor();
    await saveScreenshot(page, 'assessment-read-only-report');
    await goTo(page, `/assessments/${assessmentId}`);
    await page.getByTestId('stage-heading').waitFor();
    expect(await page.getByTestId('read-only-note').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Save|Submit|Observe/ }).count()).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  });
});
