import type { Browser } from 'playwright-core';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../support/chromium.js';
import { goTo, openConsole, saveScreenshot, signIn, startConsoleWorld, type ConsoleWorld } from '../support/console-world.js';
import { TestApp } from '../support/test-app.js';
import { chromium } from 'playwright-core';

// The console's shell: how the server serves it, signing in and out with a key, what a key's
// scopes show, and switching language. The feature pages have their own browser tests.
describe('web console: serving, sign-in, scopes and language', () => {
  let world: ConsoleWorld;
  let browser: Browser;

  beforeAll(async () => {
    world = await startConsoleWorld(200);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-background-networking'] });
  });

  afterAll(async () => {
    await browser?.close();
    await world?.app.stop();
  });

  it('serves the page with a strict content security policy, hashed assets for a year, and redirects / and /console', async () => {
    const root = await fetch(`${world.app.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/console/');
    const bare = await fetch(`${world.app.url}/console`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/console/');

    const page = await fetch(`${world.app.url}/console/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https?:/);
    const html = await page.text();
    // Offline by construction: the page names nothing outside this server.
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);

    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${world.app.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await asset.text()).length).toBeGreaterThan(1000);
  });

  it('answers 404 for unknown and traversing asset paths, 405 for writes', async () => {
    for (const bad of ['/console/assets/nope.js', '/console/assets/..%2F..%2Fpackage.json', '/console/assets/../../package.json', '/console/other', '/console/assets/']) {
      const response = await fetch(`${world.app.url}${bad}`);
      expect([bad, response.status]).toEqual([bad, 404]);
      expect(await response.text()).not.toContain('"name": "cxgraph"');
    }
    const post = await fetch(`${world.app.url}/console/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says how to build the console when it is not built', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'cxgraph-console-'));
    const app = await TestApp.start({ CXGRAPH_CONSOLE_DIR: empty });
    try {
      const response = await fetch(`${app.url}/console/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/npm run build/);
      // A build appearing later is served without a restart.
      await mkdir(path.join(empty, 'assets'));
      await writeFile(path.join(empty, 'index.html'), '<!doctype html><title>built</title>');
      expect(await (await fetch(`${app.url}/console/`)).text()).toContain('built');
    } finally {
      await app.stop();
    }
  });

  it('refuses a wrong key with the server message and stores nothing', async () => {
    const { page, errors } = await openConsole(browser, world);
    await page.getByLabel('API key').fill('cxg_not_a_real_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/key/i);
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toBe('{}');
    expect(await page.getByRole('navigation').count()).toBe(0);
    await saveScreenshot(page, 'shell-wrong-key');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('signs in with the demo key, keeps the key in session storage only, survives a reload and signs out', async () => {
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, world.demoKey);
    expect(await page.getByTestId('tenant-name').textContent()).toBe(world.tenantName);
    // All eight scopes are listed for an admin key.
    expect(await page.getByTestId('scope-list').locator('li').count()).toBe(8);
    expect(page.url()).not.toContain(world.demoKey);
    expect(await page.evaluate(() => sessionStorage.getItem('cxgraph.apiKey'))).toBe(world.demoKey);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(world.demoKey);
    const sections = page.getByRole('navigation', { name: 'Console sections' });
    for (const name of ['Assessments', 'Segments', 'API explorer']) {
      expect(await sections.getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    await saveScreenshot(page, 'shell-signed-in');

    await page.reload();
    await page.getByTestId('tenant-name').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('cxgraph.apiKey'))).toBeNull();
    await page.close();
    expect(errors).toEqual([]);
  });

  it('shows a key without assessment scopes no assessment pages, not even by address', async () => {
    const analystKey = await world.app.keyFor(world.tenantId, ['analytics:read']);
    const { page, errors } = await openConsole(browser, world);
    await signIn(page, analystKey);
    const scopes = await page.getByTestId('scope-list').locator('li').allTextContents();
    expect(scopes).toHaveLength(1);
    expect(scopes[0]).toContain('analytics:read');
    const sections = page.getByRole('navigation', { name: 'Console sections' });
    expect(await sections.getByRole('link', { name: /assessment/i }).count()).toBe(0);
    expect(await sections.getByRole('link', { name: 'Segments', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Maturity assessments' }).count()).toBe(0);

    await goTo(page, '/assessments');
    await page.getByTestId('not-allowed').waitFor();
    expect(await page.getByTestId('not-allowed').textContent()).toContain('assessments:read');
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await saveScreenshot(page, 'shell-no-assessment-scope');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('switches between English and Simplified Chinese at any point, on a tablet too', async () => {
    const { page, errors } = await openConsole(browser, world, 'tablet');
    await page.getByTestId('language-select').selectOption('zh-CN');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('登录 cxgraph 控制台');
    await signIn(page, world.demoKey);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('概览');
    await saveScreenshot(page, 'shell-tablet-zh');
    await page.getByTestId('language-select').selectOption('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Overview');
    await page.close();
    expect(errors).toEqual([]);
  });
});
