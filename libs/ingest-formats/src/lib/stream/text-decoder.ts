import type { ChunkSource } from './parsed-record';
import { ByteCounter, completeLength, EncodingError, firstInvalidUtf8 } from './utf8-bytes';

/** Encodings an upload may be read in; `auto` detects them from the bytes (see README, "Text decoding"). */
export const TEXT_ENCODINGS = ['auto', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** Something the decoder changed or decided, to be shown with the import result; never a rejected row. */
export interface DecoderNotice {
  line: number;
  reason: string;
}

/** At most this many lines with NUL characters are reported one by one; the rest are counted in one notice. */
const MAX_NUL_NOTICES = 100;
/** Bytes looked at before deciding whether a file without a byte order mark is UTF-16. */
const SNIFF_BYTES = 512;

/**
 * Decodes an upload into text chunks, in the encoding given or detected:
 * - a byte order mark decides (UTF-8, UTF-16 little- or big-endian);
 * - without one, NUL bytes in nearly every other position mean UTF-16;
 * - otherwise UTF-8, unless its first non-ASCII byte is not valid UTF-8: then the file is read as Windows-1252
 *   (a superset of Latin-1) from that byte on, which loses nothing since the text before it was plain ASCII;
 * - invalid UTF-8 after valid non-ASCII UTF-8 (a file of mixed encodings) stops with EncodingError.
 * NUL characters are removed from the text (they are never meaningful in a transcript) and each line that had one
 * is reported, so one stray NUL no longer stops an import. Archives and PDFs uploaded by mistake stop at once.
 */
export async function* decodeText(
  source: ChunkSource,
  counter: ByteCounter,
  encoding: TextEncoding,
  notify: (notice: DecoderNotice) => void,
): AsyncGenerator<string, void, undefined> {
  const text = new LineTracker(notify);
  let reader: ChunkReader | undefined;
  let head: Uint8Array | null = null;
  let started = false;
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      counter.bytes += utf8Length(chunk);
      yield text.accept(started ? chunk : chunk.replace(/^\uFEFF/, ''));
      started = true;
      continue;
    }
    counter.bytes += chunk.byteLength;
    if (reader === undefined) {
      head = head === null ? chunk : concat(head, chunk);
      if (head.length < SNIFF_BYTES) {
        continue;
      }
      reader = chooseReader(head, encoding, text);
      const bytes = skipBom(head);
      head = null;
      yield* reader.read(bytes, false);
      continue;
    }
    yield* reader.read(chunk, false);
  }
  if (reader === undefined && head !== null && head.length > 0) {
    reader = chooseReader(head, encoding, text);
    yield* reader.read(skipBom(head), true);
  } else if (reader !== undefined) {
    yield* reader.read(new Uint8Array(0), true);
  }
  text.finish();
}

interface ChunkReader {
  read(bytes: Uint8Array, atEnd: boolean): Generator<string, void, undefined>;
}

function chooseReader(head: Uint8Array, encoding: TextEncoding, text: LineTracker): ChunkReader {
  const declared = byteOrderMark(head);
  if (declared === 'utf-8') {
    return new Utf8Reader(encoding === 'auto' ? 'utf-8' : encoding, text);
  }
  if (declared !== undefined) {
    return new Utf16Reader(declared, text);
  }
  refuseBinary(head);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return new Utf16Reader(encoding, text);
  }
  if (encoding === 'auto') {
    const sniffed = sniffUtf16(head);
    if (sniffed !== undefined) {
      text.notify({
        line: 1,
        reason: `the file has no byte order mark but its bytes are UTF-16 (${sniffed}): read as UTF-16`,
      });
      return new Utf16Reader(sniffed, text);
    }
  }
  return new Utf8Reader(encoding, text);
}

/** UTF-8, falling back to Windows-1252 as described above when `auto`; Windows-1252 alone when asked. */
class Utf8Reader implements ChunkReader {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private legacy = false;
  private carry: Uint8Array | null = null;
  private sawNonAscii = false;

  constructor(
    private readonly encoding: TextEncoding,
    private readonly text: LineTracker,
  ) {
    this.legacy = encoding === 'windows-1252';
  }

  *read(chunk: Uint8Array, atEnd: boolean): Generator<string, void, undefined> {
    let bytes = this.carry === null ? chunk : concat(this.carry, chunk);
    this.carry = null;
    if (this.legacy) {
      yield this.text.accept(decodeWindows1252(bytes));
      return;
    }
    if (!atEnd) {
      const cut = completeLength(bytes);
      if (cut < bytes.length) {
        this.carry = bytes.slice(cut);
        bytes = bytes.subarray(0, cut);
      }
    }
    let decoded: string;
    try {
      decoded = this.utf8.decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const before = this.utf8.decode(bytes.subarray(0, bad));
      this.sawNonAscii ||= hasNonAscii(before);
      yield this.text.accept(before);
      const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      if (this.encoding === 'auto' && !this.sawNonAscii) {
        this.legacy = true;
        this.text.notify({
          line: this.text.line,
          reason: `the file is not UTF-8 (byte 0x${hex} on this line): read as Windows-1252 / Latin-1 from here on; check that accented letters look right`,
        });
        yield this.text.accept(decodeWindows1252(bytes.subarray(bad)));
        return;
      }
      const hint =
        atEnd && bad + 4 > bytes.length && (bytes[bad] ?? 0) >= 0xc2
          ? 'the file ends in the middle of a character'
          : 'the file mixes UTF-8 with another encoding; save it as UTF-8 and import it again';
      throw new EncodingError(this.text.line, `byte 0x${hex} is not valid UTF-8: ${hint}`);
    }
    this.sawNonAscii ||= hasNonAscii(decoded);
    yield this.text.accept(decoded);
  }
}

class Utf16Reader implements ChunkReader {
  private readonly decoder: TextDecoder;

  constructor(
    encoding: 'utf-16le' | 'utf-16be',
    private readonly text: LineTracker,
  ) {
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
  }

  *read(bytes: Uint8Array, atEnd: boolean): Generator<string, void, undefined> {
    yield this.text.accept(this.decoder.decode(bytes, { stream: !atEnd }));
  }
}

/** Counts lines of the decoded text and removes NUL characters, reporting the lines that had them. */
class LineTracker {
  line = 1;
  private nulLines = 0;
  private lastNulLine = 0;

  constructor(readonly notify: (notice: DecoderNotice) => void) {}

  accept(text: string): string {
    let nul = text.indexOf('\u0000');
    if (nul < 0) {
      this.line += countNewlines(text, text.length);
      return text;
    }
    let scanned = 0;
    let line = this.line;
    while (nul >= 0) {
      line += countNewlines(text.slice(scanned, nul), nul - scanned);
      scanned = nul;
      if (line !== this.lastNulLine) {
        this.lastNulLine = line;
        this.nulLines++;
        if (this.nulLines <= MAX_NUL_NOTICES) {
          this.notify({ line, reason: 'NUL characters (byte 0x00) were removed from this line' });
        }
      }
      nul = text.indexOf('\u0000', nul + 1);
    }
    const cleaned = text.split('\u0000').join('');
    this.line += countNewlines(cleaned, cleaned.length);
    return cleaned;
  }

  finish(): void {
    if (this.nulLines > MAX_NUL_NOTICES) {
      this.notify({
        line: this.lastNulLine,
        reason: `NUL characters were removed from ${this.nulLines - MAX_NUL_NOTICES} more lines, up to this one`,
      });
    }
  }
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return 'utf-8';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return 'utf-16le';
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return 'utf-16be';
  }
  return undefined;
}

function skipBom(bytes: Uint8Array): Uint8Array {
  const mark = byteOrderMark(bytes);
  return mark === undefined ? bytes : bytes.subarray(mark === 'utf-8' ? 3 : 2);
}

/** UTF-16 without a byte order mark: text of mostly Latin letters has a NUL in nearly every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) {
    return undefined;
  }
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) {
      evenNul++;
    }
    if (bytes[2 * i + 1] === 0) {
      oddNul++;
    }
  }
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) {
    return 'utf-16le';
  }
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) {
    return 'utf-16be';
  }
  return undefined;
}

const BINARY_SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (an Excel workbook is one): export the sheet as CSV' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive: unpack it first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel or Word document: export it as CSV' },
];

function refuseBinary(bytes: Uint8Array): void {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((b, i) => bytes[i] === b)) {
      throw new EncodingError(1, `the file is ${signature.what}, not text`);
    }
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes…). Decoded by hand: Node's
 * TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const step = 8192;
  for (let start = 0; start < bytes.length; start += step) {
    const codes = Array.from(bytes.subarray(start, start + step), (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      return true;
    }
  }
  return false;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    count++;
  }
  return count;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** UTF-8 byte length of a string, so string chunks report progress in the same unit as byte chunks. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      bytes += 1;
    } else if (c < 0x800) {
      bytes += 2;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

export { ByteCounter };
