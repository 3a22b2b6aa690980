/** Counts input bytes as the decoder consumes them; parsers expose it as `bytesConsumed`. */
export class ByteCounter {
  bytes = 0;
}

/**
 * The input cannot be read as text: mixed encodings, a binary file. Decoding stops at the first bad byte: everything
 * before it has been yielded, nothing after it is read. One clear error beats thousands of rows of mojibake.
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
