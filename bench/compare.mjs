// npm run bench:compare: cxgraph against PostGraphile 5 and a bare http + pg "floor" on the same
// database and machine. The benchmark database (.data/bench-analytics: the 100,000-customer
// tenant of bench:analytics, plus the online-retail data imported with its preset) is built on
// first use and reused. The three servers run as child processes with the same database URL,
// role and pool size; the script checks that they return the same data for each query, then
// drives each with autocannon at a fixed rate over loopback and prints, per query and system,
// the achieved requests/s, p50 and p99 latency, CPU seconds of the server and of PostgreSQL, and
// SQL statements per request (from pg_stat_statements). Last, it times `npm start` on an empty
// data folder until the platform is ready with demo data. Raw figures go to
// docs/benchmarks/compare.json.
// COMPARE_SECONDS (default 10) per measured run (COMPARE_ANALYTICS_SECONDS, default 20, for the
// analytics queries), after COMPARE_WARM_UP_SECONDS (default 3);
// COMPARE_ONLY=word limits the queries to those whose name contains it; POOL_SIZE (default 10).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureBenchTenant } from './analytics-data.mjs';
import { analyticsQueries } from './compare/analytics-queries.mjs';
import { hostileQuery, nestedQueries } from './compare/queries.mjs';
import { serverNodeFlags } from './server-flags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compareDir = path.join(root, 'bench', 'compare');
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

const run = promisify(execFile);
const SECONDS = Number(process.env.COMPARE_SECONDS ?? 10);
// Analytics run at one to three requests a second: twice as long, for enough samples.
const ANALYTICS_SECONDS = Number(process.env.COMPARE_ANALYTICS_SECONDS ?? 20);
const WARM_UP_SECONDS = Number(process.env.COMPARE_WARM_UP_SECONDS ?? 3);
const POOL_SIZE = Number(process.env.POOL_SIZE ?? 10);
const CONNECTIONS = 10;
const TICKS = 100; // USER_HZ on Linux: the unit of CPU times in /proc/<pid>/stat
const only = process.env.COMPARE_ONLY;
const PORTS = { cxgraph: 4210, postgraphile: 4211, floor: 4212 };
const dataDir = path.join(root, '.data', 'bench-analytics');
const logger = createLogger('warn');
const log = (message) => console.log(message);
// Servers still running when the script ends (a failed check, ^C) are stopped with it.
const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});
process.on('SIGINT', () => process.exit(130));


// 1. The database, with pg_stat_statements loaded (it counts the statements of each run).
const environment = { ...process.env, NODE_ENV: 'production', CXGRAPH_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: '54340', LOG_LEVEL: 'warn' };
let database = await locateDatabase(loadConfig(environment), logger);
let admin = new pg.Client({ connectionString: database.url });
await admin.connect();
const preload = (await admin.query(`select current_setting('shared_preload_libraries') as value`)).rows[0].value;
if (!preload.includes('pg_stat_statements')) {
  log('loading pg_stat_statements (a restart of the benchmark database)');
  await admin.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
  await admin.end();
  await database.stop();
  database = await locateDatabase(loadConfig(environment), logger);
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const loaded = (await admin.query(`select current_setting('shared_preload_libraries') as value`)).rows[0].value;
  if (!loaded.includes('pg_stat_statements')) throw new Error('pg_stat_statements is not loaded: stop the server running on .data/bench-analytics (another npm run) and run again');
}
await admin.query('create extension if not exists pg_stat_statements');
const orm = await openOrm({ databaseUrl: database.url, poolSize: 4 });
await migrate(orm);
const { tenantId, dataEnd } = await ensureBenchTenant(admin, log);
await ensureOnlineRetail();

// 2. What the floor and PostGraphile run: nested SQL by hand, analytics as cxgraph ran it.
const externalId = (await admin.query(`select external_id from customer where tenant_id = $1 order by external_id offset 500 limit 1`, [tenantId])).rows[0].external_id;
const { key, apiKey: benchKey } = await new ApiKeyService(orm.em.fork()).create(tenantId, 'compare benchmark', ['customers:read', 'analytics:read']);
const analytics = await recordAnalytics(analyticsQueries({ dataEnd }));
const queries = [...nestedQueries({ tenantId, externalId }), ...analytics, hostileQuery()].filter((query) => !only || query.name.includes(only));
await createPostGraphileFunctions(analytics);
const queriesFile = path.join(os.tmpdir(), `cxgraph-compare-${process.pid}.json`);
await writeFile(queriesFile, JSON.stringify(queries.map((query) => query.floor?.statements ?? (query.floor ? [{ text: query.floor.sql, params: query.floor.params }] : null))));

// 3. The three servers.
await ensureCompareInstall();
const serverEnvironment = { DATABASE_URL: database.url, POOL_SIZE: String(POOL_SIZE), APP_ROLE, TENANT_ID: tenantId, WORK_MEM: ANALYTICS_WORK_MEM };
const servers = {
  cxgraph: await startServer('cxgraph', process.execPath, [...serverNodeFlags(), path.join(root, 'dist', 'main.js')], {
    ...environment,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    PORT: String(PORTS.cxgraph),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    SEGMENT_SCHEDULER_TICK_MS: '0',
    // A key's cost budget is a policy per partner; the benchmark measures execution, not it.
    DEFAULT_COST_PER_MINUTE: '100000000',
  }, /cxgraph is ready/),
  postgraphile: await startServer('postgraphile', path.join(compareDir, 'node_modules', '.bin', 'node'), [path.join(compareDir, 'postgraphile-server.mjs')], { ...process.env, ...serverEnvironment, PORT: String(PORTS.postgraphile) }, /ready/),
  floor: await startServer('floor', process.execPath, [path.join(compareDir, 'floor-server.mjs')], { ...process.env, ...serverEnvironment, PORT: String(PORTS.floor), QUERIES_FILE: queriesFile }, /ready/),
};
const versions = {
  node: process.version,
  postgraphileNode: (await run(servers.postgraphile.command, ['--version'])).stdout.trim(),
  postgraphile: JSON.parse(readFileSync(path.join(compareDir, 'node_modules', 'postgraphile', 'package.json'), 'utf8')).version,
  postgresql: (await admin.query('show server_version')).rows[0].server_version,
};

/** The request each system gets for a query, or undefined when it sits the query out. */
function requestFor(system, query, index) {
  const json = (body, headers = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (system === 'cxgraph') return { url: `http://127.0.0.1:${PORTS.cxgraph}/graphql`, ...json(query.cxgraph, { authorization: `Bearer ${key}` }) };
  if (system === 'postgraphile') return query.postgraphile && { url: `http://127.0.0.1:${PORTS.postgraphile}/graphql`, ...json(query.postgraphile) };
  return query.floor && { url: `http://127.0.0.1:${PORTS.floor}/q/${index}`, method: 'POST', headers: {}, body: '' };
}

// 4. Same data first.
const results = [];
for (const [index, query] of queries.entries()) {
  const answers = {};
  for (const system of Object.keys(servers)) {
    const request = requestFor(system, query, index);
    if (!request) continue;
    const response = await fetch(request.url, request);
    const body = await response.json();
    answers[system] = { status: response.status, body };
  }
  query.check = checkAnswers(query, answers);
  log(`${query.name}: ${query.check}`);
}

// 5. Load, one query and system at a time.
for (const [index, query] of queries.entries()) {
  for (const [system, server] of Object.entries(servers)) {
    const request = requestFor(system, query, index);
    if (!request) continue;
    await load(request, query.rate, WARM_UP_SECONDS);
    // Requests still running after the warm-up would count in the measured run.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await admin.query('select pg_stat_statements_reset()');
    const cpuBefore = { server: cpuSeconds(server.child.pid), database: databaseCpuSeconds() };
    const seconds = query.kind === 'analytics' ? ANALYTICS_SECONDS : SECONDS;
    const outcome = await load(request, query.rate, seconds);
    const cpu = { server: cpuSeconds(server.child.pid) - cpuBefore.server, database: databaseCpuSeconds() - cpuBefore.database };
    const statements = Number((await admin.query(`select coalesce(sum(calls), 0) as calls from pg_stat_statements where query not ilike '%pg_stat_statements%'`)).rows[0].calls);
    const answered = outcome['2xx'] + outcome.non2xx;
    const row = {
      query: query.name,
      kind: query.kind,
      system,
      targetRate: query.rate,
      seconds,
      achievedRate: round(answered / seconds, 1),
      ok: outcome['2xx'],
      non2xx: outcome.non2xx,
      errors: outcome.errors + outcome.timeouts,
      p50Ms: outcome.latency.p50,
      p99Ms: outcome.latency.p99,
      serverCpuSeconds: round(cpu.server, 2),
      databaseCpuSeconds: round(cpu.database, 2),
      statementsPerRequest: answered > 0 ? round(statements / answered, 1) : null,
      check: query.check,
    };
    results.push(row);
    log(
      `${query.name.padEnd(40)} ${system.padEnd(12)} ${String(row.achievedRate).padStart(7)}/s of ${query.rate}  p50 ${String(row.p50Ms).padStart(6)} ms  p99 ${String(row.p99Ms).padStart(6)} ms  ` +
        `cpu ${row.serverCpuSeconds} s + db ${row.databaseCpuSeconds} s  ${row.statementsPerRequest} stmt/req${row.non2xx ? `  ${row.non2xx} non-2xx` : ''}`,
    );
  }
}
for (const server of Object.values(servers)) await server.stop();
rmSync(queriesFile, { force: true });

// 6. npm start on an empty data folder: until /readyz answers and the demo key is printed.
const startup = process.env.COMPARE_SKIP_STARTUP ? null : await timeStartup();
if (startup) log(`\nnpm start on an empty .data: ready with demo data in ${startup.seconds} s`);

printTable();
const output = {
  ranAt: new Date().toISOString(),
  command: 'npm run bench:compare',
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
  versions,
  settings: { seconds: SECONDS, analyticsSeconds: ANALYTICS_SECONDS, warmUpSeconds: WARM_UP_SECONDS, connections: CONNECTIONS, poolSize: POOL_SIZE },
  results,
  startup,
};
if (!only) {
  await mkdir(path.join(root, 'docs', 'benchmarks'), { recursive: true });
  await writeFile(path.join(root, 'docs', 'benchmarks', 'compare.json'), JSON.stringify(output, null, 2) + '\n');
  log('\nraw figures: docs/benchmarks/compare.json');
}
// The run's key is not left behind in the benchmark tenant.
await new ApiKeyService(orm.em.fork()).revoke(benchKey.id);
await orm.close();
await admin.end();
await database.stop();

// ---------------------------------------------------------------------------------------------

function round(value, digits) {
  return Number(value.toFixed(digits));
}

async function ensureOnlineRetail() {
  const { rows } = await admin.query(`select id from tenant where slug = 'online-retail'`);
  if (rows.length > 0) return;
  const dataFile = path.resolve(root, '..', 'shared', 'data', 'online-retail.csv.gz');
  log('importing the online-retail data (once)');
  const cli = (...args) => run(process.execPath, ['--max-old-space-size=192', path.join(root, 'dist/cli/main.js'), ...args], { env: { ...environment, DATABASE_URL: database.url }, cwd: root, maxBuffer: 1 << 24 });
  await cli('tenant', 'create', 'online-retail', '--name', 'Online retail', '--time-zone', 'Europe/London', '--currency', 'GBP');
  await cli('import', 'orders', dataFile, '--tenant', 'online-retail', '--preset', 'online-retail', '--rejects', path.join(os.tmpdir(), 'online-retail.rejects.csv'));
  rmSync(path.join(os.tmpdir(), 'online-retail.rejects.csv'), { force: true });
}

/**
 * Runs each analytics query through an in-process cxgraph once to warm it (a first request may
 * build the day's per-customer totals), then once more recording its statements, which become
 * the floor's statements ($n placeholders) and PostGraphile's functions.
 */
async function recordAnalytics(list) {
  const http = await createHttpServer(loadConfig({ ...environment, DATABASE_URL: database.url }), orm, await buildGraphQLSchema(), logger);
  await new Promise((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${http.server.address().port}/graphql`;
  const ask = (body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
  try {
    for (const query of list) {
      await ask(query.cxgraph);
      const statements = [];
      recordStatements((text, params) => statements.push({ text, params }));
      try {
        await ask(query.cxgraph);
      } finally {
        recordStatements(undefined);
      }
      const dollars = (text) => {
        let index = 0;
        return text.replace(/\?/g, () => `$${++index}`);
      };
      // The tenant set-up is the floor's own first statement, as in cxgraph.
      const answering = statements.filter((statement) => !statement.text.includes("set_config('app.tenant_id'"));
      query.floor = { statements: answering.map((statement) => ({ text: dollars(statement.text), params: statement.params })) };
    }
  } finally {
    await http.close();
  }
  return list;
}

/**
 * One function per answering statement in schema bench_compare (parameters written in as
 * literals), asked for together in one PostGraphile request. A statement that only takes a row
 * lock (`for share`) is left out: a function PostGraphile exposes as a query must be stable.
 */
async function createPostGraphileFunctions(list) {
  await admin.query('drop schema if exists bench_compare cascade; create schema bench_compare');
  await admin.query(`grant usage on schema bench_compare to ${APP_ROLE}`);
  for (const [queryIndex, query] of list.entries()) {
    const fields = [];
    for (const [statementIndex, statement] of query.floor.statements.entries()) {
      if (/for share\s*$/i.test(statement.text.trim())) continue;
      const literal = (value) => (value === null ? 'null' : admin.escapeLiteral(String(prepare(value))));
      const text = statement.text.replace(/\$(\d+)/g, (_, n) => literal(statement.params[Number(n) - 1]));
      const name = `q${queryIndex}_s${statementIndex}`;
      await admin.query(`create function bench_compare.${name}() returns setof json language sql stable as $body$ select to_json(answer) from (${text}) answer $body$`);
      await admin.query(`grant execute on function bench_compare.${name}() to ${APP_ROLE}`);
      fields.push(`benchCompare${name.replace(/^q/, 'Q').replace(/_(\w)/g, (_, letter) => letter.toUpperCase())} { nodes }`);
    }
    query.postgraphile = { query: `{ ${fields.join(' ')} }`, variables: {} };
  }
}

/** What node-postgres would send for a parameter, as text. */
function prepare(value) {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map((item) => (item === null ? 'NULL' : `"${String(prepare(item)).replace(/(["\\])/g, '\\$1')}"`)).join(',')}}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

async function ensureCompareInstall() {
  if (existsSync(path.join(compareDir, 'node_modules', '.bin', 'node')) && existsSync(path.join(compareDir, 'node_modules', 'postgraphile'))) return;
  log('installing bench/compare (PostGraphile and Node 22), once');
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: compareDir, maxBuffer: 1 << 24 });
}

async function startServer(name, command, args, env, readyPattern) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s:\n${output}`)), 120_000);
    const watch = (chunk) => {
      output += chunk;
      if (readyPattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
  child.removeAllListeners('exit');
  return {
    child,
    command,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Compares the answers reduced to plain data: "same data", "refused (…)" or what differs. */
function checkAnswers(query, answers) {
  if (query.kind === 'hostile') {
    return Object.entries(answers)
      .map(([system, { status, body }]) => `${system} ${status}${body.errors ? ` ${body.errors[0].extensions?.code ?? body.errors[0].message}` : ' answered'}`)
      .join(', ');
  }
  const reduced = {};
  for (const [system, { status, body }] of Object.entries(answers)) {
    if (status !== 200 || body.errors) throw new Error(`${query.name}: ${system} answered ${status} ${JSON.stringify(body).slice(0, 500)}`);
    if (system === 'cxgraph') reduced[system] = query.cxgraphData(body.data);
    else if (system === 'postgraphile') reduced[system] = query.postgraphileData ? query.postgraphileData(body.data) : query.rowsData(Object.values(body.data).map((field) => field.nodes));
    else reduced[system] = query.floorData ? query.floorData(body.at(-1)) : query.rowsData(body);
  }
  const expected = JSON.stringify(reduced.floor ?? reduced.cxgraph);
  const differing = Object.entries(reduced).filter(([, data]) => JSON.stringify(data) !== expected);
  if (differing.length > 0) throw new Error(`${query.name}: answers differ: ${Object.entries(reduced).map(([system, data]) => `${system}: ${JSON.stringify(data).slice(0, 400)}`).join('\n')}`);
  const size = Array.isArray(reduced.cxgraph) ? reduced.cxgraph.length : Object.keys(reduced.cxgraph ?? {}).length;
  return `same data (${size} items)`;
}

function load(request, rate, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ ...request, connections: Math.min(CONNECTIONS, rate), overallRate: rate, duration: seconds, timeout: 30 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function cpuSeconds(pid, withChildren = false) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // Fields 14–17 of stat (utime, stime, cutime, cstime) are 12–15 after the name.
    const own = Number(fields[11]) + Number(fields[12]);
    return (withChildren ? own + Number(fields[13]) + Number(fields[14]) : own) / TICKS;
  } catch {
    return 0;
  }
}

/** PostgreSQL's CPU: the postmaster with its reaped children, plus every live child. */
function databaseCpuSeconds() {
  const postmaster = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = cpuSeconds(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (parent === postmaster) total += cpuSeconds(entry);
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

async function timeStartup() {
  const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'cxgraph-startup-'));
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...serverNodeFlags(), path.join(root, 'dist', 'main.js')], {
    env: { ...process.env, NODE_ENV: 'production', CXGRAPH_DATA_DIR: emptyDir, EMBEDDED_POSTGRES_PORT: '54342', PORT: '4213', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      if (/Demo API key/.test(output)) {
        const ready = await fetch('http://127.0.0.1:4213/readyz').then((response) => response.status === 200, () => false);
        if (ready) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { seconds: round(Number(process.hrtime.bigint() - started) / 1e9, 1), dataDir: 'a new empty folder' };
  } finally {
    await new Promise((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

function printTable() {
  log('\n| query | system | req/s (target) | p50 ms | p99 ms | server CPU s | PostgreSQL CPU s | statements/request |');
  log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const row of results) {
    log(`| ${row.query} | ${row.system} | ${row.achievedRate} (${row.targetRate}) | ${row.p50Ms} | ${row.p99Ms} | ${row.serverCpuSeconds} | ${row.databaseCpuSeconds} | ${row.statementsPerRequest} |`);
  }
}
