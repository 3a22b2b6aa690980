import { Tokens } from '../text/tokenize';
import {
  ACCUSING,
  CompiledLexicon,
  deletionHashes,
  deletions,
  hashOf,
  LexiconEntry,
  WILDCARD,
} from './compile';

export interface LexiconMatch {
  readonly entry: LexiconEntry;
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  /** True when the word matched one edit away from the lexicon word (typo tolerance). */
  readonly approximate: boolean;
}

function matchesAt(
  entry: LexiconEntry,
  words: readonly string[],
  at: number,
): boolean {
  const needed = entry.words;
  if (at + needed.length > words.length) {
    return false;
  }
  for (let k = 1; k < needed.length; k++) {
    const w = needed[k];
    if (w !== WILDCARD && w !== words[at + k]) {
      return false;
    }
  }
  return true;
}

/** Damerau–Levenshtein distance of at most one (substitution, insertion, deletion or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) {
    return false;
  }
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) {
    i++;
  }
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) {
      return true;
    }
    return (
      a[i] === b[i + 1] &&
      a[i + 1] === b[i] &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb
    ? a.slice(i + 1) === b.slice(i)
    : a.slice(i) === b.slice(i + 1);
}

const longestKeys = new WeakMap<CompiledLexicon, number>();

/** Length of the lexicon's longest first word: no longer part of a word can be found in it. */
function longestKey(lexicon: CompiledLexicon): number {
  let longest = longestKeys.get(lexicon);
  if (longest === undefined) {
    longest = 0;
    for (const key of lexicon.byFirstWord.keys()) {
      longest = Math.max(longest, key.length);
    }
    longestKeys.set(lexicon, longest);
  }
  return longest;
}

function approximateEntry(
  word: string,
  lexicon: CompiledLexicon,
): LexiconEntry | undefined {
  if (
    word.length < 5 ||
    // One edit away from a lexicon word means at most one letter longer; longer words would cost O(length²) here.
    word.length > longestKey(lexicon) + 1 ||
    !(
      lexicon.typoKeys.has(word.slice(0, 2)) ||
      lexicon.typoKeys.has((word[0] as string) + (word[2] as string))
    ) ||
    lexicon.knownWords.has(word)
  ) {
    return undefined;
  }
  if (
    !lexicon.typoHashes.has(hashOf(word)) &&
    !deletionHashes(word).some((h) => lexicon.typoHashes.has(h))
  ) {
    return undefined;
  }
  const candidates: LexiconEntry[] = [];
  lexicon.byDeletion.get(word)?.forEach((e) => candidates.push(e));
  for (const d of deletions(word)) {
    lexicon.byFirstWord.get(d)?.forEach((e) => candidates.push(e));
    lexicon.byDeletion.get(d)?.forEach((e) => candidates.push(e));
  }
  // The first letter is rarely mistyped; requiring it keeps false friends out.
  return candidates.find(
    (e) =>
      e.words.length === 1 &&
      e.words[0]?.[0] === word[0] &&
      withinOneEdit(e.words[0] as string, word),
  );
}

const MIN_GLUED_PART = 4;
const MIN_GLUED_REST = 3;
const MIN_ACCUSING_PREFIX = 5;

/** A lexicon word glued to another word without a space ("pleasehelp", "okthanks"). */
function gluedEntry(
  word: string,
  lexicon: CompiledLexicon,
): LexiconEntry | undefined {
  if (
    word.length < MIN_GLUED_PART + MIN_GLUED_REST ||
    lexicon.knownWords.has(word)
  ) {
    return undefined;
  }
  // Parts longer than the longest lexicon word cannot match: stopping there keeps a long word linear, not quadratic.
  const lastCut = Math.min(word.length - MIN_GLUED_REST, longestKey(lexicon));
  for (let cut = MIN_GLUED_PART; cut <= lastCut; cut++) {
    // Compounds ("Scheißladen", "Drecksack") carry an accusing word in front; only longer ones, to spare "dumbbell".
    const hit =
      singleWordEntry(
        word.slice(0, cut),
        lexicon,
        cut >= MIN_ACCUSING_PREFIX,
      ) ?? singleWordEntry(word.slice(word.length - cut), lexicon, false);
    if (hit) {
      return hit;
    }
  }
  return undefined;
}

function singleWordEntry(
  part: string,
  lexicon: CompiledLexicon,
  accusingAllowed: boolean,
): LexiconEntry | undefined {
  return lexicon.byFirstWord
    .get(part)
    ?.find(
      (e) =>
        e.words.length === 1 && (accusingAllowed || !ACCUSING.has(e.category)),
    );
}

/** Every lexicon hit in the tokens, longest first at each position; contained hits are dropped. */
export function matchLexicon(
  tokens: Tokens,
  lexicon: CompiledLexicon,
  tolerant = true,
): LexiconMatch[] {
  const { words } = tokens;
  const found: LexiconMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const entries = lexicon.byFirstWord.get(word);
    let matchedHere = false;
    if (entries) {
      for (const entry of entries) {
        if (matchesAt(entry, words, i)) {
          found.push({
            entry,
            first: i,
            last: i + entry.words.length,
            approximate: false,
          });
          matchedHere = true;
        }
      }
    }
    if (!matchedHere && tolerant) {
      const near = approximateEntry(word, lexicon) ?? gluedEntry(word, lexicon);
      if (near) {
        found.push({ entry: near, first: i, last: i + 1, approximate: true });
      }
    }
  }
  // Register markers are orthogonal to what a phrase does: "que tenga un buen día" closes politely and uses usted.
  const isRegister = (m: LexiconMatch): boolean =>
    m.entry.category === 'formal' || m.entry.category === 'informal';
  return [
    ...dropContained(found.filter((m) => !isRegister(m))),
    ...dropContained(found.filter(isRegister)),
  ];
}

/** Keeps the longest reading: "ich verstehe nicht" is a clarification request, not an empathy statement. */
export function dropContained(matches: LexiconMatch[]): LexiconMatch[] {
  const sorted = [...matches].sort(
    (a, b) => a.first - b.first || b.last - a.last,
  );
  // In this order a match is inside a longer kept one exactly when a kept match starting earlier reaches as far, or
  // one starting at the same token reaches further: two running maxima instead of a scan of every kept match.
  const kept: LexiconMatch[] = [];
  let reachBefore = -1;
  let reachHere = -1;
  let here = -1;
  for (const m of sorted) {
    if (m.first !== here) {
      reachBefore = Math.max(reachBefore, reachHere);
      reachHere = -1;
      here = m.first;
    }
    const contained = reachBefore >= m.last || reachHere > m.last;
    if (!contained) {
      kept.push(m);
      reachHere = Math.max(reachHere, m.last);
    }
  }
  return kept;
}
