import type { EntityManager } from 'typeorm';
import { selectInChunks } from '@rapport/api-database';
import type { AuthorRole, Channel, NativeConversation, NativeMessage } from '@rapport/contracts';

/** A stored conversation row, as read back for scoring. */
export interface ConversationRow {
  id: string;
  source: string;
  external_id: string;
  vendor_id: string;
  channel: Channel;
  queue: string | null;
  site: string | null;
  declared_language: string | null;
  created_at: string;
  /** Start of the same customer's latest earlier conversation with the vendor (rescorer only). */
  previous_contact_at?: string | null;
  closed_at: string | null;
  tags: string;
  content_hash: string;
  message_count: number | string;
  opening_missing: boolean | number;
}

export interface StoredMessageRow {
  id: number | string;
  conversation_id: string;
  author_role: AuthorRole;
  sent_at: string;
  text: string;
  is_internal: boolean | number;
  agent_external_id: string | null;
}

/** Messages of the given conversations in order, with their agents' external ids. */
export async function loadMessagesForScoring(manager: EntityManager, conversationIds: readonly string[]): Promise<Map<string, StoredMessageRow[]>> {
  const rows = await selectInChunks<StoredMessageRow>(manager, conversationIds, (placeholders, chunk) => ({
    sql: `SELECT m.id, m.conversation_id, m.author_role, m.sent_at, m.text, m.is_internal, a.external_id AS agent_external_id
            FROM messages m LEFT JOIN agents a ON a.id = m.agent_id
           WHERE m.conversation_id IN (${placeholders}) ORDER BY m.conversation_id, m.position`,
    params: chunk,
  }));
  const byConversation = new Map<string, StoredMessageRow[]>();
  for (const row of rows) {
    const list = byConversation.get(row.conversation_id) ?? [];
    list.push(row);
    byConversation.set(row.conversation_id, list);
  }
  return byConversation;
}

/** The native shape of a stored conversation, as the scorer takes it. */
export function toNativeConversation(row: ConversationRow, vendorSlug: string, messages: readonly StoredMessageRow[]): NativeConversation {
  return {
    source: row.source,
    externalId: row.external_id,
    vendor: vendorSlug,
    channel: row.channel,
    ...(row.queue ? { queue: row.queue } : {}),
    ...(row.site ? { site: row.site } : {}),
    ...(row.declared_language ? { language: row.declared_language } : {}),
    createdAt: row.created_at,
    ...(row.closed_at ? { closedAt: row.closed_at } : {}),
    tags: JSON.parse(row.tags),
    ...(row.opening_missing === true || row.opening_missing === 1 ? { openingMissing: true } : {}),
    messages: messages.map(
      (message): NativeMessage => ({
        role: message.author_role,
        at: message.sent_at,
        text: message.text,
        ...(message.agent_external_id ? { agentId: message.agent_external_id } : {}),
        ...(message.is_internal === true || message.is_internal === 1 ? { internal: true } : {}),
      }),
    ),
  };
}
