import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../config.js';
import { locateDatabase } from '../db/database.js';
import { migrate, openOrm, type Orm } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { BadUserInputError } from '../common/errors.js';
import { emitSchema, schemaIsCurrent, SCHEMA_FILE } from './schema-file.js';
import { keyCommand, tenantCommand, type CommandResult } from './admin-commands.js';
import { importCommand } from './import-command.js';
import { ImportFileError } from '../modules/import/import-source.js';
import { CsvSyntaxError } from '../modules/import/csv-reader.js';

const USAGE = `Usage: npm run -s cli -- <command> [--json]
  tenant create <slug> --name <name> [--time-zone <IANA>] [--currency <ISO>]
  tenant list
  key create --tenant <slug> --name <name> --scopes <a,b,...>
  key list --tenant <slug>
  key revoke <key id>
  import <customers|orders|feedback|touchpoints|tags> <file> --tenant <slug> [--format csv|ndjson]
         [--mapping <mapping.json>] [--preset <name>] [--time-zone <IANA>] [--dry-run] [--rejects <path>]
  schema emit | schema check`;

/**
 * The cxgraph command line. Database commands use DATABASE_URL, or the embedded server: the
 * running one when `npm start` is up, else one started just for the command.
 */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      name: { type: 'string' },
      'time-zone': { type: 'string' },
      currency: { type: 'string' },
      tenant: { type: 'string' },
      scopes: { type: 'string' },
      format: { type: 'string' },
      mapping: { type: 'string' },
      preset: { type: 'string' },
      'dry-run': { type: 'boolean' },
      rejects: { type: 'string' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [group, action, ...rest] = positionals;
  const print = (result: CommandResult) => {
    if (values.json) console.log(JSON.stringify(result.json));
    else console.log(result.text);
  };
  if (values.help || !group) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (group === 'schema') return schemaCommand(action);
  if (!['tenant', 'key', 'import'].includes(group)) throw new UsageError(`unknown command "${group}"`);

  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 2);
  const database = await locateDatabase(config, logger);
  let orm: Orm | undefined;
  try {
    orm = await openOrm({ databaseUrl: database.url, poolSize: 2 });
    await migrate(orm);
    const em = orm.em.fork();
    const result =
      group === 'tenant'
        ? await tenantCommand(em, action, rest, values)
        : group === 'key'
          ? await keyCommand(em, action, rest, values)
          : await importCommand(orm, [action, ...rest].filter(Boolean), values);
    print(result);
    return 0;
  } finally {
    await orm?.close();
    await database.stop();
  }

  async function schemaCommand(schemaAction: string | undefined): Promise<number> {
    if (schemaAction === 'emit') {
      print({ text: `wrote ${await emitSchema()}`, json: { file: SCHEMA_FILE } });
      return 0;
    }
    if (schemaAction === 'check') {
      const current = await schemaIsCurrent();
      print({ text: current ? 'schema/schema.graphql is up to date' : 'schema/schema.graphql is stale: run `npm run schema:emit` and commit it', json: { current } });
      return current ? 0 : 1;
    }
    throw new UsageError('schema takes emit or check');
  }
}

export class UsageError extends Error {}

const json = process.argv.includes('--json');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const { code, message, field } = describeFailure(error);
    if (json) console.log(JSON.stringify({ error: { code, message, ...(field ? { field } : {}) } }));
    console.error(`error: ${message}`);
    if (code === 'USAGE') console.error(USAGE);
    process.exit(code === 'USAGE' ? 2 : 1);
  },
);

function describeFailure(error: unknown): { code: string; message: string; field?: string } {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return { code: 'USAGE', message: (error as Error).message };
  if (error instanceof ImportFileError || error instanceof CsvSyntaxError) return { code: 'BAD_USER_INPUT', message: `file: ${error.message}`, field: 'file' };
  if (error instanceof BadUserInputError) return { code: 'BAD_USER_INPUT', message: error.message, field: error.fieldErrors[0].field };
  if (error instanceof GraphQLError) return { code: String(error.extensions.code ?? 'ERROR'), message: error.message };
  return { code: 'ERROR', message: error instanceof Error ? error.message : String(error) };
}
