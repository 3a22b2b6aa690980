import { matchLexicon } from '../lexicon/match';
import { PhraseCategory } from '../../languages/language-resources';
import { foldText } from '../text/normalize';
import { tokenize, Tokens } from '../text/tokenize';
import { TokenLookup } from '../lexicon/word-index';
import { LEXICONS, WORD_INDEX } from './lexicons';
import { detectByNgrams } from './ngram/ngram-detector';

export const UNDETERMINED = 'und';

export interface LanguageDetection {
  /** ISO 639-1 code, or 'und' when the text is too short or too ambiguous to tell. */
  readonly lang: string;
  readonly reliable: boolean;
  /** What decided: the n-gram model, or the lexicon of courtesy words for very short messages. */
  readonly method: 'ngram' | 'lexicon' | 'none';
}

/** Words that are near-certain language markers in a two-word message ("ok merci", "tack!"). */
const MARKER_CATEGORIES: ReadonlySet<PhraseCategory> = new Set([
  'greeting',
  'closing',
  'thanks',
  'please',
  'apology',
  'clarification',
]);
const SHORT_MESSAGE_WORDS = 4;
const MIN_LETTERS = 3;

function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length && letters < MIN_LETTERS; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0xd800 || c > 0xdfff) && (c < 0x2000 || c > 0x2bff))
    ) {
      letters++;
    }
  }
  return letters;
}

/** The supported language whose courtesy words alone cover a short message, if exactly one does best. */
function hasForeignLetter(lower: string, letters: string): boolean {
  for (const letter of letters) {
    if (lower.includes(letter)) {
      return true;
    }
  }
  return false;
}

function lexiconLanguage(text: string, tokens: Tokens, lookup: TokenLookup): string | undefined {
  const lower = text.toLowerCase();
  let best: string | undefined;
  let bestHits = 0;
  let tie = false;
  LEXICONS.forEach((lexicon, code) => {
    if (hasForeignLetter(lower, lexicon.foreignLetters)) {
      return;
    }
    const hits = matchLexicon(tokens, lexicon, false, lookup)
      .filter((m) => MARKER_CATEGORIES.has(m.entry.category))
      .reduce((sum, m) => sum + (m.last - m.first), 0);
    if (hits > bestHits) {
      best = code;
      bestHits = hits;
      tie = false;
    } else if (hits > 0 && hits === bestHits) {
      tie = true;
    }
  });
  return tie ? undefined : best;
}

/**
 * Identifies the language of short, noisy text. The n-gram model decides; for messages of a few words the
 * supported languages' courtesy words break its near-ties ("ok tack" is Swedish, not Polish).
 */
export function detectLanguage(text: string, tokens?: Tokens, lookup?: TokenLookup): LanguageDetection {
  if (countLetters(text) < MIN_LETTERS) {
    return { lang: UNDETERMINED, reliable: false, method: 'none' };
  }
  const ngram = detectByNgrams(text);
  const words = tokens ?? tokenize(foldText(text), text);
  // A confident unsupported language in a message of three words or more stands ("Hvala vam na pomoći" is Croatian).
  const confidentElsewhere = ngram.reliable && !LEXICONS.has(ngram.language) && words.words.length > 2;
  if (words.words.length <= SHORT_MESSAGE_WORDS && !confidentElsewhere) {
    const byLexicon = lexiconLanguage(text, words, lookup ?? WORD_INDEX.lookUp(words));
    if (byLexicon !== undefined) {
      return { lang: byLexicon, reliable: true, method: 'lexicon' };
    }
    if (!ngram.reliable && words.words.length <= 2) {
      return { lang: UNDETERMINED, reliable: false, method: 'none' };
    }
  }
  if (ngram.language === '') {
    return { lang: UNDETERMINED, reliable: false, method: 'none' };
  }
  return { lang: ngram.language, reliable: ngram.reliable, method: 'ngram' };
}
