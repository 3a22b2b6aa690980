import { PHRASE_CATEGORIES, PhraseCategory } from '../../languages/language-resources';
import { detectLanguage, LanguageDetection, UNDETERMINED } from '../language/detect-language';
import { LEXICONS, normaliseLanguageCode, WORD_INDEX } from '../language/lexicons';
import { detectByNgrams } from '../language/ngram/ngram-detector';
import { CompiledLexicon } from '../lexicon/compile';
import { matchLexicon } from '../lexicon/match';
import { TokenLookup } from '../lexicon/word-index';
import { foldText } from '../text/normalize';
import { ownText } from '../text/own-text';
import { scoredPrefix } from '../text/scored-prefix';
import { tokenize, Tokens } from '../text/tokenize';
import { findArtefacts, findShouting, isQuestion, readability, Span } from './surface-signals';

export type LanguageStatus = 'supported' | 'unsupported' | 'undetermined';

export interface PhraseHit extends Span {
  readonly category: PhraseCategory;
  /** The lexicon pattern that matched, quoted in evidence. */
  readonly pattern: string;
  readonly approximate: boolean;
  /** Index of the hit's first token in `MessageAnalysis.tokens`. */
  readonly token: number;
  /** Index after the hit's last token. */
  readonly tokenEnd: number;
}

/** Everything the scorers need to know about one message, with spans in original offsets. */
export interface MessageAnalysis {
  readonly text: string;
  readonly lang: string;
  readonly status: LanguageStatus;
  readonly detection: LanguageDetection;
  /** The message without quoted replies, mobile footers and signature: what the writer wrote. */
  readonly ownText: string;
  /** Folded words of the message's own text (quoted replies and signatures left out). */
  readonly tokens: Tokens;
  /** The lexicons the message was read with, its own language's first. */
  readonly lexicons: readonly CompiledLexicon[];
  readonly hits: readonly PhraseHit[];
  readonly formal: readonly Span[];
  readonly informal: readonly Span[];
  readonly firstName: Span | null;
  readonly shouting: Span | null;
  readonly artefacts: readonly Span[];
  readonly question: Span | null;
  /** Five-letter stems of content words of a question (empty for other messages), to spot it asked again. */
  readonly stems: ReadonlySet<string>;
  readonly wordCount: number;
  /** LIX readability index of the text, or null when it is too short to judge. */
  readonly lix: number | null;
  readonly hardToReadLix: number;
  /** How much of the text was read: its length, or MAX_SCORED_CHARS for a longer text. */
  readonly scoredChars: number;
}

export interface AnalyseOptions {
  /** The message's language when already known (declared by the caller); skips detection. */
  readonly lang?: string;
  /** The conversation's language: used for messages too short or too ambiguous to identify on their own. */
  readonly fallbackLang?: string;
}

const STEM_LENGTH = 5;
const EMPTY_STEMS: ReadonlySet<string> = new Set();
const DEFAULT_HARD_TO_READ_LIX = 58;
const MIN_CONTENT_WORD = 3;

function chooseLanguage(
  detection: LanguageDetection,
  declared: string | undefined,
  fallbackLang: string | undefined,
): { lang: string; lexicons: CompiledLexicon[]; status: LanguageStatus } {
  const fallback = fallbackLang !== undefined ? LEXICONS.get(fallbackLang) : undefined;
  const lang = declared ?? detection.lang;
  const own = LEXICONS.get(lang);
  if (own) {
    // Mixed-language conversations: also read the message with the conversation's lexicon.
    return {
      lang,
      lexicons: fallback && fallback !== own ? [own, fallback] : [own],
      status: 'supported',
    };
  }
  if (lang === UNDETERMINED) {
    return fallback
      ? { lang: fallback.code, lexicons: [fallback], status: 'supported' }
      : { lang, lexicons: [...LEXICONS.values()], status: 'undetermined' };
  }
  if (declared === undefined && !detection.reliable && fallback) {
    return { lang: fallback.code, lexicons: [fallback], status: 'supported' };
  }
  return { lang, lexicons: [], status: 'unsupported' };
}

function toOriginal(tokens: Tokens, index: Int32Array, first: number, last: number): Span {
  return {
    start: index[tokens.starts[first] as number] as number,
    end: index[tokens.ends[last - 1] as number] as number,
  };
}

function contentStems(tokens: Tokens, lexicons: readonly CompiledLexicon[]): Set<string> {
  const stems = new Set<string>();
  for (const word of tokens.words) {
    if (word.length >= MIN_CONTENT_WORD && !lexicons.some((l) => l.stopwords.has(word))) {
      stems.add(word.slice(0, STEM_LENGTH));
    }
  }
  return stems;
}

const SENTENCE = /[^.!?\n]+[.!?\n]*/g;
const MAX_SENTENCES_TO_IDENTIFY = 6;

/**
 * Code-switching ("¡Muchas gracias! Have a nice day"): sentences in another supported language add that
 * language's lexicon. Only multi-sentence messages pay for the extra identification.
 */
function withSentenceLanguages(text: string, lexicons: readonly CompiledLexicon[]): readonly CompiledLexicon[] {
  const sentences = text.match(SENTENCE);
  if (!sentences || sentences.length < 2) {
    return lexicons;
  }
  const out = [...lexicons];
  for (const sentence of sentences.slice(0, MAX_SENTENCES_TO_IDENTIFY)) {
    const found = detectByNgrams(sentence);
    const lexicon = found.reliable ? LEXICONS.get(found.language) : undefined;
    if (lexicon && !out.includes(lexicon)) {
      out.push(lexicon);
    }
  }
  return out;
}

/** Category index and offsets in one number, to drop a phrase two lexicons found at the same place. */
function hitKey(category: PhraseCategory, span: Span): number {
  return (span.start * 131_072 + span.end) * 64 + CATEGORY_NUMBER[category];
}

const CATEGORY_NUMBER = Object.fromEntries(PHRASE_CATEGORIES.map((c, i) => [c, i])) as Record<PhraseCategory, number>;

function collectHits(
  tokens: Tokens,
  index: Int32Array,
  lexicons: readonly CompiledLexicon[],
  lookup: TokenLookup,
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const seen = new Set<number>();
  for (const lexicon of lexicons) {
    for (const m of matchLexicon(tokens, lexicon, true, lookup)) {
      if (m.entry.category === 'bareImperative' && !tokens.sentenceInitial[m.first]) {
        continue;
      }
      const span = toOriginal(tokens, index, m.first, m.last);
      // Two lexicons can find the same phrase ("sorry" is also used in German): keep it once.
      if (lexicons.length > 1) {
        const key = hitKey(m.entry.category, span);
        if (seen.has(key)) {
          continue;
        }
        seen.add(key);
      }
      hits.push({
        start: span.start,
        end: span.end,
        category: m.entry.category,
        pattern: m.entry.pattern,
        approximate: m.approximate,
        token: m.first,
        tokenEnd: m.last,
      });
    }
  }
  return hits;
}

/** V-form words that count only when capitalised inside a sentence (German "Sie", "Ihnen"). */
function capitalisedFormalSpans(
  tokens: Tokens,
  index: Int32Array,
  lexicons: readonly CompiledLexicon[],
  already: readonly Span[],
): Span[] {
  const withRule = lexicons.filter((l) => l.capitalisedFormal.size > 0);
  const spans: Span[] = [];
  if (withRule.length === 0) {
    return spans;
  }
  // Tokens come in order, so "inside a formal hit" is a running maximum of the ends of the hits started so far.
  const byStart = [...already].sort((a, b) => a.start - b.start);
  let nextHit = 0;
  let coveredUpTo = -1;
  tokens.words.forEach((word, i) => {
    if (
      tokens.capitalized[i] &&
      !tokens.sentenceInitial[i] &&
      !tokens.upper[i] &&
      withRule.some((l) => l.capitalisedFormal.has(word))
    ) {
      const span = toOriginal(tokens, index, i, i + 1);
      while (nextHit < byStart.length && (byStart[nextHit] as Span).start <= span.start) {
        coveredUpTo = Math.max(coveredUpTo, (byStart[nextHit] as Span).end);
        nextHit++;
      }
      if (coveredUpTo < span.end) {
        spans.push(span);
      }
    }
  });
  return spans;
}

/**
 * Index of the first token starting at or after an original offset (-1 when none), by binary search: token starts
 * only grow, and a scan per greeting would be quadratic in a text of greetings.
 */
function firstTokenFrom(tokens: Tokens, index: Int32Array, offset: number): number {
  let low = 0;
  let high = tokens.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((index[tokens.starts[middle] as number] as number) >= offset) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low < tokens.starts.length ? low : -1;
}

/** A capitalised unknown word right after a greeting: "Hola Lucía", "Hej Emma". */
function firstNameAfterGreeting(
  tokens: Tokens,
  index: Int32Array,
  lexicons: readonly CompiledLexicon[],
  hits: readonly PhraseHit[],
): Span | null {
  for (const greeting of hits.filter((h) => h.category === 'greeting')) {
    const next = firstTokenFrom(tokens, index, greeting.end);
    const word = tokens.words[next];
    if (
      word === undefined ||
      word.length < 2 ||
      !tokens.capitalized[next] ||
      tokens.upper[next] ||
      tokens.sentenceInitial[next]
    ) {
      continue;
    }
    if (!lexicons.some((l) => l.knownWords.has(word))) {
      return toOriginal(tokens, index, next, next + 1);
    }
  }
  return null;
}

export function analyseMessage(text: string, options: AnalyseOptions = {}): MessageAnalysis {
  const read = scoredPrefix(text);
  const scanned = ownText(read);
  const folded = foldText(scanned);
  const tokens = tokenize(folded, scanned);
  const declared = normaliseLanguageCode(options.lang);
  const lookup = WORD_INDEX.lookUp(tokens);
  const detection: LanguageDetection =
    declared !== undefined
      ? { lang: declared, reliable: true, method: 'none' }
      : detectLanguage(scanned, tokens, lookup);
  const { lang, lexicons, status } = chooseLanguage(detection, declared, normaliseLanguageCode(options.fallbackLang));
  const index = folded.originalIndex;
  const hits = collectHits(
    tokens,
    index,
    status === 'supported' ? withSentenceLanguages(scanned, lexicons) : lexicons,
    lookup,
  );
  const formal: Span[] = hits.filter((h) => h.category === 'formal');
  formal.push(...capitalisedFormalSpans(tokens, index, lexicons, formal));
  const question = isQuestion(scanned, tokens, index, lexicons);
  return {
    text,
    lang,
    status,
    detection,
    ownText: scanned,
    tokens,
    lexicons,
    hits,
    formal,
    informal: hits.filter((h) => h.category === 'informal'),
    firstName: firstNameAfterGreeting(tokens, index, lexicons, hits),
    shouting: findShouting(tokens, index),
    artefacts: findArtefacts(scanned),
    question,
    // Only questions are compared with each other (repeated questions), so only they need stems.
    stems: question ? contentStems(tokens, lexicons) : EMPTY_STEMS,
    wordCount: tokens.words.length,
    lix: readability(scanned, tokens),
    hardToReadLix: lexicons[0]?.hardToReadLix ?? DEFAULT_HARD_TO_READ_LIX,
    scoredChars: read.length,
  };
}
