import type { Browser, Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { seedDemoData } from '../../src/seeds/demo-data.js';
import { ARTIFACTS_DIRECTORY } from './chromium.js';
import { TestApp } from './test-app.js';

/** Every scope: what the demo key of `npm start` holds. */
export const ALL_SCOPES = ['customers:read', 'customers:write', 'analytics:read', 'segments:read', 'segments:write', 'assessments:read', 'assessments:write', 'admin'];

export interface ConsoleWorld {
  app: TestApp;
  /** A key with every scope, like `npm start`'s demo key. */
  demoKey: string;
  tenantId: string;
  tenantName: string;
  /** The instant the seeded data ends at (UTC midnight of today, as `npm start` does). */
  asOf: Date;
}

/**
 * The web console's world for browser tests: a real server on a random port (serving the built
 * console from dist/console) and a tenant filled by the demo data generator, smaller than
 * `npm start`'s (the same generator, fewer customers) so it seeds in a few seconds.
 */
export async function startConsoleWorld(customers = 600): Promise<ConsoleWorld> {
  // CXGRAPH_CONSOLE_DIR lets a run serve a console built elsewhere (`vite build --outDir …`).
  const app = await TestApp.start(process.env.CXGRAPH_CONSOLE_DIR ? { CXGRAPH_CONSOLE_DIR: process.env.CXGRAPH_CONSOLE_DIR } : {});
  const tenantName = 'Demo Retail Co.';
  const { tenant, key } = await app.tenantWithKey(ALL_SCOPES, 'console', { timeZone: 'Europe/London' });
  const asOf = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query('update tenant set name = $1 where id = $2', [tenantName, tenant.id]);
    await seedDemoData(client, tenant.id, { customers, seed: 42, asOf });
    await client.query('analyze customer, customer_tag, "order", touchpoint, feedback');
  } finally {
    await client.end();
  }
  return { app, demoKey: key, tenantId: tenant.id, tenantName, asOf };
}

/** A laptop-sized page (1280×800) or a tablet (768×1024) opened on the console, not signed in. */
export async function openConsole(browser: Browser, world: ConsoleWorld, viewport: 'laptop' | 'tablet' = 'laptop'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: viewport === 'laptop' ? { width: 1280, height: 800 } : { width: 768, height: 1024 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Offline by construction: any request that leaves this server fails the test that checks `errors`.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(world.app.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    errors.push(`request outside the server: ${url}`);
    return route.abort();
  });
  await page.goto(`${world.app.url}/console/`);
  return { page, errors };
}

/** Signs in through the form, as a person does, and waits for the overview. */
export async function signIn(page: Page, key: string): Promise<void> {
  await page.getByLabel(/API key|API 密钥/).fill(key);
  await page.getByRole('button', { name: /Sign in|登录/ }).click();
  await page.getByTestId('tenant-name').waitFor();
}

/** Goes to a console route (the hash part, e.g. `/dashboards/nps`). */
export async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), route);
}

/** Saves a full-page PNG to test-artifacts/console-<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIRECTORY, { recursive: true });
  const file = path.join(ARTIFACTS_DIRECTORY, `console-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
