import MODEL_JSON from './scorer-model.json';
import { MessageFeatures, SHARED_FEATURES } from './features';
import { Calibration, HeadFile, HeadName, HEADS, ModelFile, ngramTerm, unpackNgrams } from './model-file';

/** The committed model (written by `npm run train:scoring`). */
export const MODEL: ModelFile = MODEL_JSON as unknown as ModelFile;

export interface LoadedHead {
  readonly shared: Float64Array;
  readonly hashBits: number;
  /** The n-gram weights, unpacked on first use (see `ngramTable`). */
  table: Float32Array | undefined;
  readonly packed: string;
  readonly ngramLanguages: ReadonlySet<string>;
  readonly ngramCentre: ReadonlyMap<string, number>;
  readonly raiseOnly: boolean;
  readonly cap: number | undefined;
  readonly calibration: ReadonlyMap<string, Calibration>;
  readonly fallback: Calibration;
}

/** A head of a model file, ready to read messages (the committed model's heads, or a study's). */
export function loadHead(head: HeadFile, hashBits: number): LoadedHead {
  const calibration = new Map(Object.entries(head.calibration));
  return {
    shared: Float64Array.from(SHARED_FEATURES, (f) => head.shared[f] ?? 0),
    hashBits,
    table: undefined,
    packed: head.ngrams,
    ngramLanguages: new Set(head.ngramLanguages),
    ngramCentre: new Map(Object.entries(head.ngramCentre)),
    raiseOnly: head.ngramMode === 'raise-only',
    cap: head.ngramCap,
    calibration,
    fallback: calibration.get('default') ?? { slope: 1, offset: 0 },
  };
}

/**
 * A head's n-gram table, unpacked when a message in one of its n-gram languages first needs it: each table is a
 * megabyte decoded from base64 at start-up otherwise, and a scorer that reads only English never needs the
 * rudeness and formality ones.
 */
function ngramTable(head: LoadedHead): Float32Array {
  if (head.table === undefined) {
    head.table = unpackNgrams(head.packed, head.hashBits);
  }
  return head.table;
}

const LOADED = Object.fromEntries(HEADS.map((h) => [h, loadHead(MODEL.heads[h], MODEL.hashBits)])) as Record<
  HeadName,
  LoadedHead
>;

/** Languages for which some head has n-gram weights: only they pay for hashing. */
const NGRAM_LANGUAGES: ReadonlySet<string> = new Set(HEADS.flatMap((h) => MODEL.heads[h].ngramLanguages));

export function needsNgrams(lang: string): boolean {
  return NGRAM_LANGUAGES.has(lang);
}

/** One head's reading of a message: the calibrated probability and what moved it. */
export interface HeadReading {
  /** Calibrated score on the logit scale: probability = σ(logit). */
  readonly logit: number;
  readonly probability: number;
  /** The calibrated slope applied to the raw score: a feature contribution moves the logit by slope × it. */
  readonly slope: number;
  /** What the hashed n-grams added to the raw score (before the slope); 0 in languages without n-gram weights. */
  readonly ngrams: number;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function readHead(name: HeadName, f: MessageFeatures, lang: string): HeadReading {
  return readLoadedHead(LOADED[name], f, lang);
}

export function readLoadedHead(head: LoadedHead, f: MessageFeatures, lang: string): HeadReading {
  let raw = 0;
  for (let k = 0; k < head.shared.length; k++) {
    const x = f.shared[k] as number;
    if (x !== 0) {
      raw += (head.shared[k] as number) * x;
    }
  }
  let ngrams = 0;
  if (f.hashed.length > 0 && head.ngramLanguages.has(lang)) {
    const table = ngramTable(head);
    for (let i = 0; i < f.hashed.length; i++) {
      ngrams += table[f.hashed[i] as number] as number;
    }
    ngrams = ngramTerm(ngrams * f.hashedValue - (head.ngramCentre.get(lang) ?? 0), head.raiseOnly, head.cap);
    raw += ngrams;
  }
  const c = head.calibration.get(lang) ?? head.fallback;
  const logit = c.slope * raw + c.offset;
  return { logit, probability: sigmoid(logit), slope: c.slope, ngrams };
}

/** Weight of one shared feature in a head. */
export function sharedWeight(name: HeadName, feature: number): number {
  return LOADED[name].shared[feature] as number;
}
