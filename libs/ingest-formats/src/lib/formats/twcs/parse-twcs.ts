import type { NativeConversation } from '@rapport/contracts';
import type { CommonParseOptions } from '../../common/limits';
import { DEFAULT_MAX_RECORD_CHARS } from '../../common/limits';
import { readCsv } from '../../csv/read-csv';
import type { ChunkSource, ParseStream } from '../../stream/parsed-record';
import { createParseStream } from '../../stream/parse-stream';
import { TwcsAssembler } from './twcs-assembler';

export interface TwcsOptions extends CommonParseOptions {
  /** Brand handle → vendor slug; brands not listed become their own vendor (the handle). */
  vendorByBrand?: Readonly<Record<string, string>>;
  /** Drop the `@handle` mentions a reply starts with (Twitter addressing, not content); default true. */
  stripLeadingMentions?: boolean;
  /** Stored as the conversations' `source`; default `twitter`. */
  source?: string;
  /** A thread still missing referenced tweets is closed after this many rows without activity; default 100,000. */
  windowRows?: number;
  /** At most this many threads are held open at once; default 100,000. */
  maxOpenThreads?: number;
}

/** Customer Support on Twitter CSV → one social conversation per reply thread. */
export function parseTwcs(source: ChunkSource, options: TwcsOptions = {}): ParseStream<NativeConversation> {
  return createParseStream(source, (input) =>
    readCsv(
      input,
      new TwcsAssembler({
        source: options.source ?? 'twitter',
        vendorByBrand: options.vendorByBrand ?? {},
        stripLeadingMentions: options.stripLeadingMentions ?? true,
        redactPii: options.redactPii ?? false,
        windowRows: options.windowRows ?? 100_000,
        maxOpenThreads: options.maxOpenThreads ?? 100_000,
        idSpill: options.idSpill,
      }),
      { maxRecordChars: options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS, delimiter: ',' },
    ), options.encoding);
}
