import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ALL_VENDORS, executeInChunks, insertRows, WriteScope } from '@rapport/api-database';
import type { NativeConversation, NativeMessage } from '@rapport/contracts';
import { ZendeskComment, zendeskMessages } from '@rapport/ingest-formats';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { selectBySourceKeys, sourceKey } from './keyed-lookup';
import { TranscriptIdentities } from './transcript-identities';

/**
 * A comment as kept while it waits for (or is joined to) its ticket: no Zendesk user id, only the author's keyed hash
 * and, until the ticket shows the author is not the requester, the author's id sealed (see TranscriptIdentities).
 * `role` is set instead on comments whose author was dropped without a key (rows older than the hashing).
 */
export interface TranscriptComment {
  id?: string;
  author?: string;
  sealedAuthor?: string;
  role?: 'customer' | 'agent' | 'system';
  public: boolean;
  text: string;
  at: string;
}

/** What is known of one help-desk ticket so far: its latest copy (without messages nor customer id) and its comments. */
export interface TicketTranscript {
  source: string;
  externalId: string;
  /** The requester's keyed hash: the customer's comments are those whose author hash is the same. */
  requesterKey: string | null;
  ticketUpdatedAt: string | null;
  ticket: NativeConversation | null;
  comments: TranscriptComment[];
  deleted: boolean;
}

/** Zendesk's author id for system comments (triggers, automations). */
const SYSTEM_AUTHOR = '-1';

interface TranscriptRow {
  source: string;
  external_id: string;
  requester_key: string | null;
  ticket_updated_at: string | null;
  ticket: string | null;
  comments: string;
  deleted: boolean | number;
}

const COLUMNS = ['source', 'external_id', 'requester_key', 'ticket_updated_at', 'ticket', 'comments', 'deleted', 'updated_at'];
const UPSERT = `ON CONFLICT (source, external_id) DO UPDATE SET ${COLUMNS.slice(2)
  .map((column) => `${column} = excluded.${column}`)
  .join(', ')}`;

/**
 * The `ticket_transcripts` table: tickets and comments that arrive apart are joined here, across imports and in any
 * order. Also removes the conversations of deleted tickets, leaving every aggregate first.
 */
@Injectable()
export class TicketTranscripts {
  constructor(
    private readonly written: ConversationsWrittenHooks,
    private readonly identities: TranscriptIdentities,
  ) {}

  /** Whether comments can wait for their ticket in another import (a key to hash their authors is set). */
  get keyed(): boolean {
    return this.identities.persistent;
  }

  /** The requester's keyed hash. */
  requesterKeyOf(requesterId: string): string {
    return this.identities.keyOf(requesterId);
  }

  /** The customer key the joined conversation is stored with: the requester's hash, when that is a customer key. */
  customerKeyOf(transcript: TicketTranscript): string | null {
    return this.identities.customerKeys ? transcript.requesterKey : null;
  }

  /** A comment as it is kept: its author hashed and sealed. */
  commentOf(comment: ZendeskComment): TranscriptComment {
    const { authorId, ...kept } = comment;
    if (authorId === undefined) {
      return kept;
    }
    const author = this.identities.keyOf(authorId);
    return authorId === SYSTEM_AUTHOR ? { ...kept, author } : { ...kept, author, sealedAuthor: this.identities.seal(authorId) };
  }

  /** The identity of a kept comment for de-duplication: its id, else its time, author hash and text. */
  static commentKey(comment: TranscriptComment): string {
    return comment.id !== undefined ? `id:${comment.id}` : JSON.stringify([comment.at, comment.author ?? comment.role, comment.text]);
  }

  /** A joined ticket's messages: the requester's comments are the customer's, agents' replies carry their own ids. */
  messagesOf(transcript: TicketTranscript & { requesterKey: string }): NativeMessage[] {
    const system = this.identities.keyOf(SYSTEM_AUTHOR);
    const comments = transcript.comments.map((comment): ZendeskComment => {
      const role = comment.role ?? (comment.author === transcript.requesterKey ? 'customer' : comment.author === system ? 'system' : 'agent');
      const agentId = comment.sealedAuthor === undefined ? undefined : this.identities.open(comment.sealedAuthor);
      const authorId = role === 'customer' ? transcript.requesterKey : role === 'system' ? SYSTEM_AUTHOR : agentId;
      const read: ZendeskComment = { public: comment.public, text: comment.text, at: comment.at };
      return { ...read, ...(comment.id === undefined ? {} : { id: comment.id }), ...(authorId === undefined ? {} : { authorId }) };
    });
    return zendeskMessages(comments, transcript.requesterKey);
  }

  async load(manager: EntityManager, keys: ReadonlyArray<{ source: string; externalId: string }>): Promise<Map<string, TicketTranscript>> {
    const rows = await selectBySourceKeys<TranscriptRow>(manager, keys, {
      columns: 'source, external_id, requester_key, ticket_updated_at, ticket, comments, deleted',
      table: 'ticket_transcripts',
      idColumn: 'external_id',
    });
    return new Map(
      rows.map((row) => [
        sourceKey(row.source, row.external_id),
        {
          source: row.source,
          externalId: row.external_id,
          requesterKey: row.requester_key,
          ticketUpdatedAt: row.ticket_updated_at,
          ticket: row.ticket === null ? null : (JSON.parse(row.ticket) as NativeConversation),
          comments: JSON.parse(row.comments) as TranscriptComment[],
          deleted: row.deleted === true || row.deleted === 1,
        },
      ]),
    );
  }

  async save(manager: EntityManager, transcripts: readonly TicketTranscript[], now: string): Promise<void> {
    await insertRows(
      manager,
      'ticket_transcripts',
      COLUMNS,
      transcripts.map((t) => [
        t.source,
        t.externalId,
        // Hashes under a key of this process alone could never be compared again: only the ticket itself is kept.
        this.keyed ? t.requesterKey : null,
        t.ticketUpdatedAt,
        t.ticket === null ? null : JSON.stringify(withoutCustomer(t.ticket)),
        JSON.stringify(this.keyed ? this.minimised(t) : []),
        t.deleted,
        now,
      ]),
      UPSERT,
    );
  }

  /** Once the ticket shows a comment is the requester's (or the system's), its sealed author is no longer needed. */
  private minimised(transcript: TicketTranscript): TranscriptComment[] {
    const system = this.identities.keyOf(SYSTEM_AUTHOR);
    return transcript.comments.map((comment) => {
      if (comment.sealedAuthor === undefined || (comment.author !== transcript.requesterKey && comment.author !== system)) {
        return comment;
      }
      const { sealedAuthor: _sealed, ...kept } = comment;
      return kept;
    });
  }

  /**
   * Removes the conversations of deleted tickets within the writer's scope; returns how many. They leave the read
   * models first (marked transcript-missing, so the hooks drop their facts), then go with their messages and scores.
   */
  async removeConversations(
    manager: EntityManager,
    keys: ReadonlyArray<{ source: string; externalId: string }>,
    scope: WriteScope = ALL_VENDORS,
  ): Promise<number> {
    const rows = await selectBySourceKeys<{ id: string }>(manager, keys, {
      columns: 'id',
      table: 'conversations',
      idColumn: 'external_id',
      ...(scope.vendorScope !== null ? { vendor: { column: 'vendor_id', id: scope.vendorScope ?? '' } } : {}),
    });
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) {
      return 0;
    }
    await executeInChunks(manager, ids, (placeholders, chunk) => ({
      sql: `UPDATE conversations SET score_status = 'no-transcript' WHERE id IN (${placeholders})`,
      params: chunk,
    }));
    await this.written.run(manager, ids);
    for (const table of ['messages', 'conversation_scores']) {
      await executeInChunks(manager, ids, (placeholders, chunk) => ({
        sql: `DELETE FROM ${table} WHERE conversation_id IN (${placeholders})`,
        params: chunk,
      }));
    }
    await executeInChunks(manager, ids, (placeholders, chunk) => ({
      sql: `DELETE FROM conversations WHERE id IN (${placeholders})`,
      params: chunk,
    }));
    return ids.length;
  }
}

/** The stored ticket keeps none of the customer's identity: the requester is the transcript's keyed hash. */
function withoutCustomer(ticket: NativeConversation): NativeConversation {
  const { customerId: _customer, ...kept } = ticket;
  return kept;
}
