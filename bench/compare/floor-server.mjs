// The SQL floor of npm run bench:compare: a bare Node http + pg server that runs, per query, the
// statements the harness gives it (hand-written SQL for nested queries, the statements cxgraph
// ran for analytics) in a transaction as the application role with the tenant set, as cxgraph
// does, and answers with their rows as JSON: POST /q/<index> → [[rows of statement 1], …].
// Environment: DATABASE_URL, PORT, POOL_SIZE, APP_ROLE, TENANT_ID, WORK_MEM, QUERIES_FILE (a
// JSON list, per query, of [{ text, params }] with $n placeholders).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const queries = JSON.parse(readFileSync(required('QUERIES_FILE'), 'utf8'));
const pool = new pg.Pool({ connectionString: required('DATABASE_URL'), max: Number(required('POOL_SIZE')) });
const setup = [required('TENANT_ID'), required('APP_ROLE'), required('WORK_MEM')];

async function run(statements) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true), set_config('role', $2, true), set_config('work_mem', $3, true)`, setup);
    const results = [];
    for (const { text, params } of statements) results.push((await client.query(text, params)).rows);
    await client.query('commit');
    return results;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((request, response) => {
  const statements = queries[Number(/^\/q\/(\d+)$/.exec(request.url ?? '')?.[1] ?? -1)];
  request.resume();
  if (!statements) {
    response.writeHead(404).end();
    return;
  }
  run(statements).then(
    (results) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(results)),
    (error) => response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message })),
  );
});
server.listen(Number(required('PORT')), '127.0.0.1', () => console.log('ready'));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
