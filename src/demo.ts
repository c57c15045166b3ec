import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Orm } from './db/orm.js';
import type { Logger } from './logger.js';
import { ApiKey } from './modules/auth/api-key.entity.js';
import { hashKey, prefixOf } from './modules/auth/api-key-secret.js';
import { ApiKeyService } from './modules/auth/api-key.service.js';
import { SCOPES } from './modules/auth/scopes.js';
import { TenantService } from './modules/tenant/tenant.service.js';
import { DEFAULT_DEMO_DATA, seedDemoData } from './seeds/demo-data.js';

export const DEMO_TENANT_SLUG = 'demo';

/**
 * On an empty database, creates the `demo` tenant and fills it with the demo data generator.
 * Returns a working demo key: the one saved in `<dataDir>/demo-api-key` when it is still valid,
 * else a new one (saved there for the next start).
 */
export async function ensureDemo(orm: Orm, databaseUrl: string, dataDir: string, logger: Logger): Promise<string | undefined> {
  const em = orm.em.fork();
  const tenants = new TenantService(em);
  let demo = await tenants.findBySlug(DEMO_TENANT_SLUG);
  if (!demo) {
    if ((await tenants.count()) > 0) return undefined; // a database in real use gets no demo tenant
    demo = await tenants.create({ slug: DEMO_TENANT_SLUG, name: 'Demo Retail Co.', timeZone: 'Europe/London', baseCurrency: 'USD' });
    const started = Date.now();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      // The history ends at today's UTC midnight, so the demo has recent data the day it is
      // created (the maturity evidence only counts data of the last 35 days); the same seed gives
      // the same customers and amounts, shifted to that day.
      const today = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);
      const counts = await seedDemoData(client, demo.id, { ...DEFAULT_DEMO_DATA, asOf: today });
      // Fresh statistics: without them the planner takes the new tables for empty and picks
      // nested loops that make the first analytics queries slow.
      await client.query('analyze customer, customer_tag, "order", touchpoint, feedback');
      logger.info({ ...counts, ms: Date.now() - started }, 'seeded the demo tenant');
    } finally {
      await client.end();
    }
  }
  const keyFile = path.join(dataDir, 'demo-api-key');
  const saved = existsSync(keyFile) ? (await readFile(keyFile, 'utf8')).trim() : undefined;
  if (saved && (await isLiveKeyOf(orm, saved, demo.id))) return saved;
  const { key } = await new ApiKeyService(em).create(demo.id, 'Demo key (npm start)', [...SCOPES]);
  await mkdir(dataDir, { recursive: true });
  await writeFile(keyFile, key + '\n', { mode: 0o600 });
  return key;
}

async function isLiveKeyOf(orm: Orm, key: string, tenantId: string): Promise<boolean> {
  const prefix = prefixOf(key);
  if (!prefix) return false;
  const apiKey = await orm.em.fork().findOne(ApiKey, { prefix, tenantId, revokedAt: null });
  return apiKey?.secretHash === hashKey(key);
}
