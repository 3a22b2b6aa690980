import { NativeConversation } from '@rapport/contracts';
import { ScorableConversation } from '../types';

function epochMs(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) {
    throw new Error(`Invalid timestamp in ${field}: "${iso}"`);
  }
  return ms;
}

/** Converts the ingested shape (ISO 8601 strings) into the scorer's (epoch milliseconds), once, at the edge. */
export function toScorableConversation(
  native: NativeConversation,
): ScorableConversation {
  return {
    id: native.externalId,
    channel: native.channel,
    language: native.language,
    createdAt: epochMs(native.createdAt, 'createdAt'),
    closedAt:
      native.closedAt === undefined
        ? undefined
        : epochMs(native.closedAt, 'closedAt'),
    ...(native.openingMissing === true ? { openingMissing: true } : {}),
    messages: native.messages.map((m, i) => ({
      role: m.role,
      at: epochMs(m.at, `messages[${i}].at`),
      text: m.text,
      agentId: m.agentId,
      internal: m.internal,
    })),
  };
}
