import { PHRASE_CATEGORIES, PhraseCategory } from '../../languages/language-resources';
import { ACCUSING } from '../lexicon/compile';
import { MessageAnalysis } from '../message/analyze-message';
import { copyInt32Array, Int32Scratch, newFloat64Array, newInt32Array } from '../util/typed-slab';

/**
 * Features of one message for the learned heads. Shared features have language-independent names (a strategy
 * found through any language's lexicon is the same feature), so one weight serves every language; hashed word and
 * suffix n-grams are salted with the language and only carry weight where that language had labels.
 */
export const SHARED_FEATURES = [
  ...PHRASE_CATEGORIES.map((c) => `cat.${c}` as const),
  'first-name',
  'shouting',
  'negated-politeness',
  'please.sentence-start',
  'hedge.message-start',
  'question.wh-start',
  'second-person.start',
  'first-person.start',
  'punct.exclamation',
  'punct.repeated',
  'punct.question',
  'punct.ellipsis',
  'punct.no-final',
  'case.lower-start',
  'emoji',
  'length.1-2',
  'length.3-6',
  'length.7-20',
  'length.21+',
] as const;
export type SharedFeature = (typeof SHARED_FEATURES)[number];

/** Index of each shared feature, as object properties: read per message, where a Map lookup per feature showed. */
const FEATURE_INDEX = Object.fromEntries(SHARED_FEATURES.map((f, i) => [f, i])) as Readonly<
  Record<SharedFeature, number>
>;
export function featureIndex(name: SharedFeature): number {
  return FEATURE_INDEX[name];
}

const CATEGORY_INDEX: ReadonlyMap<PhraseCategory, number> = new Map(
  PHRASE_CATEGORIES.map((c) => [c, featureIndex(`cat.${c}`)]),
);

/** Strategies whose meaning flips under negation ("not sorry", "no gracias", "pas merci"). */
const NEGATABLE: ReadonlySet<PhraseCategory> = new Set([
  'greeting',
  'closing',
  'thanks',
  'please',
  'apology',
  'empathy',
  'hedge',
  'deference',
]);
/** Softeners that make an imperative a polite instruction ("Please restart the router"). */
export const SOFTENERS: ReadonlySet<PhraseCategory> = new Set(['please', 'thanks', 'apology', 'hedge', 'empathy']);
const NEGATION_WINDOW = 2;
/**
 * A category counts at most this often: the third "sorry" says little more than the second. Accusing cues count
 * once: repeating a blame is not worse than an insult.
 */
const MAX_COUNT = 2;
const MAX_HASHED_WORDS = 200;
const MIN_SUFFIX_WORD = 5;
const SUFFIX_LENGTH = 3;

export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;

export interface MessageFeatures {
  /** Values aligned with SHARED_FEATURES. */
  readonly shared: Float64Array;
  /** For each phrase hit of the analysis (same order), the shared feature it fed, or -1 when it fed none. */
  readonly hitFeature: Int32Array;
  /** Hashed n-gram buckets (language-salted); each carries `hashedValue`. Empty when not requested. */
  readonly hashed: Int32Array;
  readonly hashedValue: number;
}

function fnv(seed: number, text: string): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  }
  return h;
}

const FNV_OFFSET = 2166136261 | 0;
const HASHED_SCRATCH = new Int32Scratch(MAX_HASHED_WORDS * 3 + 1);
const UNIGRAM = 1;
const BIGRAM = 2;
const SUFFIX = 3;

/** Language-salted hashes of word unigrams, bigrams (with a start marker) and word endings. */
export function hashedNgrams(words: readonly string[], lang: string): Int32Array {
  const n = Math.min(words.length, MAX_HASHED_WORDS);
  const out = HASHED_SCRATCH.get(n * 3 + 1);
  let k = 0;
  const salt = fnv(FNV_OFFSET, lang);
  let previous = fnv(salt, '^');
  for (let i = 0; i < n; i++) {
    const word = words[i] as string;
    const h = fnv(salt, word);
    out[k++] = Math.imul(h, UNIGRAM) & HASH_MASK;
    out[k++] = (Math.imul(previous, 31) ^ Math.imul(h, BIGRAM + 2654435761)) & HASH_MASK;
    if (word.length >= MIN_SUFFIX_WORD) {
      out[k++] = Math.imul(fnv(salt, word.slice(-SUFFIX_LENGTH)), SUFFIX * 40503) & HASH_MASK;
    }
    previous = h;
  }
  return copyInt32Array(out, k);
}

const EMOJI = /\p{Extended_Pictographic}|[:;]-?[)(DPp]/u;

function setLength(shared: Float64Array, words: number): void {
  const name: SharedFeature =
    words <= 2 ? 'length.1-2' : words <= 6 ? 'length.3-6' : words <= 20 ? 'length.7-20' : 'length.21+';
  shared[FEATURE_INDEX[name]] = 1;
}

function punctuation(shared: Float64Array, text: string): void {
  const trimmed = text.trimEnd();
  shared[FEATURE_INDEX['punct.exclamation']] = trimmed.includes('!') ? 1 : 0;
  shared[FEATURE_INDEX['punct.repeated']] = /[!?]{2,}/.test(trimmed) ? 1 : 0;
  shared[FEATURE_INDEX['punct.question']] = trimmed.includes('?') ? 1 : 0;
  shared[FEATURE_INDEX['punct.ellipsis']] = trimmed.includes('...') || trimmed.includes('…') ? 1 : 0;
  const last = trimmed.charAt(trimmed.length - 1);
  shared[FEATURE_INDEX['punct.no-final']] = last !== '' && !'.!?…)'.includes(last) && !EMOJI.test(last) ? 1 : 0;
  const first = trimmed.trimStart().charAt(0);
  shared[FEATURE_INDEX['case.lower-start']] = first !== first.toUpperCase() ? 1 : 0;
  shared[FEATURE_INDEX['emoji']] = EMOJI.test(trimmed) ? 1 : 0;
}

/** Extracts the shared features (always) and the hashed n-grams (only when `withNgrams`). */
export function messageFeatures(a: MessageAnalysis, withNgrams: boolean): MessageFeatures {
  const shared = newFloat64Array(SHARED_FEATURES.length);
  const hitFeature = newInt32Array(a.hits.length).fill(-1);
  const { words, sentenceInitial } = a.tokens;
  const inAny = (word: string | undefined, pick: 'negations' | 'secondPerson' | 'firstPerson'): boolean =>
    word !== undefined && a.lexicons.some((l) => l[pick].has(word));
  const softened = a.hits.some((h) => SOFTENERS.has(h.category));
  a.hits.forEach((hit, i) => {
    if (hit.category === 'bareImperative' && softened) {
      return;
    }
    let feature = CATEGORY_INDEX.get(hit.category) as number;
    if (NEGATABLE.has(hit.category)) {
      for (let k = Math.max(0, hit.token - NEGATION_WINDOW); k < hit.token; k++) {
        if (inAny(words[k], 'negations') && !sentenceInitial.slice(k + 1, hit.token + 1).includes(true)) {
          feature = FEATURE_INDEX['negated-politeness'];
        }
      }
    }
    hitFeature[i] = feature;
    shared[feature] = Math.min(ACCUSING.has(hit.category) ? 1 : MAX_COUNT, (shared[feature] as number) + 1);
    if (hit.category === 'please' && sentenceInitial[hit.token]) {
      shared[FEATURE_INDEX['please.sentence-start']] = 1;
    }
    if (hit.category === 'hedge' && hit.token === 0) {
      shared[FEATURE_INDEX['hedge.message-start']] = 1;
    }
  });
  // German "Sie" inside a sentence marks the V form without being a lexicon hit.
  shared[FEATURE_INDEX['cat.formal']] = Math.min(MAX_COUNT, a.formal.length);
  shared[FEATURE_INDEX['first-name']] = a.firstName ? 1 : 0;
  shared[FEATURE_INDEX['shouting']] = a.shouting ? 1 : 0;
  const first = words[0];
  shared[FEATURE_INDEX['question.wh-start']] =
    first !== undefined && a.lexicons.some((l) => l.questionWords.has(first)) ? 1 : 0;
  shared[FEATURE_INDEX['second-person.start']] = inAny(first, 'secondPerson') ? 1 : 0;
  shared[FEATURE_INDEX['first-person.start']] = inAny(first, 'firstPerson') ? 1 : 0;
  punctuation(shared, a.ownText);
  setLength(shared, words.length);
  const hashed = withNgrams ? hashedNgrams(words, a.lang) : EMPTY;
  return { shared, hitFeature, hashed, hashedValue: hashed.length > 0 ? 1 / Math.sqrt(hashed.length) : 0 };
}

const EMPTY = new Int32Array(0);
