import { once } from 'node:events';
import pg from 'pg';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { cli, counts, createTenant, spawnCli, TempDir } from '../fixtures/import/import-helpers.js';

const ROWS = 30_000;
const BATCH = 500;

describe('an interrupted import', () => {
  let orm: Orm;
  let files: TempDir;
  let db: pg.Client;
  beforeAll(async () => {
    orm = await openOrm({ databaseUrl: process.env.TEST_DATABASE_URL as string, poolSize: 2 });
    files = await TempDir.create('import-interrupt');
    db = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await orm.close();
    await files.remove();
  });

  async function customerCount(tenantId: string): Promise<number> {
    const result = await db.query<{ count: string }>('select count(*) from customer where tenant_id = $1', [tenantId]);
    return Number(result.rows[0].count);
  }

  it('killed with SIGKILL leaves only whole batches, and running it again completes it', async () => {
    const { slug, id } = await createTenant(orm, { prefix: 'kill' });
    const lines = ['externalId,name,email,region'];
    for (let n = 1; n <= ROWS; n += 1) lines.push(`IC${String(n).padStart(5, '0')},Customer ${n},c${n}@example.com,Region ${n % 7}`);
    const file = await files.write('customers-30k.csv', lines.join('\n') + '\n');
    const args = ['import', 'customers', file, '--tenant', slug, '--batch-size', String(BATCH), '--json'];

    /** Starts the import and kills it (kill -9) once the tenant has at least `atLeast` customers. */
    async function killWhen(atLeast: number): Promise<number> {
      const child = spawnCli(args);
      let exited = false;
      const exit = once(child, 'exit').then(() => (exited = true));
      while ((await customerCount(id)) < atLeast) {
        if (exited) throw new Error(`the import finished or failed before ${atLeast} customers could be seen`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      child.kill('SIGKILL');
      await exit;
      expect(child.signalCode).toBe('SIGKILL');
      return customerCount(id);
    }

    // First kill: as soon as the first batch is committed.
    const afterFirstKill = await killWhen(1);
    // Each batch of 500 is one transaction: whatever got in is a whole number of batches, and the
    // kill came before the end (otherwise this test proves nothing).
    expect(afterFirstKill).toBeGreaterThan(0);
    expect(afterFirstKill % BATCH).toBe(0);
    expect(afterFirstKill).toBeLessThan(ROWS);

    // Second kill: a run that resumes it, killed midway, while one batch is written and the next is parsed.
    const afterKill = await killWhen(10_000);
    expect(afterKill % BATCH).toBe(0);
    expect(afterKill).toBeLessThan(ROWS);

    const rerun = await cli(args, 120_000);
    expect(rerun.code).toBe(0);
    // What the killed run wrote is there unchanged; the rest is inserted.
    expect(counts(rerun.json)).toEqual({ read: ROWS, inserted: ROWS - afterKill, updated: 0, unchanged: afterKill, rejected: 0 });
    expect(await customerCount(id)).toBe(ROWS);
    const [last] = (await db.query<{ name: string; email: string; region: string }>('select name, email, region from customer where tenant_id = $1 and external_id = $2', [id, 'IC30000'])).rows;
    // 30000 mod 7 = 5 (7 × 4285 = 29995).
    expect(last).toEqual({ name: 'Customer 30000', email: 'c30000@example.com', region: 'Region 5' });
  });
});
