import { Formality } from '@rapport/contracts';
import { PhraseCategory } from '../../languages/language-resources';
import { Evidence, evidence, RuleId } from '../evidence';
import { featureIndex, messageFeatures } from '../model/features';
import { needsNgrams, readHead } from '../model/model';
import { asksWhatWasMeant } from './clarification';
import { hitDelta, pointsOf, styleEvidence, withPoints } from './model-points';
import {
  analyseMessage,
  AnalyseOptions,
  LanguageStatus,
  MessageAnalysis,
} from './analyze-message';

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

/** A message reads formal (informal) when the formality head is at least this sure. */
const FORMAL_PROBABILITY = 0.8;
const INFORMAL_PROBABILITY = 0.2;

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
  const f = messageFeatures(a, needsNgrams(a.lang));
  const polite = readHead('politeness', f, a.lang);
  const hitsOfFeature = new Map<number, number>();
  f.hitFeature.forEach((k) => hitsOfFeature.set(k, (hitsOfFeature.get(k) ?? 0) + 1));
  const pointsOfFeature = (k: number, hits = 1): number =>
    pointsOf(polite, hitDelta(f, polite, k, hits));
  const found: Evidence[] = [];
  const clarifying = a.hits.some((h) => h.category === 'clarification' && asksWhatWasMeant(a, h));
  a.hits.forEach((hit, i) => {
    const rule = CATEGORY_RULE[hit.category];
    const k = f.hitFeature[i] as number;
    if (rule === undefined || k < 0 || (hit.category === 'clarification' && !asksWhatWasMeant(a, hit))) {
      return;
    }
    const item = evidence(
      messageIndex,
      hit.start,
      hit.end,
      rule,
      quote(a.text, hit.start, hit.end, hit.approximate),
    );
    found.push(withPoints(item, pointsOfFeature(k, hitsOfFeature.get(k))));
  });
  if (a.firstName) {
    const item = evidence(
      messageIndex,
      a.firstName.start,
      a.firstName.end,
      'courtesy.first-name',
      quote(a.text, a.firstName.start, a.firstName.end),
    );
    found.push(withPoints(item, pointsOfFeature(featureIndex('first-name'))));
  }
  if (a.shouting) {
    const item = evidence(
      messageIndex,
      a.shouting.start,
      a.shouting.end,
      'courtesy.shouting',
      quote(a.text, a.shouting.start, a.shouting.end),
    );
    found.push(withPoints(item, pointsOfFeature(featureIndex('shouting'))));
  }
  const formalHitStarts = new Set(a.hits.filter((h) => h.category === 'formal').map((h) => h.start));
  for (const span of a.formal.filter((s) => !formalHitStarts.has(s.start))) {
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
  const style = styleEvidence(f, polite, messageIndex);
  if (style) {
    found.push(style);
  }
  const clarificationRequest = clarifying || /^\s*\?+\s*$/.test(a.text);
  if (clarificationRequest && !clarifying) {
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
  const formal = readHead('formality', f, a.lang).probability;
  return {
    lang: a.lang,
    languageStatus: a.status,
    courtesy: round(100 * polite.probability, 1),
    rudeness: round(readHead('rudeness', f, a.lang).probability, 3),
    formality:
      formal >= FORMAL_PROBABILITY
        ? 'formal'
        : formal <= INFORMAL_PROBABILITY
          ? 'informal'
          : 'neutral',
    clarificationRequest,
    evidence: found,
  };
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
