import { importErrorsCsv } from './errors-csv';
import type { ImportJobError } from './import-job-error.entity';
import type { ImportJobStore } from './import-job.store';

/** A store holding `total` errors, served in pages the way the database serves them. */
function storeWith(errors: ImportJobError[]): { store: ImportJobStore; calls: Array<{ after: unknown; limit: number }> } {
  const calls: Array<{ after: unknown; limit: number }> = [];
  const store = {
    errors: async (_jobId: string, after: { line: number; id: number } | null, limit: number) => {
      calls.push({ after, limit });
      const start = after === null ? 0 : errors.findIndex((e) => e.id === after.id) + 1;
      return errors.slice(start, start + limit);
    },
  } as unknown as ImportJobStore;
  return { store, calls };
}

async function text(lines: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of lines) {
    out += chunk;
  }
  return out;
}

const error = (id: number, reason: string, field: string | null = null, kind: 'error' | 'notice' = 'error'): ImportJobError => ({
  id,
  jobId: 'j',
  kind,
  line: id + 1,
  item: null,
  field,
  reason,
});

describe('importErrorsCsv', () => {
  it('writes a header and one CRLF line per error or notice, quoting and neutralising cells a spreadsheet would run', async () => {
    const { store } = storeWith([
      error(1, 'unknown channel "fax"', 'channel'),
      error(2, '=HYPERLINK("http://example.com")'),
      error(3, '@SUM(A1)', '+field'),
      error(4, 'NUL characters (byte 0x00) were removed from this line', null, 'notice'),
    ]);
    expect(await text(importErrorsCsv(store, 'j'))).toBe(
      'kind,line,item,field,reason\r\n' +
        'error,2,,channel,"unknown channel ""fax"""\r\n' +
        `error,3,,,"'=HYPERLINK(""http://example.com"")"\r\n` +
        "error,4,,'+field,'@SUM(A1)\r\n" +
        'notice,5,,,NUL characters (byte 0x00) were removed from this line\r\n',
    );
  });

  it('reads the errors page by page, continuing after the last one read', async () => {
    const many = Array.from({ length: 12_001 }, (_, i) => error(i + 1, `problem ${i}`));
    const { store, calls } = storeWith(many);
    const csv = await text(importErrorsCsv(store, 'j'));
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(12_002);
    expect(calls.map((call) => call.after)).toEqual([null, { line: 5001, id: 5000 }, { line: 10_001, id: 10_000 }]);
  });
});
