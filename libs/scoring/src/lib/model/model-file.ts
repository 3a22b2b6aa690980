import { SharedFeature } from './features';

/** The learned heads: P(polite) feeds courtesy, P(rude) is rudeness, P(formal) the register. */
export const HEADS = ['politeness', 'rudeness', 'formality'] as const;
export type HeadName = (typeof HEADS)[number];

/** Platt scaling of a head's raw score: p = σ(slope × raw + offset). */
export interface Calibration {
  readonly slope: number;
  readonly offset: number;
}

export interface HeadFile {
  /** Weight of each shared feature (one weight for every language). */
  readonly shared: Readonly<Record<SharedFeature, number>>;
  /** Languages whose hashed n-grams carry weight (those with labels for this head). */
  readonly ngramLanguages: readonly string[];
  /**
   * Hashed n-gram weights, base64 of 5-byte records: bucket (3 bytes, little-endian) then weight in thousandths
   * (signed 16-bit, little-endian), buckets ascending.
   */
  readonly ngrams: string;
  /** Mean n-gram score of each language's labelled data: a message's n-grams count as their deviation from it. */
  readonly ngramCentre: Readonly<Record<string, number>>;
  /**
   * `two-sided`: the deviation moves the score either way. `raise-only`: only a deviation upwards counts, so wording
   * can add suspicion beyond the lexicon but never excuse an insult (identical insults read alike in every language).
   */
  readonly ngramMode: 'two-sided' | 'raise-only';
  /**
   * Largest size of the n-gram term on the raw scale (approached smoothly, `cap × tanh(deviation / cap)`; absent: no
   * cap). Only some languages have n-grams: the cap bounds how far a message of theirs can move away from the same
   * message in a language without them, while n-grams still order messages within the language.
   */
  readonly ngramCap?: number;
  /** Per language where labels exist; `default` for every other language. */
  readonly calibration: Readonly<Record<string, Calibration>>;
  /** Per language: which labels trained this head for it ("shared weights only" when none). */
  readonly trainedOn: Readonly<Record<string, string>>;
}

export interface ModelFile {
  /** Bumped with SCORER_VERSION: the scorer version a model belongs to. */
  readonly version: string;
  readonly hashBits: number;
  readonly seed: number;
  readonly heads: Readonly<Record<HeadName, HeadFile>>;
  /** Credits and licences of the data the weights were derived from. */
  readonly data: readonly { readonly name: string; readonly licence: string; readonly credit: string }[];
  readonly licenceNote: string;
  /** A small fixed training run whose model checksum a test recomputes (training is deterministic). */
  readonly reproducibility: {
    readonly subsetRows: number;
    readonly iterations: number;
    readonly folds: number;
    readonly checksum: string;
  };
  /** sha256 of the file's JSON without this field, written by the trainer. */
  readonly checksum: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) {
  BASE64_VALUE[BASE64.charCodeAt(i)] = i;
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63] : '=';
  }
  return out;
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let k = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | (BASE64_VALUE[clean.charCodeAt(i)] as number);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (value >> bits) & 255;
    }
  }
  return out;
}

const RECORD = 5;
const SCALE = 1000;

/** Packs non-zero weights of a hash table (rounded to thousandths) as `HeadFile.ngrams`. */
export function packNgrams(table: ArrayLike<number>): string {
  const records: number[] = [];
  for (let b = 0; b < table.length; b++) {
    const w = Math.max(-32767, Math.min(32767, Math.round((table[b] as number) * SCALE)));
    if (w !== 0) {
      records.push(b, w);
    }
  }
  const bytes = new Uint8Array((records.length / 2) * RECORD);
  for (let i = 0; i < records.length; i += 2) {
    const o = (i / 2) * RECORD;
    const b = records[i] as number;
    const w = (records[i + 1] as number) & 0xffff;
    bytes[o] = b & 255;
    bytes[o + 1] = (b >> 8) & 255;
    bytes[o + 2] = (b >> 16) & 255;
    bytes[o + 3] = w & 255;
    bytes[o + 4] = w >> 8;
  }
  return encodeBase64(bytes);
}

export function unpackNgrams(packed: string, hashBits: number): Float32Array {
  const table = new Float32Array(1 << hashBits);
  const bytes = decodeBase64(packed);
  for (let o = 0; o + RECORD <= bytes.length; o += RECORD) {
    const b = (bytes[o] as number) | ((bytes[o + 1] as number) << 8) | ((bytes[o + 2] as number) << 16);
    const raw = (bytes[o + 3] as number) | ((bytes[o + 4] as number) << 8);
    table[b] = (raw >= 0x8000 ? raw - 0x10000 : raw) / SCALE;
  }
  return table;
}

/** A message's n-gram deviation from its language's centre, as the head counts it. */
export function ngramTerm(deviation: number, raiseOnly: boolean, cap?: number): number {
  const counted = raiseOnly ? Math.max(0, deviation) : deviation;
  return cap === undefined ? counted : cap * Math.tanh(counted / cap);
}
