import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { dialectOf, executeInChunks, insertRows, selectInChunks } from '@rapport/api-database';
import type { NativeConversation } from '@rapport/contracts';
import { AgentDirectory } from './agent-directory';
import { conversationContentHash } from './content-hash';
import { ConversationToWrite, WriteOutcome } from './conversation-write.types';

const CONVERSATION_COLUMNS = [
  'id', 'source', 'external_id', 'vendor_id', 'channel', 'queue', 'site', 'declared_language', 'language', 'created_at',
  'closed_at', 'tags', 'content_hash', 'message_count', 'score_status', 'scorer_version', 'responsiveness', 'courtesy',
  'comprehension', 'overall', 'first_response_seconds', 'updated_at',
] as const;
const MESSAGE_COLUMNS = ['conversation_id', 'position', 'author_role', 'agent_id', 'sent_at', 'text', 'is_internal', 'language'] as const;

interface ExistingRow {
  id: string;
  source: string;
  external_id: string;
  content_hash: string;
}

/**
 * Stores validated conversations idempotently in one transaction per batch: identical content is `unchanged`,
 * changed content replaces the conversation's messages (never duplicating them), and surveys that arrived
 * earlier are linked. Every ingestion path (REST, file imports, demo data) goes through here.
 */
@Injectable()
export class ConversationWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agents: AgentDirectory,
  ) {}

  async write(batch: readonly ConversationToWrite[], now: string): Promise<WriteOutcome[]> {
    return this.dataSource.transaction((manager) => this.writeInTransaction(manager, batch, now));
  }

  private async writeInTransaction(manager: EntityManager, batch: readonly ConversationToWrite[], now: string): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = [];
    const vendorIds = await this.vendorIdsBySlug(manager, batch.map((item) => item.conversation.vendor));
    const existing = await this.existingByKey(manager, batch.map((item) => item.conversation));
    const accepted: Array<{ item: ConversationToWrite; id: string; vendorId: string; hash: string; replaces: boolean }> = [];
    const seenInBatch = new Set<string>();

    for (const item of batch) {
      const { conversation, line } = item;
      const key = conversationKey(conversation.source, conversation.externalId);
      const vendorId = vendorIds.get(conversation.vendor);
      if (!vendorId) {
        outcomes.push(failed(item, 'vendor', `unknown vendor "${conversation.vendor}"; create it in Settings first`));
        continue;
      }
      if (seenInBatch.has(key)) {
        outcomes.push(failed(item, 'externalId', `duplicate conversation id "${conversation.externalId}" in the same batch`));
        continue;
      }
      seenInBatch.add(key);
      const hash = conversationContentHash(conversation);
      const previous = existing.get(key);
      if (previous && previous.content_hash === hash) {
        outcomes.push({ line, externalId: conversation.externalId, status: 'unchanged', id: previous.id });
        continue;
      }
      const id = previous?.id ?? randomUUID();
      accepted.push({ item, id, vendorId, hash, replaces: previous !== undefined });
      outcomes.push({ line, externalId: conversation.externalId, status: previous ? 'updated' : 'created', id });
    }
    if (accepted.length === 0) {
      return outcomes;
    }

    const replaced = accepted.filter((entry) => entry.replaces).map((entry) => entry.id);
    await this.deleteConversations(manager, replaced);
    const agentIds = await this.agents.resolve(
      manager,
      accepted.flatMap((entry) =>
        entry.item.conversation.messages
          .filter((message) => message.agentId)
          .map((message) => ({ vendorId: entry.vendorId, externalId: message.agentId as string, displayName: message.agentName ?? null })),
      ),
    );

    await insertRows(
      manager,
      'conversations',
      CONVERSATION_COLUMNS,
      accepted.map(({ item: { conversation }, id, vendorId, hash }) => [
        id, conversation.source, conversation.externalId, vendorId, conversation.channel, conversation.queue ?? null,
        conversation.site ?? null, conversation.language ?? null, conversation.language ?? null, conversation.createdAt,
        conversation.closedAt ?? null, JSON.stringify(conversation.tags ?? []), hash, conversation.messages.length, 'pending',
        null, null, null, null, null, null, now,
      ]),
    );
    await insertRows(
      manager,
      'messages',
      MESSAGE_COLUMNS,
      accepted.flatMap(({ item: { conversation }, id, vendorId }) =>
        conversation.messages.map((message, position) => [
          id, position, message.role,
          message.agentId ? (agentIds.get(AgentDirectory.key(vendorId, message.agentId)) ?? null) : null,
          message.at, message.text, message.internal ?? false, null,
        ]),
      ),
    );
    await this.linkWaitingSurveys(manager, accepted.map(({ item, id }) => ({ conversation: item.conversation, id })));
    return outcomes;
  }

  private async vendorIdsBySlug(manager: EntityManager, slugs: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(slugs)];
    const rows = await selectInChunks<{ id: string; slug: string }>(manager, unique, (placeholders, chunk) => ({
      sql: `SELECT id, slug FROM vendors WHERE slug IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  private async existingByKey(manager: EntityManager, conversations: NativeConversation[]): Promise<Map<string, ExistingRow>> {
    const externalIds = [...new Set(conversations.map((c) => c.externalId))];
    const rows = await selectInChunks<ExistingRow>(manager, externalIds, (placeholders, chunk) => ({
      sql: `SELECT id, source, external_id, content_hash FROM conversations WHERE external_id IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [conversationKey(row.source, row.external_id), row]));
  }

  private async deleteConversations(manager: EntityManager, ids: string[]): Promise<void> {
    // Replacing the rows keeps an updated export free of duplicated or stale messages.
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
  }

  private async linkWaitingSurveys(manager: EntityManager, stored: Array<{ conversation: NativeConversation; id: string }>): Promise<void> {
    const dialect = dialectOf(manager);
    for (const { conversation, id } of stored) {
      await manager.query(
        `UPDATE csat_surveys SET conversation_id = ${dialect.param(0)} WHERE source = ${dialect.param(1)} AND conversation_external_id = ${dialect.param(2)}`,
        [id, conversation.source, conversation.externalId],
      );
    }
  }
}

function conversationKey(source: string, externalId: string): string {
  return `${source}\u001f${externalId}`;
}

function failed(item: ConversationToWrite, field: string, reason: string): WriteOutcome {
  return { line: item.line, externalId: item.conversation.externalId, status: 'failed', error: { line: item.line, field, reason } };
}
