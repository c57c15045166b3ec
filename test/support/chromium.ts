import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Drives Debian's Chromium (the `chromium` package) through playwright-core, so the tests need
 * no browser download: `.ci/run` installs the package when it is missing.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Screenshots land here, relative to the repository root (jest runs from it). */
export const ARTIFACTS_DIRECTORY = path.resolve(process.cwd(), 'test-artifacts');

export async function withChromium<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install the Debian package \`chromium\` (apt-get install -y chromium)`);
  }
  // --no-sandbox: CI runs as root, where Chromium refuses to start with its sandbox.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

export interface RenderedPage {
  page: Page;
  screenshotPath: string;
  /** Every request the page tried to make. A page given as HTML is cut off from the network, so any entry is a resource it wanted to fetch. */
  requests: string[];
}

/**
 * Opens an HTML string or a URL in a new page (A4 width at 96 dpi), waits for it to load and saves
 * a full-page PNG to test-artifacts/<name>.png. The page stays open until the browser closes.
 */
export async function renderPage(browser: Browser, source: { html: string } | { url: string }, name: string): Promise<RenderedPage> {
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  if ('html' in source) {
    await page.route('**/*', (route) => route.abort());
    await page.setContent(source.html, { waitUntil: 'load' });
  } else {
    await page.goto(source.url, { waitUntil: 'load' });
  }
  await mkdir(ARTIFACTS_DIRECTORY, { recursive: true });
  const screenshotPath = path.join(ARTIFACTS_DIRECTORY, `${name}.png`);
  await page.screenshot({ path: screenshotPath, fullPage: true });
  return { page, screenshotPath, requests };
}
