import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from '../modules/entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { StatementCountingLogger } from './statement-counter.js';

export type Orm = MikroORM;

export interface OrmSettings {
  databaseUrl: string;
  poolSize: number;
  debug?: boolean;
}

/** Longest wait for a new connection to PostgreSQL (TCP, TLS and authentication). */
export const CONNECT_TIMEOUT_MS = 3_000;
/** Longest wait for a free connection from the pool, a new one included. */
export const POOL_ACQUIRE_TIMEOUT_MS = 5_000;

export function ormOptions(settings: OrmSettings): Options {
  return {
    clientUrl: settings.databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    // Request code must work on a per-request fork; touching the global context is a bug.
    allowGlobalContext: false,
    // The schema is written by hand in migrations; entity metadata is explicit, so no
    // reflection of TypeScript types is needed at run time.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    // Without these a request waits up to 60 s (knex's acquire default), or for ever (a new
    // connection to a server that accepts but never answers), when the database is away; it
    // should instead fail within seconds with SERVICE_UNAVAILABLE and let the client retry.
    // The acquire timeout also bounds the wait behind a pool kept busy by slow statements.
    pool: { min: 0, max: settings.poolSize, acquireTimeoutMillis: POOL_ACQUIRE_TIMEOUT_MS, createTimeoutMillis: CONNECT_TIMEOUT_MS },
    driverOptions: { connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS } },
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false },
    // Query events are always on so statements can be counted per request; the logger itself
    // prints nothing unless asked to.
    debug: ['query'],
    loggerFactory: (options) => new StatementCountingLogger(options, settings.debug ?? false),
    forceUtcTimezone: true,
  };
}

export async function openOrm(settings: OrmSettings): Promise<Orm> {
  return MikroORM.init(ormOptions(settings));
}

/** Applies every pending migration; safe to call on every start. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
