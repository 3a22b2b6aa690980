import { collect, inChunks, utf8 } from '../../fixtures/feed';
import type { DecoderNotice, TextEncoding } from './text-decoder';
import { decodeText } from './text-decoder';
import { ByteCounter, completeLength, EncodingError, firstInvalidUtf8 } from './utf8-bytes';

interface Decoded {
  text: string;
  notices: DecoderNotice[];
  error?: EncodingError;
  bytes: number;
}

async function decodeAll(bytes: Uint8Array, size: number, encoding: TextEncoding = 'auto'): Promise<Decoded> {
  const counter = new ByteCounter();
  const notices: DecoderNotice[] = [];
  let text = '';
  try {
    for await (const chunk of decodeText(inChunks(bytes, size), counter, encoding, (n) => notices.push(n))) {
      text += chunk;
    }
  } catch (error) {
    if (error instanceof EncodingError) {
      return { text, notices, error, bytes: counter.bytes };
    }
    throw error;
  }
  return { text, notices, bytes: counter.bytes };
}

/** UTF-16 bytes written out by hand, so the expectation does not come from the decoder under test. */
function utf16(text: string, order: 'le' | 'be'): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return out;
}

const CHUNKS = [1, 2, 3, 5, 7, Infinity];

describe('decodeText', () => {
  const sample = 'héllo 👋\r\nمرحبا\nשלום 🙂\n';

  it.each(CHUNKS)('decodes multi-byte UTF-8 split across chunks of %s bytes, with no notice', async (size) => {
    const bytes = utf8(sample);
    expect(await decodeAll(bytes, size)).toEqual({ text: sample, notices: [], bytes: bytes.length });
  });

  it.each([1, 2, Infinity])('drops a UTF-8 byte order mark (chunks of %s)', async (size) => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id\n1\n')]);
    expect((await decodeAll(bytes, size)).text).toBe('id\n1\n');
  });

  it('accepts string chunks and strips their BOM', async () => {
    const counter = new ByteCounter();
    const text = (await collect(decodeText(['\uFEFFa,é\n', 'b\n'], counter, 'auto', () => undefined))).join('');
    expect({ text, bytes: counter.bytes }).toEqual({ text: 'a,é\nb\n', bytes: 10 });
  });

  it.each(CHUNKS)(
    'reads a Latin-1 file as Windows-1252 from its first non-ASCII byte, saying so (chunks of %s)',
    async (size) => {
      // "café", "Größe" and "€5" in Windows-1252: 0xE9 é, 0xF6 ö, 0xDF ß, 0x80 €.
      const bytes = new Uint8Array([
        ...utf8('id,text\n1,ok\n2,caf'),
        0xe9,
        ...utf8('\n3,Gr'),
        0xf6,
        0xdf,
        0x65,
        0x0a,
        0x80,
        0x35,
        0x0a,
      ]);
      const result = await decodeAll(bytes, size);
      expect(result.error).toBeUndefined();
      expect(result.text).toBe('id,text\n1,ok\n2,café\n3,Größe\n€5\n');
      expect(result.notices).toEqual([
        {
          line: 3,
          reason:
            'the file is not UTF-8 (byte 0xE9 on this line): read as Windows-1252 / Latin-1 from here on; check that accented letters look right',
        },
      ]);
    },
  );

  it('reads Windows-1252 from the first byte when told to', async () => {
    const result = await decodeAll(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), 2, 'windows-1252');
    expect(result).toMatchObject({ text: 'café\n', notices: [] });
  });

  it.each([1, 7, Infinity])(
    'stops at invalid UTF-8 after valid non-ASCII UTF-8 (mixed encodings; chunks of %s)',
    async (size) => {
      const bytes = new Uint8Array([...utf8('id,text\n1,olé\n2,caf'), 0xe9, ...utf8('\n3,more\n')]);
      const result = await decodeAll(bytes, size);
      expect(result.text).toBe('id,text\n1,olé\n2,caf');
      expect(result.error?.line).toBe(3);
      expect(result.error?.message).toBe(
        'byte 0xE9 is not valid UTF-8: the file mixes UTF-8 with another encoding; save it as UTF-8 and import it again',
      );
    },
  );

  it.each([
    ['little-endian', [0xff, 0xfe, ...utf16('id,é\n1,ü\n', 'le')]],
    ['big-endian', [0xfe, 0xff, ...utf16('id,é\n1,ü\n', 'be')]],
  ])('decodes UTF-16 with a %s byte order mark', async (_order, bytes) => {
    for (const size of CHUNKS) {
      expect(await decodeAll(new Uint8Array(bytes), size)).toMatchObject({ text: 'id,é\n1,ü\n', notices: [] });
    }
  });

  it.each([
    ['utf-16le', 'le'],
    ['utf-16be', 'be'],
  ] as const)('detects %s without a byte order mark from its NUL bytes, saying so', async (name, order) => {
    const result = await decodeAll(new Uint8Array(utf16('conversation_id,text\n1,hello\n', order)), 3);
    expect(result.text).toBe('conversation_id,text\n1,hello\n');
    expect(result.notices).toEqual([
      { line: 1, reason: `the file has no byte order mark but its bytes are UTF-16 (${name}): read as UTF-16` },
    ]);
  });

  it.each(CHUNKS)(
    'removes a stray NUL inside a UTF-8 line, reports its line and keeps every later line (chunks of %s)',
    async (size) => {
      const bytes = new Uint8Array([
        ...utf8('id,text\n1,he'),
        0x00,
        ...utf8('llo\n2,olá\n3,x'),
        0x00,
        0x00,
        ...utf8('y\n'),
      ]);
      const result = await decodeAll(bytes, size);
      expect(result.error).toBeUndefined();
      expect(result.text).toBe('id,text\n1,hello\n2,olá\n3,xy\n');
      expect(result.notices).toEqual([
        { line: 2, reason: 'NUL characters (byte 0x00) were removed from this line' },
        { line: 4, reason: 'NUL characters (byte 0x00) were removed from this line' },
      ]);
    },
  );

  it('reports the first 100 lines with NULs one by one and the rest in one notice', async () => {
    const lines = Array.from({ length: 150 }, (_, i) => `${i},a\u0000b\n`).join('');
    const result = await decodeAll(utf8(lines), 64);
    expect(result.notices).toHaveLength(101);
    expect(result.notices[99]).toEqual({ line: 100, reason: 'NUL characters (byte 0x00) were removed from this line' });
    expect(result.notices[100]).toEqual({
      line: 150,
      reason: 'NUL characters were removed from 50 more lines, up to this one',
    });
  });

  it.each([
    ['a ZIP archive (an Excel workbook is one): export the sheet as CSV', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['a PDF document', utf8('%PDF-1.7\n')],
    ['a gzip archive: unpack it first', [0x1f, 0x8b, 0x08, 0x00]],
  ])('refuses %s at line 1', async (what, bytes) => {
    const result = await decodeAll(new Uint8Array(bytes), Infinity);
    expect(result.text).toBe('');
    expect(result.error?.line).toBe(1);
    expect(result.error?.message).toBe(`the file is ${what}, not text`);
  });

  it('reports a UTF-8 file cut in the middle of a character', async () => {
    const result = await decodeAll(new Uint8Array([...utf8('a\nbé'), 0xf0, 0x9f]), Infinity);
    expect(result.text).toBe('a\nbé');
    expect(result.error?.line).toBe(2);
    expect(result.error?.message).toBe('byte 0xF0 is not valid UTF-8: the file ends in the middle of a character');
  });
});

describe('completeLength', () => {
  it.each([
    [[0x61, 0x62], 2],
    [[0x61, 0xc3], 1],
    [[0x61, 0xc3, 0xa9], 3],
    [[0x61, 0xf0, 0x9f, 0x91], 1],
    [[0xf0, 0x9f, 0x91, 0x8b], 4],
    [[0xe2, 0x82], 0],
  ])('%j → %s', (bytes, expected) => {
    expect(completeLength(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0xe9, 0x62], 1],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0x61, 0xc3, 0xa9, 0xff], 3],
    [[0x61, 0x62], 2],
  ])('%j → %s', (bytes, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
  });
});
