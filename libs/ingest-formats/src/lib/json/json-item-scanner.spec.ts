import type { JsonItem } from './json-item-scanner';
import { JsonItemScanner } from './json-item-scanner';

function scan(text: string, size: number, max = 1000, keys = ['tickets']): JsonItem[] {
  const scanner = new JsonItemScanner(keys, max);
  const items: JsonItem[] = [];
  const drain = (): void => {
    for (let item = scanner.next(); item !== undefined; item = scanner.next()) {
      items.push(item);
    }
  };
  const step = Number.isFinite(size) ? size : text.length;
  for (let i = 0; i < text.length; i += step) {
    scanner.push(text.slice(i, i + step));
    drain();
  }
  scanner.end();
  drain();
  return items;
}

describe('JsonItemScanner', () => {
  const sizes = [1, 3, 7, Infinity];

  it.each(sizes)('cuts the elements of a top-level array (chunks of %s)', (size) => {
    const text = '[\n  {"id": 1, "body": "a ] } \\" tricky"},\n  {"id": 2, "nested": {"list": [1, 2]}}\n]\n';
    expect(scan(text, size)).toEqual([
      { line: 2, item: 1, raw: '{"id": 1, "body": "a ] } \\" tricky"}' },
      { line: 3, item: 2, raw: '{"id": 2, "nested": {"list": [1, 2]}}' },
    ]);
  });

  it.each(sizes)('cuts the items of wrapper pages, skipping the other keys (chunks of %s)', (size) => {
    const text =
      '{"count": 2, "meta": {"tickets": "no"},\n "tickets": [{"id": 1}, {"id": 2}], "next_page": null}\n' +
      '{"tickets": [\n{"id": 3}\n]}';
    expect(scan(text, size)).toEqual([
      { line: 2, item: 1, raw: '{"id": 1}', key: 'tickets' },
      { line: 2, item: 2, raw: '{"id": 2}', key: 'tickets' },
      { line: 4, item: 3, raw: '{"id": 3}', key: 'tickets' },
    ]);
  });

  it.each(sizes)('cuts every wrapper array of a page, each item with its key (chunks of %s)', (size) => {
    const text =
      '{"tickets": [{"id": 1}], "users": [{"id": 9}], "groups": [{"id": 5, "name": "a]"}], "next_page": null}\n' +
      '{"count": 0, "brands": [\n{"id": 7}]}';
    expect(scan(text, size, 1000, ['tickets', 'groups', 'brands'])).toEqual([
      { line: 1, item: 1, raw: '{"id": 1}', key: 'tickets' },
      { line: 1, item: 2, raw: '{"id": 5, "name": "a]"}', key: 'groups' },
      { line: 3, item: 3, raw: '{"id": 7}', key: 'brands' },
    ]);
  });

  it.each(sizes)('reads objects one after another (chunks of %s)', (size) => {
    expect(scan('{"id": 1}\n{"id": 2,\n "x": "é"}\n', size)).toEqual([
      { line: 1, item: 1, raw: '{"id": 1}' },
      { line: 2, item: 2, raw: '{"id": 2,\n "x": "é"}' },
    ]);
  });

  it.each(sizes)('handles escaped backslashes and counts raw line breaks inside broken strings (chunks of %s)', (size) => {
    const text = '[{"path": "C:\\\\temp\\\\", "q": "\\"\\\\"}, {"bad": "raw\nbreak"},\n{"id": 3}]';
    expect(scan(text, size)).toEqual([
      { line: 1, item: 1, raw: '{"path": "C:\\\\temp\\\\", "q": "\\"\\\\"}' },
      { line: 1, item: 2, raw: '{"bad": "raw\nbreak"}' },
      { line: 3, item: 3, raw: '{"id": 3}' },
    ]);
  });

  it('passes scalar and malformed elements on for JSON.parse to reject', () => {
    expect(scan('[{"id": 1}, 42, nope, "text"]', Infinity)).toEqual([
      { line: 1, item: 1, raw: '{"id": 1}' },
      { line: 1, item: 2, raw: '42' },
      { line: 1, item: 3, raw: 'nope' },
      { line: 1, item: 4, raw: '"text"' },
    ]);
  });

  it('refuses a file that is not JSON', () => {
    expect(scan('id,text\n1,hello\n', Infinity)).toEqual([
      { line: 1, item: 1, error: 'expected a JSON array or object, found "i"', fatal: true },
    ]);
  });

  it('reports a file cut inside an item', () => {
    expect(scan('[{"id": 1},\n{"id": 2, "body": "cut', Infinity)).toEqual([
      { line: 1, item: 1, raw: '{"id": 1}' },
      { line: 2, item: 2, error: 'the file ends inside this item (unclosed brackets or string)' },
    ]);
  });

  it('reports a missing closing bracket', () => {
    expect(scan('[{"id": 1}\n', Infinity)).toEqual([
      { line: 1, item: 1, raw: '{"id": 1}' },
      { line: 2, item: 2, error: 'the file ends before the closing ] of the array' },
    ]);
  });

  it.each([1, 16])('rejects an item over the size limit without keeping it (chunks of %s)', (size) => {
    const big = `{"id": 2, "body": "${'x'.repeat(100)}"}`;
    expect(scan(`[{"id": 1}, ${big}, {"id": 3}]`, size, 50)).toEqual([
      { line: 1, item: 1, raw: '{"id": 1}' },
      { line: 1, item: 2, error: 'item is larger than 50 characters' },
      { line: 1, item: 3, raw: '{"id": 3}' },
    ]);
  });
});
