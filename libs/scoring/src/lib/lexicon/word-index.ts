import { Tokens } from '../text/tokenize';
import { CompiledLexicon, deletionHashes, LexiconEntry } from './compile';

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
  /** Union of the lexicons' typo keys: a word without any of them needs no lexicon's typo lookup. */
  private readonly typoKeys = new Set<string>();
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
        longest = Math.max(longest, word.length);
      });
      lexicon.knownWords.forEach((word) => known.set(word, (known.get(word) ?? 0) | (1 << slot)));
      lexicon.typoKeys.forEach((key) => this.typoKeys.add(key));
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

  /** Whether some lexicon could read the word as a typo of one of its words (its letter pairs are typo keys). */
  typoPossible(word: string): boolean {
    return (
      word.length >= 5 &&
      (this.typoKeys.has(word.slice(0, 2)) || this.typoKeys.has((word[0] as string) + (word[2] as string)))
    );
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
      const lastCut = Math.min(word.length - MIN_GLUED_REST, this.index.longestKey);
      const found: GluedPart[] = [];
      for (let cut = MIN_GLUED_PART; cut <= lastCut; cut++) {
        const front = this.index.get(word.slice(0, cut));
        const back = this.index.get(word.slice(word.length - cut));
        if (front || back) {
          found.push({ cut, front, back });
        }
      }
      parts = found.length > 0 ? found : NO_PARTS;
      this.glued[i] = parts;
    }
    return parts;
  }
}
