import type { NativeConversation } from '@rapport/contracts';
import type { CommonParseOptions } from '../../common/limits';
import { DEFAULT_MAX_RECORD_CHARS } from '../../common/limits';
import type { ColumnMapping } from '../../csv/column-mapping';
import { readCsv } from '../../csv/read-csv';
import type { ChunkSource, ParseStream } from '../../stream/parsed-record';
import { createParseStream } from '../../stream/parse-stream';
import { MessageCsvAssembler } from './message-csv-assembler';
import type { MessageCsvField } from './message-csv-fields';

export interface MessageCsvOptions extends CommonParseOptions {
  /** Canonical field → header in this file, for files whose headers differ from MESSAGE_CSV_FIELDS names. */
  columnMapping?: ColumnMapping;
  /** Values for fields the file lacks or leaves blank (e.g. one vendor's export without a vendor column). */
  defaults?: Partial<Record<MessageCsvField, string>>;
  /** Stored as the conversations' `source`; default `csv`. */
  source?: string;
  /** Field separator; default `,`. */
  delimiter?: string;
  /** A conversation is complete when none of its rows appeared in this many rows; default 50,000. */
  windowRows?: number;
  /** At most this many conversations are held open at once; default 20,000. */
  maxOpenConversations?: number;
}

/** Message-per-row CSV → one NativeConversation per conversation id. */
export function parseMessageCsv(source: ChunkSource, options: MessageCsvOptions = {}): ParseStream<NativeConversation> {
  return createParseStream(source, (input) =>
    readCsv(
      input,
      new MessageCsvAssembler({
        source: options.source ?? 'csv',
        columnMapping: options.columnMapping ?? {},
        defaults: options.defaults ?? {},
        redactPii: options.redactPii ?? false,
        windowRows: options.windowRows ?? 50_000,
        maxOpenConversations: options.maxOpenConversations ?? 20_000,
        idSpill: options.idSpill,
      }),
      { maxRecordChars: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS, delimiter: options.delimiter ?? ',' },
    ), options.encoding);
}
