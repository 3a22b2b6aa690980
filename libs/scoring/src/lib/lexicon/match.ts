import { Tokens } from '../text/tokenize';
import { ACCUSING, CompiledLexicon, deletionHashes, deletions, hashOf, LexiconEntry, WILDCARD } from './compile';
import { TokenLookup } from './word-index';

export interface LexiconMatch {
  readonly entry: LexiconEntry;
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  /** True when the word matched one edit away from the lexicon word (typo tolerance). */
  readonly approximate: boolean;
}

function matchesAt(entry: LexiconEntry, words: readonly string[], at: number): boolean {
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
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
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
  known: boolean,
  hashes: () => number[],
): LexiconEntry | undefined {
  if (
    word.length < 5 ||
    // One edit away from a lexicon word means at most one letter longer; longer words would cost O(length²) here.
    word.length > longestKey(lexicon) + 1 ||
    !(lexicon.typoKeys.has(word.slice(0, 2)) || lexicon.typoKeys.has((word[0] as string) + (word[2] as string))) ||
    known
  ) {
    return undefined;
  }
  if (!lexicon.typoHashes.has(hashOf(word)) && !hashes().some((h) => lexicon.typoHashes.has(h))) {
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
    (e) => e.words.length === 1 && e.words[0]?.[0] === word[0] && withinOneEdit(e.words[0] as string, word),
  );
}

const MIN_GLUED_PART = 4;
const MIN_GLUED_REST = 3;
const MIN_ACCUSING_PREFIX = 5;

/** A lexicon word glued to another word without a space ("pleasehelp", "okthanks"). */
function gluedEntry(word: string, lexicon: CompiledLexicon, known: boolean): LexiconEntry | undefined {
  if (word.length < MIN_GLUED_PART + MIN_GLUED_REST || known) {
    return undefined;
  }
  // Parts longer than the longest lexicon word cannot match: stopping there keeps a long word linear, not quadratic.
  const lastCut = Math.min(word.length - MIN_GLUED_REST, longestKey(lexicon));
  for (let cut = MIN_GLUED_PART; cut <= lastCut; cut++) {
    // Compounds ("Scheißladen", "Drecksack") carry an accusing word in front; only longer ones, to spare "dumbbell".
    const hit =
      singleWordEntry(lexicon.byFirstWord.get(word.slice(0, cut)), cut >= MIN_ACCUSING_PREFIX) ??
      singleWordEntry(lexicon.byFirstWord.get(word.slice(word.length - cut)), false);
    if (hit) {
      return hit;
    }
  }
  return undefined;
}

/** The same as gluedEntry, from the splits the message's token lookup found once for every lexicon. */
function gluedEntryLookedUp(
  word: string,
  lookup: TokenLookup,
  i: number,
  slot: number,
  lexicon: CompiledLexicon,
  known: boolean,
): LexiconEntry | undefined {
  if (word.length < MIN_GLUED_PART + MIN_GLUED_REST || known) {
    return undefined;
  }
  const lastCut = Math.min(word.length - MIN_GLUED_REST, longestKey(lexicon));
  for (const part of lookup.gluedParts(i)) {
    if (part.cut > lastCut) {
      break;
    }
    const hit =
      singleWordEntry(part.front?.entries[slot], part.cut >= MIN_ACCUSING_PREFIX) ??
      singleWordEntry(part.back?.entries[slot], false);
    if (hit) {
      return hit;
    }
  }
  return undefined;
}

function singleWordEntry(
  entries: readonly LexiconEntry[] | undefined,
  accusingAllowed: boolean,
): LexiconEntry | undefined {
  return entries?.find((e) => e.words.length === 1 && (accusingAllowed || !ACCUSING.has(e.category)));
}

/**
 * Every lexicon hit in the tokens, longest first at each position; contained hits are dropped. With a token lookup
 * (`WordIndex.lookUp`) that holds the lexicon, each token's entries come from it instead of one hash lookup per
 * lexicon; the hits are the same.
 */
export function matchLexicon(
  tokens: Tokens,
  lexicon: CompiledLexicon,
  tolerant = true,
  lookup?: TokenLookup,
): LexiconMatch[] {
  const { words } = tokens;
  const found: LexiconMatch[] = [];
  const slot = lookup?.index.slots.get(lexicon);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const info = slot !== undefined ? lookup?.info[i] : undefined;
    const entries = slot === undefined ? lexicon.byFirstWord.get(word) : info?.entries[slot];
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
      const near =
        lookup !== undefined && slot !== undefined
          ? nearEntryLookedUp(word, lexicon, lookup, i, slot, info)
          : nearEntry(word, lexicon);
      if (near) {
        found.push({ entry: near, first: i, last: i + 1, approximate: true });
      }
    }
  }
  if (found.length <= 1) {
    // Nothing to drop: most lexicons find nothing or one phrase in a message.
    return found;
  }
  // Register markers are orthogonal to what a phrase does: "que tenga un buen día" closes politely and uses usted.
  const isRegister = (m: LexiconMatch): boolean => m.entry.category === 'formal' || m.entry.category === 'informal';
  return [...dropContained(found.filter((m) => !isRegister(m))), ...dropContained(found.filter(isRegister))];
}

function nearEntry(word: string, lexicon: CompiledLexicon): LexiconEntry | undefined {
  const known = lexicon.knownWords.has(word);
  return approximateEntry(word, lexicon, known, () => deletionHashes(word)) ?? gluedEntry(word, lexicon, known);
}

function nearEntryLookedUp(
  word: string,
  lexicon: CompiledLexicon,
  lookup: TokenLookup,
  i: number,
  slot: number,
  info: { readonly known: number } | undefined,
): LexiconEntry | undefined {
  const known = info !== undefined && (info.known & (1 << slot)) !== 0;
  return (
    (lookup.typoPossible(i) ? approximateEntry(word, lexicon, known, () => lookup.deletionHashes(i)) : undefined) ??
    gluedEntryLookedUp(word, lookup, i, slot, lexicon, known)
  );
}

/** Keeps the longest reading: "ich verstehe nicht" is a clarification request, not an empathy statement. */
export function dropContained(matches: LexiconMatch[]): LexiconMatch[] {
  const byPosition = (a: LexiconMatch, b: LexiconMatch): number => a.first - b.first || b.last - a.last;
  // Matches come in token order, so the (stable) sort rarely moves anything: skipped when nothing is out of order.
  let inOrder = true;
  for (let k = 1; k < matches.length && inOrder; k++) {
    inOrder = byPosition(matches[k - 1] as LexiconMatch, matches[k] as LexiconMatch) <= 0;
  }
  const sorted = inOrder ? matches : [...matches].sort(byPosition);
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
