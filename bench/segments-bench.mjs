// npm run bench:segments: times saved segments on the analytics benchmark tenant (100,000
// customers, 1,000,000 orders; built on first use in .data/bench-analytics and reused) through
// GraphQL over HTTP in production mode: a segment over RFM segment + tag + last order is
// created (its first refresh: every member ENTERED), refreshed with nothing changed and with
// about a thousand customers leaving, and its members and changes are paged through and
// exported. BENCH_RUNS (default 7) sets the timed refreshes. The segment is deleted and the
// tags restored at the end, so the tenant stays as the analytics benchmark expects it.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureBenchTenant, SIZES } from './analytics-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (module) => import(path.join(root, 'dist', module));
const { loadConfig } = await dist('config.js');
const { createLogger } = await dist('logger.js');
const { locateDatabase } = await dist('db/database.js');
const { migrate, openOrm } = await dist('db/orm.js');
const { buildGraphQLSchema } = await dist('graphql-schema.js');
const { createHttpServer } = await dist('server.js');
const { ApiKeyService } = await dist('modules/auth/api-key.service.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const NAME = 'bench: champions and loyal newsletter readers who ordered lately';
const DEFINITION = {
  all: [
    { field: 'RFM_SEGMENT', operator: 'IN', value: ['CHAMPIONS', 'LOYAL', 'POTENTIAL_LOYALIST'] },
    { field: 'TAG', operator: 'HAS', value: 'newsletter' },
    { field: 'LAST_ORDER_AT', operator: 'WITHIN_LAST_DAYS', value: 120 },
  ],
};
// Customers whose newsletter tag is taken away for the refresh with changes (1 in 100).
const LEAVING = `abs(hashtext(c.external_id || 'bench-leave')) % 100 = 0`;

const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  CXGRAPH_DATA_DIR: process.env.CXGRAPH_DATA_DIR ?? path.join(root, '.data', 'bench-analytics'),
  EMBEDDED_POSTGRES_PORT: process.env.EMBEDDED_POSTGRES_PORT ?? '54340',
  STATEMENT_TIMEOUT_MS: '60000',
  LOG_LEVEL: 'warn',
});
const logger = createLogger('warn');
const database = await locateDatabase(config, logger);
const orm = await openOrm({ databaseUrl: database.url, poolSize: 4 });
await migrate(orm);
const client = new pg.Client({ connectionString: database.url });
await client.connect();
const { tenantId, dataEnd } = await ensureBenchTenant(client, (message) => console.log(message));
const { key } = await new ApiKeyService(orm.em.fork()).create(tenantId, 'segments benchmark', ['segments:read', 'segments:write', 'customers:read']);
const http = await createHttpServer(config, orm, await buildGraphQLSchema(), logger);
await new Promise((resolve) => http.server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${http.server.address().port}`;

async function graphql(query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors[0]));
  return body.data;
}

async function timed(action) {
  const started = process.hrtime.bigint();
  const result = await action();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const REFRESH = `mutation($id: ID!) { refreshSegment(id: $id) { entered exited memberCount durationMs } }`;

// A run cut short leaves its segment behind: start clean.
await client.query(`delete from segment where tenant_id = $1 and name = $2`, [tenantId, NAME]);

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
const [{ version }] = (await client.query('select version()')).rows;
console.log(`database: ${version.split(' on ')[0]}; tenant: ${SIZES.customers} customers, ${SIZES.orders} orders, data to ${dataEnd.toISOString().slice(0, 10)}\n`);

const created = await timed(() =>
  graphql(`mutation($input: CreateSegmentInput!) { createSegment(input: $input) { entered memberCount durationMs segment { id } } }`, { input: { name: NAME, document: DEFINITION } }),
);
const id = created.result.createSegment.segment.id;
console.log(`create (first refresh, ${created.result.createSegment.entered} members ENTERED): ${created.ms.toFixed(0)} ms over HTTP, refresh ${created.result.createSegment.durationMs} ms in the server`);

const unchanged = [];
for (let run = 0; run < RUNS; run += 1) unchanged.push((await timed(() => graphql(REFRESH, { id }))).ms);
console.log(`refresh, nothing changed: median ${median(unchanged).toFixed(0)} ms of ${RUNS} (${unchanged.map((ms) => ms.toFixed(0)).join(' · ')})`);

// About 1 % of the customers lose the newsletter tag: the members among them exit.
const removed = await client.query(
  `delete from customer_tag ct using tag t, customer c
    where ct.tenant_id = $1 and t.tenant_id = $1 and c.tenant_id = $1 and ct.tag_id = t.id and ct.customer_id = c.id
      and t.key = 'newsletter' and ${LEAVING}
   returning ct.customer_id, ct.tag_id, ct.source, ct.score, ct.confidence, ct.assigned_at, ct.expires_at`,
  [tenantId],
);
const changed = await timed(() => graphql(REFRESH, { id }));
console.log(`refresh after ${removed.rowCount} customers lost the tag: ${changed.ms.toFixed(0)} ms (${changed.result.refreshSegment.exited} exited)`);

const MEMBERS = `query($id: ID!, $after: String) { segment(id: $id) { members(first: 1000, after: $after) { pageInfo { hasNextPage endCursor } edges { node { externalId enteredAt name email } } } } }`;
const paged = await timed(async () => {
  let after = null;
  let count = 0;
  for (;;) {
    const page = (await graphql(MEMBERS, { id, after })).segment.members;
    count += page.edges.length;
    if (!page.pageInfo.hasNextPage) return count;
    after = page.pageInfo.endCursor;
  }
});
console.log(`members paging (1,000 a page, with name and email): ${paged.result} members in ${paged.ms.toFixed(0)} ms, ${Math.round(paged.result / (paged.ms / 1000))} members/s`);

const CHANGES = `query($id: ID!, $since: String) { segment(id: $id) { changes(since: $since, first: 1000) { endCursor hasMore edges { node { sequence change customer { externalId } } } } } }`;
const pulled = await timed(async () => {
  let since = null;
  let count = 0;
  for (;;) {
    const page = (await graphql(CHANGES, { id, since })).segment.changes;
    count += page.edges.length;
    if (!page.hasMore) return count;
    since = page.endCursor;
  }
});
console.log(`changes paging (1,000 a page): ${pulled.result} changes in ${pulled.ms.toFixed(0)} ms, ${Math.round(pulled.result / (pulled.ms / 1000))} changes/s`);

const exported = await timed(async () => {
  const response = await fetch(`${base}/segments/${id}/members.csv`, { headers: { authorization: `Bearer ${key}` } });
  const text = await response.text();
  return text.split('\n').length - 2;
});
console.log(`CSV export: ${exported.result} members in ${exported.ms.toFixed(0)} ms, ${Math.round(exported.result / (exported.ms / 1000))} members/s`);

console.log('\n| measure | result |');
console.log('|---|---|');
console.log(`| create: first refresh, ${created.result.createSegment.entered} members ENTERED | ${created.ms.toFixed(0)} ms |`);
console.log(`| refresh, nothing changed (median of ${RUNS}) | ${median(unchanged).toFixed(0)} ms |`);
console.log(`| refresh, ${changed.result.refreshSegment.exited} members exit | ${changed.ms.toFixed(0)} ms |`);
console.log(`| members paging, 1,000 a page | ${Math.round(paged.result / (paged.ms / 1000))} members/s |`);
console.log(`| changes paging, 1,000 a page | ${Math.round(pulled.result / (pulled.ms / 1000))} changes/s |`);
console.log(`| CSV export | ${Math.round(exported.result / (exported.ms / 1000))} members/s |`);

// Leave the tenant as it was: the tags back, the segment gone.
for (const row of removed.rows) {
  await client.query(
    `insert into customer_tag (tenant_id, customer_id, tag_id, source, score, confidence, assigned_at, expires_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [tenantId, row.customer_id, row.tag_id, row.source, row.score, row.confidence, row.assigned_at, row.expires_at],
  );
}
await client.query(`delete from segment where tenant_id = $1 and id = $2`, [tenantId, id]);
await http.close();
await client.end();
await orm.close();
await database.stop();
