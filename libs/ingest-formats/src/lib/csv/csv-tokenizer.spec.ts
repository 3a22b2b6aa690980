import type { CsvRow } from './csv-tokenizer';
import { CsvTokenizer } from './csv-tokenizer';

/** Tokenizes `text` pushed in pieces of `size` characters; the first row fixes the expected field count. */
function tokenize(text: string, size = Infinity, maxRecordChars = 1000): CsvRow[] {
  const tokenizer = new CsvTokenizer(maxRecordChars);
  const rows: CsvRow[] = [];
  const drain = (): void => {
    for (let row = tokenizer.next(); row !== undefined; row = tokenizer.next()) {
      if (rows.length === 0 && row.fields !== undefined) {
        tokenizer.expectedFields = row.fields.length;
      }
      rows.push(row);
    }
  };
  const step = Number.isFinite(size) ? size : Math.max(1, text.length);
  for (let i = 0; i < text.length; i += step) {
    tokenizer.push(text.slice(i, i + step));
    drain();
  }
  tokenizer.end();
  drain();
  return rows;
}

describe('CsvTokenizer', () => {
  const sizes = [1, 2, 3, 7, Infinity];

  it.each(sizes)('reads quoted, multi-line and escaped fields with CRLF in chunks of %s', (size) => {
    const text = 'a,b,c\r\n1,"two, with comma","say ""hi"""\r\n2,"line one\r\nline two",\r\n\r\n3,,"x"\r\n';
    expect(tokenize(text, size)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'two, with comma', 'say "hi"'] },
      { line: 3, fields: ['2', 'line one\nline two', ''] },
      { line: 6, fields: ['3', '', 'x'] },
    ]);
  });

  it.each(sizes)('keeps emoji and right-to-left text intact in chunks of %s', (size) => {
    const text = 'id,text\n1,"مرحبا، كيف يمكنني المساعدة؟ 👋"\n2,שלום עולם 🙂\n';
    expect(tokenize(text, size)).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['1', 'مرحبا، كيف يمكنني المساعدة؟ 👋'] },
      { line: 3, fields: ['2', 'שלום עולם 🙂'] },
    ]);
  });

  it('reads a last row without a line break', () => {
    expect(tokenize('a,b\n1,"2"')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it.each(sizes)('rejects a quote inside an unquoted field and goes on with the next line (chunks of %s)', (size) => {
    expect(tokenize('a,b\n1,5" screen\n2,ok\n', size)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'quote inside unquoted field 2: quote the whole field and double the inner quotes' },
      { line: 3, fields: ['2', 'ok'] },
    ]);
  });

  it.each(sizes)('rejects text after a closing quote (chunks of %s)', (size) => {
    expect(tokenize('a,b\n1,"quoted"tail\n2,ok\n', size)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'unexpected text after the closing quote of field 2' },
      { line: 3, fields: ['2', 'ok'] },
    ]);
  });

  it.each(sizes)('recovers the rows after a quote that is never closed (chunks of %s)', (size) => {
    expect(tokenize('a,b\n1,"never closed\n2,ok\n3,fine\n', size)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'quoted field 2 is never closed' },
      { line: 3, fields: ['2', 'ok'] },
      { line: 4, fields: ['3', 'fine'] },
    ]);
  });

  it('re-reads the lines a stray quote joined when the joined row has the wrong shape', () => {
    const text = 'a,b,c\n1,"oops,x\n2,y,z\n3,"fine",w\n4,u,v\n';
    expect(tokenize(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, error: 'unexpected text after the closing quote of field 2' },
      { line: 3, fields: ['2', 'y', 'z'] },
      { line: 4, fields: ['3', 'fine', 'w'] },
      { line: 5, fields: ['4', 'u', 'v'] },
    ]);
  });

  it('reports rows with the wrong number of fields', () => {
    expect(tokenize('a,b,c\n1,2\n1,2,3,4\n1,2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, error: 'row has 2 fields, expected 3' },
      { line: 3, error: 'row has 4 fields, expected 3' },
      { line: 4, fields: ['1', '2', '3'] },
    ]);
  });

  it.each([1, 64])('bounds memory: a row longer than the limit is rejected and skipped (chunks of %s)', (size) => {
    const long = 'x'.repeat(300);
    const text = `a,b\n1,"${long}\n${long}\n2,ok\n`;
    const rows = tokenize(text, size, 200);
    expect(rows[1]).toEqual({ line: 2, error: 'row is longer than 200 characters: probably a quoted field that is never closed' });
    expect(rows.slice(2).filter((r) => r.fields !== undefined)).toEqual([{ line: 4, fields: ['2', 'ok'] }]);
  });
});
