import { placeSpan, toHighlightSegments } from './highlight-segments';

interface Ev {
  id: string;
  start: number;
  end: number;
}

const ev = (id: string, start: number, end: number): Ev => ({ id, start, end });

/** Segments as [text, evidence ids] pairs: easy to read in a table. */
function shape(text: string, evidence: Ev[]): Array<[string, string[]]> {
  return toHighlightSegments(text, evidence).map((segment) => [segment.text, segment.evidence.map((item) => item.id)]);
}

describe('toHighlightSegments', () => {
  it.each<[string, string, Ev[], Array<[string, string[]]>]>([
    ['no evidence: one plain segment', 'Hello there', [], [['Hello there', []]]],
    ['one span in the middle', 'Hello there', [ev('a', 6, 11)], [['Hello ', []], ['there', ['a']]]],
    ['a span covering the whole text', 'Rude.', [ev('a', 0, 5)], [['Rude.', ['a']]]],
    ['two separate spans', 'ab cd ef', [ev('a', 0, 2), ev('b', 6, 8)], [['ab', ['a']], [' cd ', []], ['ef', ['b']]]],
    ['adjacent spans stay apart', 'abcd', [ev('a', 0, 2), ev('b', 2, 4)], [['ab', ['a']], ['cd', ['b']]]],
    [
      'overlapping spans split into shared and own parts',
      'abcdefgh',
      [ev('a', 1, 5), ev('b', 3, 7)],
      [['a', []], ['bc', ['a']], ['de', ['a', 'b']], ['fg', ['b']], ['h', []]],
    ],
    ['one span inside another', 'abcdef', [ev('outer', 0, 6), ev('inner', 2, 4)], [['ab', ['outer']], ['cd', ['outer', 'inner']], ['ef', ['outer']]]],
    ['identical spans both listed', 'abc', [ev('a', 0, 3), ev('b', 0, 3)], [['abc', ['a', 'b']]]],
    ['an end past the text is clamped', 'abc', [ev('a', 1, 99)], [['a', []], ['bc', ['a']]]],
    ['a negative start is clamped', 'abc', [ev('a', -4, 2)], [['ab', ['a']], ['c', []]]],
    ['a span wholly past the end is dropped', 'abc', [ev('a', 3, 9)], [['abc', []]]],
    ['an empty span is dropped', 'abc', [ev('a', 1, 1)], [['abc', []]]],
    ['a reversed span is dropped', 'abc', [ev('a', 2, 1)], [['abc', []]]],
    ['non-integer offsets are dropped', 'abc', [ev('a', 0.5, 2)], [['abc', []]]],
    ['NaN offsets are dropped', 'abc', [ev('a', Number.NaN, 2)], [['abc', []]]],
  ])('%s', (_case, text, evidence, expected) => {
    expect(shape(text, evidence)).toEqual(expected);
  });

  it('returns nothing for an empty message, even with evidence', () => {
    expect(toHighlightSegments('', [ev('a', 0, 3)])).toEqual([]);
  });

  // '👍' is two UTF-16 code units (\uD83D\uDC4D): offsets count code units, as the API's do.
  it('highlights an emoji by its UTF-16 offsets', () => {
    expect(shape('ok 👍 thanks', [ev('a', 3, 5)])).toEqual([
      ['ok ', []],
      ['👍', ['a']],
      [' thanks', []],
    ]);
  });

  it('widens a span that starts inside an emoji to the whole emoji', () => {
    expect(shape('a👍b', [ev('a', 2, 4)])).toEqual([
      ['a', []],
      ['👍b', ['a']],
    ]);
  });

  it('widens a span that ends inside an emoji to the whole emoji', () => {
    expect(shape('a👍b', [ev('a', 0, 2)])).toEqual([
      ['a👍', ['a']],
      ['b', []],
    ]);
  });

  it('never produces a lone surrogate, whatever the offsets', () => {
    const text = '😀😀😀 é 👩‍💻';
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        for (const segment of toHighlightSegments(text, [ev('a', start, end)])) {
          expect(segment.text).toMatch(/^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/u);
        }
      }
    }
  });

  it('gives segments whose offsets point back into the original text', () => {
    const text = 'Olá, tudo bem? 🙂 Obrigado!';
    const segments = toHighlightSegments(text, [ev('a', 5, 14), ev('b', 10, 17)]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    for (const segment of segments) {
      expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });

  it('keeps markup in the text as text', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(shape(text, [ev('a', 0, 4)])).toEqual([
      ['<img', ['a']],
      [' src=x onerror=alert(1)>', []],
    ]);
  });
});

describe('placeSpan', () => {
  it.each([
    ['inside the text', 'abcdef', { start: 1, end: 3 }, { start: 1, end: 3 }],
    ['clamped at both ends', 'abc', { start: -1, end: 10 }, { start: 0, end: 3 }],
    ['a start inside a surrogate pair moves back', 'x😀y', { start: 2, end: 3 }, { start: 1, end: 3 }],
    ['an end inside a surrogate pair moves on', 'x😀y', { start: 1, end: 2 }, { start: 1, end: 3 }],
    ['nothing left', 'abc', { start: 5, end: 6 }, null],
  ])('%s', (_case, text, span, expected) => {
    expect(placeSpan(text, span)).toEqual(expected);
  });
});
