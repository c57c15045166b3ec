import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, type FieldError } from '../../common/errors.js';
import type { TenantScope } from '../../context.js';
import type { Orm } from '../../db/orm.js';
import { SqlRunner } from '../../db/sql-runner.js';
import { beginTenantTransaction } from '../../db/tenancy.js';
import type { Tenant } from '../tenant/tenant.entity.js';
import { isTimeZone } from '../tenant/tenant.service.js';
import { isImportEntity, type ImportEntity } from './import-fields.js';
import { compileMapping, type Mapping } from './import-mapping.js';
import { ImportRun, ImportRunStatus } from './import-run.entity.js';
import { csvRecords, ndjsonRecords, textChunks, type BadLine, type ByteCounter, type ImportFormat, type SourceRecord } from './import-source.js';
import { importTarget, type ImportTarget } from './import-targets.js';
import { MappedUnits, rejectUnit, type ImportPreset, type ImportUnit, type UnitBuilder } from './import-units.js';
import { presetNamed } from './presets/index.js';
import { detached } from './presets/online-retail.js';
import type { Reject, RejectSink } from './rejects.js';

export interface ImportRequest {
  entity: string;
  format: ImportFormat;
  mapping?: Mapping;
  preset?: string;
  timeZone?: string;
  dryRun: boolean;
  source: 'CLI' | 'HTTP';
  fileName?: string;
  /** Units written per transaction. */
  batchSize?: number;
}

export interface ImportSummary {
  runId: string;
  entity: ImportEntity;
  preset: string | null;
  dryRun: boolean;
  /** Input lines (records) read, header excluded. */
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Customers a preset created on the way (online-retail). */
  customersCreated?: number;
  seconds: number;
  linesPerSecond: number;
}

export interface ImportProgress {
  read: number;
  written: number;
  rejected: number;
  bytes: number;
}

const DEFAULT_BATCH_SIZE = 2000;

/**
 * Streams a file into the tenant's data: records → units (mapping or preset) → validation →
 * batches, each written in its own tenant transaction. Every line ends up counted as inserted,
 * updated, unchanged or rejected (with its reason in the rejects sink). A batch is written whole
 * or not at all, so an import killed midway leaves only whole batches, and running it again
 * completes it: rows upsert by external id, and what is already there counts as unchanged.
 */
export class Importer {
  private readonly counts = { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, customersCreated: 0 };
  private readonly seenKeys = new Map<string, number>();
  private readonly entity: ImportEntity;
  private readonly preset?: ImportPreset;
  private readonly timeZone: string;
  private readonly target: ImportTarget;
  private readonly batchSize: number;
  private readonly queue: ImportUnit[] = [];
  private inFlight?: Promise<void>;
  private failure?: unknown;
  private customersAtLastAnalyze = 0;
  private runRecord?: ImportRun;

  constructor(
    private readonly orm: Orm,
    private readonly tenant: Tenant,
    private readonly request: ImportRequest,
    private readonly rejects: RejectSink,
    private readonly onProgress: (progress: ImportProgress) => void = () => {},
  ) {
    if (!isImportEntity(request.entity)) throw badInput('entity', `"${request.entity}" cannot be imported; use customers, orders, feedback, touchpoints or tags`);
    this.entity = request.entity;
    if (request.preset !== undefined) {
      this.preset = presetNamed(request.preset);
      if (this.preset.entity !== this.entity) throw badInput('preset', `"${request.preset}" imports ${this.preset.entity}, not ${this.entity}`);
      if (request.format !== 'csv') throw badInput('format', `the preset "${request.preset}" reads CSV`);
      if (request.mapping) throw badInput('mapping', 'give either a mapping or a preset, not both');
    }
    if (request.timeZone !== undefined && !isTimeZone(request.timeZone)) throw badInput('timeZone', `"${request.timeZone}" is not an IANA time zone`);
    this.timeZone = request.timeZone ?? tenant.timeZone;
    this.batchSize = request.batchSize ?? DEFAULT_BATCH_SIZE;
    this.target = importTarget(this.entity, tenant.baseCurrency);
  }

  async run(bytes: AsyncIterable<Buffer>, counter: ByteCounter): Promise<ImportSummary> {
    const started = Date.now();
    this.runRecord = await this.recordStart();
    try {
      const text = textChunks(bytes, counter);
      let builder: UnitBuilder | undefined = this.request.format === 'ndjson' ? this.builderFor(undefined) : undefined;
      const chunks: AsyncIterable<(SourceRecord | BadLine)[]> =
        this.request.format === 'csv'
          ? csvRecords(text, (header) => {
              builder = this.builderFor(header);
              this.header = header;
            })
          : ndjsonRecords(text);
      for await (const records of chunks) {
        for (const record of records) {
          this.counts.read += 1;
          if ('error' in record) {
            this.reject([{ line: record.line, field: 'line', reason: record.error, raw: record.raw }]);
            continue;
          }
          const built = (builder as UnitBuilder).add(record);
          this.take(built.units, built.rejects);
        }
        await this.writeFullBatches();
        await this.rejects.drain();
        this.onProgress(this.progress(counter));
      }
      if (builder) {
        const rest = (builder as UnitBuilder).finish();
        this.take(rest.units, rest.rejects);
      }
      await this.writeFullBatches(true);
      await this.rejects.close();
      await this.recordEnd(ImportRunStatus.COMPLETED, null);
      this.onProgress(this.progress(counter));
    } catch (error) {
      await this.inFlight; // a batch still being written finishes (or fails) before the run is closed
      await this.rejects.close().catch(() => undefined);
      await this.recordEnd(ImportRunStatus.FAILED, (error as Error).message).catch(() => undefined);
      throw error;
    }
    const seconds = (Date.now() - started) / 1000;
    return {
      runId: this.runRecord.id,
      entity: this.entity,
      preset: this.preset?.name ?? null,
      dryRun: this.request.dryRun,
      read: this.counts.read,
      inserted: this.counts.inserted,
      updated: this.counts.updated,
      unchanged: this.counts.unchanged,
      rejected: this.counts.rejected,
      ...(this.preset ? { customersCreated: this.counts.customersCreated } : {}),
      seconds: Math.round(seconds * 100) / 100,
      linesPerSecond: Math.round(this.counts.read / Math.max(seconds, 0.001)),
    };
  }

  /** The CSV header, once read (the rejects file repeats it). */
  header?: string[];

  private builderFor(header: string[] | undefined): UnitBuilder {
    if (this.preset) return this.preset.builder(header ?? [], this.timeZone);
    return new MappedUnits(compileMapping(this.entity, this.request.mapping, header, this.timeZone));
  }

  private progress(counter: ByteCounter): ImportProgress {
    const written = this.counts.inserted + this.counts.updated + this.counts.unchanged;
    return { read: this.counts.read, written, rejected: this.counts.rejected, bytes: counter.bytes };
  }

  /** Validates units, refuses repeated keys, and queues the rest for writing. */
  private take(units: ImportUnit[], rejects: Reject[]): void {
    if (rejects.length > 0) this.reject(rejects);
    for (const unit of units) {
      const [problem] = this.target.validate(unit.input);
      if (problem) {
        this.reject(rejectUnit(unit, problem));
        continue;
      }
      const key = this.target.keyOf(unit.input);
      const earlier = this.seenKeys.get(key);
      if (earlier !== undefined) {
        this.reject(rejectUnit(unit, duplicateOf(this.entity, earlier)));
        continue;
      }
      this.seenKeys.set(detached(key), unit.lines[0]);
      this.queue.push(unit);
    }
  }

  private reject(rejects: Reject[]): void {
    this.counts.rejected += rejects.length;
    for (const reject of rejects) this.rejects.add(reject);
  }

  /**
   * Sends the queued units to the database a batch at a time. One batch is written while the
   * next is parsed; a second waits for the first, so at most two batches are held in memory.
   */
  private async writeFullBatches(all = false): Promise<void> {
    while (this.queue.length >= this.batchSize || (all && this.queue.length > 0)) {
      const units = this.queue.splice(0, this.batchSize);
      await this.settleWrite();
      this.inFlight = this.writeBatch(units).catch((error: unknown) => {
        this.failure = error;
      });
    }
    if (all) await this.settleWrite();
  }

  private async settleWrite(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    this.inFlight = undefined;
    if (this.failure) throw this.failure;
  }

  /** Writes units in one transaction (rolled back in a dry run); units refused by the write become rejects. */
  private async writeBatch(units: ImportUnit[]): Promise<void> {
    const outcomes = await this.inTransaction(async (scope) => {
      if (this.preset?.beforeWrite) this.counts.customersCreated += (await this.preset.beforeWrite(scope, units)).inserted;
      const written = await this.target.write(scope, units.map((unit) => unit.input));
      this.tally(units, written);
      if (!this.request.dryRun) await this.recordCounts(scope);
      return written;
    }, this.request.dryRun);
    if (this.request.dryRun) this.target.discardCaches?.();
    const refused = outcomes.flatMap((outcome, index) => (typeof outcome === 'string' ? [] : rejectUnit(units[index], outcome)));
    if (refused.length > 0) this.reject(refused);
    await this.refreshCustomerStatistics();
  }

  /**
   * When an import fills a customer table that was (nearly) empty, PostgreSQL keeps planning the
   * foreign-key checks of the orders that follow as if it were still empty (a sequential scan
   * per order row, about a second per batch). Refreshing the statistics once the import has
   * created many customers lets it use the index again. Runs as the connecting (owner) user,
   * outside the tenant transaction: statistics hold no tenant data.
   */
  private async refreshCustomerStatistics(): Promise<void> {
    if (this.request.dryRun || this.counts.customersCreated - this.customersAtLastAnalyze < 500) return;
    this.customersAtLastAnalyze = this.counts.customersCreated;
    await this.orm.em.fork().getConnection().execute('analyze customer');
  }

  private tally(units: ImportUnit[], outcomes: (string | FieldError)[]): void {
    outcomes.forEach((outcome, index) => {
      if (typeof outcome !== 'string') return;
      this.counts[outcome as 'inserted' | 'updated' | 'unchanged'] += units[index].lines.length;
    });
  }

  private async inTransaction<T>(work: (scope: TenantScope) => Promise<T>, rollback = false): Promise<T> {
    const em = this.orm.em.fork() as EntityManager;
    const sql = new SqlRunner(em, { count: 0 });
    await beginTenantTransaction(em, sql, this.tenant.id, 0);
    try {
      const result = await work({ tenantId: this.tenant.id, em, sql });
      if (rollback) await em.rollback();
      else await em.commit();
      return result;
    } catch (error) {
      await em.rollback().catch(() => undefined);
      throw error;
    }
  }

  private async recordStart(): Promise<ImportRun> {
    return this.inTransaction(async (scope) => {
      const run = Object.assign(new ImportRun(), {
        tenantId: this.tenant.id,
        entity: this.entity,
        source: this.request.source,
        fileName: this.request.fileName ?? null,
        format: this.request.format,
        preset: this.preset?.name ?? null,
        dryRun: this.request.dryRun,
      });
      await scope.em.persistAndFlush(run);
      return run;
    });
  }

  private async recordCounts(scope: TenantScope): Promise<void> {
    await scope.sql.rows(`update import_run set read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ? where tenant_id = ? and id = ?`, [
      this.counts.read,
      this.counts.inserted,
      this.counts.updated,
      this.counts.unchanged,
      this.counts.rejected,
      this.tenant.id,
      (this.runRecord as ImportRun).id,
    ]);
  }

  private async recordEnd(status: ImportRunStatus, error: string | null): Promise<void> {
    await this.inTransaction(async (scope) => {
      await this.recordCounts(scope);
      await scope.sql.rows(`update import_run set status = ?, error = ?, finished_at = now() where tenant_id = ? and id = ?`, [status, error, this.tenant.id, (this.runRecord as ImportRun).id]);
    });
  }
}

function duplicateOf(entity: ImportEntity, line: number): FieldError {
  const field = entity === 'tags' ? 'tagKey' : 'externalId';
  return { field, message: `repeats the ${entity === 'tags' ? 'customer and tag' : 'external id'} of line ${line}` };
}

