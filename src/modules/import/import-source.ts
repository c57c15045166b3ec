import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { readCsv } from './csv-reader.js';
import type { SourceValues } from './import-mapping.js';

export type ImportFormat = 'csv' | 'ndjson';

/** A file that cannot be read as the format it claims; the whole import stops. */
export class ImportFileError extends Error {}

/** One record of the file and the line it starts on. */
export interface SourceRecord {
  line: number;
  values: SourceValues;
  /** The record's original text fields, for the rejects file. */
  raw: string[] | unknown;
}

/** Counts the bytes read from the source, for progress and ETA. */
export interface ByteCounter {
  bytes: number;
}

/**
 * Decodes a byte stream to UTF-8 text chunks, gunzipping it when it starts with the gzip magic
 * bytes (whatever the file is called). Binary or non-UTF-8 input is refused with a clear error.
 */
export async function* textChunks(raw: AsyncIterable<Buffer>, counter: ByteCounter): AsyncGenerator<string> {
  const iterator = raw[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const counted = (async function* () {
    counter.bytes += first.value.length;
    yield first.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      counter.bytes += next.value.length;
      yield next.value;
    }
  })();
  const gzipped = first.value[0] === 0x1f && first.value[1] === 0x8b;
  const bytes: AsyncIterable<Buffer> = gzipped ? Readable.from(counted).pipe(createGunzip()) : counted;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of bytes) {
      const text = decoder.decode(chunk, { stream: true });
      if (text.includes('\u0000')) throw new ImportFileError('the file is not text: it contains binary data');
      yield text;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    // By code, not `instanceof TypeError`: the error may come from another realm (a test VM).
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw new ImportFileError('the file is not UTF-8 text');
    if ((error as { code?: string }).code?.startsWith('Z_')) throw new ImportFileError(`the gzip data is damaged: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * CSV records after the header (handed to `onHeader` first), a chunk at a time, skipping blank
 * lines. A row with more or fewer fields than the header is returned as a bad line: read by
 * position it would shift values into the wrong fields.
 */
export async function* csvRecords(text: AsyncIterable<string>, onHeader: (header: string[]) => void): AsyncGenerator<(SourceRecord | BadLine)[]> {
  let header: string[] | undefined;
  for await (const chunk of readCsv(text)) {
    const records: (SourceRecord | BadLine)[] = [];
    for (const record of chunk) {
      if (record.values.length === 1 && record.values[0].trim() === '') continue;
      if (!header) {
        header = record.values.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
        onHeader(header);
        continue;
      }
      if (record.values.length !== header.length) {
        records.push({ line: record.line, error: `has ${record.values.length} fields, the header has ${header.length}`, raw: record.values });
        continue;
      }
      records.push({ line: record.line, values: { kind: 'csv', values: record.values }, raw: record.values });
    }
    if (records.length > 0) yield records;
  }
  if (!header) throw new ImportFileError('the file is empty: it has no header line and no rows');
}

/** A line of an NDJSON file that is not a JSON object. */
export interface BadLine {
  line: number;
  error: string;
  raw: unknown;
}

/** NDJSON records, a chunk at a time: one JSON object per line; blank lines are skipped, bad lines are returned as such. */
export async function* ndjsonRecords(text: AsyncIterable<string>): AsyncGenerator<(SourceRecord | BadLine)[]> {
  let rest = '';
  let line = 0;
  let seenAny = false;
  const parse = (content: string): SourceRecord | BadLine | undefined => {
    line += 1;
    const trimmed = content.trim();
    if (trimmed === '') return undefined;
    seenAny = true;
    try {
      const value = JSON.parse(trimmed) as unknown;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, error: 'is not a JSON object', raw: content };
      return { line, values: { kind: 'ndjson', object: value as Record<string, unknown> }, raw: value };
    } catch {
      return { line, error: 'is not valid JSON', raw: content };
    }
  };
  for await (const chunk of text) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() as string;
    const records = lines.map(parse).filter((record): record is SourceRecord | BadLine => record !== undefined);
    if (records.length > 0) yield records;
  }
  const last = parse(rest);
  if (last) yield [last];
  if (!seenAny) throw new ImportFileError('the file is empty: it has no records');
}
