import type { ChunkSource } from './parsed-record';

/** Counts input bytes as the decoder consumes them; parsers expose it as `bytesConsumed`. */
export class ByteCounter {
  bytes = 0;
}

/**
 * The input is not UTF-8. Decoding stops at the first bad byte: everything before it has been yielded,
 * nothing after it is read. One clear error beats thousands of rows of mojibake.
 */
export class EncodingError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'EncodingError';
  }
}

const LF = 0x0a;

/**
 * Decodes a stream of chunks as UTF-8 (with or without BOM) into text chunks. Chunks may split a multi-byte
 * character anywhere: the incomplete tail is carried to the next chunk. Throws EncodingError (with the line of
 * the bad byte) on invalid UTF-8, NUL bytes or a UTF-16 byte order mark.
 */
export async function* decodeUtf8(source: ChunkSource, counter: ByteCounter): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Uint8Array | null = null;
  let atStart = true;
  let line = 1;
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      counter.bytes += utf8Length(chunk);
      let text = chunk;
      if (atStart && text.length > 0) {
        atStart = false;
        if (text.charCodeAt(0) === 0xfeff) {
          text = text.slice(1);
        }
      }
      line += countNewlines(text);
      yield text;
      continue;
    }
    counter.bytes += chunk.byteLength;
    let bytes: Uint8Array = carry === null ? chunk : concat(carry, chunk);
    carry = null;
    if (atStart) {
      if (bytes.length < 3) {
        carry = bytes;
        continue;
      }
      atStart = false;
      bytes = skipBom(bytes);
    }
    const cut = completeLength(bytes);
    if (cut < bytes.length) {
      carry = bytes.slice(cut);
      bytes = bytes.subarray(0, cut);
    }
    const decoded = decode(decoder, bytes, line, false);
    line += countNewlines(decoded.text);
    yield decoded.text;
    if (decoded.error) {
      throw decoded.error;
    }
  }
  if (carry !== null && carry.length > 0) {
    const decoded = decode(decoder, atStart ? skipBom(carry) : carry, line, true);
    yield decoded.text;
    if (decoded.error) {
      throw decoded.error;
    }
  }
}

function skipBom(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    throw new EncodingError(1, `the file is UTF-16 (${order} byte order mark), not UTF-8: save it as UTF-8 and import it again`);
  }
  return bytes;
}

/** Decodes a chunk; on bad input returns the valid text before the first bad byte and the error to raise after it. */
function decode(
  decoder: TextDecoder,
  bytes: Uint8Array,
  firstLine: number,
  atEnd: boolean,
): { text: string; error?: EncodingError } {
  const nul = bytes.indexOf(0);
  const valid = nul >= 0 ? bytes.subarray(0, nul) : bytes;
  let text: string;
  try {
    text = decoder.decode(valid);
  } catch {
    const bad = firstInvalidUtf8(valid);
    const hex = (valid[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const hint = atEnd
      ? 'the file ends in the middle of a character'
      : 'the file looks Latin-1 / Windows-1252 encoded; save it as UTF-8 and import it again';
    return {
      text: decoder.decode(valid.subarray(0, bad)),
      error: new EncodingError(firstLine + countNewlineBytes(valid, bad), `byte 0x${hex} is not valid UTF-8: ${hint}`),
    };
  }
  if (nul >= 0) {
    return {
      text,
      error: new EncodingError(
        firstLine + countNewlineBytes(bytes, nul),
        'the file contains NUL bytes: it looks UTF-16 encoded or binary, not UTF-8 text; save it as UTF-8 and import it again',
      ),
    };
  }
  return { text };
}

/** Length of the prefix that ends on a character boundary (a multi-byte sequence cut by the chunk end is left out). */
export function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  const lead = lastLeadByte(bytes);
  if (lead < 0) {
    return n;
  }
  const b = bytes[lead] ?? 0;
  const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
  return n - lead < need ? lead : n;
}

/** Index of a multi-byte lead byte among the last 3 bytes, or -1 when the tail is ASCII or complete. */
function lastLeadByte(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 3; i--) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      return -1;
    }
    if (b >= 0xc0) {
      return i;
    }
  }
  return -1;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (only called after a failure). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        return i;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      return i;
    }
    i += need + 1;
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countNewlines(text: string): number {
  let count = 0;
  let i = text.indexOf('\n');
  while (i >= 0) {
    count++;
    i = text.indexOf('\n', i + 1);
  }
  return count;
}

function countNewlineBytes(bytes: Uint8Array, end: number): number {
  let count = 0;
  let i = bytes.indexOf(LF);
  while (i >= 0 && i < end) {
    count++;
    i = bytes.indexOf(LF, i + 1);
  }
  return count;
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
