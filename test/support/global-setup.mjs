// Runs in Jest's parent process, outside its ESM transform, so it uses the compiled build
// (`npm test` builds first).
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase } from '../../dist/db/embedded-postgres.js';
import { migrate, openOrm } from '../../dist/db/orm.js';
import { createLogger } from '../../dist/logger.js';

/**
 * Starts one real PostgreSQL for the whole run (a fresh embedded server in a temporary
 * directory, or the server in DATABASE_URL) and applies the migrations once. Tests isolate
 * themselves by creating their own tenants.
 */
export default async function globalSetup() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cxgraph-test-'));
    const port = 56000 + Math.floor(Math.random() * 2000);
    const database = await startEmbeddedDatabase(dataDir, port, createLogger('silent'));
    url = database.url;
    globalThis.stopTestDatabase = database.stop;
    process.env.CXGRAPH_TEST_DATA_DIR = dataDir;
  }
  process.env.TEST_DATABASE_URL = url;
  const orm = await openOrm({ databaseUrl: url, poolSize: 2 });
  await migrate(orm);
  await orm.close();
}
