import { LanguageResources, PHRASE_CATEGORIES, PhraseCategory } from '../../languages/language-resources';
import { foldText } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { Int32Scratch } from '../util/typed-slab';
import { expandPhrase } from './expand';

export const WILDCARD = '*';

export interface LexiconEntry {
  readonly category: PhraseCategory;
  readonly words: readonly string[];
  /** The pattern as written in the lexicon, quoted in evidence explanations. */
  readonly pattern: string;
}

/** A language's lexicon prepared for matching: built once per language at module load. */
export interface CompiledLexicon {
  readonly code: string;
  readonly byFirstWord: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** Single-word entries of 6+ letters, keyed by every one-letter deletion (symmetric-delete typo lookup). */
  readonly byDeletion: ReadonlyMap<string, readonly LexiconEntry[]>;
  /**
   * Letter pairs (1st+2nd, 1st+3rd) of those words: a word one edit away from one of them, with the same first
   * letter, has its own 1st+2nd or 1st+3rd pair in this set. Lets most words skip the typo lookup entirely.
   */
  readonly typoKeys: ReadonlySet<string>;
  /** Hashes of those words and of their one-letter deletions: a cheap test before building any substring. */
  readonly typoHashes: ReadonlySet<number>;
  /** Real words of the language (lexicon words and stopwords): never treated as typos. */
  readonly knownWords: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  readonly clarificationBlockers: ReadonlySet<string>;
  /** Clarification patterns (as written) that count only in a message with a question mark. */
  readonly clarificationNeedsQuestion: ReadonlySet<string>;
  readonly clarificationDeterminers: ReadonlySet<string>;
  readonly clarificationReferents: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly secondPerson: ReadonlySet<string>;
  readonly firstPerson: ReadonlySet<string>;
  readonly capitalisedFormal: ReadonlySet<string>;
  readonly hardToReadLix: number;
  readonly foreignLetters: string;
}

const MIN_TYPO_WORD_LENGTH = 6;
/**
 * Categories that accuse someone of rudeness match exactly only: a typo-tolerant "débile" would also match
 * "débité" (debited), and a false accusation costs more than a missed misspelt insult.
 */
export const ACCUSING: ReadonlySet<PhraseCategory> = new Set([
  'profanity',
  'insult',
  'blame',
  'dismissive',
  'sarcasm',
  'bareImperative',
]);
const MIN_GLUED_LENGTH = 6;

function phraseWords(phrase: string): string[] {
  return tokenize(foldText(phrase), phrase).words.map((w) => (w === '' ? WILDCARD : w));
}

const INNER_MARK = /['’-]/;

/**
 * Lowercase ASCII words separated by single spaces: folding changes nothing and the tokeniser splits at the spaces,
 * so its words are the split. Nine phrases in ten are like this; tokenising each of them made up most of the
 * lexicons' compile time at start-up (`lexicon.spec.ts` compares the shortcut with the tokeniser).
 */
const PLAIN_PHRASE = /^[a-z]+(?: [a-z]+)*$/;

/** Written variants of one phrase: as is, with apostrophes/hyphens dropped ("dont"), and glued ("thankyou"). */
export function writtenVariants(phrase: string): string[][] {
  if (PLAIN_PHRASE.test(phrase)) {
    const words = phrase.split(' ');
    const glued = words.join('');
    return words.length > 1 && glued.length >= MIN_GLUED_LENGTH ? [words, [glued]] : [words];
  }
  const protectedPhrase = phrase.replace(/\*/g, ' zzwildcardzz ');
  const asWritten = phraseWords(protectedPhrase);
  const variants = [asWritten];
  // Most phrases have no apostrophe or hyphen: their merged spelling is the same, so skip tokenising it again.
  if (INNER_MARK.test(protectedPhrase)) {
    const merged = phraseWords(protectedPhrase.replace(/(\p{L})['’-](\p{L})/gu, '$1$2'));
    if (merged.join(' ') !== asWritten.join(' ')) {
      variants.push(merged);
    }
  }
  const glued = asWritten.join('');
  if (asWritten.length > 1 && !asWritten.includes('zzwildcardzz') && glued.length >= MIN_GLUED_LENGTH) {
    variants.push([glued]);
  }
  return variants.map((words) => words.map((w) => (w === 'zzwildcardzz' ? WILDCARD : w)));
}

export const HASH_BASE = 131;

/** Polynomial hash (mod 2^32) of a whole word. */
export function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    h = (Math.imul(h, HASH_BASE) + word.charCodeAt(i)) | 0;
  }
  return h;
}

const PREFIX_SCRATCH = new Int32Scratch(64);
const POWER_SCRATCH = new Int32Scratch(64);

/** Hashes of every one-letter deletion of a word, in O(length) and without building the substrings. */
export function deletionHashes(word: string): number[] {
  const n = word.length;
  const prefix = PREFIX_SCRATCH.get(n + 1);
  const power = POWER_SCRATCH.get(n + 1);
  prefix[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i] as number, HASH_BASE) + word.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i] as number, HASH_BASE);
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    // hash(word without i) = hash(prefix before i) * B^(n-1-i) + hash(suffix after i)
    const suffix = ((prefix[n] as number) - Math.imul(prefix[i + 1] as number, power[n - 1 - i] as number)) | 0;
    out.push((Math.imul(prefix[i] as number, power[n - 1 - i] as number) + suffix) | 0);
  }
  return out;
}

export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    out.push(word.slice(0, i) + word.slice(i + 1));
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

export function compileLexicon(resources: LanguageResources): CompiledLexicon {
  const byFirstWord = new Map<string, LexiconEntry[]>();
  const typoEntries: LexiconEntry[] = [];
  const knownWords = new Set<string>();
  const typoKeys = new Set<string>();
  const typoHashes = new Set<number>();
  const seen = new Set<string>();
  for (const category of PHRASE_CATEGORIES) {
    for (const pattern of resources.phrases[category]) {
      for (const phrase of expandPhrase(pattern)) {
        for (const words of writtenVariants(phrase)) {
          const key = `${category}|${words.join(' ')}`;
          const first = words[0];
          if (first === undefined || first === WILDCARD || seen.has(key)) {
            continue;
          }
          seen.add(key);
          const entry: LexiconEntry = { category, words, pattern };
          pushTo(byFirstWord, first, entry);
          words.forEach((w) => knownWords.add(w));
          if (words.length === 1 && first.length >= MIN_TYPO_WORD_LENGTH && !ACCUSING.has(category)) {
            typoEntries.push(entry);
            typoKeys.add(first.slice(0, 2)).add((first[0] as string) + (first[2] as string));
            typoHashes.add(hashOf(first));
            deletionHashes(first).forEach((h) => typoHashes.add(h));
          }
        }
      }
    }
  }
  const fold = (w: string): string => foldText(w).folded;
  const stopwords = new Set(resources.stopwords.map(fold));
  stopwords.forEach((w) => knownWords.add(w));
  // Longer phrases first, so the first hit at a position is the most specific one.
  byFirstWord.forEach((list) => list.sort((a, b) => b.words.length - a.words.length));
  // The deletion map holds tens of thousands of strings and is read only for a word that passed the typo hashes:
  // built on first use, it keeps them out of module load (most of the scorer's start-up time).
  let byDeletion: Map<string, LexiconEntry[]> | undefined;
  return {
    code: resources.code,
    byFirstWord,
    get byDeletion(): ReadonlyMap<string, readonly LexiconEntry[]> {
      if (byDeletion === undefined) {
        byDeletion = new Map();
        for (const entry of typoEntries) {
          for (const d of deletions(entry.words[0] as string)) {
            pushTo(byDeletion, d, entry);
          }
        }
      }
      return byDeletion;
    },
    typoKeys,
    typoHashes,
    knownWords,
    stopwords,
    questionWords: new Set(resources.questionWords.map(fold)),
    clarificationBlockers: new Set(resources.clarificationBlockers.map(fold)),
    clarificationNeedsQuestion: new Set(resources.clarificationNeedsQuestion ?? []),
    clarificationDeterminers: new Set((resources.clarificationDeterminers ?? []).map(fold)),
    clarificationReferents: new Set((resources.clarificationReferents ?? []).map(fold)),
    negations: new Set(resources.negations.map(fold)),
    secondPerson: new Set(resources.secondPerson.map(fold)),
    firstPerson: new Set(resources.firstPerson.map(fold)),
    capitalisedFormal: new Set((resources.capitalisedFormal ?? []).map(fold)),
    hardToReadLix: resources.hardToReadLix,
    foreignLetters: resources.foreignLetters,
  };
}
