import { existsSync } from 'node:fs';
import { access, readFile, rm, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Orm } from '../db/orm.js';
import { badInput } from '../common/errors.js';
import { Importer, type ImportSummary } from '../modules/import/import.service.js';
import type { ImportFormat } from '../modules/import/import-source.js';
import type { Mapping } from '../modules/import/import-mapping.js';
import { progressReporter } from '../modules/import/progress.js';
import { RejectsFile } from '../modules/import/rejects.js';
import { TenantService } from '../modules/tenant/tenant.service.js';
import type { CommandResult } from './admin-commands.js';

export interface ImportCommandOptions {
  tenant?: string;
  format?: string;
  mapping?: string;
  preset?: string;
  'time-zone'?: string;
  'dry-run'?: boolean;
  rejects?: string;
  'batch-size'?: string;
}

/** `import <entity> <file> --tenant <slug> …`: streams the file in and prints the summary. */
export async function importCommand(orm: Orm, args: string[], options: ImportCommandOptions): Promise<CommandResult> {
  const [entity, file] = args;
  if (!entity || !file) throw badInput('command', 'usage: import <customers|orders|feedback|touchpoints|tags> <file> --tenant <slug>');
  if (!existsSync(file)) throw badInput('file', `${file} does not exist`);
  if (!options.tenant) throw badInput('--tenant', 'is required (the tenant slug)');
  const tenant = await new TenantService(orm.em.fork()).findBySlug(options.tenant);
  if (!tenant) throw badInput('--tenant', `no tenant has the slug "${options.tenant}"`);
  const format = formatOf(file, options.format);
  const mapping = options.mapping ? await readMapping(options.mapping) : undefined;
  const rejectsPath = options.rejects ?? (await defaultRejectsPath(file, format));
  await ensureWritable(rejectsPath);
  await rm(rejectsPath, { force: true }); // a stale rejects file from an earlier run would mislead

  let importer: Importer | undefined;
  const rejects = new RejectsFile(rejectsPath, format, () => importer?.header);
  const progress = progressReporter((await stat(file)).size);
  importer = new Importer(
    orm,
    tenant,
    {
      entity,
      format,
      mapping,
      preset: options.preset,
      timeZone: options['time-zone'],
      dryRun: options['dry-run'] ?? false,
      source: 'CLI',
      fileName: path.basename(file),
      batchSize: batchSize(options['batch-size']),
    },
    rejects,
    progress.update,
  );
  const counter = { bytes: 0 };
  const summary = await importer.run(createReadStream(file), counter);
  progress.done();
  const rejectsFile = rejects.count > 0 ? rejectsPath : null;
  // The process's peak resident memory, for the benchmark (the CLI runs one import per process).
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { text: describe(summary, rejectsFile), json: { ...summary, rejectsFile, peakRssMb } };
}

function formatOf(file: string, given: string | undefined): ImportFormat {
  if (given !== undefined) {
    if (given !== 'csv' && given !== 'ndjson') throw badInput('--format', 'must be csv or ndjson');
    return given;
  }
  return /\.(ndjson|jsonl)(\.gz)?$/i.test(file) ? 'ndjson' : 'csv';
}

async function readMapping(file: string): Promise<Mapping> {
  if (!existsSync(file)) throw badInput('--mapping', `${file} does not exist`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Mapping;
  } catch (error) {
    throw badInput('--mapping', `${file} is not valid JSON (${(error as Error).message})`);
  }
}

function batchSize(given: string | undefined): number | undefined {
  if (given === undefined) return undefined;
  const size = Number(given);
  if (!Number.isInteger(size) || size < 1 || size > 3000) throw badInput('--batch-size', 'must be a whole number from 1 to 3000');
  return size;
}

/**
 * `orders.csv.gz` → `orders.rejects.csv`, beside the input; in the current directory when the
 * input's folder cannot be written (a read-only data share).
 */
export async function defaultRejectsPath(file: string, format: ImportFormat): Promise<string> {
  const name = `${path.basename(file).replace(/\.gz$/i, '').replace(/\.(csv|ndjson|jsonl|txt)$/i, '')}.rejects.${format}`;
  const beside = path.join(path.dirname(file), name);
  return (await isWritableFolder(path.dirname(file))) ? beside : path.resolve(name);
}

/** Refuses, before anything is imported, a rejects path that cannot be written. */
async function ensureWritable(rejectsPath: string): Promise<void> {
  const folder = path.dirname(path.resolve(rejectsPath));
  if (!(await isWritableFolder(folder))) throw badInput('--rejects', `cannot write ${rejectsPath}: the folder ${folder} does not exist or is not writable`);
}

async function isWritableFolder(folder: string): Promise<boolean> {
  try {
    await access(folder, constants.W_OK);
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

function describe(summary: ImportSummary, rejectsFile: string | null): string {
  return [
    `${summary.dryRun ? 'Dry run of ' : ''}${summary.entity} import${summary.preset ? ` (preset ${summary.preset})` : ''}: ${summary.read} lines read in ${summary.seconds}s (${summary.linesPerSecond} lines/s)`,
    `  inserted ${summary.inserted}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected}`,
    ...(summary.customersCreated !== undefined ? [`  customers created ${summary.customersCreated}`] : []),
    ...(rejectsFile ? [`  rejected lines, with line number, field and reason: ${rejectsFile}`] : []),
  ].join('\n');
}
