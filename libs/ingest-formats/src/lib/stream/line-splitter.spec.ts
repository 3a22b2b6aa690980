import { LineSplitter } from './line-splitter';

function split(text: string, size: number, max = 100): unknown[] {
  const splitter = new LineSplitter(max);
  const lines: unknown[] = [];
  const drain = (): void => {
    for (let line = splitter.next(); line !== undefined; line = splitter.next()) {
      lines.push(line);
    }
  };
  const step = Number.isFinite(size) ? size : text.length;
  for (let i = 0; i < text.length; i += step) {
    splitter.push(text.slice(i, i + step));
    drain();
  }
  splitter.end();
  drain();
  return lines;
}

describe('LineSplitter', () => {
  it.each([1, 2, 5, Infinity])('splits LF and CRLF lines in chunks of %s', (size) => {
    expect(split('a\r\nbb\n\nc', size)).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'bb' },
      { line: 3, text: '' },
      { line: 4, text: 'c' },
    ]);
  });

  it.each([1, 4, Infinity])('reports and skips a line over the limit (chunks of %s)', (size) => {
    expect(split(`ok\n${'x'.repeat(12)}\nfine\n`, size, 10)).toEqual([
      { line: 1, text: 'ok' },
      { line: 2, tooLong: true },
      { line: 3, text: 'fine' },
    ]);
  });
});
