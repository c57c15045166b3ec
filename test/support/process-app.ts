import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { createTenantWithKey } from './test-app.js';

export const MAIN = path.resolve('dist/main.js');

/** `node dist/main.js` as `npm start` runs it, over the test run's database. */
export interface ProcessApp {
  child: ChildProcess;
  /** http://127.0.0.1:<port>, without a path. */
  origin: string;
  port: number;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Spawns the built server and resolves once it printed "cxgraph is ready". DATABASE_URL is the
 * test database, so no embedded server is started; the scheduler is off unless asked for.
 */
export async function startProcessApp(environment: Record<string, string> = {}, readyWithinMs = 30_000): Promise<ProcessApp> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: process.env.TEST_DATABASE_URL as string,
      SEED_DEMO: 'false',
      // main.ts prints the port it got, so the kernel picks a free one.
      PORT: '0',
      LOG_LEVEL: 'warn',
      SEGMENT_SCHEDULER_TICK_MS: '0',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/main.js was not ready within ${readyWithinMs} ms:\n${output}`));
    }, readyWithinMs);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /cxgraph is ready: (\S+)/.exec(output)?.[1];
      if (ready) {
        clearTimeout(timer);
        resolve(ready);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`dist/main.js ended (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  const port = Number(new URL(url).port);
  return { child, origin: `http://127.0.0.1:${port}`, port, output: () => output, exited };
}

/** A new tenant with a unique slug and a key holding the given scopes, written straight to the database. */
export async function tenantWithKey(orm: Orm, scopes: string[], slugPrefix = 'fault'): Promise<{ tenantId: string; key: string }> {
  const { tenant, key } = await createTenantWithKey(orm, scopes, slugPrefix);
  return { tenantId: tenant.id, key };
}

/** A port nobody listens on right now (for a server that must keep its port across restarts). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves true when a new TCP connection to the port is accepted, false when it is refused. */
export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls `condition` every 20 ms until it holds; throws after `withinMs`. */
export async function waitFor<T>(what: string, condition: () => Promise<T | undefined | false>, withinMs = 15_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${withinMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * What the tests of `npm start`'s process share: an ORM and two plain connections on the test
 * database (one to look, one to hold row locks that keep a request in flight), and every
 * process they started, killed at the end whatever happened.
 */
export class ProcessTestBench {
  orm!: Orm;
  observer!: pg.Client;
  locker!: pg.Client;
  private readonly started: ProcessApp[] = [];

  async open(): Promise<this> {
    const databaseUrl = process.env.TEST_DATABASE_URL as string;
    this.orm = await openOrm({ databaseUrl, poolSize: 2 });
    this.observer = new pg.Client({ connectionString: databaseUrl });
    this.locker = new pg.Client({ connectionString: databaseUrl });
    await Promise.all([this.observer.connect(), this.locker.connect()]);
    return this;
  }

  async close(): Promise<void> {
    for (const app of this.started) if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
    await this.locker.end();
    await this.observer.end();
    await this.orm.close();
  }

  async start(environment: Record<string, string> = {}): Promise<ProcessApp> {
    const app = await startProcessApp(environment);
    this.started.push(app);
    return app;
  }
}

/** POSTs a GraphQL body to a started process with a key. */
export function postGraphQL(app: ProcessApp, key: string, body: unknown, timeoutMs: number): Promise<Response> {
  return fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
}

/**
 * Sessions running a statement like `queryPattern` that wait on a lock the `locker` connection
 * holds. Other test files share the database and may have waiting sessions of their own, so
 * only the ones this locker blocks count.
 */
export async function sessionsBlockedBy(observer: pg.Client, locker: pg.Client, queryPattern: string): Promise<number[]> {
  const [{ pid: lockerPid }] = (await locker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows;
  const { rows } = await observer.query<{ pid: number }>(
    `select pid from pg_stat_activity
      where datname = current_database() and query like $1
        and $2::int = any(pg_blocking_pids(pid))`,
    [queryPattern, lockerPid],
  );
  return rows.map((row) => row.pid);
}
