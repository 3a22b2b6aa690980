import { AgentDirectory } from '@rapport/api-vendors';
import type { AcceptedConversation } from './conversation-write.types';
import type { ScoreInBatch } from './in-batch-scoring';

export const CONVERSATION_COLUMNS = [
  'id',
  'source',
  'external_id',
  'vendor_id',
  'channel',
  'queue',
  'site',
  'declared_language',
  'language',
  'created_at',
  'closed_at',
  'tags',
  'content_hash',
  'message_count',
  'score_status',
  'scorer_version',
  'responsiveness',
  'courtesy',
  'comprehension',
  'overall',
  'first_response_seconds',
  'settings_fingerprint',
  'updated_at',
  'opening_missing',
  'customer_key',
] as const;
/** An updated conversation keeps its id (and whatever refers to it: reviews, surveys); every other column is replaced. */
export const UPSERT_CONVERSATION = `ON CONFLICT (id) DO UPDATE SET ${CONVERSATION_COLUMNS.filter((c) => c !== 'id')
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')}`;
export const MESSAGE_COLUMNS = [
  'conversation_id',
  'position',
  'author_role',
  'agent_id',
  'sent_at',
  'text',
  'is_internal',
  'language',
] as const;

/** The `conversations` row of an accepted conversation, with its score when it was scored in the batch. */
export function conversationRow(
  { conversation, id, vendor, hash, customerKey }: AcceptedConversation,
  score: ScoreInBatch | undefined,
  now: string,
): unknown[] {
  return [
    id,
    conversation.source,
    conversation.externalId,
    vendor.id,
    conversation.channel,
    conversation.queue ?? null,
    conversation.site ?? null,
    conversation.language ?? null,
    score ? score.language : (conversation.language ?? null),
    conversation.createdAt,
    conversation.closedAt ?? null,
    JSON.stringify(conversation.tags ?? []),
    hash,
    conversation.messages.length,
    // A ticket imported without its comments is stored and shown, never scored until they arrive; one not
    // scored in the batch stays `pending` for the scoring worker, which starts after the commit.
    score ? score.status : conversation.transcriptMissing === true ? 'no-transcript' : 'pending',
    score?.scorerVersion ?? null,
    score?.responsiveness ?? null,
    score?.courtesy ?? null,
    score?.comprehension ?? null,
    score?.overall ?? null,
    score?.firstResponseSeconds ?? null,
    score?.settingsFingerprint ?? null,
    now,
    conversation.openingMissing === true,
    customerKey,
  ];
}

/** The `messages` rows of an accepted conversation: its agents resolved to ids, languages by position if scored. */
export function messageRows(
  { conversation, id, vendor }: AcceptedConversation,
  languages: ReadonlyArray<string | null> | undefined,
  agentIds: ReadonlyMap<string, string>,
): unknown[][] {
  return conversation.messages.map((message, position) => [
    id,
    position,
    message.role,
    message.agentId ? (agentIds.get(AgentDirectory.key(vendor.id, message.agentId)) ?? null) : null,
    message.at,
    message.text,
    message.internal ?? false,
    languages?.[position] ?? null,
  ]);
}
