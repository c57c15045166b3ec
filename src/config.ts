import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This file sits one level below the repository root both as source (src/) and compiled (dist/).
const CONSOLE_BUILD_DIRECTORY = path.join(fileURLToPath(new URL('../', import.meta.url)), 'dist', 'console');

/**
 * The only reader of process.env. Every setting is validated once, at start, and a wrong value
 * stops the process with a message naming the variable.
 */
export interface Config {
  /** development | production | test; production hides introspection, stacks and SQL. */
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** An existing PostgreSQL server; when absent the embedded server is started. */
  databaseUrl: string | undefined;
  /** Where the embedded server keeps its data and the demo key is written. */
  dataDir: string;
  embeddedPostgresPort: number;
  databasePoolSize: number;
  /** Per-statement limit inside request transactions, in milliseconds. */
  statementTimeoutMs: number;
  maxBodyBytes: number;
  /** Largest file accepted by POST /import/<entity>. */
  maxImportBytes: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Aliased fields, directives and lexical tokens one document may hold. */
  maxQueryAliases: number;
  maxQueryDirectives: number;
  maxQueryTokens: number;
  /** Query cost a key may spend per minute unless the key sets its own budget. */
  defaultCostPerMinute: number;
  /** A GraphQL request still running after this answers TIMEOUT and its statement is cancelled. */
  requestTimeoutMs: number;
  /**
   * Runs of a document through graphql-js's interpreter before it is compiled with graphql-jit
   * (0: compiled at first sight); null: never compiled.
   */
  graphqlCompileAfter: number | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Seed the demo tenant when the database has no tenant yet. */
  seedDemo: boolean;
  /**
   * Let webhooks call loopback, private and link-local addresses. Off in production, where a
   * tenant's URL must not reach the internal network (SSRF); on elsewhere for local receivers.
   */
  webhookAllowPrivateTargets: boolean;
  /** How often the segment scheduler looks for due refreshes and deliveries; 0 turns it off (another replica does it). */
  segmentSchedulerTickMs: number;
  /** On SIGTERM/SIGINT, how long in-flight requests may take to finish before the process exits anyway. */
  shutdownDeadlineMs: number;
  /** The built web console served at /console/ (`npm run build` writes dist/console). */
  consoleDir: string;
}

export class ConfigError extends Error {}

type Environment = Record<string, string | undefined>;

export function loadConfig(environment: Environment = process.env): Config {
  const nodeEnv = oneOf(environment, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  return {
    nodeEnv,
    port: integer(environment, 'PORT', 4000, 0, 65535),
    host: environment.HOST || '127.0.0.1',
    databaseUrl: databaseUrl(environment),
    dataDir: path.resolve(environment.CXGRAPH_DATA_DIR || '.data'),
    embeddedPostgresPort: integer(environment, 'EMBEDDED_POSTGRES_PORT', 54329, 1024, 65535),
    databasePoolSize: integer(environment, 'DATABASE_POOL_SIZE', 10, 1, 500),
    statementTimeoutMs: integer(environment, 'STATEMENT_TIMEOUT_MS', 10_000, 100, 3_600_000),
    maxBodyBytes: integer(environment, 'MAX_BODY_BYTES', 1_048_576, 1024, 104_857_600),
    maxImportBytes: integer(environment, 'MAX_IMPORT_BYTES', 536_870_912, 1024, 10_737_418_240),
    maxQueryDepth: integer(environment, 'MAX_QUERY_DEPTH', 10, 2, 100),
    maxQueryCost: integer(environment, 'MAX_QUERY_COST', 50_000, 10, 100_000_000),
    maxQueryAliases: integer(environment, 'MAX_QUERY_ALIASES', 50, 0, 10_000),
    maxQueryDirectives: integer(environment, 'MAX_QUERY_DIRECTIVES', 50, 0, 10_000),
    maxQueryTokens: integer(environment, 'MAX_QUERY_TOKENS', 5_000, 100, 1_000_000),
    defaultCostPerMinute: integer(environment, 'DEFAULT_COST_PER_MINUTE', 200_000, 1, 100_000_000),
    requestTimeoutMs: integer(environment, 'REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
    graphqlCompileAfter: compileAfter(environment),
    logLevel: oneOf(environment, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], nodeEnv === 'test' ? 'silent' : 'info'),
    seedDemo: boolean(environment, 'SEED_DEMO', true),
    webhookAllowPrivateTargets: boolean(environment, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', nodeEnv !== 'production'),
    segmentSchedulerTickMs: integer(environment, 'SEGMENT_SCHEDULER_TICK_MS', 15_000, 0, 3_600_000),
    shutdownDeadlineMs: integer(environment, 'SHUTDOWN_DEADLINE_MS', 15_000, 100, 600_000),
    consoleDir: environment.CXGRAPH_CONSOLE_DIR ? path.resolve(environment.CXGRAPH_CONSOLE_DIR) : CONSOLE_BUILD_DIRECTORY,
  };
}

function databaseUrl(environment: Environment): string | undefined {
  const value = environment.DATABASE_URL;
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//`);
  }
  return value;
}

function integer(environment: Environment, name: string, fallback: number, min: number, max: number): number {
  const raw = environment[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function compileAfter(environment: Environment): number | null {
  const raw = environment.GRAPHQL_COMPILE_AFTER;
  if (raw === 'never') return null;
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000) {
    throw new ConfigError(`GRAPHQL_COMPILE_AFTER must be a whole number from 0 to 1000000 or never, got "${raw}"`);
  }
  return value;
}

function boolean(environment: Environment, name: string, fallback: boolean): boolean {
  const raw = environment[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(environment: Environment, name: string, allowed: readonly T[], fallback: T): T {
  const raw = environment[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}
