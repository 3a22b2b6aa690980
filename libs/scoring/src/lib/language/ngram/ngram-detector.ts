/**
 * Byte n-gram language identification, a port of Nito-ELD (Apache-2.0, see NOTICE.md). Chosen after measuring
 * franc, tinyld, languagedetect and eld on short support messages (libs/scoring/VALIDATION.md).
 */
import { ELD_BYTE_CHARS, ELD_LANGUAGES, ELD_NGRAMS } from './eld-ngrams.data';

/** eld stores scores minus this base to keep the database small. */
const BASE_NGRAM_SCORE = 53;
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
const MAX_WORD_BYTES = 70;
const SCORE_SCALE = 25;

/** Average top score of a correct detection per language (from eld), used by the reliability test. */
const AVERAGE_SCORE: Readonly<Record<string, number>> = {
  am: 0.832,
  ar: 0.845,
  az: 0.804,
  be: 0.841,
  bg: 0.838,
  bn: 0.876,
  ca: 0.762,
  cs: 0.759,
  da: 0.77,
  de: 0.777,
  el: 0.801,
  en: 0.777,
  es: 0.771,
  et: 0.779,
  eu: 0.746,
  fa: 0.831,
  fi: 0.784,
  fr: 0.783,
  gu: 0.872,
  he: 0.803,
  hi: 0.883,
  hr: 0.77,
  hu: 0.752,
  hy: 0.802,
  is: 0.788,
  it: 0.784,
  ja: 0.796,
  ka: 0.893,
  kn: 0.875,
  ko: 0.764,
  ku: 0.853,
  lo: 0.873,
  lt: 0.777,
  lv: 0.789,
  ml: 0.874,
  mr: 0.884,
  ms: 0.774,
  nl: 0.77,
  no: 0.75,
  or: 0.872,
  pa: 0.873,
  pl: 0.768,
  pt: 0.78,
  ro: 0.771,
  ru: 0.833,
  sk: 0.763,
  sl: 0.771,
  sq: 0.762,
  sr: 0.802,
  sv: 0.777,
  ta: 0.871,
  te: 0.883,
  th: 0.824,
  tl: 0.756,
  tr: 0.777,
  uk: 0.82,
  ur: 0.833,
  vi: 0.792,
  yo: 0.731,
  zh: 0.756,
};

interface NgramTable {
  /** For each n-gram: its first pair in `pairs` times 64 plus its pair count (at most 60 languages). */
  readonly slots: ReadonlyMap<string, number>;
  /** Flat [languageIndex, score + base, ...] for all n-grams. */
  readonly pairs: Int32Array;
}

function parseTable(data: string): NgramTable {
  // Hand-rolled scan into one typed array: runs once at load over ~1.4 MB, where split() and per-gram arrays
  // would allocate hundreds of thousands of objects.
  const slots = new Map<string, number>();
  const pairs = new Int32Array(data.length / 2);
  let used = 0;
  let pos = 0;
  while (pos < data.length) {
    const tab = data.indexOf('\t', pos);
    const key = data.slice(pos, tab);
    pos = tab + 1;
    const first = used;
    let value = 0;
    for (;;) {
      const code = pos < data.length ? data.charCodeAt(pos) : 10;
      pos++;
      if (code === 58) {
        pairs[used++] = value;
        value = 0;
      } else if (code === 44 || code === 10) {
        pairs[used++] = value + BASE_NGRAM_SCORE;
        value = 0;
        if (code === 10) {
          break;
        }
      } else {
        value = value * 10 + (code - 48);
      }
    }
    slots.set(key, (first / 2) * 64 + (used - first) / 2);
  }
  return { slots, pairs: pairs.slice(0, used) };
}

const TABLE: NgramTable = parseTable(ELD_NGRAMS);

/** Runs of non-letters separate words, except the apostrophes ending a run (kept inside "don't"). */
const NON_LETTERS = /[^\p{L}]+/gu;

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x60 || code === 0x2019;
}

/**
 * Each run of non-letters becomes one space followed by the apostrophes that ended it; a run of apostrophes only is
 * kept. (A lookbehind after the run did the same but rescanned an apostrophe run from each of its characters.)
 */
export function separateWords(text: string): string {
  return text.replace(NON_LETTERS, (run) => {
    let kept = run.length;
    while (kept > 0 && isApostrophe(run.charCodeAt(kept - 1))) {
      kept--;
    }
    return kept === 0 ? run : ` ${run.slice(kept)}`;
  });
}

/** Lowercased words encoded byte-per-character the way the database keys are. */
function encodeWords(text: string): string[] {
  const str = separateWords(text).trim().toLowerCase();
  const words: string[] = [];
  let encoded = '';
  let bytes = 0;
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (bytes > CUT_AFTER_BYTES) {
          break;
        }
      } else {
        encoded += str[i] as string;
      }
      bytes++;
    } else if (code < 0x800) {
      encoded += byteChar(0xc0 | (code >> 6)) + byteChar(0x80 | (code & 0x3f));
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded +=
        byteChar(0xe0 | (code >> 12)) +
        byteChar(0x80 | ((code >> 6) & 0x3f)) +
        byteChar(0x80 | (code & 0x3f));
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      encoded +=
        byteChar(0xf0 | (code >> 18)) +
        byteChar(0x80 | ((code >> 12) & 0x3f)) +
        byteChar(0x80 | ((code >> 6) & 0x3f)) +
        byteChar(0x80 | (code & 0x3f));
      bytes += 4;
    }
    if (bytes > ENFORCE_CUT_AFTER_BYTES) {
      break;
    }
  }
  if (encoded !== '') {
    words.push(encoded);
  }
  return words;
}

function byteChar(byte: number): string {
  return ELD_BYTE_CHARS[byte] as string;
}

function byteNgrams(words: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) {
      grams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    }
    grams.add(
      (j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ',
    );
  }
  return grams;
}

export interface NgramDetection {
  /** ISO 639-1 code, or '' when nothing matched. */
  readonly language: string;
  /** Top score normalised by the number of n-grams (eld's scale). */
  readonly score: number;
  /** Second-best language and its normalised score. */
  readonly runnerUp: string;
  readonly runnerUpScore: number;
  readonly reliable: boolean;
}

export function detectByNgrams(text: string): NgramDetection {
  const grams = byteNgrams(
    encodeWords(text.length > 1000 ? text.slice(0, 1000) : text),
  );
  const totals = new Float64Array(ELD_LANGUAGES.length);
  const { slots, pairs } = TABLE;
  for (const gram of grams) {
    const slot = slots.get(gram);
    if (slot !== undefined) {
      const start = (slot >>> 6) * 2;
      const end = start + (slot & 63) * 2;
      for (let k = start; k < end; k += 2) {
        totals[pairs[k] as number] += pairs[k + 1] as number;
      }
    }
  }
  let best = -1;
  let second = -1;
  for (let i = 0; i < totals.length; i++) {
    const value = totals[i] as number;
    if (value <= 0) {
      continue;
    }
    if (best < 0 || value > (totals[best] as number)) {
      second = best;
      best = i;
    } else if (second < 0 || value > (totals[second] as number)) {
      second = i;
    }
  }
  if (best < 0) {
    return {
      language: '',
      score: 0,
      runnerUp: '',
      runnerUpScore: 0,
      reliable: false,
    };
  }
  // eld's scale: mean score per n-gram, squashed into 0–1.
  const squash = (total: number): number => {
    const perGram = total / grams.size;
    return perGram / (perGram + SCORE_SCALE);
  };
  const language = ELD_LANGUAGES[best] as string;
  const score = squash(totals[best] as number);
  const runnerUpScore = second >= 0 ? squash(totals[second] as number) : 0;
  const reliable =
    grams.size >= 3 &&
    score >= (AVERAGE_SCORE[language] ?? 0.77) * 0.75 &&
    score - runnerUpScore >= 0.01;
  return {
    language,
    score,
    runnerUp: second >= 0 ? (ELD_LANGUAGES[second] as string) : '',
    runnerUpScore,
    reliable,
  };
}
