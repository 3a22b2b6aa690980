import { CompiledLexicon } from '../lexicon/compile';
import { Tokens } from '../text/tokenize';

export interface Span {
  readonly start: number;
  readonly end: number;
}

const MIN_SHOUT_RUN = 3;
const SHOUT_SHARE = 0.7;
const MIN_SHOUT_WORDS = 5;

/** A run of capitalised words ("THIS IS UNACCEPTABLE"); single acronyms (SMS, VAT) are not shouting. */
export function findShouting(tokens: Tokens, index: Int32Array): Span | null {
  if (!tokens.upper.includes(true)) {
    return null;
  }
  let best: [number, number] | null = null;
  let runStart = -1;
  let upperWords = 0;
  let letterWords = 0;
  const n = tokens.words.length;
  for (let i = 0; i <= n; i++) {
    const word = tokens.words[i];
    const isLetters = word !== undefined && /\D/.test(word);
    if (isLetters) {
      letterWords++;
    }
    const upper = i < n && tokens.upper[i] === true;
    if (upper) {
      upperWords++;
      if (runStart < 0) {
        runStart = i;
      }
    } else if (runStart >= 0 || i === n) {
      if (
        runStart >= 0 &&
        i - runStart >= MIN_SHOUT_RUN &&
        (!best || i - runStart > best[1] - best[0])
      ) {
        best = [runStart, i];
      }
      runStart = -1;
    }
  }
  if (
    !best &&
    letterWords >= MIN_SHOUT_WORDS &&
    upperWords / letterWords >= SHOUT_SHARE
  ) {
    best = [0, n];
  }
  if (!best) {
    return null;
  }
  return {
    start: index[tokens.starts[best[0]] as number] as number,
    end: index[tokens.ends[best[1] - 1] as number] as number,
  };
}

/**
 * Traces of machine translation or unfilled templates: "XNUMX" number placeholders, {{name}} / %s / [NAME]
 * placeholders and HTML entities that reached the customer. A bracketed placeholder is short: bounding what may
 * follow its name keeps "[NAME[NAME[NAME…" linear (unbounded, every opening bracket rescanned the rest of the text).
 */
const ARTEFACT =
  /XNUMX|\{\{?\s*[A-Za-z_]+\s*\}\}?|%[sd]\b|\[(?:NAME|CUSTOMER|AGENT|FIRST_?NAME|CUSTOMER_NAME)[^\]]{0,80}\]|&(?:amp|quot|#39|lt|gt|nbsp);/g;

/** Every artefact starts with one of these: a text without any of them is not searched. */
const ARTEFACT_FIRST = ['X', '{', '%', '[', '&'];

export function findArtefacts(text: string): Span[] {
  const spans: Span[] = [];
  if (!ARTEFACT_FIRST.some((c) => text.includes(c))) {
    return spans;
  }
  for (const m of text.matchAll(ARTEFACT)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The sentence holding a question: a question mark, or a question word opening the message. */
export function isQuestion(
  text: string,
  tokens: Tokens,
  index: Int32Array,
  lexicons: readonly CompiledLexicon[],
): Span | null {
  const mark = text.indexOf('?');
  if (mark >= 0) {
    let start = mark;
    while (start > 0 && !'.!?\n'.includes(text[start - 1] as string)) {
      start--;
    }
    while (start < mark && /\s/.test(text[start] as string)) {
      start++;
    }
    return { start, end: mark + 1 };
  }
  const first = tokens.words[0];
  if (
    first !== undefined &&
    tokens.words.length >= 3 &&
    lexicons.some((l) => l.questionWords.has(first))
  ) {
    return {
      start: index[tokens.starts[0] as number] as number,
      end: text.length,
    };
  }
  return null;
}

const LONG_WORD = 6;
/** A run of . ! ? ending a sentence, tried only where the run starts, so a long run is read once, not once per mark. */
const SENTENCE_END = /(?<![.!?])[.!?]+(\s|$)|\n+/g;
const MIN_WORDS_FOR_LIX = 12;

/** LIX (Björnsson): words per sentence plus the share of long words; comparable across European languages. */
export function readability(text: string, tokens: Tokens): number | null {
  const words = tokens.words.length;
  if (words < MIN_WORDS_FOR_LIX) {
    return null;
  }
  const sentences = Math.max(1, (text.match(SENTENCE_END) ?? []).length);
  const long = tokens.words.filter((w) => w.length > LONG_WORD).length;
  return words / sentences + (100 * long) / words;
}
