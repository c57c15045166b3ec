// npm run bench:analytics: times every dashboard metric on a tenant with 100,000 customers,
// 1,000,000 orders and 200,000 feedback rows (built on first use in .data/bench-analytics and
// reused), through GraphQL over HTTP (production mode) and as the same SQL run directly
// through pg (the floor: the exact statements the GraphQL request ran, replayed in a tenant
// transaction as the application role). Prints the median of several runs of each and the ratio.
// The two are timed in turns (GraphQL, floor, GraphQL, …) so a busy moment of the machine falls
// on both. BENCH_RUNS (default 7) sets the least number of timed runs of each; a metric whose
// runs are short gets more, until it has spent BENCH_MIN_MS (default 1500) or 51 runs, so the
// median of a 10 ms query is not down to seven samples. BENCH_ONLY=name1,name2 limits the metrics
// (names with commas of their own: separate them with | instead, BENCH_ONLY="name, one|name two").
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureBenchTenant, SIZES } from './analytics-data.mjs';
import { METRICS } from './analytics-metrics.mjs';
import { serverNodeFlags } from './server-flags.mjs';

// The server runs in this process: it gets the Node flags npm start gives it, by running this
// script again with them if it was started without.
const startFlags = serverNodeFlags();
if (!startFlags.every((flag) => process.execArgv.includes(flag))) {
  const run = spawnSync(process.execPath, [...process.execArgv, ...startFlags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (module) => import(path.join(root, 'dist', module));
const { loadConfig } = await dist('config.js');
const { createLogger } = await dist('logger.js');
const { locateDatabase } = await dist('db/database.js');
const { migrate, openOrm } = await dist('db/orm.js');
const { buildGraphQLSchema } = await dist('graphql-schema.js');
const { createHttpServer } = await dist('server.js');
const { recordStatements } = await dist('db/sql-runner.js');
const { ApiKeyService } = await dist('modules/auth/api-key.service.js');
const { APP_ROLE } = await dist('db/app-role.js');
const { ANALYTICS_WORK_MEM } = await dist('db/tenancy.js');
const { analyzeSlotSql, buildBaseSql, buildBaseFromEarlierSql } = await dist('modules/analytics/customer-totals/customer-totals.query.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 1500);
const MAX_RUNS = 51;
const WARM_UP = 2;
const only = process.env.BENCH_ONLY?.split(process.env.BENCH_ONLY.includes('|') ? '|' : ',').map((name) => name.trim());
const EXTRA_SECTIONS = ['base build', 'rfm cache write', 'revenue days build'];
// A misspelt name (or one name with commas, split at them) would time nothing and say nothing.
const unknown = only?.filter((name) => !METRICS.some((metric) => metric.name === name) && !EXTRA_SECTIONS.includes(name)) ?? [];
if (unknown.length > 0) {
  console.error(`BENCH_ONLY: no metric named ${unknown.map((name) => `"${name}"`).join(', ')} (names with commas: separate them with |)`);
  process.exit(2);
}

const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  CXGRAPH_DATA_DIR: process.env.CXGRAPH_DATA_DIR ?? path.join(root, '.data', 'bench-analytics'),
  EMBEDDED_POSTGRES_PORT: process.env.EMBEDDED_POSTGRES_PORT ?? '54340',
  STATEMENT_TIMEOUT_MS: '60000',
  LOG_LEVEL: 'warn',
});
const logger = createLogger('warn');
const log = (message) => console.log(message);
const database = await locateDatabase(config, logger);
const orm = await openOrm({ databaseUrl: database.url, poolSize: 4 });
await migrate(orm);
const client = new pg.Client({ connectionString: database.url });
await client.connect();
const { tenantId, dataEnd } = await ensureBenchTenant(client, log);
const { key } = await new ApiKeyService(orm.em.fork()).create(tenantId, 'analytics benchmark', ['analytics:read']);
const server = await createHttpServer(config, orm, await buildGraphQLSchema(), logger);
await new Promise((resolve) => server.server.listen(0, '127.0.0.1', resolve));
const { port } = server.server.address();

// node:http on one kept-alive connection, like a dashboard's client, rather than fetch: fetch
// (undici) spent 0.3–0.5 ms of this process's CPU per request, and this process is also the
// server, so the client's cost would be counted as the server's.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(body) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${key}` } },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function graphql(query, variables) {
  const body = JSON.parse(await post(JSON.stringify({ query, variables })));
  if (body.errors) throw new Error(`${JSON.stringify(body.errors[0])}`);
  return body;
}

/** The statements one GraphQL request runs, without the tenant set-up. */
async function statementsOf(query, variables) {
  // Once unrecorded first: a request may build a per-customer totals base on first use, and
  // the floor is the steady state's statements, not the one-off build.
  await graphql(query, variables);
  const statements = [];
  recordStatements((text, params) => statements.push({ text, params }));
  try {
    await graphql(query, variables);
  } finally {
    recordStatements(undefined);
  }
  // The request's set-up (the key read with the tenant settings, db/tenancy.ts) is the floor's own set_config.
  return statements.filter((statement) => !statement.text.includes("set_config('app.tenant_id'"));
}

async function sqlFloor(statements) {
  await client.query('begin');
  try {
    // The request's own settings (tenancy.ts): the floor is the same statements, same memory.
    await client.query(`select set_config('app.tenant_id', $1, true), set_config('work_mem', $2, true)`, [tenantId, ANALYTICS_WORK_MEM]);
    await client.query(`set local role ${APP_ROLE}`);
    for (const { text, params } of statements) {
      let index = 0;
      await client.query(text.replace(/\?/g, () => `$${++index}`), params);
    }
  } finally {
    await client.query('commit');
  }
}

async function elapsedMs(action) {
  const started = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function medianOf(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The medians of `first` and `second`, timed in turns, and the number of runs of each. */
async function pairedMedians(first, second) {
  for (let run = 0; run < WARM_UP; run += 1) {
    await first();
    await second();
  }
  const firstTimes = [];
  const secondTimes = [];
  let spent = 0;
  while (firstTimes.length < RUNS || (spent < MIN_MS && firstTimes.length < MAX_RUNS)) {
    firstTimes.push(await elapsedMs(first));
    secondTimes.push(await elapsedMs(second));
    spent += firstTimes.at(-1) + secondTimes.at(-1);
  }
  return { first: medianOf(firstTimes), second: medianOf(secondTimes), runs: firstTimes.length };
}

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
const [{ version }] = (await client.query('select version()')).rows;
console.log(`database: ${version.split(' on ')[0]}; tenant: ${SIZES.customers} customers, ${SIZES.orders} orders, ${SIZES.feedback} feedback, ${SIZES.touchpoints} touchpoints, data to ${dataEnd.toISOString().slice(0, 10)}`);
console.log(`median of at least ${RUNS} runs (up to ${MAX_RUNS} while under ${MIN_MS} ms per metric), GraphQL and SQL in turns, after ${WARM_UP} warm-up runs\n`);
const rows = [];
for (const metric of METRICS) {
  if (only && !only.includes(metric.name)) continue;
  const variables = metric.variables(dataEnd);
  const statements = await statementsOf(metric.query, variables);
  const { first: graphqlMs, second: sqlMs, runs } = await pairedMedians(() => graphql(metric.query, variables), () => sqlFloor(statements));
  const row = { metric: metric.name, graphqlMs: Number(graphqlMs.toFixed(1)), sqlMs: Number(sqlMs.toFixed(1)), ratio: Number((graphqlMs / sqlMs).toFixed(2)), statements: statements.length, target: metric.targetMs, runs };
  rows.push(row);
  const verdict = row.graphqlMs <= metric.targetMs && row.ratio <= 1.25 ? 'ok' : 'MISS';
  console.log(`${metric.name.padEnd(34)} ${String(row.graphqlMs).padStart(8)} ms  ${String(row.sqlMs).padStart(8)} ms  ×${row.ratio.toFixed(2)}  (${row.statements} stmt, ${runs} runs, target ${metric.targetMs} ms) ${verdict}`);
}
// What the first request of a day pays: building that day's per-customer totals, from every
// order or from the day before's base, and analyzing its slot. Timed as the application role in
// a transaction that is rolled back, after emptying the tenant's slots and running `before` (the
// earlier base the incremental build starts from).
async function timeBaseBuild(timed, before = []) {
  const run = (fragment) => {
    let index = 0;
    return client.query(fragment.text.replace(/\?/g, () => `$${++index}`), fragment.params);
  };
  await client.query('begin');
  try {
    await client.query(`select set_config('app.tenant_id', $1, true), set_config('work_mem', '64MB', true)`, [tenantId]);
    await client.query(`set local role ${APP_ROLE}`);
    await client.query('delete from customer_order_totals_base where tenant_id = $1', [tenantId]);
    await client.query('delete from customer_order_totals where tenant_id = $1', [tenantId]);
    for (const fragment of before) await run(fragment);
    const started = process.hrtime.bigint();
    for (const fragment of timed) await run(fragment);
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    await client.query('rollback');
  }
}
if (!only || only.includes('base build')) {
  const DAY_MS = 86_400_000;
  // A month before the data's end: no base of the benchmark's own requests is there.
  const earlier = { tenantId, baseEnd: new Date(Math.floor(dataEnd.getTime() / DAY_MS) * DAY_MS - 30 * DAY_MS), windowDays: 365, slot: 0 };
  const next = { ...earlier, baseEnd: new Date(earlier.baseEnd.getTime() + DAY_MS), slot: 1 };
  const builds = [];
  // Today's base also ranks its buyers for RFM as of now; a base of any other day does not.
  for (const ranked of [false, true]) {
    const full = await timeBaseBuild([buildBaseSql(next, ranked), analyzeSlotSql(next.slot)]);
    const fromEarlier = await timeBaseBuild([buildBaseFromEarlierSql(next, earlier, ranked), analyzeSlotSql(next.slot)], [buildBaseSql(earlier, false), analyzeSlotSql(earlier.slot)]);
    builds.push(`${ranked ? 'ranked (today\'s)' : 'unranked (other days)'}: from every order ${full.toFixed(0)} ms, from the day before's base ${fromEarlier.toFixed(0)} ms`);
  }
  console.log(`\nper-customer totals base for one day, ${builds.join('; ')}`);
  // The rolled-back builds leave their rows dead in slots 0 and 1, where the benchmark's own
  // bases live: vacuumed now, the next run does not scan them until autovacuum comes by.
  await client.query('vacuum customer_order_totals_slot_0, customer_order_totals_slot_1');
}
/**
 * Times the first request of a metric after `reset` (run as the owner) deleted what it keeps,
 * three times: what a first request pays for building what later ones read.
 */
async function timeFirstRequests(metricName, reset) {
  const metric = METRICS.find((candidate) => candidate.name === metricName);
  const variables = metric.variables(dataEnd);
  const times = [];
  for (let run = 0; run < 3; run += 1) {
    await client.query(reset, [tenantId]);
    const started = process.hrtime.bigint();
    await graphql(metric.query, variables);
    times.push((Number(process.hrtime.bigint() - started) / 1e6).toFixed(0));
  }
  return times.join(' · ');
}
// What the first request for an RFM scoring pays: scoring every buyer and keeping the scores
// (rfm-score-cache).
if (!only || only.includes('rfm cache write')) {
  const times = await timeFirstRequests('nps by RFM segment', 'delete from rfm_score_cache where tenant_id = $1');
  console.log(`\nnps by RFM segment, first request of its scoring (scores written): ${times} ms`);
}
// What the first revenue request in a time zone pays: summing every completed order per local
// day, channel and region (revenue-days).
if (!only || only.includes('revenue days build')) {
  const times = await timeFirstRequests('revenue by month × region', 'delete from order_revenue_days_base where tenant_id = $1');
  console.log(`\nrevenue by month × region, first request in its time zone (days summed and written): ${times} ms`);
}
console.log('\n| metric | GraphQL median ms | SQL median ms | ratio | runs | target ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.metric} | ${row.graphqlMs} | ${row.sqlMs} | ${row.ratio.toFixed(2)} | ${row.runs} | ${row.target} |`);

await server.close();
agent.destroy();
await client.end();
await orm.close();
await database.stop();
