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
    pool: { min: 0, max: settings.poolSize },
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
