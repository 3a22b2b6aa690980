import { toCsvLine } from '@rapport/contracts';
import type { ImportJobStore } from './import-job.store';

const PAGE = 5000;

/**
 * A job's rejected rows and notices as CSV (kind, line, item, field, reason), in file order, read page by page so any number of errors
 * streams in bounded memory. Cells a spreadsheet would run as formulas are neutralised by `toCsvLine`.
 */
export async function* importErrorsCsv(store: ImportJobStore, jobId: string): AsyncGenerator<string> {
  yield toCsvLine(['kind', 'line', 'item', 'field', 'reason']) + '\r\n';
  let after: { line: number; id: number } | null = null;
  for (;;) {
    const page = await store.errors(jobId, after, PAGE);
    if (page.length > 0) {
      yield page.map((error) => toCsvLine([error.kind, error.line, error.item, error.field, error.reason]) + '\r\n').join('');
    }
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) {
      return;
    }
    after = { line: last.line, id: last.id };
  }
}
