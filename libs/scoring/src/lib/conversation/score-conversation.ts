import { byPosition, evidence, Evidence } from '../evidence';
import { detectLanguage, UNDETERMINED } from '../language/detect-language';
import { hasResources, normaliseLanguageCode } from '../language/lexicons';
import { analyseMessage } from '../message/analyze-message';
import { round, scoreAnalysedMessage } from '../message/score-message';
import { ownText } from '../text/own-text';
import { scoredPrefix } from '../text/scored-prefix';
import {
  ConversationScore,
  MessageResult,
  ScorableConversation,
  ScoringContext,
} from '../types';
import { SCORER_NAME, SCORER_VERSION } from '../version';
import { scoreComprehension } from './comprehension';
import { ConversationItem } from './conversation-item';
import { scoreCourtesy } from './courtesy';
import { scoreResponsiveness } from './responsiveness';

/** Enough customer text to identify the language; more only costs time. */
const LANGUAGE_SAMPLE_CHARS = 1_000;

/** The customer side's language; the agent side when the customer wrote too little to tell. */
function conversationLanguage(conversation: ScorableConversation): string {
  for (const role of ['customer', 'agent'] as const) {
    let sample = '';
    for (const m of conversation.messages) {
      if (
        m.role === role &&
        !m.internal &&
        sample.length < LANGUAGE_SAMPLE_CHARS
      ) {
        sample += `${ownText(scoredPrefix(m.text))}\n`;
      }
    }
    const detected = detectLanguage(
      sample.slice(0, LANGUAGE_SAMPLE_CHARS),
    ).lang;
    if (detected !== UNDETERMINED) {
      return detected;
    }
  }
  return UNDETERMINED;
}

function combine(parts: readonly [number | null, number][]): number | null {
  const present = parts.filter(
    (p): p is [number, number] => p[0] !== null && p[1] > 0,
  );
  const weight = present.reduce((sum, [, w]) => sum + w, 0);
  return weight === 0
    ? null
    : round(
        present.reduce((sum, [score, w]) => sum + score * w, 0) / weight,
        1,
      );
}

/**
 * Scores one conversation: responsiveness against the channel's SLA in the vendor's business time, courtesy of the
 * agent side and comprehension signals from both sides, each with evidence. Pure: same input, same output.
 */
export function scoreConversation(
  conversation: ScorableConversation,
  context: ScoringContext,
): ConversationScore {
  const detectedLanguage = conversationLanguage(conversation);
  const language =
    normaliseLanguageCode(conversation.language) ?? detectedLanguage;
  const supported = hasResources(language);

  const items: ConversationItem[] = conversation.messages
    .map((message, index) => ({ message, index }))
    .filter(
      ({ message }) =>
        !message.internal &&
        (message.role === 'customer' || message.role === 'agent'),
    )
    // Stable: messages with equal timestamps keep their input order.
    .sort((a, b) => a.message.at - b.message.at || a.index - b.index)
    .map(({ message, index }) => {
      const analysis = analyseMessage(message.text, {
        fallbackLang: supported ? language : undefined,
      });
      return {
        index,
        message,
        analysis,
        score: scoreAnalysedMessage(analysis, index),
      };
    });

  const responsiveness = scoreResponsiveness(conversation, items, context);
  const comprehension = scoreComprehension(
    conversation,
    items,
    language,
    supported,
    context,
  );
  const courtesy = scoreCourtesy(
    items,
    language,
    supported,
    comprehension.ignoredQuestions,
    context,
  );

  const found: Evidence[] = [
    ...responsiveness.evidence,
    ...comprehension.evidence,
    ...courtesy.evidence,
  ];
  for (const item of items) {
    const isAgent = item.message.role === 'agent';
    for (const e of item.score.evidence) {
      // Courtesy is the agent's; comprehension signals of the lexicon come from the customer.
      const relevant = e.rule.startsWith('courtesy.')
        ? isAgent
        : e.rule.startsWith('comprehension.')
          ? !isAgent
          : isAgent;
      // Where a long message stopped being read is kept for every author and language.
      if ((relevant && supported) || e.rule === 'text.scored-prefix') {
        found.push(e);
      }
    }
  }
  if (!supported) {
    found.push(
      evidence(items[0]?.index ?? 0, 0, 0, 'language.unsupported', language),
    );
  }
  found.sort(byPosition);

  const messages: MessageResult[] = items
    .map((i) => ({
      index: i.index,
      role: i.message.role,
      lang: i.score.lang,
      languageStatus: i.score.languageStatus,
      courtesy: i.score.courtesy,
      rudeness: i.score.rudeness,
      formality: i.score.formality,
      clarificationRequest: i.score.clarificationRequest,
    }))
    .sort((a, b) => a.index - b.index);

  const w = context.weights;
  return {
    id: conversation.id,
    scorer: SCORER_NAME,
    scorerVersion: SCORER_VERSION,
    language,
    detectedLanguage,
    languageStatus: supported ? 'supported' : 'unsupported',
    responsiveness: responsiveness.score,
    courtesy: courtesy.score,
    comprehension: comprehension.score,
    overall: supported
      ? combine([
          [responsiveness.score.score, w.responsiveness],
          [courtesy.score.score, w.courtesy],
          [comprehension.score.score, w.comprehension],
        ])
      : null,
    evidence: found,
    messages,
  };
}
