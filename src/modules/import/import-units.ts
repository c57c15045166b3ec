import type { FieldError } from '../../common/errors.js';
import type { TenantScope } from '../../context.js';
import type { RecordMapper } from './import-mapping.js';
import type { SourceRecord } from './import-source.js';
import type { Reject } from './rejects.js';

/**
 * What the importer validates and writes as one: usually one line, for a preset that groups
 * lines (invoice lines into an order) all the lines of the group. A unit is loaded or refused
 * whole.
 */
export interface ImportUnit {
  lines: number[];
  raws: unknown[];
  input: Record<string, unknown>;
}

/** Turns records into units, possibly holding some back until their group is complete. */
export interface UnitBuilder {
  add(record: SourceRecord): { units: ImportUnit[]; rejects: Reject[] };
  finish(): { units: ImportUnit[]; rejects: Reject[] };
}

/** Counts of a side table a preset writes before its units (customers for orders). */
export interface SideCounts {
  inserted: number;
  unchanged: number;
}

/** The default builder: each line through the mapping, one unit per line. */
export class MappedUnits implements UnitBuilder {
  constructor(private readonly mapper: RecordMapper) {}

  add(record: SourceRecord) {
    const mapped = this.mapper.map(record.values);
    if ('field' in mapped) return { units: [], rejects: [rejectOf(record, mapped)] };
    return { units: [{ lines: [record.line], raws: [record.raw], input: mapped.input }], rejects: [] };
  }

  finish() {
    return { units: [], rejects: [] };
  }
}

/** A preset: a fixed reading of a known file layout, with its own grouping of lines. */
export interface ImportPreset {
  name: string;
  entity: 'orders';
  description: string;
  builder(header: string[], timeZone: string): UnitBuilder;
  /** Writes what the batch's units need first (the customers they name). */
  beforeWrite?(scope: TenantScope, units: ImportUnit[]): Promise<SideCounts>;
}

export function rejectOf(record: { line: number; raw: unknown }, error: FieldError): Reject {
  return { line: record.line, field: error.field, reason: error.message, raw: record.raw };
}

/** Every line of a refused unit becomes a reject with the unit's reason. */
export function rejectUnit(unit: ImportUnit, error: FieldError): Reject[] {
  return unit.lines.map((line, index) => ({ line, field: error.field, reason: error.message, raw: unit.raws[index] }));
}
