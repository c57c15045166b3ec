import { badInput, BadUserInputError, type FieldError } from '../../common/errors.js';
import { compileFormat, TimestampParser } from './timestamps.js';
import type { FieldSpec, ImportEntity } from './import-fields.js';
import { IMPORT_FIELDS } from './import-fields.js';

/** How one field is filled: from a column (with its reading options) or a constant. */
export interface FieldMapping {
  column?: string;
  constant?: string | number | boolean | null;
  /** Date format for timestamps, e.g. "DD/MM/YYYY HH:mm" (YYYY MM M DD D HH H mm ss). */
  format?: string;
  /** Applied in order: trim, lowercase, uppercase, integer-text ("17850.0" → "17850"). */
  transform?: string[];
  decimalSeparator?: string;
  thousandsSeparator?: string;
}

/** A mapping file: `{ "fields": { "<field>": "<column>" | FieldMapping } }`. */
export interface Mapping {
  fields: Record<string, string | FieldMapping>;
}

const TRANSFORMS = ['trim', 'lowercase', 'uppercase', 'integer-text'];

/** Where a source record's values come from: CSV values by position, or NDJSON objects by key. */
export type SourceValues = { kind: 'csv'; values: string[] } | { kind: 'ndjson'; object: Record<string, unknown> };

export interface MappedRecord {
  input: Record<string, unknown>;
}

/** A compiled mapping: reads one record into the entity's typed input, or names the bad field. */
export class RecordMapper {
  constructor(private readonly readers: FieldReader[]) {}

  map(source: SourceValues): MappedRecord | FieldError {
    const input: Record<string, unknown> = {};
    for (const reader of this.readers) {
      const raw = reader.raw(source);
      if (raw === undefined) continue;
      const value = reader.convert(raw);
      if (value instanceof ReadError) return { field: reader.spec.name, message: value.message };
      input[reader.spec.name] = value;
    }
    for (const reader of this.readers) {
      if (reader.spec.required && (input[reader.spec.name] === null || input[reader.spec.name] === undefined)) {
        return { field: reader.spec.name, message: 'is required but empty' };
      }
    }
    return { input };
  }
}

class ReadError {
  constructor(readonly message: string) {}
}

interface FieldReader {
  spec: FieldSpec;
  raw(source: SourceValues): unknown;
  convert(raw: unknown): unknown;
}

/**
 * Checks a mapping against the entity and the file's columns, and compiles it. Without a
 * mapping, columns named like the fields (externalId or external_id) fill them. Errors name the
 * mapping field or the missing column; they stop the import before anything is read.
 */
export function compileMapping(entity: ImportEntity, mapping: Mapping | undefined, header: string[] | undefined, timeZone: string): RecordMapper {
  const specs = IMPORT_FIELDS[entity];
  const errors: FieldError[] = [];
  const fieldMappings = mapping ? normalizeMapping(entity, mapping, errors) : defaultMapping(specs, header);
  const readers: FieldReader[] = [];
  for (const spec of specs) {
    const fieldMapping = fieldMappings.get(spec.name);
    if (!fieldMapping) {
      if (spec.required) errors.push({ field: spec.name, message: `is required: the file has no column "${spec.name}" (map one with --mapping)` });
      continue;
    }
    const reader = compileReader(spec, fieldMapping, header, timeZone, errors);
    if (reader) readers.push(reader);
  }
  if (errors.length > 0) throw new BadUserInputError(errors);
  return new RecordMapper(readers);
}

function normalizeMapping(entity: ImportEntity, mapping: Mapping, errors: FieldError[]): Map<string, FieldMapping> {
  if (!mapping || typeof mapping !== 'object' || !mapping.fields || typeof mapping.fields !== 'object') {
    throw badInput('mapping', 'must be a JSON object with a "fields" object');
  }
  const names = IMPORT_FIELDS[entity].map((spec) => spec.name);
  const result = new Map<string, FieldMapping>();
  for (const [field, value] of Object.entries(mapping.fields)) {
    if (!names.includes(field)) {
      errors.push({ field: `mapping.fields.${field}`, message: `is not a field of ${entity}; use one of ${names.join(', ')}` });
      continue;
    }
    const fieldMapping = typeof value === 'string' ? { column: value } : value;
    if (!fieldMapping || typeof fieldMapping !== 'object' || (fieldMapping.column === undefined) === !('constant' in fieldMapping)) {
      errors.push({ field: `mapping.fields.${field}`, message: 'needs either "column" or "constant"' });
      continue;
    }
    for (const transform of fieldMapping.transform ?? []) {
      if (!TRANSFORMS.includes(transform)) errors.push({ field: `mapping.fields.${field}.transform`, message: `"${transform}" is not one of ${TRANSFORMS.join(', ')}` });
    }
    if (fieldMapping.format !== undefined) {
      try {
        compileFormat(fieldMapping.format);
      } catch (error) {
        errors.push({ field: `mapping.fields.${field}.format`, message: (error as Error).message });
      }
    }
    result.set(field, fieldMapping);
  }
  return result;
}

function defaultMapping(specs: FieldSpec[], header: string[] | undefined): Map<string, FieldMapping> {
  const result = new Map<string, FieldMapping>();
  for (const spec of specs) {
    const snake = spec.name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    if (!header) result.set(spec.name, { column: spec.name });
    else {
      const column = header.find((name) => name === spec.name) ?? header.find((name) => name.trim().toLowerCase() === snake || name.trim().toLowerCase() === spec.name.toLowerCase());
      if (column !== undefined) result.set(spec.name, { column });
    }
  }
  return result;
}

function compileReader(spec: FieldSpec, mapping: FieldMapping, header: string[] | undefined, timeZone: string, errors: FieldError[]): FieldReader | undefined {
  let raw: (source: SourceValues) => unknown;
  if (mapping.column === undefined) {
    const constant = mapping.constant;
    raw = () => constant;
  } else if (header) {
    const index = header.indexOf(mapping.column);
    if (index === -1) {
      errors.push({ field: `mapping.fields.${spec.name}`, message: `column "${mapping.column}" is not in the file header (${header.join(', ')})` });
      return undefined;
    }
    raw = (source) => (source.kind === 'csv' ? source.values[index] : undefined);
  } else {
    const key = mapping.column;
    raw = (source) => (source.kind === 'ndjson' ? source.object[key] : undefined);
  }
  const timestamps = spec.type === 'timestamp' ? new TimestampParser(timeZone, mapping.format) : undefined;
  return { spec, raw, convert: (value) => convertValue(spec, mapping, value, timestamps) };
}

// PostgreSQL text cannot hold U+0000; a JSON line can spell it as \u0000, in a value or deep in
// an attributes object (which JSON.stringify spells the same way).
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  return typeof value === 'object' && JSON.stringify(value).includes('\\u0000');
}

function convertValue(spec: FieldSpec, mapping: FieldMapping, value: unknown, timestamps: TimestampParser | undefined): unknown {
  if (value === null || value === undefined) return spec.type === 'list' ? [] : spec.type === 'json' ? {} : null;
  if (containsNul(value)) return new ReadError('contains a NUL character (U+0000), which cannot be stored');
  let text = typeof value === 'string' ? value : undefined;
  if (text !== undefined) {
    for (const transform of mapping.transform ?? []) text = applyTransform(transform, text);
    // An empty cell clears the field; lists and attributes clear to empty, not to null.
    if (text.trim() === '') return spec.type === 'list' ? [] : spec.type === 'json' ? {} : null;
  }
  switch (spec.type) {
    case 'text':
      if (text === undefined && typeof value !== 'number') return new ReadError('must be text');
      text ??= String(value);
      if (spec.values && !spec.values.includes(text)) return new ReadError(`"${text}" is not one of ${spec.values.join(', ')}`);
      return text;
    case 'decimal':
      return readDecimal(text ?? value, mapping);
    case 'integer':
    case 'number': {
      const number = typeof value === 'number' ? value : Number(text);
      if (!Number.isFinite(number) || (spec.type === 'integer' && !Number.isInteger(number))) {
        return new ReadError(`"${String(value)}" is not ${spec.type === 'integer' ? 'a whole number' : 'a number'}`);
      }
      return number;
    }
    case 'boolean':
      return readBoolean(text ?? value);
    case 'timestamp': {
      const parsed = text !== undefined ? timestamps?.parse(text) : undefined;
      if (!parsed) return new ReadError(`"${String(value)}" is not a date-time${mapping.format ? ` in the format ${mapping.format}` : ' (expected YYYY-MM-DD HH:mm:ss, optionally with an offset)'}`);
      return parsed;
    }
    case 'json':
      return readJson(text ?? value);
    case 'list':
      if (Array.isArray(value)) return value.map(String);
      return (text as string).split(/[|;]/).map((item) => item.trim()).filter(Boolean);
  }
}

function applyTransform(transform: string, text: string): string {
  switch (transform) {
    case 'trim':
      return text.trim();
    case 'lowercase':
      return text.toLowerCase();
    case 'uppercase':
      return text.toUpperCase();
    case 'integer-text':
      return text.replace(/^(\s*-?\d+)\.0*\s*$/, '$1');
    default:
      return text;
  }
}

// Amounts stay decimal text from file to database: no float ever touches them.
function readDecimal(value: unknown, mapping: FieldMapping): string | ReadError {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : new ReadError('is not a number');
  let text = String(value).trim();
  if (mapping.thousandsSeparator) text = text.split(mapping.thousandsSeparator).join('');
  if (mapping.decimalSeparator && mapping.decimalSeparator !== '.') text = text.replace(mapping.decimalSeparator, '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return new ReadError(`"${String(value)}" is not a decimal number`);
  return text.replace(/^\+/, '');
}

function readBoolean(value: unknown): boolean | ReadError {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  return new ReadError(`"${String(value)}" is not true or false`);
}

function readJson(value: unknown): Record<string, unknown> | ReadError {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  try {
    const parsed = JSON.parse(String(value));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  return new ReadError('is not a JSON object');
}
