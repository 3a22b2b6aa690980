import type { ChunkSource, ParsedError, ParsedNotice, ParsedRecord, ParseStream } from './parsed-record';
import { notice } from './parsed-record';
import type { TextEncoding } from './text-decoder';
import { decodeText } from './text-decoder';
import { ByteCounter, EncodingError } from './utf8-bytes';

/**
 * Decoded text of an upload. Iterating it never throws on bad encoding: the text simply ends before the bad byte and
 * `failure` says why, so a parser can keep what it already read, drop its incomplete record and report one error.
 * `peek` lets a parser look at the beginning of the text to choose a layout; peeked text is still iterated.
 */
export class TextInput implements AsyncIterable<string> {
  readonly counter = new ByteCounter();
  failure: EncodingError | undefined;
  private decoded: AsyncGenerator<string, void, undefined> | undefined;
  private readonly peeked: string[] = [];
  private notices: ParsedNotice[] = [];

  constructor(
    private readonly source: ChunkSource,
    private readonly encoding: TextEncoding = 'auto',
  ) {}

  /** What the decoder reported since the last call (encoding chosen, NULs removed), as notice records. */
  takeNotices(): ParsedNotice[] {
    const taken = this.notices;
    this.notices = [];
    return taken;
  }

  /** Reads ahead until `enough(textSoFar)` holds or the text ends; returns the text read so far. */
  async peek(enough: (text: string) => boolean): Promise<string> {
    let text = this.peeked.join('');
    while (!enough(text)) {
      const chunk = await this.pull();
      if (chunk === undefined) {
        break;
      }
      this.peeked.push(chunk);
      text += chunk;
    }
    return text;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    try {
      for (let chunk = this.peeked.shift(); chunk !== undefined; chunk = this.peeked.shift()) {
        yield chunk;
      }
      for (let chunk = await this.pull(); chunk !== undefined; chunk = await this.pull()) {
        yield chunk;
      }
    } finally {
      // Closes the upload stream too when a parser stops early (fatal header error).
      await this.decoded?.return(undefined);
    }
  }

  private async pull(): Promise<string | undefined> {
    this.decoded ??= this.decode();
    const next = await this.decoded.next();
    return next.done === true ? undefined : next.value;
  }

  private async *decode(): AsyncGenerator<string, void, undefined> {
    try {
      yield* decodeText(this.source, this.counter, this.encoding, (found) => this.notices.push(notice(found.line, found.reason)));
    } catch (error) {
      if (!(error instanceof EncodingError)) {
        throw error;
      }
      this.failure = error;
    }
  }

  /** The fatal error record for an encoding failure, once the text has ended. */
  failureRecord(): ParsedError | undefined {
    if (this.failure === undefined) {
      return undefined;
    }
    return {
      kind: 'error',
      fatal: true,
      error: { line: this.failure.line, reason: `${this.failure.message}; the import stopped at this line` },
    };
  }
}

/** Wraps a parser body into a ParseStream whose `bytesConsumed` follows the decoder. */
export function createParseStream<T>(
  source: ChunkSource,
  body: (input: TextInput) => AsyncIterable<ParsedRecord<T>>,
  encoding?: TextEncoding,
): ParseStream<T> {
  const input = new TextInput(source, encoding);
  return {
    get bytesConsumed(): number {
      return input.counter.bytes;
    },
    [Symbol.asyncIterator]: () => body(input)[Symbol.asyncIterator](),
  };
}
