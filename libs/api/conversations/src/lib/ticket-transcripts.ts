import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ALL_VENDORS, executeInChunks, insertRows, WriteScope } from '@rapport/api-database';
import type { NativeConversation } from '@rapport/contracts';
import type { ZendeskComment } from '@rapport/ingest-formats';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { selectBySourceKeys, sourceKey } from './keyed-lookup';

/** What is known of one help-desk ticket so far: its latest copy (without messages) and the comments read. */
export interface TicketTranscript {
  source: string;
  externalId: string;
  requesterId: string | null;
  ticketUpdatedAt: string | null;
  ticket: NativeConversation | null;
  comments: ZendeskComment[];
  deleted: boolean;
}

interface TranscriptRow {
  source: string;
  external_id: string;
  requester_id: string | null;
  ticket_updated_at: string | null;
  ticket: string | null;
  comments: string;
  deleted: boolean | number;
}

const COLUMNS = ['source', 'external_id', 'requester_id', 'ticket_updated_at', 'ticket', 'comments', 'deleted', 'updated_at'];
const UPSERT = `ON CONFLICT (source, external_id) DO UPDATE SET ${COLUMNS.slice(2)
  .map((column) => `${column} = excluded.${column}`)
  .join(', ')}`;

/**
 * The `ticket_transcripts` table: tickets and comments that arrive apart are joined here, across imports and in any
 * order. Also removes the conversations of deleted tickets, leaving every aggregate first.
 */
@Injectable()
export class TicketTranscripts {
  constructor(private readonly written: ConversationsWrittenHooks) {}

  async load(manager: EntityManager, keys: ReadonlyArray<{ source: string; externalId: string }>): Promise<Map<string, TicketTranscript>> {
    const rows = await selectBySourceKeys<TranscriptRow>(manager, keys, {
      columns: 'source, external_id, requester_id, ticket_updated_at, ticket, comments, deleted',
      table: 'ticket_transcripts',
      idColumn: 'external_id',
    });
    return new Map(
      rows.map((row) => [
        sourceKey(row.source, row.external_id),
        {
          source: row.source,
          externalId: row.external_id,
          requesterId: row.requester_id,
          ticketUpdatedAt: row.ticket_updated_at,
          ticket: row.ticket === null ? null : (JSON.parse(row.ticket) as NativeConversation),
          comments: JSON.parse(row.comments) as ZendeskComment[],
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
        t.requesterId,
        t.ticketUpdatedAt,
        t.ticket === null ? null : JSON.stringify(t.ticket),
        JSON.stringify(t.comments),
        t.deleted,
        now,
      ]),
      UPSERT,
    );
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
