import { Formality } from '@rapport/contracts';
import { PhraseCategory } from '../../languages/language-resources';
import { Evidence, evidence, RuleId } from '../evidence';
import {
  analyseMessage,
  AnalyseOptions,
  LanguageStatus,
  MessageAnalysis,
} from './analyze-message';

/** Points a neutral message starts from: polite strategies raise it, rudeness lowers it. */
export const NEUTRAL_COURTESY = 60;
const MAX_POLITENESS_BONUS = 40;
const RUDENESS_WEIGHT = 80;
const MAX_HITS_PER_CATEGORY = 3;

/** Courtesy points per politeness strategy, counted once per message. */
export const POLITENESS_POINTS: Readonly<
  Partial<Record<PhraseCategory | 'firstName', number>>
> = {
  greeting: 8,
  closing: 8,
  thanks: 10,
  please: 8,
  apology: 8,
  empathy: 10,
  hedge: 5,
  deference: 6,
  firstName: 4,
};

/** Rudeness severity (0–1) of one occurrence; occurrences combine as independent probabilities. */
export const RUDENESS_SEVERITY: Readonly<
  Partial<Record<PhraseCategory | 'shouting', number>>
> = {
  profanity: 0.6,
  insult: 0.7,
  dismissive: 0.4,
  blame: 0.35,
  sarcasm: 0.3,
  shouting: 0.3,
  bareImperative: 0.2,
};

const CATEGORY_RULE: Readonly<Partial<Record<PhraseCategory, RuleId>>> = {
  greeting: 'courtesy.greeting',
  closing: 'courtesy.closing',
  thanks: 'courtesy.thanks',
  please: 'courtesy.please',
  apology: 'courtesy.apology',
  empathy: 'courtesy.empathy',
  hedge: 'courtesy.hedge',
  deference: 'courtesy.deference',
  profanity: 'courtesy.profanity',
  insult: 'courtesy.insult',
  blame: 'courtesy.blame',
  dismissive: 'courtesy.dismissive',
  sarcasm: 'courtesy.sarcasm',
  bareImperative: 'courtesy.bare-imperative',
  clarification: 'comprehension.clarification-request',
  escalation: 'comprehension.asks-for-other-agent',
  repetition: 'comprehension.repeated-question',
  formal: 'courtesy.register-formal',
  informal: 'courtesy.register-informal',
};

/** Softeners that make an imperative a polite instruction ("Please restart the router"). */
const SOFTENERS: ReadonlySet<PhraseCategory> = new Set([
  'please',
  'thanks',
  'apology',
  'hedge',
  'empathy',
]);

export interface MessageScore {
  /** ISO 639-1 language of the message ('und' when it cannot be told). */
  readonly lang: string;
  readonly languageStatus: LanguageStatus;
  /** 0–100, 60 for a neutral message; null in a language without resources. */
  readonly courtesy: number | null;
  /** 0–1 strength of rude signals; null in a language without resources. */
  readonly rudeness: number | null;
  readonly formality: Formality | null;
  readonly clarificationRequest: boolean | null;
  readonly evidence: readonly Evidence[];
}

function quote(
  text: string,
  start: number,
  end: number,
  approximate = false,
): string {
  return `“${text.slice(start, end)}”${approximate ? ' (approximate match)' : ''}`;
}

/** Says where scoring stopped in a message longer than MAX_SCORED_CHARS: never skipped silently. */
function prefixNote(a: MessageAnalysis, messageIndex: number): Evidence[] {
  if (a.scoredChars >= a.text.length) {
    return [];
  }
  const detail = `the first ${a.scoredChars} of ${a.text.length} characters`;
  return [
    evidence(
      messageIndex,
      a.scoredChars,
      a.scoredChars,
      'text.scored-prefix',
      detail,
    ),
  ];
}

/** Scores one message on its own; conversation scoring adds the signals that need context. */
export function scoreAnalysedMessage(
  a: MessageAnalysis,
  messageIndex = 0,
): MessageScore {
  if (a.status === 'unsupported') {
    return {
      lang: a.lang,
      languageStatus: a.status,
      courtesy: null,
      rudeness: null,
      formality: null,
      clarificationRequest: null,
      evidence: [
        evidence(
          messageIndex,
          0,
          0,
          'language.unsupported',
          `detected ${a.lang}`,
        ),
        ...prefixNote(a, messageIndex),
      ],
    };
  }
  const found: Evidence[] = [];
  const categories = new Set(a.hits.map((h) => h.category));
  const softened = [...categories].some((c) => SOFTENERS.has(c));
  const perCategory = new Map<PhraseCategory, number>();
  let kept = 1;
  let bonus = 0;
  const credited = new Set<string>();
  for (const hit of a.hits) {
    const rule = CATEGORY_RULE[hit.category];
    if (rule === undefined || (hit.category === 'bareImperative' && softened)) {
      continue;
    }
    found.push(
      evidence(
        messageIndex,
        hit.start,
        hit.end,
        rule,
        quote(a.text, hit.start, hit.end, hit.approximate),
      ),
    );
    const severity = RUDENESS_SEVERITY[hit.category];
    const count = (perCategory.get(hit.category) ?? 0) + 1;
    perCategory.set(hit.category, count);
    if (severity !== undefined && count <= MAX_HITS_PER_CATEGORY) {
      kept *= 1 - severity;
    }
    const points = POLITENESS_POINTS[hit.category];
    if (points !== undefined && !credited.has(hit.category)) {
      credited.add(hit.category);
      bonus += points;
    }
  }
  if (a.firstName) {
    found.push(
      evidence(
        messageIndex,
        a.firstName.start,
        a.firstName.end,
        'courtesy.first-name',
        quote(a.text, a.firstName.start, a.firstName.end),
      ),
    );
    bonus += POLITENESS_POINTS.firstName ?? 0;
  }
  if (a.shouting) {
    found.push(
      evidence(
        messageIndex,
        a.shouting.start,
        a.shouting.end,
        'courtesy.shouting',
        quote(a.text, a.shouting.start, a.shouting.end),
      ),
    );
    kept *= 1 - (RUDENESS_SEVERITY.shouting ?? 0);
  }
  const formalHitStarts = new Set(
    a.hits.filter((h) => h.category === 'formal').map((h) => h.start),
  );
  for (const span of a.formal.filter((f) => !formalHitStarts.has(f.start))) {
    found.push(
      evidence(
        messageIndex,
        span.start,
        span.end,
        'courtesy.register-formal',
        quote(a.text, span.start, span.end),
      ),
    );
  }
  const clarificationRequest =
    categories.has('clarification') || /^\s*\?+\s*$/.test(a.text);
  if (clarificationRequest && !categories.has('clarification')) {
    found.push(
      evidence(
        messageIndex,
        0,
        a.text.length,
        'comprehension.clarification-request',
        'question marks only',
      ),
    );
  }
  found.push(...prefixNote(a, messageIndex));
  const rudeness = round(1 - kept, 3);
  const courtesy = clamp(
    NEUTRAL_COURTESY +
      Math.min(bonus, MAX_POLITENESS_BONUS) -
      RUDENESS_WEIGHT * rudeness,
  );
  return {
    lang: a.lang,
    languageStatus: a.status,
    courtesy: round(courtesy, 1),
    rudeness,
    formality: formalityOf(a),
    clarificationRequest,
    evidence: found,
  };
}

export function formalityOf(a: MessageAnalysis): Formality {
  if (a.formal.length > a.informal.length) {
    return 'formal';
  }
  return a.informal.length > a.formal.length ? 'informal' : 'neutral';
}

/** Scores one message on its own (the `score-messages` command): courtesy, rudeness, formality, clarification. */
export function scoreMessage(
  text: string,
  options: AnalyseOptions = {},
): MessageScore {
  return scoreAnalysedMessage(analyseMessage(text, options));
}

export function clamp(value: number, low = 0, high = 100): number {
  return Math.min(high, Math.max(low, value));
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
