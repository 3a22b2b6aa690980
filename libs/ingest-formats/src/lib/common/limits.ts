import type { ChunkSource } from '../stream/parsed-record';
import type { TextEncoding } from '../stream/text-decoder';
import type { IdSpill } from './id-runs';

/** Options every parser accepts. */
export interface CommonParseOptions {
  /** Replace e-mail addresses, phone numbers and card numbers in texts and comments before they leave the parser. */
  redactPii?: boolean;
  /** A row (CSV), line (JSON Lines) or item (JSON) longer than this is rejected, which keeps memory bounded. */
  maxRecordChars?: number;
  /**
   * Where the ids seen for duplicate detection go beyond a bounded number in memory (see IdRegistry); without it
   * they all stay in memory, 20–40 bytes each.
   */
  idSpill?: IdSpill;
  /** The file's encoding; default `auto` (byte order mark, UTF-16 sniffing, UTF-8 with a Windows-1252 fallback). */
  encoding?: TextEncoding;
}

export const DEFAULT_MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Matches `nativeConversationSchema`: a conversation holds at most this many messages. */
export const MAX_MESSAGES = 5000;

export type { ChunkSource };
