import { Formality } from '@rapport/contracts';
import { PhraseCategory } from '../../languages/language-resources';
import { Evidence, evidence } from '../evidence';
import { clamp, round } from '../message/score-message';
import { POLITENESS_STRATEGIES, RUDE_MESSAGE_PROBABILITY as RUDE_THRESHOLD } from '../model/rule-weights';
import { CourtesyScore, ScoringContext } from '../types';
import { ConversationItem } from './conversation-item';

/** The worst agent message weighs in strongly: one insult is not averaged away by ten polite lines. */
const MEAN_SHARE = 0.6;
const WORST_SHARE = 0.4;
const MISSING_GREETING_PENALTY = 5;
const MISSING_CLOSING_PENALTY = 5;
const REGISTER_MISMATCH_PENALTY = 10;
const CURT_REPLY_PENALTY = 5;
const IGNORED_QUESTION_PENALTY = 5;
const MAX_REPEATED_PENALTIES = 3;
const CURT_REPLY_MAX_WORDS = 2;
const LONG_CUSTOMER_MESSAGE_WORDS = 25;
const GREETING_WINDOW = 2;
const MAX_MISMATCH_EVIDENCE = 3;

const POLITENESS = POLITENESS_STRATEGIES;

function has(item: ConversationItem, ...categories: PhraseCategory[]): boolean {
  return item.analysis.hits.some((h) => categories.includes(h.category));
}

function registerOf(agent: readonly ConversationItem[]): Formality | null {
  const formal = agent.reduce((n, i) => n + i.analysis.formal.length, 0);
  const informal = agent.reduce((n, i) => n + i.analysis.informal.length, 0);
  if (agent.length === 0) {
    return null;
  }
  return formal > informal
    ? 'formal'
    : informal > formal
      ? 'informal'
      : 'neutral';
}

/** Agent replies of one or two words right after a long customer message. */
function curtReplies(items: readonly ConversationItem[]): ConversationItem[] {
  const curt: ConversationItem[] = [];
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (
      item.message.role === 'agent' &&
      previous?.message.role === 'customer' &&
      previous.analysis.wordCount >= LONG_CUSTOMER_MESSAGE_WORDS &&
      item.analysis.wordCount <= CURT_REPLY_MAX_WORDS
    ) {
      curt.push(item);
    }
  });
  return curt;
}

export function scoreCourtesy(
  items: readonly ConversationItem[],
  language: string,
  supported: boolean,
  ignoredQuestions: readonly ConversationItem[],
  context: ScoringContext,
): { score: CourtesyScore; evidence: Evidence[] } {
  const agent = items.filter((i) => i.message.role === 'agent');
  const scoredAgent = agent.filter((i) => i.score.courtesy !== null);
  const customerRudeMessages = items.filter(
    (i) =>
      i.message.role === 'customer' &&
      (i.score.rudeness ?? 0) >= RUDE_THRESHOLD,
  ).length;
  const expectedFormality = context.expectedFormality[language] ?? 'neutral';
  const found: Evidence[] = [];
  const rudeness = scoredAgent.map((i) => i.score.rudeness ?? 0);
  const greeted = agent
    .slice(0, GREETING_WINDOW)
    .some((i) => has(i, 'greeting') || i.analysis.firstName !== null);
  const last = agent[agent.length - 1];
  const closedPolitely = last !== undefined && has(last, 'closing', 'thanks');
  const agentFormality = registerOf(scoredAgent);
  const registerMismatch =
    supported &&
    expectedFormality !== 'neutral' &&
    agentFormality !== null &&
    agentFormality !== 'neutral' &&
    agentFormality !== expectedFormality;
  const curt = curtReplies(items);

  let score: number | null = null;
  if (supported && scoredAgent.length > 0) {
    const courtesies = scoredAgent.map((i) => i.score.courtesy ?? 0);
    const meanCourtesy =
      courtesies.reduce((a, b) => a + b, 0) / courtesies.length;
    let value =
      MEAN_SHARE * meanCourtesy + WORST_SHARE * Math.min(...courtesies);
    const first = agent[0] as ConversationItem;
    if (!greeted) {
      value -= MISSING_GREETING_PENALTY;
      found.push(evidence(first.index, 0, 0, 'courtesy.missing-greeting'));
    }
    if (!closedPolitely && last) {
      value -= MISSING_CLOSING_PENALTY;
      found.push(evidence(last.index, 0, 0, 'courtesy.missing-closing'));
    }
    if (registerMismatch) {
      value -= REGISTER_MISMATCH_PENALTY;
      const offending = scoredAgent.flatMap((i) =>
        (agentFormality === 'formal'
          ? i.analysis.formal
          : i.analysis.informal
        ).map((span) => ({ i, span })),
      );
      offending
        .slice(0, MAX_MISMATCH_EVIDENCE)
        .forEach(({ i, span }) =>
          found.push(
            evidence(
              i.index,
              span.start,
              span.end,
              'courtesy.register-mismatch',
              `${agentFormality} address where ${language} customers expect ${expectedFormality}`,
            ),
          ),
        );
    }
    curt.forEach((item) =>
      found.push(
        evidence(
          item.index,
          0,
          item.message.text.length,
          'courtesy.curt-reply',
        ),
      ),
    );
    ignoredQuestions.forEach((item) =>
      found.push(
        evidence(
          item.index,
          0,
          item.message.text.length,
          'courtesy.ignored-question',
        ),
      ),
    );
    value -= CURT_REPLY_PENALTY * Math.min(curt.length, MAX_REPEATED_PENALTIES);
    value -=
      IGNORED_QUESTION_PENALTY *
      Math.min(ignoredQuestions.length, MAX_REPEATED_PENALTIES);
    score = round(clamp(value), 1);
  }
  const polite = scoredAgent.filter(
    (i) =>
      i.analysis.hits.some((h) => POLITENESS.has(h.category)) ||
      i.analysis.firstName !== null,
  ).length;
  return {
    score: {
      score,
      agentMessages: agent.length,
      rudeMessages: rudeness.filter((r) => r >= RUDE_THRESHOLD).length,
      meanRudeness: rudeness.length
        ? round(rudeness.reduce((a, b) => a + b, 0) / rudeness.length, 3)
        : null,
      maxRudeness: rudeness.length ? Math.max(...rudeness) : null,
      greeted,
      closedPolitely,
      politenessRate: scoredAgent.length
        ? round(polite / scoredAgent.length, 3)
        : null,
      agentFormality: supported ? agentFormality : null,
      expectedFormality,
      registerMismatch,
      curtReplies: curt.length,
      ignoredQuestions: ignoredQuestions.length,
      customerRudeMessages,
    },
    evidence: found,
  };
}
