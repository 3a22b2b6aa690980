import { FoldedText } from './normalize';

/** Word tokens of a folded text, in parallel arrays to keep the hot path allocation-light. */
export interface Tokens {
  readonly words: string[];
  /** Folded start/end offsets of each word. */
  readonly starts: number[];
  readonly ends: number[];
  /** True when the word begins a sentence (first word, or after . ! ? or a line break). */
  readonly sentenceInitial: boolean[];
  /** True when the original word starts with an uppercase letter. */
  readonly capitalized: boolean[];
  /** True when the original word has at least two letters, all uppercase. */
  readonly upper: boolean[];
}

function isWordCode(code: number): boolean {
  // a-z, 0-9, and any non-ASCII letter left after folding (å, ä, č and other scripts).
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 &&
      code !== 0xd7 &&
      code !== 0xf7 &&
      code < 0x2000 &&
      code !== 0x2019) ||
    (code >= 0x3040 && code < 0xd800) ||
    code >= 0xf900
  );
}

function isUpperCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0xde && code !== 0xd7) ||
    (code > 0x370 &&
      String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code))
  );
}

function isLowerCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 0xdf && code <= 0xff && code !== 0xf7)
  );
}

/** . ! ? line break … ; (compared as codes: a one-character string per separator cost a tenth of tokenising). */
function isSentenceEndCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 0x2026 || code === 59;
}

/**
 * Splits folded text into words. Apostrophes and hyphens separate words, as the lexicon is tokenised
 * the same way; a lowercase-to-uppercase step in the original ("ThanksBye") also splits glued words.
 */
export function tokenize(text: FoldedText, original: string): Tokens {
  const { folded, originalIndex } = text;
  const tokens: Tokens = {
    words: [],
    starts: [],
    ends: [],
    sentenceInitial: [],
    capitalized: [],
    upper: [],
  };
  let sentenceStart = true;
  let i = 0;
  const n = folded.length;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (!isWordCode(code)) {
      if (isSentenceEndCode(code)) {
        sentenceStart = true;
      }
      i++;
      continue;
    }
    const start = i;
    // One pass classifies each original character once, for the glue split and the case counts.
    let prev = original.charCodeAt(originalIndex[start] as number);
    const capitalized = isUpperCode(prev);
    let upperCount = capitalized ? 1 : 0;
    let letterCount = capitalized || isLowerCode(prev) || prev > 0xff ? 1 : 0;
    i++;
    while (i < n && isWordCode(folded.charCodeAt(i))) {
      const here = original.charCodeAt(originalIndex[i] as number);
      const hereUpper = isUpperCode(here);
      if (hereUpper && isLowerCode(prev)) {
        break;
      }
      if (hereUpper) {
        upperCount++;
        letterCount++;
      } else if (isLowerCode(here) || here > 0xff) {
        letterCount++;
      }
      prev = here;
      i++;
    }
    tokens.words.push(folded.slice(start, i));
    tokens.starts.push(start);
    tokens.ends.push(i);
    tokens.sentenceInitial.push(sentenceStart);
    tokens.capitalized.push(capitalized);
    tokens.upper.push(letterCount >= 2 && upperCount === letterCount);
    sentenceStart = false;
  }
  return tokens;
}
