import { createHash } from 'node:crypto';
import type { NativeConversation } from '@rapport/contracts';

/** Stable hash of everything stored from a conversation, so a re-import of identical content is a no-op. */
export function conversationContentHash(conversation: NativeConversation, customerKey: string | null = null): string {
  const canonical = [
    conversation.vendor,
    conversation.channel,
    conversation.queue ?? '',
    conversation.site ?? '',
    conversation.language ?? '',
    conversation.createdAt,
    conversation.closedAt ?? '',
    (conversation.tags ?? []).join('\u001f'),
    // Only when set, so the hashes of conversations stored before the mark existed stay the same.
    ...(conversation.openingMissing === true ? ['opening-missing'] : []),
    // The keyed hash, not the id itself: the content hash must not let anyone test guesses of a customer id.
    ...(customerKey !== null ? [`customer:${customerKey}`] : []),
    ...conversation.messages.map((m) => [m.role, m.at, m.agentId ?? '', m.agentName ?? '', m.internal ? '1' : '0', m.text].join('\u001f')),
  ].join('\u001e');
  return createHash('sha256').update(canonical).digest('hex');
}
