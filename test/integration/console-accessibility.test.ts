import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility.js';
import { CHROMIUM_PATH } from '../support/chromium.js';
import { goTo, openConsole, saveScreenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-world.js';

// Every page of the console checked with axe-core against WCAG 2.1 A and AA (names and labels,
// contrast, headings, landmarks, ARIA use), in both languages and at laptop and tablet sizes.
// The feature tests drive the pages with role and label locators; this checks what they cannot.
describe('web console accessibility (axe-core, WCAG 2.1 AA)', () => {
  let world: ConsoleWorld;
  let browser: Browser;
  let assessmentId: string;

  beforeAll(async () => {
    world = await startConsoleWorld(300);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-background-networking'] });
    const started = await world.app.post<{ startAssessment: { id: string } }>(
      { query: 'mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }', variables: { input: { title: 'Accessibility review', respondents: ['Consultant'] } } },
      world.demoKey,
    );
    assessmentId = started.body.data!.startAssessment.id;
  });

  afterAll(async () => {
    await browser?.close();
    await world?.app.stop();
  });

  /** Waits until no loading indicator is left, so axe sees the page with its data. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(selector: string): { length: number } } }).document.querySelectorAll('.loading').length === 0, undefined, { timeout: 30_000 });
    await page.waitForTimeout(300);
  }

  async function audit(page: Page, route: string, name: string, exclude: string[] = []): Promise<{ route: string; violations: unknown[] }> {
    await goTo(page, route);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settled(page);
    const violations = await accessibilityViolations(page, exclude);
    if (violations.length > 0) await saveScreenshot(page, `accessibility-${name}`);
    return { route, violations };
  }

  it('finds no WCAG 2.1 AA violation on the sign-in page and any page, in English on a laptop', async () => {
    const { page, errors } = await openConsole(browser, world);
    expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, world.demoKey);
    const routes: [string, string][] = [
      ['/', 'overview'],
      ['/assessments', 'assessments'],
      ['/assessments/history', 'assessment-history'],
      [`/assessments/${assessmentId}`, 'answering'],
      [`/assessments/${assessmentId}/report`, 'report'],
      ['/dashboards/nps', 'nps'],
      ['/dashboards/rfm', 'rfm'],
      ['/dashboards/growth', 'growth'],
      ['/dashboards/cohorts', 'cohorts'],
      ['/dashboards/feedback', 'feedback'],
      ['/segments', 'segments'],
      ['/segments/new', 'segment-builder'],
    ];
    const results = [];
    for (const [route, name] of routes) results.push(await audit(page, route, name));
    // GraphiQL's own editor is excluded: the console does not draw it.
    results.push(await audit(page, '/explorer', 'explorer', ['.graphiql-container']));
    expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
    await saveScreenshot(page, 'accessibility-last-page');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('finds none in Chinese on a tablet either', async () => {
    const { page, errors } = await openConsole(browser, world, 'tablet');
    await page.getByTestId('language-select').selectOption('zh-CN');
    await signIn(page, world.demoKey);
    const results = [];
    for (const [route, name] of [
      ['/', 'overview-zh'],
      [`/assessments/${assessmentId}`, 'answering-zh'],
      ['/dashboards/nps', 'nps-zh'],
      ['/dashboards/rfm', 'rfm-zh'],
      ['/segments/new', 'segment-builder-zh'],
    ] as const) {
      results.push(await audit(page, route, name));
    }
    expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
    await saveScreenshot(page, 'accessibility-tablet-zh');
    await page.close();
    expect(errors).toEqual([]);
  });
});
