import { PhraseCategory } from '../../languages/language-resources';
import { UNDETERMINED } from '../language/detect-language';
import { Evidence, evidence } from '../evidence';
import { clamp, round } from '../message/score-message';
import {
  ComprehensionScore,
  ScorableConversation,
  ScoringContext,
} from '../types';
import { DEFAULT_RECONTACT_WINDOW_SECONDS } from '../context';
import { ConversationItem } from './conversation-item';

/** Points lost per occurrence, and the cap on how many occurrences count. */
const PENALTY = {
  clarification: [12, 3],
  repeated: [10, 3],
  otherAgent: [20, 1],
  customerSwitch: [10, 2],
  mismatch: [15, 2],
  unaddressed: [8, 3],
  artefact: [5, 3],
  hardToRead: [10, 1],
  recontact: [15, 1],
} as const satisfies Record<string, readonly [number, number]>;

const SIMILAR_QUESTION = 0.5;
const MIN_STEMS_TO_COMPARE = 3;
/** Messages shorter than this are not trusted to show which language someone writes in. */
const MIN_WORDS_FOR_LANGUAGE = 3;
/** An agent reply that acknowledges, apologises or asks back has not ignored the question. */
const ACKNOWLEDGING: readonly PhraseCategory[] = [
  'acknowledgement',
  'apology',
  'clarification',
  'empathy',
];

function penalty(kind: keyof typeof PENALTY, count: number): number {
  const [points, cap] = PENALTY[kind];
  return points * Math.min(count, cap);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  a.forEach((s) => {
    if (b.has(s)) {
      shared++;
    }
  });
  return shared / (a.size + b.size - shared || 1);
}

function languageKnown(item: ConversationItem): boolean {
  const d = item.analysis.detection;
  return (
    d.reliable &&
    d.lang !== UNDETERMINED &&
    item.analysis.wordCount >= MIN_WORDS_FOR_LANGUAGE
  );
}

interface RepeatedQuestion {
  readonly item: ConversationItem;
  /** Agent messages sent between the first asking and the repeat: they did not address it. */
  readonly between: readonly ConversationItem[];
}

/** A customer question asked again in other words, by stem overlap with an earlier question. */
function repeatedQuestions(
  items: readonly ConversationItem[],
): RepeatedQuestion[] {
  const found: RepeatedQuestion[] = [];
  const asked: { item: ConversationItem; position: number }[] = [];
  items.forEach((item, position) => {
    const a = item.analysis;
    if (
      item.message.role !== 'customer' ||
      a.question === null ||
      a.stems.size < MIN_STEMS_TO_COMPARE
    ) {
      return;
    }
    const earlier = asked.find(
      (q) => jaccard(q.item.analysis.stems, a.stems) >= SIMILAR_QUESTION,
    );
    if (earlier) {
      found.push({
        item,
        between: items
          .slice(earlier.position + 1, position)
          .filter((i) => i.message.role === 'agent'),
      });
    }
    asked.push({ item, position });
  });
  return found;
}

export interface ComprehensionResult {
  readonly score: ComprehensionScore;
  readonly evidence: Evidence[];
  /** Agent replies that neither answered nor acknowledged a question the customer then had to repeat. */
  readonly ignoredQuestions: ConversationItem[];
}

export function scoreComprehension(
  conversation: ScorableConversation,
  items: readonly ConversationItem[],
  language: string,
  supported: boolean,
  context: ScoringContext,
): ComprehensionResult {
  const found: Evidence[] = [];
  const customer = items.filter((i) => i.message.role === 'customer');
  const agent = items.filter((i) => i.message.role === 'agent');

  const clarifications = customer.filter(
    (i) => i.score.clarificationRequest === true,
  );
  const lexicalRepeats = customer.filter((i) =>
    i.analysis.hits.some((h) => h.category === 'repetition'),
  );
  const repeats = repeatedQuestions(items);
  repeats.forEach((r) => {
    const q = r.item.analysis.question;
    if (q && !lexicalRepeats.includes(r.item)) {
      found.push(
        evidence(
          r.item.index,
          q.start,
          q.end,
          'comprehension.repeated-question',
          'asked before in similar words',
        ),
      );
    }
  });
  const repeatedCount = new Set([
    ...lexicalRepeats,
    ...repeats.map((r) => r.item),
  ]).size;
  const asksForOtherAgent = customer.some((i) =>
    i.analysis.hits.some((h) => h.category === 'escalation'),
  );

  // Language: each reliable customer message updates what the customer is writing in.
  let customerLang = language;
  let previousCustomerLang: string | null = null;
  let switches = 0;
  let mismatches = 0;
  for (const item of items) {
    if (!languageKnown(item)) {
      continue;
    }
    const lang = item.analysis.detection.lang;
    if (item.message.role === 'customer') {
      if (previousCustomerLang !== null && lang !== previousCustomerLang) {
        switches++;
        found.push(
          evidence(
            item.index,
            0,
            item.message.text.length,
            'comprehension.customer-language-switch',
            `${previousCustomerLang} → ${lang}`,
          ),
        );
      }
      previousCustomerLang = lang;
      customerLang = lang;
    } else if (lang !== customerLang && customerLang !== UNDETERMINED) {
      mismatches++;
      found.push(
        evidence(
          item.index,
          0,
          item.message.text.length,
          'comprehension.agent-language-mismatch',
          `agent wrote ${lang}, customer ${customerLang}`,
        ),
      );
    }
  }

  const unaddressed = [...new Set(repeats.flatMap((r) => r.between))];
  unaddressed.forEach((i) =>
    found.push(
      evidence(
        i.index,
        0,
        i.message.text.length,
        'comprehension.answer-not-addressing',
      ),
    ),
  );
  const ignoredQuestions = unaddressed.filter(
    (i) => !i.analysis.hits.some((h) => ACKNOWLEDGING.includes(h.category)),
  );

  let artefacts = 0;
  agent.forEach((i) =>
    i.analysis.artefacts.forEach((span) => {
      artefacts++;
      found.push(
        evidence(
          i.index,
          span.start,
          span.end,
          'comprehension.machine-translation-artefact',
          `“${i.message.text.slice(span.start, span.end)}”`,
        ),
      );
    }),
  );

  const judged = agent.filter((i) => i.analysis.lix !== null);
  const meanLix = judged.length
    ? judged.reduce((sum, i) => sum + (i.analysis.lix ?? 0), 0) / judged.length
    : null;
  const threshold = judged[0]?.analysis.hardToReadLix ?? Infinity;
  const hardToRead = meanLix !== null && meanLix > threshold;
  if (hardToRead) {
    const worst = judged.reduce((a, b) =>
      (b.analysis.lix ?? 0) > (a.analysis.lix ?? 0) ? b : a,
    );
    found.push(
      evidence(
        worst.index,
        0,
        worst.message.text.length,
        'comprehension.hard-to-read',
        `LIX ${round(meanLix, 0)} above ${threshold} for ${language}`,
      ),
    );
  }

  const windowMs =
    (context.recontactWindowSeconds ?? DEFAULT_RECONTACT_WINDOW_SECONDS) * 1000;
  const sincePrevious =
    context.previousContactAt === undefined
      ? undefined
      : conversation.createdAt - context.previousContactAt;
  const recontact =
    sincePrevious !== undefined &&
    sincePrevious >= 0 &&
    sincePrevious <= windowMs;
  if (recontact) {
    found.push(
      evidence(
        items[0]?.index ?? 0,
        0,
        0,
        'comprehension.recontact',
        `${round((sincePrevious ?? 0) / 3_600_000, 1)} h after the previous contact`,
      ),
    );
  }

  const lost =
    penalty('clarification', clarifications.length) +
    penalty('repeated', repeatedCount) +
    penalty('otherAgent', asksForOtherAgent ? 1 : 0) +
    penalty('customerSwitch', switches) +
    penalty('mismatch', mismatches) +
    penalty('unaddressed', unaddressed.length) +
    penalty('artefact', artefacts) +
    penalty('hardToRead', hardToRead ? 1 : 0) +
    penalty('recontact', recontact ? 1 : 0);

  return {
    score: {
      score: supported ? round(clamp(100 - lost), 1) : null,
      clarificationRequests: clarifications.length,
      repeatedQuestions: repeatedCount,
      asksForOtherAgent,
      customerLanguageSwitches: switches,
      languageMismatch: mismatches,
      unaddressedAnswers: unaddressed.length,
      machineTranslationArtefacts: artefacts,
      agentReadabilityLix: meanLix === null ? null : round(meanLix, 1),
      hardToRead,
      recontactWithin72h: recontact,
    },
    evidence: found,
    ignoredQuestions,
  };
}
