import type { ParsedRecord } from '../stream/parsed-record';
import { rowError } from '../stream/parsed-record';
import type { TextInput } from '../stream/parse-stream';
import { CsvTokenizer } from './csv-tokenizer';

/** What a CSV format does with the rows the shared reader cuts out. Records go into `out`, in emission order. */
export interface CsvRowSink<T> {
  /** The header row; returns problems that make the file unreadable (the import stops), or undefined. */
  header(fields: readonly string[], line: number): string[] | undefined;
  row(fields: readonly string[], line: number, out: ParsedRecord<T>[]): void;
  /** End of the readable text (end of file, or the line before an encoding error): flush whatever is open. */
  finish(out: ParsedRecord<T>[]): void;
}

export interface CsvReadOptions {
  maxRecordChars: number;
  delimiter: string;
}

/**
 * Drives a CSV format: decoding, tokenizing, header handling, malformed-row errors and the encoding-failure stop.
 * Records are collected per input chunk and then yielded, so the per-row path stays synchronous and fast.
 */
export async function* readCsv<T>(
  input: TextInput,
  sink: CsvRowSink<T>,
  options: CsvReadOptions,
): AsyncGenerator<ParsedRecord<T>, void, undefined> {
  const tokenizer = new CsvTokenizer(options.maxRecordChars, options.delimiter);
  const out: ParsedRecord<T>[] = [];
  let sawHeader = false;
  let stopped = false;

  const drain = (): void => {
    for (let row = tokenizer.next(); row !== undefined; row = tokenizer.next()) {
      if (row.error !== undefined) {
        if (!sawHeader) {
          out.push({ ...rowError(row.line, `cannot read the header row: ${row.error}`), fatal: true });
          stopped = true;
          return;
        }
        out.push(rowError(row.line, row.error));
        continue;
      }
      if (!sawHeader) {
        const problems = sink.header(row.fields, row.line);
        if (problems !== undefined && problems.length > 0) {
          out.push({ ...rowError(row.line, problems.join('; ')), fatal: true });
          stopped = true;
          return;
        }
        sawHeader = true;
        tokenizer.expectedFields = row.fields.length;
        continue;
      }
      sink.row(row.fields, row.line, out);
    }
  };

  for await (const text of input) {
    tokenizer.push(text);
    drain();
    out.push(...input.takeNotices());
    yield* out;
    out.length = 0;
    if (stopped) {
      return;
    }
  }
  if (input.failure === undefined) {
    tokenizer.end();
    drain();
    if (stopped) {
      yield* out;
      return;
    }
    if (!sawHeader) {
      out.push({ ...rowError(1, 'the file is empty: expected a header row'), fatal: true });
    }
  }
  sink.finish(out);
  out.push(...input.takeNotices());
  const failure = input.failureRecord();
  if (failure !== undefined) {
    out.push(failure);
  }
  yield* out;
}
