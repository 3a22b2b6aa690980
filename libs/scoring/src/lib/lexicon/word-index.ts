import { Tokens } from '../text/tokenize';
import { Int32Scratch } from '../util/typed-slab';
import { CompiledLexicon, deletionHashes, HASH_BASE, hashOf, LexiconEntry } from './compile';

/** Longest word whose deletion hashes are computed in scratch arrays (longer ones: a fresh array). */
const MAX_TYPO_WORD = 64;
const TYPO_BITS = 20;
const TYPO_MASK = (1 << TYPO_BITS) - 1;

/** What every lexicon knows of one folded word. */
export interface WordInfo {
  /** Entries starting with this word, per lexicon slot (the lexicon's `byFirstWord` list, or undefined). */
  readonly entries: readonly (readonly LexiconEntry[] | undefined)[];
  /** One bit per lexicon slot: the word is a known word (lexicon word or stopword) of that lexicon. */
  readonly known: number;
}

/**
 * The words of several lexicons in one hash map: a message's tokens are looked up once for all of them instead of
 * once per lexicon, and what typo and glued-word matching need of a token is worked out once, not per lexicon.
 * Built once at module load; a lexicon outside the index is matched through its own maps.
 */
export class WordIndex {
  readonly slots: ReadonlyMap<CompiledLexicon, number>;
  private readonly words = new Map<string, WordInfo>();
  /**
   * Union of the lexicons' typo keys (two letters each), packed as first code × 65536 + second code: a word without
   * any of them needs no lexicon's typo lookup. Numbers, where two-letter strings cut out of every word showed.
   */
  private readonly typoKeys = new Set<number>();
  /** Union of the lexicons' typo hashes (typo words and their one-letter deletions). */
  private readonly typoHashes = new Set<number>();
  /** One bit per value of a hash's low TYPO_BITS bits, set for the typo hashes: most hashes are ruled out here. */
  private readonly typoBits = new Int32Array(1 << (TYPO_BITS - 5));
  /** Hashes of every first word with a single-word entry: a glued part is looked up only when its hash is here. */
  readonly singleWordHashes = new Set<number>();
  /** Longest first word of any lexicon. */
  readonly longestKey: number;

  constructor(lexicons: readonly CompiledLexicon[]) {
    if (lexicons.length > 30) {
      throw new Error('a word index holds at most 30 lexicons');
    }
    this.slots = new Map(lexicons.map((l, slot) => [l, slot]));
    const entries = new Map<string, (readonly LexiconEntry[] | undefined)[]>();
    const known = new Map<string, number>();
    let longest = 0;
    lexicons.forEach((lexicon, slot) => {
      lexicon.byFirstWord.forEach((list, word) => {
        let perSlot = entries.get(word);
        if (!perSlot) {
          perSlot = new Array<readonly LexiconEntry[] | undefined>(lexicons.length).fill(undefined);
          entries.set(word, perSlot);
        }
        perSlot[slot] = list;
        if (list.some((e) => e.words.length === 1)) {
          this.singleWordHashes.add(hashOf(word));
        }
        longest = Math.max(longest, word.length);
      });
      lexicon.knownWords.forEach((word) => known.set(word, (known.get(word) ?? 0) | (1 << slot)));
      lexicon.typoKeys.forEach((key) => {
        if (key.length !== 2) {
          throw new Error(`typo key "${key}" is not two characters long`);
        }
        this.typoKeys.add(key.charCodeAt(0) * 65536 + key.charCodeAt(1));
      });
      lexicon.typoHashes.forEach((hash) => {
        this.typoHashes.add(hash);
        this.typoBits[(hash & TYPO_MASK) >>> 5] |= 1 << (hash & 31);
      });
    });
    const none: readonly undefined[] = new Array<undefined>(lexicons.length).fill(undefined);
    new Set([...entries.keys(), ...known.keys()]).forEach((word) =>
      this.words.set(word, { entries: entries.get(word) ?? none, known: known.get(word) ?? 0 }),
    );
    this.longestKey = longest;
  }

  get(word: string): WordInfo | undefined {
    return this.words.get(word);
  }

  /**
   * Whether some lexicon could read the word as a typo of one of its words: its letter pairs are typo keys and its
   * hash or one of its deletions' is a typo hash (the conditions each lexicon checks, on the union of them).
   */
  typoPossible(word: string): boolean {
    return (
      word.length >= 5 &&
      word.length <= this.longestKey + 1 &&
      (this.typoKeys.has(word.charCodeAt(0) * 65536 + word.charCodeAt(1)) ||
        this.typoKeys.has(word.charCodeAt(0) * 65536 + word.charCodeAt(2))) &&
      (this.isTypoHash(hashOf(word)) || this.anyDeletionHash(word))
    );
  }

  private isTypoHash(hash: number): boolean {
    return (
      ((this.typoBits[(hash & TYPO_MASK) >>> 5] as number) & (1 << (hash & 31))) !== 0 && this.typoHashes.has(hash)
    );
  }

  private readonly prefix = new Int32Array(MAX_TYPO_WORD + 1);
  private readonly power = new Int32Array(MAX_TYPO_WORD + 1);

  /** Whether a one-letter deletion of the word has a typo hash: deletionHashes without building the array. */
  private anyDeletionHash(word: string): boolean {
    const n = word.length;
    if (n > MAX_TYPO_WORD) {
      return deletionHashes(word).some((h) => this.isTypoHash(h));
    }
    const { prefix, power } = this;
    power[0] = 1;
    for (let i = 0; i < n; i++) {
      prefix[i + 1] = (Math.imul(prefix[i] as number, HASH_BASE) + word.charCodeAt(i)) | 0;
      power[i + 1] = Math.imul(power[i] as number, HASH_BASE);
    }
    for (let i = 0; i < n; i++) {
      const suffix = ((prefix[n] as number) - Math.imul(prefix[i + 1] as number, power[n - 1 - i] as number)) | 0;
      if (this.isTypoHash((Math.imul(prefix[i] as number, power[n - 1 - i] as number) + suffix) | 0)) {
        return true;
      }
    }
    return false;
  }

  /** Looks every token up once; the lookup is shared by all the lexicons a message is read with. */
  lookUp(tokens: Tokens): TokenLookup {
    return new TokenLookup(this, tokens);
  }
}

/** A glued word's split at `cut`: the lexicon entries of its front and of its back part, when any. */
export interface GluedPart {
  readonly cut: number;
  readonly front: WordInfo | undefined;
  readonly back: WordInfo | undefined;
}

const MIN_GLUED_PART = 4;
const MIN_GLUED_REST = 3;
const NO_PARTS: readonly GluedPart[] = [];
const GLUED_PREFIX = new Int32Scratch(64);
const GLUED_POWER = new Int32Scratch(64);

/** Per token of one message: its word info, and (worked out when first asked) its typo and glued-word candidates. */
export class TokenLookup {
  readonly info: readonly (WordInfo | undefined)[];
  private readonly typo: Int8Array;
  private readonly deletions: (number[] | undefined)[] = [];
  private readonly glued: (readonly GluedPart[] | undefined)[] = [];

  constructor(
    readonly index: WordIndex,
    private readonly tokens: Tokens,
  ) {
    this.info = tokens.words.map((w) => index.get(w));
    this.typo = new Int8Array(tokens.words.length).fill(-1);
  }

  typoPossible(i: number): boolean {
    if (this.typo[i] === -1) {
      this.typo[i] = this.index.typoPossible(this.tokens.words[i] as string) ? 1 : 0;
    }
    return this.typo[i] === 1;
  }

  deletionHashes(i: number): number[] {
    let hashes = this.deletions[i];
    if (hashes === undefined) {
      hashes = deletionHashes(this.tokens.words[i] as string);
      this.deletions[i] = hashes;
    }
    return hashes;
  }

  /** The splits of token i ("pleasehelp") where the front or the back part starts some lexicon's entries. */
  gluedParts(i: number): readonly GluedPart[] {
    let parts = this.glued[i];
    if (parts === undefined) {
      const word = this.tokens.words[i] as string;
      const n = word.length;
      const lastCut = Math.min(n - MIN_GLUED_REST, this.index.longestKey);
      const found: GluedPart[] = [];
      if (lastCut >= MIN_GLUED_PART) {
        // Polynomial hashes of every front part and back part (as hashOf computes them), so that only parts whose
        // hash belongs to a single lexicon word are cut out of the word and looked up.
        const prefix = GLUED_PREFIX.get(n + 1);
        const power = GLUED_POWER.get(n + 1);
        prefix[0] = 0;
        power[0] = 1;
        for (let k = 0; k < n; k++) {
          prefix[k + 1] = (Math.imul(prefix[k] as number, HASH_BASE) + word.charCodeAt(k)) | 0;
          power[k + 1] = Math.imul(power[k] as number, HASH_BASE);
        }
        const hashes = this.index.singleWordHashes;
        for (let cut = MIN_GLUED_PART; cut <= lastCut; cut++) {
          const backHash = ((prefix[n] as number) - Math.imul(prefix[n - cut] as number, power[cut] as number)) | 0;
          const front = hashes.has(prefix[cut] as number) ? this.index.get(word.slice(0, cut)) : undefined;
          const back = hashes.has(backHash) ? this.index.get(word.slice(n - cut)) : undefined;
          if (front || back) {
            found.push({ cut, front, back });
          }
        }
      }
      parts = found.length > 0 ? found : NO_PARTS;
      this.glued[i] = parts;
    }
    return parts;
  }
}
