import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withChromium } from '../support/chromium.js';
import { saveScreenshot } from '../support/console-world.js';

/** Runs `node dist/main.js` as `npm start` does and collects what it prints. */
function startPlatform(environment: Record<string, string>): { child: ChildProcess; output: () => string; ready: Promise<{ url: string; key?: string }> } {
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: '0', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<{ url: string; key?: string }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /cxgraph is ready: (\S+)/.exec(output)?.[1];
      const settled = url && (/Demo API key: \S+/.test(output) || /Database: DATABASE_URL/.test(output));
      if (settled) resolve({ url, key: /Demo API key: (\S+)/.exec(output)?.[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
  return { child, output: () => output, ready };
}

function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

/** Runs the CLI with --json against the same data directory; resolves to its last stdout line. */
function cliJson(environment: Record<string, string>, ...args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['dist/cli/main.js', ...args, '--json'], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...environment } }, (error, stdout) => {
      if (error) reject(new Error(`${error.message}\n${stdout}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1) as string) as Record<string, unknown>);
    });
  });
}

async function customerCount(url: string, key: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ customers(first: 0) { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { customers: { totalCount: number } } };
  return body.data.customers.totalCount;
}

describe('npm start', () => {
  it('starts the embedded database with the demo tenant, keeps data and key across starts, and stops cleanly', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cxgraph-start-'));
    const environment = { CXGRAPH_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(58000 + Math.floor(Math.random() * 1000)) };

    const first = startPlatform(environment);
    const { url, key } = await first.ready;
    expect(key).toMatch(/^cxg_/);
    expect((await readFile(path.join(dataDir, 'demo-api-key'), 'utf8')).trim()).toBe(key);
    expect(await customerCount(url, key as string)).toBe(5000);
    // The web console it serves takes the printed demo key.
    const consoleUrl = /Web console: (\S+)/.exec(first.output())?.[1];
    expect(consoleUrl).toBe(url.replace('/graphql', '/console/'));
    await withChromium(async (browser) => {
      const page = await browser.newPage();
      await page.goto(consoleUrl as string);
      await page.getByLabel('API key').fill(key as string);
      await page.getByRole('button', { name: 'Sign in' }).click();
      expect(await page.getByTestId('tenant-name').textContent()).toBe('Demo Retail Co.');
      await saveScreenshot(page, 'npm-start-demo-key');
    });
    // The CLI reuses the running embedded server...
    const whileRunning = await cliJson(environment, 'tenant', 'list');
    expect((whileRunning.tenants as { slug: string }[]).map((tenant) => tenant.slug)).toEqual(['demo']);
    expect(await stopped(first.child, 'SIGTERM')).toBe(0);
    // The database stopped with the platform: PostgreSQL removes its pid file on a clean stop.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    // ...and, with the platform down, starts it for one command and stops it again.
    const created = await cliJson(environment, 'tenant', 'create', 'offline', '--name', 'Created offline');
    expect(created.tenant).toMatchObject({ slug: 'offline' });
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = startPlatform(environment);
    const again = await second.ready;
    expect(again.key).toBe(key);
    expect(await customerCount(again.url, key as string)).toBe(5000);
    expect(await stopped(second.child, 'SIGINT')).toBe(0);
  }, 180_000);

  it('uses DATABASE_URL when set and starts no embedded server', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cxgraph-start-url-'));
    const platform = startPlatform({ CXGRAPH_DATA_DIR: dataDir, DATABASE_URL: process.env.TEST_DATABASE_URL as string, SEED_DEMO: 'false', LOG_LEVEL: 'info' });
    const { url } = await platform.ready;
    expect(platform.output()).toContain('Database: DATABASE_URL');
    expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
    const health = await fetch(url.replace('/graphql', '/readyz'));
    expect(health.status).toBe(200);
    // Requests are logged as JSON lines with their request id, and the key never appears.
    const key = 'cxg_AAAAAAAAAA_' + 'S'.repeat(43);
    const refused = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'x-request-id': 'req-42' }, body: '{"query":"{ viewer { tenant { slug } } }"}' });
    expect(refused.status).toBe(401);
    expect(await stopped(platform.child, 'SIGTERM')).toBe(0);
    const requestLog = platform
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.requestId === 'req-42');
    expect(requestLog).toMatchObject({ msg: 'request', status: 401, path: '/graphql' });
    expect(platform.output()).not.toContain('SSSSSSSSSS');
  }, 60_000);
});
