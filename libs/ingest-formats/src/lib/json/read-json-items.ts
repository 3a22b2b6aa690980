import type { ParsedRecord } from '../stream/parsed-record';
import { rowError } from '../stream/parsed-record';
import type { TextInput } from '../stream/parse-stream';
import { parseJson, readLines } from '../stream/read-lines';
import { JsonItemScanner } from './json-item-scanner';

export interface JsonItemsOptions {
  /** Keys of a wrapper object that hold the items array (`{"tickets": [...]}`). */
  wrapperKeys: readonly string[];
  maxItemChars: number;
}

/** `key`: the wrapper key whose array held the item (`tickets`, `groups`…); undefined for arrays and JSON Lines. */
export type JsonItemHandler<T> = (
  value: unknown,
  line: number,
  item: number,
  out: ParsedRecord<T>[],
  key?: string,
) => void;

/**
 * Reads the items of a JSON export in any of its layouts and hands each parsed item to `handle`.
 * JSON Lines (first line is a complete object that is not a wrapper) is read line by line, so a broken line costs
 * that line only; arrays and wrapper objects, possibly pretty-printed, go through the structural scanner.
 */
export async function* readJsonItems<T>(
  input: TextInput,
  options: JsonItemsOptions,
  handle: JsonItemHandler<T>,
): AsyncGenerator<ParsedRecord<T>, void, undefined> {
  const head = await input.peek((text) => firstLineEnd(text) >= 0 || text.length > options.maxItemChars);
  if (looksLikeJsonLines(head, options.wrapperKeys)) {
    let item = 0;
    yield* readLines<T>(input, options.maxItemChars, (text, line, out) => {
      item++;
      const json = parseJson(text);
      if (json.error !== undefined) {
        out.push({ ...rowError(line, json.error), item });
        return;
      }
      handle(json.value, line, item, out);
    });
    return;
  }
  yield* scanItems(input, options, handle);
}

async function* scanItems<T>(
  input: TextInput,
  options: JsonItemsOptions,
  handle: JsonItemHandler<T>,
): AsyncGenerator<ParsedRecord<T>, void, undefined> {
  const scanner = new JsonItemScanner(options.wrapperKeys, options.maxItemChars);
  const out: ParsedRecord<T>[] = [];
  let stopped = false;
  const drain = (): void => {
    for (let next = scanner.next(); next !== undefined; next = scanner.next()) {
      if (next.error !== undefined) {
        out.push({ ...rowError(next.line, next.error), item: next.item, ...(next.fatal === true ? { fatal: true } : {}) });
        stopped ||= next.fatal === true;
        continue;
      }
      const json = parseJson(next.raw);
      if (json.error !== undefined) {
        out.push({ ...rowError(next.line, json.error), item: next.item });
        continue;
      }
      handle(json.value, next.line, next.item, out, next.key);
    }
  };
  for await (const text of input) {
    scanner.push(text);
    drain();
    out.push(...input.takeNotices());
    yield* out;
    out.length = 0;
    if (stopped) {
      return;
    }
  }
  if (input.failure === undefined) {
    scanner.end();
    drain();
  }
  out.push(...input.takeNotices());
  const failure = input.failureRecord();
  if (failure !== undefined) {
    out.push(failure);
  }
  yield* out;
}

/** Index of the newline ending the first non-blank line, or -1 when it has not arrived yet. */
function firstLineEnd(text: string): number {
  const start = text.search(/\S/);
  return start < 0 ? -1 : text.indexOf('\n', start);
}

function looksLikeJsonLines(head: string, wrapperKeys: readonly string[]): boolean {
  const start = head.search(/\S/);
  if (start < 0 || head.charCodeAt(start) !== 0x7b) {
    return false;
  }
  const end = head.indexOf('\n', start);
  const json = parseJson(head.slice(start, end < 0 ? head.length : end));
  if (json.error !== undefined || typeof json.value !== 'object' || json.value === null) {
    return false;
  }
  const record = json.value as Record<string, unknown>;
  // An item with an id is a record even when one of its keys holds an array named like a wrapper (a ticket's comments).
  return record['id'] !== undefined || !wrapperKeys.some((key) => Array.isArray(record[key]));
}
