// What compiling an operation with graphql-jit costs, against validating it: the figures behind
// GRAPHQL_COMPILE_AFTER's default (a document is compiled from its second run, not its first).
// Run after a build: npm run -s build:server && node bench/compile-cost.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { buildGraphQLSchema } = await import(path.join(root, 'dist', 'graphql-schema.js'));
const schema = await buildGraphQLSchema();

const nested = `{ customers(first: 50) { edges { node { externalId
  orders(first: 5) { edges { node { externalId placedAt amount status } } }
  feedback(first: 5) { edges { node { kind score receivedAt } } } } } } }`;
const customer = 'externalId name email phone company region createdAt orders(first: 5) { totalCount edges { node { externalId placedAt amount currency status channel } } } feedback(first: 5) { edges { node { kind score comment receivedAt } } }';
// As many aliases as MAX_QUERY_ALIASES allows by default (50), each a page of one customer.
const wide = `{ ${Array.from({ length: 50 }, (_, index) => `a${index}: customers(first: 1) { edges { node { ${customer} } } }`).join(' ')} }`;

const millis = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const RUNS = 10;
for (const [name, query] of [['the nested page of bench:compare', nested], ['50 aliased customer pages', wide]]) {
  let validating = 0;
  let compiling = 0;
  for (let run = 0; run <= RUNS; run++) {
    const document = parse(query);
    let start = process.hrtime.bigint();
    if (validate(schema, document).length > 0) throw new Error(`${name}: not valid`);
    const validated = millis(start);
    start = process.hrtime.bigint();
    if (!isCompiledQuery(compileQuery(schema, document))) throw new Error(`${name}: not compiled`);
    const compiled = millis(start);
    // The first run warms the JIT of both; the median would need more runs than this is worth.
    if (run > 0) {
      validating += validated / RUNS;
      compiling += compiled / RUNS;
    }
  }
  console.log(`${name}: validate ${validating.toFixed(2)} ms, compile ${compiling.toFixed(2)} ms (mean of ${RUNS} after one warm-up)`);
}
