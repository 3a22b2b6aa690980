/**
 * The data a language needs to be scored. Each supported language has one folder under `languages/`
 * exporting a `LanguageResources` object; phrases are written naturally (accents, apostrophes, case do
 * not matter: they are folded like the messages) with three small pattern helpers:
 *   `(a|b)` alternatives, `[word]` optional word, `*` exactly one arbitrary word.
 */
export const PHRASE_CATEGORIES = [
  // Politeness strategies (courtesy, positive).
  'greeting',
  'closing',
  'thanks',
  'please',
  'apology',
  'empathy',
  'hedge',
  'deference',
  // Rudeness (courtesy, negative).
  'profanity',
  'insult',
  'blame',
  'dismissive',
  'sarcasm',
  'bareImperative',
  // Comprehension signals.
  'clarification',
  'escalation',
  'repetition',
  'acknowledgement',
  // Register (T/V forms and their equivalents).
  'formal',
  'informal',
] as const;
export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number];

export interface LanguageResources {
  /** ISO 639-1 code. */
  readonly code: string;
  readonly name: string;
  readonly phrases: Readonly<Record<PhraseCategory, readonly string[]>>;
  /**
   * Words that only mark the formal register when capitalised inside a sentence (German "Sie", "Ihnen").
   * Lowercase or sentence-initial occurrences are ambiguous and ignored.
   */
  readonly capitalisedFormal?: readonly string[];
  /** Letters this language never uses (Slovenian has no ć or đ): rules it out for text that contains them. */
  readonly foreignLetters: string;
  /** Function words, ignored when comparing what a question and its answer are about. */
  readonly stopwords: readonly string[];
  /**
   * Words that, right after a "don't understand" phrase, show confusion about the situation rather than about what
   * the agent said ("I don't understand why I was charged"): the phrase is then no clarification request.
   */
  readonly clarificationBlockers: readonly string[];
  /**
   * Clarification phrases, as written in `phrases.clarification`, that also voice a complaint ("makes no sense",
   * "no tiene sentido"): they count as a request only in a message with a question mark.
   */
  readonly clarificationNeedsQuestion?: readonly string[];
  /**
   * Articles and determiners: a clarification phrase followed by one takes a new object ("explain the difference",
   * "no entiendo la factura") and asks about something else, unless a referent word follows within three words.
   */
  readonly clarificationDeterminers?: readonly string[];
  /** Words naming what the agent said or wrote ("the last part", "los pasos", "Ihre Antwort"). */
  readonly clarificationReferents?: readonly string[];
  /** Negation words: a politeness strategy right after one is negated ("not sorry", "no gracias"). */
  readonly negations: readonly string[];
  /** Second-person words: a request opening with one reads as direct ("You need to…", "Du musst…"). */
  readonly secondPerson: readonly string[];
  /** First-person words: opening with one frames the message around the writer ("I will check…"). */
  readonly firstPerson: readonly string[];
  /** Words that open a question when the customer omits the question mark. */
  readonly questionWords: readonly string[];
  /**
   * LIX readability index above which agent text counts as hard to read for this language
   * (languages with long compounds, such as German, sit higher on the scale for the same difficulty).
   */
  readonly hardToReadLix: number;
}
