import type { EntityManager } from 'typeorm';
import { selectInChunks } from '@rapport/api-database';
import { AgentDirectory } from '@rapport/api-vendors';
import type { AcceptedConversation } from './conversation-write.types';
import type { ConversationScoreToStore } from './score-store';
import type { ConversationRow, StoredMessageRow } from './stored-conversation';

/** A conversation as it is about to be stored, in the shape the rescorer reads stored ones back in. */
export interface ConversationToScoreInBatch {
  row: ConversationRow;
  messages: readonly StoredMessageRow[];
}

/** What scoring gives for a conversation scored before it is stored; message languages are by position. */
export type ScoreInBatch = Omit<ConversationScoreToStore, 'id' | 'contentHash' | 'messageLanguages'> & {
  messageLanguages: ReadonlyArray<string | null>;
};

/**
 * Scores conversations inside the writing transaction, before they are stored, so their messages, scores, facts and
 * rollups are written once. Registered by the scoring library (storage does not depend on it); a conversation it
 * leaves out of its answer is stored `pending` and the scoring worker scores it after the commit.
 */
export interface InBatchScorer {
  score(
    manager: EntityManager,
    conversations: readonly ConversationToScoreInBatch[],
  ): Promise<Map<string, ScoreInBatch>>;
}

interface Contact {
  id: string;
  vendorId: string;
  customerKey: string | null;
  createdAt: string;
}

/**
 * The start of each conversation's latest earlier contact of the same customer with the same vendor, as
 * `PREVIOUS_CONTACT_SQL` of `score-store.ts` reads it once the batch is stored: among the stored conversations the
 * batch does not rewrite and the batch's own. Compared as the stored text, as the query does.
 */
export async function previousContacts(
  manager: EntityManager,
  batch: readonly Contact[],
): Promise<Map<string, string>> {
  const keyed = batch.filter((contact) => contact.customerKey !== null);
  const answer = new Map<string, string>();
  if (keyed.length === 0) {
    return answer;
  }
  const rewritten = new Set(batch.map((contact) => contact.id));
  const stored = await selectInChunks<{ id: string; vendor_id: string; customer_key: string; created_at: string }>(
    manager,
    [...new Set(keyed.map((contact) => contact.customerKey as string))],
    (placeholders, chunk) => ({
      sql: `SELECT id, vendor_id, customer_key, created_at FROM conversations WHERE customer_key IN (${placeholders})`,
      params: chunk,
    }),
  );
  const starts = new Map<string, string[]>();
  const add = (vendorId: string, customerKey: string, createdAt: string) => {
    const key = `${vendorId}\u0000${customerKey}`;
    const list = starts.get(key);
    if (list) {
      list.push(createdAt);
    } else {
      starts.set(key, [createdAt]);
    }
  };
  for (const row of stored) {
    if (!rewritten.has(row.id)) {
      add(row.vendor_id, row.customer_key, row.created_at);
    }
  }
  for (const contact of keyed) {
    add(contact.vendorId, contact.customerKey as string, contact.createdAt);
  }
  // Sorted once per customer, so a customer with many contacts costs a binary search per conversation.
  for (const list of starts.values()) {
    list.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }
  for (const contact of keyed) {
    const latest = latestBefore(starts.get(`${contact.vendorId}\u0000${contact.customerKey}`) ?? [], contact.createdAt);
    if (latest !== null) {
      answer.set(contact.id, latest);
    }
  }
  return answer;
}

/** The greatest of the sorted `starts` below `before` (compared as text), or null. */
function latestBefore(starts: readonly string[], before: string): string | null {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle] < before) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low > 0 ? starts[low - 1] : null;
}

/**
 * Scores the accepted conversations as the rescorer would read them back once stored (same row and message shapes,
 * same previous contact), so a score written here equals the one a rescore computes. Tickets without transcript
 * are never scored; without a registered scorer nothing is, and the scoring worker scores them after the commit.
 */
export async function scoreAcceptedInBatch(
  manager: EntityManager,
  scorer: InBatchScorer | null,
  accepted: readonly AcceptedConversation[],
  agentIds: ReadonlyMap<string, string>,
): Promise<Map<string, ScoreInBatch>> {
  const scorable = accepted.filter((entry) => entry.conversation.transcriptMissing !== true);
  if (scorer === null || scorable.length === 0) {
    return new Map();
  }
  const previous = await previousContacts(
    manager,
    accepted.map((entry) => ({
      id: entry.id,
      vendorId: entry.vendor.id,
      customerKey: entry.customerKey,
      createdAt: entry.conversation.createdAt,
    })),
  );
  return scorer.score(
    manager,
    scorable.map(({ conversation, id, vendor, hash }) => ({
      row: {
        id,
        source: conversation.source,
        external_id: conversation.externalId,
        vendor_id: vendor.id,
        channel: conversation.channel,
        queue: conversation.queue ?? null,
        site: conversation.site ?? null,
        declared_language: conversation.language ?? null,
        created_at: conversation.createdAt,
        previous_contact_at: previous.get(id) ?? null,
        closed_at: conversation.closedAt ?? null,
        tags: JSON.stringify(conversation.tags ?? []),
        content_hash: hash,
        message_count: conversation.messages.length,
        opening_missing: conversation.openingMissing === true,
      },
      messages: conversation.messages.map((message, position) => ({
        id: position,
        conversation_id: id,
        author_role: message.role,
        sent_at: message.at,
        text: message.text,
        is_internal: message.internal ?? false,
        // What the stored message's agent reads back as: the external id of the agent it was resolved to.
        agent_external_id:
          message.agentId && agentIds.has(AgentDirectory.key(vendor.id, message.agentId)) ? message.agentId : null,
      })),
    })),
  );
}
