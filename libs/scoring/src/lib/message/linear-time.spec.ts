import fc from 'fast-check';
import { LexiconEntry } from '../lexicon/compile';
import { dropContained, LexiconMatch } from '../lexicon/match';
import { separateWords } from '../language/ngram/ngram-detector';
import { foldText } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { readability } from './surface-signals';

/**
 * The linear rewrites must give what the quadratic originals gave: each original is kept here as the reference and
 * compared on random inputs (seeded, so a failure reproduces).
 */
const SEED = 20261207;

describe('linear-time rewrites agree with the originals', () => {
  it('dropContained keeps the same matches as the pairwise scan', () => {
    const entry: LexiconEntry = { category: 'thanks', words: ['x'], pattern: 'x' };
    const reference = (matches: LexiconMatch[]) => {
      const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
      const kept: LexiconMatch[] = [];
      for (const m of sorted) {
        if (!kept.some((k) => m.first >= k.first && m.last <= k.last && m.last - m.first < k.last - k.first)) {
          kept.push(m);
        }
      }
      return kept;
    };
    const match = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 5 }))
      .map(([first, length]): LexiconMatch => ({ entry, first, last: first + length, approximate: false }));
    fc.assert(
      fc.property(fc.array(match, { maxLength: 40 }), (matches) => {
        expect(dropContained(matches)).toEqual(reference(matches));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('separates words as the look-behind pattern did', () => {
    const original = /[^\p{L}]+(?<![\x27\x60\u2019])/gu;
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', ' ', "'", '`', '’', '1', '-', '\n', '😀', '\ud800', '中', '𝐀', 'Σ', '\u3000'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (value) => {
        expect(separateWords(value)).toBe(value.replace(original, ' '));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('counts sentences for readability as the pattern without look-behind did', () => {
    const original = /[.!?]+(\s|$)|\n+/g;
    const text = fc.string({
      unit: fc.constantFrom('word ', 'longerword ', '.', '!', '?', ' ', '\n', 'a'),
      minLength: 12,
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, (value) => {
        const tokens = tokenize(foldText(value), value);
        const words = tokens.words.length;
        const sentences = Math.max(1, (value.match(original) ?? []).length);
        const long = tokens.words.filter((w) => w.length > 6).length;
        const expected = words < 12 ? null : words / sentences + (100 * long) / words;
        expect(readability(value, tokens)).toBe(expected);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
