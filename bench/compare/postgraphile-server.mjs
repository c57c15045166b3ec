// PostGraphile 5 for npm run bench:compare, run with the Node 22 of this folder's `node`
// package. It connects like cxgraph (the same URL and pool size) and acts like it: every request
// runs in a transaction as the application role with the benchmark tenant set, so row-level
// security limits it to that tenant exactly as it limits cxgraph. It exposes the tables of
// `public` and the functions of `bench_compare` (the analytics statements cxgraph runs, created
// by the benchmark, which is how a PostGraphile user would serve those metrics).
// Environment: DATABASE_URL, PORT, POOL_SIZE, APP_ROLE, TENANT_ID, WORK_MEM.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const settings = {
  role: required('APP_ROLE'),
  'app.tenant_id': required('TENANT_ID'),
  work_mem: required('WORK_MEM'),
};

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: required('DATABASE_URL'),
      schemas: ['public', 'bench_compare'],
      poolConfig: { max: Number(required('POOL_SIZE')) },
      pgSettings: () => settings,
    }),
  ],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
server.listen(Number(required('PORT')), '127.0.0.1', () => console.log('ready'));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => pgl.release().then(() => process.exit(0))));
