import type { CsatScale, NativeConversation } from '@rapport/contracts';
import { SeededRandom } from './random';

const HOUR = 3_600_000;
const RECONTACT_WINDOW = 72 * HOUR;

/** The answers one demo survey gives: CSAT always, then effort, resolution and recommend questions. */
export interface DemoAnswer {
  source: string;
  conversationExternalId: string;
  questionKey: string;
  score: number;
  scale: CsatScale;
  comment?: string;
  answeredAt: string;
}

/**
 * What the demo adds on a random stream of its own (so the conversations and CSAT answers stay what they were):
 * - a customer id per conversation; a customer whose earlier conversation in the 72 hours before went badly (a curt
 *   or English-only answer) comes back three times as often as one who was well served, so the recontact rate
 *   follows the planted comprehension problems;
 * - the other survey questions for most CSAT answers: effort on 1–7, resolved (thumbs) and recommend on 0–10, each
 *   following the CSAT answer with some noise.
 */
export function addFollowUps(
  random: SeededRandom,
  conversations: readonly NativeConversation[],
  wentBadly: readonly boolean[],
  csat: readonly DemoAnswer[],
): DemoAnswer[] {
  const starts = conversations.map((conversation) => Date.parse(conversation.createdAt));
  conversations.forEach((conversation, index) => {
    const start = starts[index] ?? 0;
    const earlier = conversations.findIndex(
      (_, other) =>
        other !== index &&
        (starts[other] ?? 0) < start &&
        start - (starts[other] ?? 0) <= RECONTACT_WINDOW &&
        random.chance(wentBadly[other] ? 0.3 : 0.1),
    );
    const customer = earlier >= 0 ? conversations[earlier]?.customerId : undefined;
    conversation.customerId = customer ?? `${conversation.externalId}-customer`;
  });
  return csat.flatMap((answer) => {
    if (!random.chance(0.8)) {
      return [];
    }
    // The CSAT answer on 0–1, moved by up to ±0.15.
    const level = () => Math.min(1, Math.max(0, (answer.score - 1) / 4 + (random.next() - 0.5) * 0.3));
    const at = new Date(Date.parse(answer.answeredAt) + 1_000).toISOString();
    const base = { source: answer.source, conversationExternalId: answer.conversationExternalId, answeredAt: at };
    return [
      { ...base, questionKey: 'effort', scale: '1-7' as const, score: 1 + Math.round(level() * 6) },
      { ...base, questionKey: 'resolution', scale: 'thumbs' as const, score: level() >= 0.5 ? 1 : 0 },
      { ...base, questionKey: 'nps', scale: '0-10' as const, score: Math.round(level() * 10) },
    ];
  });
}
