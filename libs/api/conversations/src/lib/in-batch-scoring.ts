import type { EntityManager } from 'typeorm';
import { selectInChunks } from '@rapport/api-database';
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
  score(manager: EntityManager, conversations: readonly ConversationToScoreInBatch[]): Promise<Map<string, ScoreInBatch>>;
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
export async function previousContacts(manager: EntityManager, batch: readonly Contact[]): Promise<Map<string, string>> {
  const keyed = batch.filter((contact) => contact.customerKey !== null);
  const answer = new Map<string, string>();
  if (keyed.length === 0) {
    return answer;
  }
  const rewritten = new Set(batch.map((contact) => contact.id));
  const stored = await selectInChunks<{ id: string; vendor_id: string; customer_key: string; created_at: string }>(
    manager,
    [...new Set(keyed.map((contact) => contact.customerKey as string))],
    (placeholders, chunk) => ({ sql: `SELECT id, vendor_id, customer_key, created_at FROM conversations WHERE customer_key IN (${placeholders})`, params: chunk }),
  );
  const starts = new Map<string, string[]>();
  const add = (vendorId: string, customerKey: string, createdAt: string) => {
    const key = `${vendorId}\u0000${customerKey}`;
    starts.set(key, [...(starts.get(key) ?? []), createdAt]);
  };
  for (const row of stored) {
    if (!rewritten.has(row.id)) {
      add(row.vendor_id, row.customer_key, row.created_at);
    }
  }
  for (const contact of keyed) {
    add(contact.vendorId, contact.customerKey as string, contact.createdAt);
  }
  for (const contact of keyed) {
    let latest: string | null = null;
    for (const start of starts.get(`${contact.vendorId}\u0000${contact.customerKey}`) ?? []) {
      if (start < contact.createdAt && (latest === null || start > latest)) {
        latest = start;
      }
    }
    if (latest !== null) {
      answer.set(contact.id, latest);
    }
  }
  return answer;
}
