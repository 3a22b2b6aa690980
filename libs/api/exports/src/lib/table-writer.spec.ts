import { PassThrough } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { writeCsv, writeXlsx } from './table-writer';

async function collect(write: (destination: PassThrough) => Promise<number>): Promise<{ rows: number; body: Buffer }> {
  const destination = new PassThrough();
  const chunks: Buffer[] = [];
  destination.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => destination.once('end', resolve));
  const rows = await write(destination);
  // The workbook writer ends its destination itself; the CSV writer leaves that to its caller.
  if (!destination.writableEnded) {
    destination.end();
  }
  await ended;
  return { rows, body: Buffer.concat(chunks) };
}

async function* generated(count: number): AsyncGenerator<(string | number | null)[]> {
  for (let i = 0; i < count; i++) {
    yield [i, `row ${i}`, i % 2 === 0 ? null : -i];
  }
}

describe('writeCsv', () => {
  it('writes a byte order mark, the header and every row with CRLF, in chunks', async () => {
    const { rows, body } = await collect((destination) =>
      writeCsv({ name: 't', columns: ['id', 'text', 'value'], rows: generated(5000) }, { separator: 'comma' }, destination),
    );
    expect(rows).toBe(5000);
    const text = body.toString('utf8');
    expect(text.startsWith('\uFEFFid,text,value\r\n0,row 0,\r\n1,row 1,-1\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(5002);
  });

  it.each([
    ['semicolon', 'a;b\r\n"x;y";\'=1\r\n'],
    ['tab', 'a\tb\r\n"x\ty"\t\'=1\r\n'],
    ['comma', 'a,b\r\nx\ty,\'=1\r\n'],
  ] as const)('splits on the %s separator, quoting fields that hold it and neutralising formulas', async (separator, expected) => {
    const value = separator === 'semicolon' ? 'x;y' : 'x\ty';
    const { body } = await collect((destination) => writeCsv({ name: 't', columns: ['a', 'b'], rows: [[value, '=1']] }, { separator }, destination));
    expect(body.toString('utf8')).toBe('\uFEFF' + expected);
  });
});

describe('writeXlsx', () => {
  it('writes a workbook that reads back with the header, the rows, numbers as numbers and formulas as plain text', async () => {
    const { rows, body } = await collect((destination) =>
      writeXlsx({ name: 'table', columns: ['id', 'text'], rows: [[1, '=HYPERLINK("http://x.example")'], [2, null], [3, 'plain']] }, destination),
    );
    expect(rows).toBe(3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('table') as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(4);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['id', 'text']);
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(2).value).toBe('=HYPERLINK("http://x.example")');
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
  });
});

describe('back-pressure', () => {
  it('waits for a slow reader without leaving listeners behind', async () => {
    // A destination with a tiny buffer, read slowly: every chunk has to wait for a drain.
    const destination = new PassThrough({ highWaterMark: 16 });
    let received = 0;
    const reader = (async () => {
      for await (const chunk of destination) {
        received += (chunk as Buffer).length;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const rows = await writeCsv({ name: 't', columns: ['id', 'text'], rows: generated(20_000) }, { separator: 'comma' }, destination);
    expect(rows).toBe(20_000);
    expect(destination.listenerCount('drain') + destination.listenerCount('close') + destination.listenerCount('error')).toBeLessThanOrEqual(3);
    destination.end();
    await reader;
    expect(received).toBeGreaterThan(20_000 * 8);
  });
});
