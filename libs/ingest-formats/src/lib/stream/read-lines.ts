import type { ParsedRecord } from './parsed-record';
import { rowError } from './parsed-record';
import type { TextInput } from './parse-stream';
import { LineSplitter } from './line-splitter';

/**
 * Drives a JSON Lines format: one record per non-blank line, `handle` turns a line into records (pushed to `out`).
 * Stops cleanly before an encoding error, dropping the partial line that contains the bad byte.
 */
export async function* readLines<T>(
  input: TextInput,
  maxLineChars: number,
  handle: (text: string, line: number, out: ParsedRecord<T>[]) => void,
): AsyncGenerator<ParsedRecord<T>, void, undefined> {
  const splitter = new LineSplitter(maxLineChars);
  const out: ParsedRecord<T>[] = [];
  const drain = (): void => {
    for (let next = splitter.next(); next !== undefined; next = splitter.next()) {
      if (next.tooLong === true) {
        out.push(rowError(next.line, `line is longer than ${maxLineChars} characters`));
      } else if (next.text.trim() !== '') {
        handle(next.text, next.line, out);
      }
    }
  };
  for await (const text of input) {
    splitter.push(text);
    drain();
    out.push(...input.takeNotices());
    yield* out;
    out.length = 0;
  }
  if (input.failure === undefined) {
    splitter.end();
    drain();
  }
  out.push(...input.takeNotices());
  const failure = input.failureRecord();
  if (failure !== undefined) {
    out.push(failure);
  }
  yield* out;
}

/** JSON.parse that reports instead of throwing. */
export function parseJson(text: string): { value: unknown; error?: undefined } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
