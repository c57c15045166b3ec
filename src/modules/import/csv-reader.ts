/** One CSV record: its values and the physical line it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  values: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Streams CSV records (RFC 4180: commas, double quotes, "" escapes, newlines inside quotes,
 * CRLF or LF), a chunk's worth at a time: one array per chunk keeps the per-record cost to plain
 * function calls. Lines without a quote take a fast path through `split`, which is most lines of
 * a typical export; only quoted lines go character by character. Holds one chunk at a time.
 */
export async function* readCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  let rest = '';
  let physicalLine = 0;
  let pending: RecordState | undefined;

  for await (const chunk of chunks) {
    const text = rest + chunk;
    const records: CsvRecord[] = [];
    let start = 0;
    let newline = text.indexOf('\n', start);
    while (newline !== -1) {
      physicalLine += 1;
      const record = parseLine(stripCarriageReturn(text.slice(start, newline)));
      if (record) records.push(record);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    if (records.length > 0) yield records;
  }
  if (rest.length > 0) {
    physicalLine += 1;
    const record = parseLine(stripCarriageReturn(rest));
    if (record) yield [record];
  }
  if (pending) throw new CsvSyntaxError(pending.line, `line ${pending.line}: a quoted field is never closed`);

  function parseLine(line: string): CsvRecord | undefined {
    if (!pending && line.indexOf('"') === -1) return { line: physicalLine, values: line.split(',') };
    const state: RecordState = pending ?? { line: physicalLine, values: [], field: '', inQuotes: false, quotedField: false };
    if (pending) state.field += '\n';
    pending = undefined;
    continueRecord(line, state);
    if (state.inQuotes) {
      pending = state;
      return undefined;
    }
    return { line: state.line, values: state.values };
  }
}

interface RecordState {
  line: number;
  values: string[];
  field: string;
  /** Inside a quoted field (which may go on past the end of the line). */
  inQuotes: boolean;
  /** The current field began with a quote. */
  quotedField: boolean;
}

/** Runs one physical line through the record; leaves `inQuotes` set when the record goes on. */
function continueRecord(line: string, state: RecordState): void {
  let field = state.field;
  let index = 0;
  while (index < line.length) {
    const character = line[index];
    if (state.inQuotes) {
      if (character === '"') {
        if (line[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        state.inQuotes = false;
      } else {
        field += character;
      }
      index += 1;
      continue;
    }
    if (character === ',') {
      state.values.push(field);
      field = '';
      state.quotedField = false;
    } else if (character === '"' && field === '' && !state.quotedField) {
      state.inQuotes = true;
      state.quotedField = true;
    } else {
      field += character;
    }
    index += 1;
  }
  if (state.inQuotes) {
    state.field = field;
    return;
  }
  state.values.push(field);
  state.field = '';
  state.quotedField = false;
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
