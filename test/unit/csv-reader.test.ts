import { CsvSyntaxError, readCsv } from '../../src/modules/import/csv-reader.js';

async function records(...chunks: string[]) {
  const all = [];
  for await (const batch of readCsv((async function* () {
    yield* chunks;
  })())) all.push(...batch);
  return all;
}

describe('readCsv', () => {
  it('reads quoted commas, escaped quotes, CRLF and newlines inside quotes, with their starting lines', async () => {
    expect(await records('a,b,c\r\n1,"x, y",3\n2,"multi\nline",4\n5,"say ""hi""",\n')).toEqual([
      { line: 1, values: ['a', 'b', 'c'] },
      { line: 2, values: ['1', 'x, y', '3'] },
      { line: 3, values: ['2', 'multi\nline', '4'] },
      { line: 5, values: ['5', 'say "hi"', ''] },
    ]);
  });

  it('joins records cut across chunks, and reads a last line without a newline', async () => {
    expect(await records('id,na', 'me\n1,"Ad', 'a"\n2,Bo')).toEqual([
      { line: 1, values: ['id', 'name'] },
      { line: 2, values: ['1', 'Ada'] },
      { line: 3, values: ['2', 'Bo'] },
    ]);
  });

  it('refuses a quote that is never closed, naming its line', async () => {
    await expect(records('a\n"open\nstill open\n')).rejects.toThrow(new CsvSyntaxError(2, 'line 2: a quoted field is never closed'));
  });
});
