import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedDatabase } from './embedded-postgres.js';

export interface DatabaseLocation {
  url: string;
  embedded: boolean;
  /** Releases what was started for this process (the embedded server); a no-op otherwise. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set (and nothing is started), else the embedded server under the data dir. */
export async function locateDatabase(config: Config, logger: Logger): Promise<DatabaseLocation> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedPostgresPort, logger);
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
