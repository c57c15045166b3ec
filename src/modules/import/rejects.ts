import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvField } from '../../common/csv.js';

/** One refused input line: where, which field, why, and the line's own content. */
export interface Reject {
  line: number;
  field: string;
  reason: string;
  raw: unknown;
}

export interface RejectSink {
  add(reject: Reject): void;
  /** Resolves once buffered rejects are handed to the operating system (back-pressure). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Writes rejects beside the input, in the input's format: CSV with `line,field,reason` before
 * the original columns (so the file can be fixed and imported again), or NDJSON objects with the
 * original record. The file is created on the first reject only.
 */
export class RejectsFile implements RejectSink {
  private stream?: WriteStream;
  count = 0;

  constructor(
    readonly path: string,
    private readonly format: 'csv' | 'ndjson',
    private readonly header: () => string[] | undefined,
  ) {}

  /** Set when the file cannot be written; the import stops at its next check. */
  failure?: Error;

  add(reject: Reject): void {
    this.count += 1;
    if (!this.stream) {
      this.stream = createWriteStream(this.path);
      this.stream.on('error', (error) => (this.failure ??= error));
      if (this.format === 'csv') this.write(['line', 'field', 'reason', ...(this.header() ?? [])].map(csvField).join(',') + '\n');
    }
    const text =
      this.format === 'csv'
        ? [String(reject.line), reject.field, reject.reason, ...(Array.isArray(reject.raw) ? reject.raw.map(String) : [String(reject.raw ?? '')])].map(csvField).join(',') + '\n'
        : JSON.stringify({ line: reject.line, field: reject.field, reason: reject.reason, record: reject.raw }) + '\n';
    this.write(text);
  }

  async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream?.writableNeedDrain) await once(this.stream, 'drain');
  }

  private write(text: string): void {
    (this.stream as WriteStream).write(text);
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    if (this.failure) throw this.failure;
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Keeps the first rejects in memory (for an HTTP answer) and counts the rest. */
export class RejectsSample implements RejectSink {
  readonly sample: Omit<Reject, 'raw'>[] = [];
  count = 0;

  constructor(private readonly limit: number) {}

  add(reject: Reject): void {
    this.count += 1;
    if (this.sample.length < this.limit) this.sample.push({ line: reject.line, field: reject.field, reason: reject.reason });
  }

  async drain(): Promise<void> {}

  async close(): Promise<void> {}
}
