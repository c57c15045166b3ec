import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/chromium.js';
import { goTo, openConsole, saveScreenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-world.js';
import { errorCodes, TestApp } from '../support/test-app.js';

// The API explorer page (GraphiQL): it runs queries with the signed-in key, keeps that key out of
// local storage and the address, and knows the schema without introspection, which a production
// server refuses.
describe('web console: the API explorer', () => {
  let world: ConsoleWorld;
  let browser: Browser;

  beforeAll(async () => {
    // The explorer reads only the viewer: a handful of customers is enough.
    world = await startConsoleWorld(20);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-background-networking'] });
  });

  afterAll(async () => {
    await browser?.close();
    await world?.app.stop();
  });

  it('runs the default query with the signed-in key on a laptop, and keeps the key out of local storage and the address', async () => {
    const { page, errors } = await openConsole(browser, world);
    const graphqlRequests = recordGraphQLRequests(page);
    await signIn(page, world.demoKey);
    const requestsBeforeExplorer = graphqlRequests.length;
    await goTo(page, '/explorer');
    expect(await page.getByTestId('explorer-key-note').textContent()).toMatch(/signed-in API key/);
    await waitForEditors(page);

    // The explorer fills the main area: its frame reaches (nearly) the bottom of the window.
    const frame = (await page.getByTestId('explorer').boundingBox())!;
    expect(frame.height).toBeGreaterThan(500);
    expect(frame.y + frame.height).toBeGreaterThan(800 - 64);
    expect(frame.y + frame.height).toBeLessThanOrEqual(800);

    await page.getByRole('button', { name: /Execute query/ }).click();
    await expectResultToShow(page, world.tenantName);
    await saveScreenshot(page, 'explorer-laptop');

    // Every request the explorer sent carried the key in its header, and none was introspection.
    const explorerRequests = graphqlRequests.slice(requestsBeforeExplorer);
    expect(explorerRequests.length).toBeGreaterThanOrEqual(1);
    for (const request of explorerRequests) {
      expect(request.authorization).toBe(`Bearer ${world.demoKey}`);
      expect(request.body).not.toContain('__schema');
    }
    expect(explorerRequests.some((request) => request.body.includes('viewer'))).toBe(true);

    // No trace of the key anywhere in local storage, nor in the address; GraphiQL's own state
    // (tabs, history) lives in session storage, and only the console's session entry holds the key.
    const local = await page.evaluate(() => Object.entries(localStorage));
    expect(local.filter(([name, value]) => name.includes(world.demoKey) || value.includes(world.demoKey))).toEqual([]);
    expect(local.filter(([name]) => name.startsWith('graphiql'))).toEqual([]);
    const session = await page.evaluate(() => Object.entries(sessionStorage));
    expect(session.filter(([name]) => name.startsWith('graphiql:')).length).toBeGreaterThan(0);
    expect(session.filter(([, value]) => value.includes(world.demoKey)).map(([name]) => name)).toEqual(['cxgraph.apiKey']);
    expect(page.url()).not.toContain(world.demoKey);

    // Someone else signing in in the same tab does not get the first person's tabs and history.
    await goTo(page, '/');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, await world.app.keyFor(world.tenantId, ['analytics:read']));
    await goTo(page, '/explorer');
    await waitForEditors(page);
    expect(await page.evaluate(() => sessionStorage.getItem('graphiql:queries'))).toBeNull();

    await page.close();
    expect(errors).toEqual([]);
  });

  it('runs the query with Ctrl-Enter on a tablet, in Simplified Chinese', async () => {
    const { page, errors } = await openConsole(browser, world, 'tablet');
    await page.getByTestId('language-select').selectOption('zh-CN');
    await signIn(page, world.demoKey);
    await goTo(page, '/explorer');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('API 浏览器');
    expect(await page.getByTestId('explorer-key-note').textContent()).toContain('API 密钥');
    await waitForEditors(page);

    const frame = (await page.getByTestId('explorer').boundingBox())!;
    expect(frame.y + frame.height).toBeGreaterThan(1024 - 64);
    expect(frame.y + frame.height).toBeLessThanOrEqual(1024);

    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('Control+Enter');
    await expectResultToShow(page, world.tenantName);
    // As the page's hint says, Ctrl-M lets Tab leave the editor for the next control.
    await page.keyboard.press('Control+m');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('aria-label')).toMatch(/Execute query/);
    await saveScreenshot(page, 'explorer-tablet-zh');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('still has its documentation and autocompletion on a production server, which refuses introspection', async () => {
    const production = await TestApp.start({
      NODE_ENV: 'production',
      ...(process.env.CXGRAPH_CONSOLE_DIR ? { CXGRAPH_CONSOLE_DIR: process.env.CXGRAPH_CONSOLE_DIR } : {}),
    });
    try {
      const { tenant, key } = await production.tenantWithKey(['analytics:read'], 'explorer');
      const introspection = await production.post({ query: '{ __schema { queryType { name } } }' }, key);
      expect(errorCodes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

      const { page, errors } = await openConsole(browser, { ...world, app: production, demoKey: key, tenantId: tenant.id, tenantName: tenant.name });
      const graphqlRequests = recordGraphQLRequests(page);
      await signIn(page, key);
      await goTo(page, '/explorer');
      await waitForEditors(page);

      // The docs come from the schema built into the console.
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
      await docs.getByText('viewer', { exact: true }).waitFor();
      expect(await docs.textContent()).toContain('Viewer');

      // So does autocompletion: typing inside `viewer { … }` offers the Viewer type's fields.
      const editor = page.locator('.graphiql-query-editor .monaco-editor');
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('{ viewer { ten');
      await page.keyboard.press('Control+Space');
      const suggestions = page.locator('.graphiql-query-editor .suggest-widget');
      await suggestions.getByText('tenant').first().waitFor();
      await saveScreenshot(page, 'explorer-production-docs');

      await page.keyboard.press('Escape');
      await page.keyboard.type('ant { name } } }');
      await page.getByRole('button', { name: /Execute query/ }).click();
      await expectResultToShow(page, tenant.name);
      // The explorer never asked the server for its schema.
      expect(graphqlRequests.filter((request) => request.body.includes('__schema'))).toEqual([]);
      await page.close();
      expect(errors).toEqual([]);
    } finally {
      await production.stop();
    }
  });
});

interface RecordedRequest {
  authorization?: string;
  body: string;
}

/** The POSTs the page sends to /graphql, with their Authorization header and body. */
function recordGraphQLRequests(page: Page): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
    requests.push({ authorization: request.headers()['authorization'], body: request.postData() ?? '' });
  });
  return requests;
}

/** GraphiQL is loaded on demand: waits until its query editor (Monaco) is up. */
async function waitForEditors(page: Page): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
}

async function expectResultToShow(page: Page, text: string): Promise<void> {
  const result = page.locator('.result-window');
  await result.getByText(text).first().waitFor({ timeout: 15_000 });
}
