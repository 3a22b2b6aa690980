import fc from 'fast-check';
import { ELD_BYTE_CHARS, ELD_LANGUAGES, ELD_NGRAMS } from '../language/ngram/eld-ngrams.data';
import { detectByNgrams, separateWords } from '../language/ngram/ngram-detector';
import { LEXICONS, WORD_INDEX } from '../language/lexicons';
import { matchLexicon } from '../lexicon/match';
import { foldText } from '../text/normalize';
import { tokenize, Tokens } from '../text/tokenize';
import { SUPPORTED_CHAT_SET } from '../language/language-id.fixtures';

/**
 * The throughput rewrites of scorer 2.0.0 must not change a single reading: each is compared here, on random text
 * (seeded), with the straightforward version it replaced, kept as the reference.
 */
const SEED = 20261208;

/** Support-like text: words of the fixtures and lexicons, typos, glued words, accents, emoji, punctuation. */
function supportText(): fc.Arbitrary<string> {
  const words = SUPPORTED_CHAT_SET.flatMap((s) => s.text.split(/\s+/)).slice(0, 400);
  const lexiconWords = [...LEXICONS.values()].flatMap((l) => [...l.byFirstWord.keys()].slice(0, 60));
  const word = fc.oneof(
    fc.constantFrom(...words, ...lexiconWords),
    fc.constantFrom(...lexiconWords).map((w) => (w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w)),
    fc.tuple(fc.constantFrom(...lexiconWords), fc.constantFrom(...words)).map(([a, b]) => a + b),
    fc.constantFrom('ß', 'İstanbul', 'ÆØÅ', '😀', 'ﬁ', 'Σίσυφος', '中文', 'İ', "don't", '’', '!!', '?', '.', '\n'),
  );
  return fc.array(word, { maxLength: 30 }).map((parts) => parts.join(' '));
}

/** foldText as it was: one array push per folded character. */
function referenceFold(text: string): { folded: string; originalIndex: number[] } {
  const out: string[] = [];
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      out.push(' ');
      index.push(i);
      i++;
      continue;
    }
    // Each character folded on its own is what the fast paths must reproduce.
    const folded = foldText(text[i] as string).folded;
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k] as string);
      index.push(i);
    }
  }
  index.push(text.length);
  return { folded: out.join(''), originalIndex: index };
}

/** tokenize as it was: a pass to find the word's end, then a second pass over its characters to count the case. */
function referenceTokenize(folded: string, originalIndex: Int32Array, original: string): Tokens {
  const isWord = (c: number): boolean =>
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000 && c !== 0x2019) ||
    (c >= 0x3040 && c < 0xd800) ||
    c >= 0xf900;
  const isUpper = (c: number): boolean =>
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
    (c > 0x370 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
  const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
  const at = (k: number): number => original.charCodeAt(originalIndex[k] as number);
  const t: Tokens = { words: [], starts: [], ends: [], sentenceInitial: [], capitalized: [], upper: [] };
  let sentenceStart = true;
  let i = 0;
  while (i < folded.length) {
    if (!isWord(folded.charCodeAt(i))) {
      sentenceStart ||= ['.', '!', '?', '\n', '…', ';'].includes(folded[i] as string);
      i++;
      continue;
    }
    const start = i++;
    while (i < folded.length && isWord(folded.charCodeAt(i)) && !(isLower(at(i - 1)) && isUpper(at(i)))) {
      i++;
    }
    let upper = 0;
    let letters = 0;
    for (let k = start; k < i; k++) {
      upper += isUpper(at(k)) ? 1 : 0;
      letters += isUpper(at(k)) || isLower(at(k)) || at(k) > 0xff ? 1 : 0;
    }
    t.words.push(folded.slice(start, i));
    t.starts.push(start);
    t.ends.push(i);
    t.sentenceInitial.push(sentenceStart);
    t.capitalized.push(isUpper(at(start)));
    t.upper.push(letters >= 2 && upper === letters);
    sentenceStart = false;
  }
  return t;
}

/** eld's scoring with a Map of string n-grams, as the detector did before its packed hash table. */
function referenceTotals(table: Map<string, [number, number][]>, text: string): { totals: number[]; grams: number } {
  const str = separateWords(text.slice(0, 1000)).trim().toLowerCase();
  const words: string[] = [];
  let word = '';
  let count = 0;
  for (const ch of str) {
    const code = ch.codePointAt(0) as number;
    if (code === 32) {
      if (word !== '') {
        words.push(word);
        word = '';
      }
      if (count > 350) {
        break;
      }
    }
    const utf8 = code < 0x80 ? [code] : [...Buffer.from(ch, 'utf8')];
    if (code !== 32) {
      word += code < 0x80 ? ch : utf8.map((b) => ELD_BYTE_CHARS[b] as string).join('');
    }
    count += utf8.length;
    if (count > 380) {
      break;
    }
  }
  if (word !== '') {
    words.push(word);
  }
  const grams = new Set<string>();
  for (const w of words) {
    const len = Math.min(w.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) {
      grams.add((j === 0 ? ' ' : '') + w.substring(j, j + 4));
    }
    grams.add((j === 0 ? ' ' : '') + w.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  const totals = new Array<number>(ELD_LANGUAGES.length).fill(0);
  grams.forEach((g) => table.get(g)?.forEach(([lang, score]) => (totals[lang] = (totals[lang] as number) + score)));
  return { totals, grams: grams.size };
}

describe('throughput rewrites agree with the straightforward versions', () => {
  it('folds text as character-by-character folding did', () => {
    fc.assert(
      fc.property(supportText(), (text) => {
        const fast = foldText(text);
        const reference = referenceFold(text);
        expect(fast.folded).toBe(reference.folded);
        expect([...fast.originalIndex]).toEqual(reference.originalIndex);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('folds texts longer than the reused offset buffer as character-by-character folding did', () => {
    fc.assert(
      fc.property(fc.array(supportText(), { minLength: 20, maxLength: 60 }), (parts) => {
        const text = parts.join('ß ');
        const fast = foldText(text);
        const reference = referenceFold(text);
        expect(fast.folded).toBe(reference.folded);
        expect([...fast.originalIndex]).toEqual(reference.originalIndex);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('tokenises as the two-pass tokeniser did', () => {
    const mixedCase = fc
      .tuple(supportText(), fc.array(fc.boolean(), { maxLength: 200 }))
      .map(([text, caps]) => [...text].map((c, i) => (caps[i % caps.length] ? c.toUpperCase() : c)).join(''));
    fc.assert(
      fc.property(fc.oneof(supportText(), mixedCase), (text) => {
        const folded = foldText(text);
        expect(tokenize(folded, text)).toEqual(referenceTokenize(folded.folded, folded.originalIndex, text));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('finds the same lexicon hits with the shared word index as with each lexicon on its own', () => {
    fc.assert(
      fc.property(supportText(), fc.boolean(), (text, tolerant) => {
        const tokens = tokenize(foldText(text), text);
        const lookup = WORD_INDEX.lookUp(tokens);
        LEXICONS.forEach((lexicon) => {
          expect(matchLexicon(tokens, lexicon, tolerant, lookup)).toEqual(matchLexicon(tokens, lexicon, tolerant));
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('identifies languages as the string n-gram map did', () => {
    const table = new Map<string, [number, number][]>();
    for (const line of ELD_NGRAMS.split('\n')) {
      const [key, values] = line.split('\t');
      table.set(
        key as string,
        (values as string).split(',').map((pair) => {
          const [lang, score] = pair.split(':');
          return [Number(lang), Number(score) + 53];
        }),
      );
    }
    fc.assert(
      fc.property(supportText(), (text) => {
        const { totals, grams } = referenceTotals(table, text);
        const best = totals.reduce((b, v, i) => (v > 0 && (b < 0 || v > (totals[b] as number)) ? i : b), -1);
        const found = detectByNgrams(text);
        expect(found.language).toBe(best < 0 ? '' : ELD_LANGUAGES[best]);
        if (best >= 0) {
          const perGram = (totals[best] as number) / grams;
          expect(found.score).toBeCloseTo(perGram / (perGram + 25), 12);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
