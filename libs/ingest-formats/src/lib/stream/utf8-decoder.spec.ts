import { collect, inChunks, utf8 } from '../../fixtures/feed';
import { ByteCounter, completeLength, decodeUtf8, EncodingError, firstInvalidUtf8 } from './utf8-decoder';

async function decodeAll(bytes: Uint8Array, size: number): Promise<{ text: string; error?: EncodingError; bytes: number }> {
  const counter = new ByteCounter();
  let text = '';
  try {
    for await (const chunk of decodeUtf8(inChunks(bytes, size), counter)) {
      text += chunk;
    }
  } catch (error) {
    if (error instanceof EncodingError) {
      return { text, error, bytes: counter.bytes };
    }
    throw error;
  }
  return { text, bytes: counter.bytes };
}

describe('decodeUtf8', () => {
  const sample = 'héllo 👋\r\nمرحبا\nשלום 🙂\n';

  it.each([1, 2, 3, 5, 7, Infinity])('decodes multi-byte characters split across chunks of %s bytes', async (size) => {
    const bytes = utf8(sample);
    expect(await decodeAll(bytes, size)).toEqual({ text: sample, bytes: bytes.length });
  });

  it.each([1, 2, Infinity])('drops a UTF-8 byte order mark (chunks of %s)', async (size) => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id\n1\n')]);
    expect((await decodeAll(bytes, size)).text).toBe('id\n1\n');
  });

  it('accepts string chunks and strips their BOM', async () => {
    const counter = new ByteCounter();
    const text = (await collect(decodeUtf8(['\uFEFFa,é\n', 'b\n'], counter))).join('');
    expect({ text, bytes: counter.bytes }).toEqual({ text: 'a,é\nb\n', bytes: 10 });
  });

  it.each([1, 7, Infinity])('stops at a Latin-1 byte with its line and a hint, keeping the text before (chunks of %s)', async (size) => {
    const bytes = new Uint8Array([...utf8('id,text\n1,ok\n2,caf'), 0xe9, ...utf8('\n3,more\n')]);
    const result = await decodeAll(bytes, size);
    expect(result.text).toBe('id,text\n1,ok\n2,caf');
    expect(result.error?.line).toBe(3);
    expect(result.error?.message).toBe(
      'byte 0xE9 is not valid UTF-8: the file looks Latin-1 / Windows-1252 encoded; save it as UTF-8 and import it again',
    );
  });

  it.each([
    ['little-endian', [0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]],
  ])('refuses UTF-16 with a %s byte order mark at line 1', async (order, bytes) => {
    const result = await decodeAll(new Uint8Array(bytes), Infinity);
    expect(result.error?.line).toBe(1);
    expect(result.error?.message).toBe(`the file is UTF-16 (${order} byte order mark), not UTF-8: save it as UTF-8 and import it again`);
  });

  it('refuses UTF-16 without a byte order mark (NUL bytes)', async () => {
    const result = await decodeAll(new Uint8Array([0x69, 0x00, 0x64, 0x00, 0x0a, 0x00]), 3);
    expect(result.error?.line).toBe(1);
    expect(result.error?.message).toMatch(/NUL bytes: it looks UTF-16 encoded or binary/);
  });

  it('reports a file cut in the middle of a character', async () => {
    const result = await decodeAll(new Uint8Array([...utf8('a\nb'), 0xf0, 0x9f]), Infinity);
    expect(result.text).toBe('a\nb');
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
