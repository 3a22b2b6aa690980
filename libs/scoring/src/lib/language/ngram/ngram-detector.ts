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

/**
 * The n-gram database as an open-addressing hash table keyed by the n-gram's characters packed into two integers
 * (every key character is a byte character, codes 1–255, at most 6 of them): lookups hash no strings and allocate
 * nothing, where a Map of strings cost a fifth of the scoring time.
 */
interface NgramTable {
  /**
   * Cells of four integers, side by side so that a probe reads one cache line: characters 0–3 of the key (0 marks an
   * empty cell: no key character is 0), characters 4–5, and the key's first pair in `pairs` times 64 plus its pair
   * count (at most 60 languages).
   */
  readonly cells: Int32Array;
  readonly mask: number;
  /** Flat [languageIndex, score + base, ...] for all n-grams. */
  readonly pairs: Int32Array;
}

const MAX_PACKED_CHARS = 6;
const CELL = 4;

function cellOf(mask: number, low: number, high: number): number {
  return (Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1) >>> 12) & mask;
}

function tableSize(keys: number): number {
  let size = 1;
  while (size < keys * 2) {
    size *= 2;
  }
  return size;
}

function parseTable(data: string): NgramTable {
  // Hand-rolled scan into typed arrays: runs once at load over ~1.4 MB, where split() and per-gram arrays
  // would allocate hundreds of thousands of objects.
  let lines = 0;
  for (let at = data.indexOf('\n'); at >= 0; at = data.indexOf('\n', at + 1)) {
    lines++;
  }
  const size = tableSize(lines + 1);
  const mask = size - 1;
  const cells = new Int32Array(size * CELL);
  const pairs = new Int32Array(data.length / 2);
  let used = 0;
  let pos = 0;
  while (pos < data.length) {
    const tab = data.indexOf('\t', pos);
    if (tab - pos > MAX_PACKED_CHARS) {
      throw new Error(`n-gram key longer than ${MAX_PACKED_CHARS} characters`);
    }
    let low = 0;
    let high = 0;
    for (let k = 0; k < tab - pos; k++) {
      const code = data.charCodeAt(pos + k);
      if (code === 0 || code > 0xff) {
        throw new Error('n-gram key character outside 1–255');
      }
      if (k < 4) {
        low |= code << (8 * k);
      } else {
        high |= code << (8 * (k - 4));
      }
    }
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
    let cell = cellOf(mask, low, high);
    while (cells[cell * CELL] !== 0 && (cells[cell * CELL] !== low || cells[cell * CELL + 1] !== high)) {
      cell = (cell + 1) & mask;
    }
    cells[cell * CELL] = low;
    cells[cell * CELL + 1] = high;
    cells[cell * CELL + 2] = (first / 2) * 64 + (used - first) / 2;
  }
  return { cells, mask, pairs: pairs.slice(0, used) };
}

const TABLE: NgramTable = parseTable(ELD_NGRAMS);

/** The slot of a packed key, or -1 when the database does not hold it. */
function lookUp(low: number, high: number): number {
  const { cells, mask } = TABLE;
  let cell = cellOf(mask, low, high);
  for (;;) {
    const k = cells[cell * CELL] as number;
    if (k === 0) {
      return -1;
    }
    if (k === low && cells[cell * CELL + 1] === high) {
      return cells[cell * CELL + 2] as number;
    }
    cell = (cell + 1) & mask;
  }
}

const LETTER = /\p{L}/u;
/** Letter or not for the code units below TABLED_LETTERS (Latin, Greek, Cyrillic, …), worked out once at load. */
const TABLED_LETTERS = 0x3000;
const IS_LETTER: Uint8Array = Uint8Array.from({ length: TABLED_LETTERS }, (_, c) =>
  LETTER.test(String.fromCharCode(c)) ? 1 : 0,
);

/** Length in code units of the letter (a code point) at i, or 0 when the code point there is not a letter. */
function letterLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < TABLED_LETTERS) {
    return IS_LETTER[code] as number;
  }
  const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  const width = pair ? 2 : 1;
  return LETTER.test(text.slice(i, i + width)) ? width : 0;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x60 || code === 0x2019;
}

/**
 * Each run of non-letters becomes one space followed by the apostrophes that ended it; a run of apostrophes only is
 * kept. One pass over the text (a lookbehind after the run did the same but rescanned an apostrophe run from each of
 * its characters; a regex replace with a callback cost a twentieth of the scoring time).
 */
export function separateWords(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const letter = letterLength(text, i);
    if (letter > 0) {
      i += letter;
      continue;
    }
    const runStart = i;
    while (i < n && letterLength(text, i) === 0) {
      const code = text.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
    }
    let kept = i;
    while (kept > runStart && isApostrophe(text.charCodeAt(kept - 1))) {
      kept--;
    }
    if (kept > runStart) {
      out += `${text.slice(copied, runStart)} ${text.slice(kept, i)}`;
      copied = i;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Character code of each UTF-8 byte in the database keys. */
const BYTE_CODE: Uint8Array = Uint8Array.from(ELD_BYTE_CHARS, (c) => c.charCodeAt(0));
const SPACE = 32;

/**
 * Lowercased words encoded byte-per-character the way the database keys are, into a reused buffer: `bytes` holds
 * the key characters, word w spans bytes[wordStart[w], wordStart[w + 1]). At most ENFORCE_CUT_AFTER_BYTES + 4 bytes.
 */
interface EncodedWords {
  readonly bytes: Uint8Array;
  readonly wordStart: Int32Array;
  words: number;
}

const ENCODED: EncodedWords = {
  bytes: new Uint8Array(ENFORCE_CUT_AFTER_BYTES + 8),
  wordStart: new Int32Array(ENFORCE_CUT_AFTER_BYTES + 8),
  words: 0,
};

function encodeWords(text: string): EncodedWords {
  const str = separateWords(text).trim().toLowerCase();
  const { bytes: out, wordStart } = ENCODED;
  let words = 0;
  let length = 0;
  let wordOpen = false;
  let bytes = 0;
  const open = (): void => {
    if (!wordOpen) {
      wordStart[words++] = length;
      wordOpen = true;
    }
  };
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        wordOpen = false;
        if (bytes > CUT_AFTER_BYTES) {
          break;
        }
      } else {
        open();
        out[length++] = code;
      }
      bytes++;
    } else if (code < 0x800) {
      open();
      out[length++] = BYTE_CODE[0xc0 | (code >> 6)] as number;
      out[length++] = BYTE_CODE[0x80 | (code & 0x3f)] as number;
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      open();
      out[length++] = BYTE_CODE[0xe0 | (code >> 12)] as number;
      out[length++] = BYTE_CODE[0x80 | ((code >> 6) & 0x3f)] as number;
      out[length++] = BYTE_CODE[0x80 | (code & 0x3f)] as number;
      bytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      open();
      out[length++] = BYTE_CODE[0xf0 | (code >> 18)] as number;
      out[length++] = BYTE_CODE[0x80 | ((code >> 12) & 0x3f)] as number;
      out[length++] = BYTE_CODE[0x80 | ((code >> 6) & 0x3f)] as number;
      out[length++] = BYTE_CODE[0x80 | (code & 0x3f)] as number;
      bytes += 4;
    }
    if (bytes > ENFORCE_CUT_AFTER_BYTES) {
      break;
    }
  }
  wordStart[words] = length;
  ENCODED.words = words;
  return ENCODED;
}

/**
 * The distinct n-grams of the encoded words (eld's: 4 bytes every 3, a space before a word's first and after its
 * last), packed like the table keys, in a reused scratch set with generation stamps.
 */
const SEEN_SIZE = 1024;
const SEEN_MASK = SEEN_SIZE - 1;
const seenLow = new Int32Array(SEEN_SIZE);
const seenHigh = new Int32Array(SEEN_SIZE);
const seenStamp = new Int32Array(SEEN_SIZE);
let stamp = 0;
const gramSlots = new Int32Array(SEEN_SIZE);
let distinctGrams = 0;
let foundGrams = 0;

/** Adds one n-gram (characters bytes[from, to), a leading and/or trailing space) unless already seen. */
function addGram(bytes: Uint8Array, from: number, to: number, lead: boolean, trail: boolean): void {
  // Characters in order: the optional leading space, bytes[from, to), the optional trailing space.
  let low = 0;
  let high = 0;
  let k = 0;
  if (lead) {
    low = SPACE;
    k = 1;
  }
  for (let i = from; i < to; i++, k++) {
    if (k < 4) {
      low |= (bytes[i] as number) << (8 * k);
    } else {
      high |= (bytes[i] as number) << (8 * (k - 4));
    }
  }
  if (trail) {
    if (k < 4) {
      low |= SPACE << (8 * k);
    } else {
      high |= SPACE << (8 * (k - 4));
    }
  }
  let cell = cellOf(SEEN_MASK, low, high);
  while (seenStamp[cell] === stamp) {
    if (seenLow[cell] === low && seenHigh[cell] === high) {
      return;
    }
    cell = (cell + 1) & SEEN_MASK;
  }
  seenStamp[cell] = stamp;
  seenLow[cell] = low;
  seenHigh[cell] = high;
  distinctGrams++;
  const slot = lookUp(low, high);
  if (slot >= 0) {
    gramSlots[foundGrams++] = slot;
  }
}

/** Counts the distinct n-grams and collects the slots of those in the database (gramSlots[0, foundGrams)). */
function byteNgrams(encoded: EncodedWords): void {
  stamp++;
  distinctGrams = 0;
  foundGrams = 0;
  const { bytes, wordStart } = encoded;
  let longTails: Set<string> | null = null;
  for (let w = 0; w < encoded.words; w++) {
    const start = wordStart[w] as number;
    const wordLength = (wordStart[w + 1] as number) - start;
    const len = Math.min(wordLength, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) {
      addGram(bytes, start + j, start + j + 4, j === 0, false);
    }
    // The last gram runs to the word's end: more than 4 bytes only for a word longer than MAX_WORD_BYTES, which no
    // key holds; such grams still count once each.
    const from = len !== 3 ? Math.max(0, len - 4) : 0;
    if (wordLength - from + (j === 0 ? 1 : 0) + 1 > MAX_PACKED_CHARS) {
      longTails ??= new Set();
      const tail = String.fromCharCode(...bytes.subarray(start + from, start + wordLength));
      if (!longTails.has(tail)) {
        longTails.add(tail);
        distinctGrams++;
      }
    } else {
      addGram(bytes, start + from, start + wordLength, j === 0, true);
    }
  }
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

const TOTALS = new Float64Array(ELD_LANGUAGES.length);

export function detectByNgrams(text: string): NgramDetection {
  byteNgrams(encodeWords(text.length > 1000 ? text.slice(0, 1000) : text));
  // A reused scratch array: allocating a typed array per call cost more than the summing itself.
  const totals = TOTALS.fill(0);
  const { pairs } = TABLE;
  for (let g = 0; g < foundGrams; g++) {
    const slot = gramSlots[g] as number;
    const start = (slot >>> 6) * 2;
    const end = start + (slot & 63) * 2;
    for (let k = start; k < end; k += 2) {
      totals[pairs[k] as number] += pairs[k + 1] as number;
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
  const gramCount = distinctGrams;
  // eld's scale: mean score per n-gram, squashed into 0–1.
  const squash = (total: number): number => {
    const perGram = total / gramCount;
    return perGram / (perGram + SCORE_SCALE);
  };
  const language = ELD_LANGUAGES[best] as string;
  const score = squash(totals[best] as number);
  const runnerUpScore = second >= 0 ? squash(totals[second] as number) : 0;
  const reliable = gramCount >= 3 && score >= (AVERAGE_SCORE[language] ?? 0.77) * 0.75 && score - runnerUpScore >= 0.01;
  return {
    language,
    score,
    runnerUp: second >= 0 ? (ELD_LANGUAGES[second] as string) : '',
    runnerUpScore,
    reliable,
  };
}
