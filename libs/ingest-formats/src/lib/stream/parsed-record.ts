import type { RowError } from '@rapport/contracts';

/** A record that passed every check. `line` is the 1-based physical line where it starts in the file. */
export interface ParsedOk<T> {
  kind: 'ok';
  line: number;
  value: T;
  /** 1-based position of the item in a JSON export (ticket number), when the format has items. */
  item?: number;
  /** How many PII values were replaced in this record, when redaction is on. */
  redactions?: number;
}

/** A rejected row. `fatal` errors stop the import: nothing after them was read. */
export interface ParsedError {
  kind: 'error';
  error: RowError;
  item?: number;
  fatal?: boolean;
}

/**
 * Something the parser changed or decided that the user should know (a file read as Windows-1252, messages sorted
 * into time order, an exact duplicate row left out): reported with the import result, never a rejection.
 */
export interface ParsedNotice {
  kind: 'notice';
  notice: RowError;
  item?: number;
}

export type ParsedRecord<T> = ParsedOk<T> | ParsedError | ParsedNotice;

/** What every parser returns: the records, plus how many input bytes it has consumed so far (for progress bars). */
export interface ParseStream<T> extends AsyncIterable<ParsedRecord<T>> {
  readonly bytesConsumed: number;
}

/** Every parser accepts chunks of any size and boundaries: bytes (UTF-8 expected) or already decoded text. */
export type ChunkSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export function notice(line: number, reason: string, field?: string): ParsedNotice {
  return { kind: 'notice', notice: field === undefined ? { line, reason } : { line, field, reason } };
}

export function rowError(line: number, reason: string, field?: string): ParsedError {
  return { kind: 'error', error: field === undefined ? { line, reason } : { line, field, reason } };
}
