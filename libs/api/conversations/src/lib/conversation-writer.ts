import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  ALL_VENDORS,
  executeInChunks,
  insertRows,
  vendorRefusal,
  WriteScope,
  writeScopeViolation,
} from '@rapport/api-database';
import type { NativeConversation } from '@rapport/contracts';
import { AgentDirectory } from './agent-directory';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { conversationContentHash } from './content-hash';
import type { VendorProfile } from './conversation-scorer';
import { ConversationToWrite, WriteOutcome } from './conversation-write.types';
import { IngestionLock } from './ingestion-lock';
import { selectBySourceKeys, sourceKey } from './keyed-lookup';
import { ScoringWorker } from './scoring-worker';
import { SurveyLinker } from './survey-linker';
import { VendorProfiles } from './vendor-profiles';

const CONVERSATION_COLUMNS = [
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
] as const;
/** An updated conversation keeps its id (and whatever refers to it: reviews, surveys); every other column is replaced. */
const UPSERT_CONVERSATION = `ON CONFLICT (id) DO UPDATE SET ${CONVERSATION_COLUMNS.filter((c) => c !== 'id')
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')}`;
const MESSAGE_COLUMNS = [
  'conversation_id',
  'position',
  'author_role',
  'agent_id',
  'sent_at',
  'text',
  'is_internal',
  'language',
] as const;

interface ExistingRow {
  id: string;
  source: string;
  external_id: string;
  vendor_id: string;
  content_hash: string;
}

/** A conversation accepted for storage in this batch. */
export interface AcceptedConversation {
  conversation: NativeConversation;
  id: string;
  vendor: VendorProfile;
  hash: string;
  replaces: boolean;
}

/**
 * Stores validated conversations idempotently in one transaction per batch: identical content is `unchanged`,
 * changed content keeps the conversation's id and replaces its messages (never duplicating them), and surveys that
 * arrived earlier are linked and credited. Stored conversations are `pending` until the scoring worker scores them.
 * Every ingestion path (REST, file imports, demo data) goes through here.
 */
@Injectable()
export class ConversationWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agents: AgentDirectory,
    private readonly vendors: VendorProfiles,
    private readonly surveys: SurveyLinker,
    private readonly lock: IngestionLock,
    private readonly scoring: ScoringWorker,
    private readonly written: ConversationsWrittenHooks,
  ) {}

  /**
   * `scope` confines API keys to their source and vendor; records outside it fail one by one. No record moves a stored
   * conversation to another vendor, whoever writes it: that would hand the conversation's messages, reviews and CSAT
   * answers to the other vendor.
   */
  async write(
    batch: readonly ConversationToWrite[],
    now: string,
    scope: WriteScope = ALL_VENDORS,
  ): Promise<WriteOutcome[]> {
    const outcomes = await this.lock.run(() =>
      this.dataSource.transaction((manager) => this.writeWith(manager, batch, now, scope)),
    );
    this.scoring.kick();
    return outcomes;
  }

  /** The id of the vendor with this slug, or null: for writers bound to a vendor by name (the command line's `--vendor`). */
  async vendorId(slug: string): Promise<string | null> {
    return (await this.vendors.bySlug(this.dataSource.manager, [slug])).get(slug)?.id ?? null;
  }

  /**
   * The same inside a transaction the caller owns (an import commits its progress in it too): hold the ingestion
   * lock, and kick the scoring worker once the transaction has committed.
   */
  async writeWith(
    manager: EntityManager,
    batch: readonly ConversationToWrite[],
    now: string,
    scope: WriteScope = ALL_VENDORS,
  ): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = [];
    const vendors = await this.vendors.bySlug(
      manager,
      batch.map((item) => item.conversation.vendor),
    );
    const existing = await this.existingByKey(
      manager,
      batch.map((item) => item.conversation),
    );
    const storedVendors =
      scope.vendorScope === null
        ? await this.vendorsOfClashes(manager, batch, vendors, existing)
        : new Map<string, VendorProfile>();
    const accepted: AcceptedConversation[] = [];
    const seenInBatch = new Set<string>();

    for (const item of batch) {
      const { conversation, line } = item;
      const key = sourceKey(conversation.source, conversation.externalId);
      const vendor = vendors.get(conversation.vendor);
      // Scope first: a vendor-bound writer hears the same for an unknown vendor as for another vendor.
      const outOfScope = writeScopeViolation(scope, { source: conversation.source, vendorId: vendor?.id ?? '' });
      if (outOfScope) {
        outcomes.push(failed(item, outOfScope.field, outOfScope.reason));
        continue;
      }
      if (!vendor) {
        outcomes.push(failed(item, 'vendor', `unknown vendor "${conversation.vendor}"; create it in Settings first`));
        continue;
      }
      if (seenInBatch.has(key)) {
        outcomes.push(
          failed(item, 'externalId', `duplicate conversation id "${conversation.externalId}" in the same batch`),
        );
        continue;
      }
      seenInBatch.add(key);
      const previous = existing.get(key);
      if (previous && previous.vendor_id !== vendor.id) {
        outcomes.push(failed(item, 'vendor', vendorClash(scope, conversation, storedVendors.get(previous.vendor_id))));
        continue;
      }
      const hash = conversationContentHash(conversation);
      if (previous && previous.content_hash === hash) {
        outcomes.push({ line, externalId: conversation.externalId, status: 'unchanged', id: previous.id });
        continue;
      }
      const id = previous?.id ?? randomUUID();
      accepted.push({ conversation, id, vendor, hash, replaces: previous !== undefined });
      outcomes.push({ line, externalId: conversation.externalId, status: previous ? 'updated' : 'created', id });
    }
    if (accepted.length > 0) {
      await this.store(manager, accepted, now);
    }
    return outcomes;
  }

  private async store(manager: EntityManager, accepted: AcceptedConversation[], now: string): Promise<void> {
    const replaced = accepted.filter((entry) => entry.replaces).map((entry) => entry.id);
    await this.deleteMessagesAndScores(manager, replaced);
    const agentIds = await this.agents.resolve(
      manager,
      accepted.flatMap((entry) =>
        entry.conversation.messages
          .filter((message) => message.agentId)
          .map((message) => ({
            vendorId: entry.vendor.id,
            externalId: message.agentId as string,
            displayName: message.agentName ?? null,
          })),
      ),
    );
    await insertRows(
      manager,
      'conversations',
      CONVERSATION_COLUMNS,
      // Scores start `pending`: the scoring worker fills them right after the commit (see ScoringWorker).
      accepted.map(({ conversation, id, vendor, hash }) => [
        id,
        conversation.source,
        conversation.externalId,
        vendor.id,
        conversation.channel,
        conversation.queue ?? null,
        conversation.site ?? null,
        conversation.language ?? null,
        conversation.language ?? null,
        conversation.createdAt,
        conversation.closedAt ?? null,
        JSON.stringify(conversation.tags ?? []),
        hash,
        conversation.messages.length,
        'pending',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        now,
        conversation.openingMissing === true,
      ]),
      replaced.length > 0 ? UPSERT_CONVERSATION : '',
    );
    await insertRows(
      manager,
      'messages',
      MESSAGE_COLUMNS,
      accepted.flatMap(({ conversation, id, vendor }) =>
        conversation.messages.map((message, position) => [
          id,
          position,
          message.role,
          message.agentId ? (agentIds.get(AgentDirectory.key(vendor.id, message.agentId)) ?? null) : null,
          message.at,
          message.text,
          message.internal ?? false,
          null,
        ]),
      ),
    );
    await this.surveys.linkArrivedConversations(manager, accepted, agentIds);
    await this.written.run(
      manager,
      accepted.map((entry) => entry.id),
    );
  }

  private async existingByKey(
    manager: EntityManager,
    conversations: NativeConversation[],
  ): Promise<Map<string, ExistingRow>> {
    const rows = await selectBySourceKeys<ExistingRow>(manager, conversations, {
      columns: 'id, source, external_id, vendor_id, content_hash',
      table: 'conversations',
      idColumn: 'external_id',
    });
    return new Map(rows.map((row) => [sourceKey(row.source, row.external_id), row]));
  }

  /** The vendors that hold the stored conversations records of this batch would move elsewhere, to name them. */
  private async vendorsOfClashes(
    manager: EntityManager,
    batch: readonly ConversationToWrite[],
    vendors: ReadonlyMap<string, VendorProfile>,
    existing: ReadonlyMap<string, ExistingRow>,
  ): Promise<Map<string, VendorProfile>> {
    const ids = batch.flatMap(({ conversation }) => {
      const stored = existing.get(sourceKey(conversation.source, conversation.externalId));
      return stored && stored.vendor_id !== vendors.get(conversation.vendor)?.id ? [stored.vendor_id] : [];
    });
    return ids.length > 0 ? this.vendors.byId(manager, ids) : new Map();
  }

  private async deleteMessagesAndScores(manager: EntityManager, ids: string[]): Promise<void> {
    // Replacing the messages keeps an updated export free of duplicated or stale messages.
    for (const table of ['messages', 'conversation_scores']) {
      await executeInChunks(manager, ids, (placeholders, chunk) => ({
        sql: `DELETE FROM ${table} WHERE conversation_id IN (${placeholders})`,
        params: chunk,
      }));
    }
  }
}

/**
 * Why a record may not change a conversation stored for another vendor. A vendor-bound writer hears what it hears for
 * any record of another vendor, so the answer tells nothing about the other vendor; a client-wide writer, who may
 * read every vendor, is told where the conversation is.
 */
function vendorClash(scope: WriteScope, conversation: NativeConversation, stored: VendorProfile | undefined): string {
  if (scope.vendorScope !== null) {
    return vendorRefusal(scope);
  }
  return `conversation "${conversation.externalId}" of source "${conversation.source}" belongs to vendor "${stored?.slug ?? '?'}"; ingestion never moves a conversation to another vendor`;
}

function failed(item: ConversationToWrite, field: string, reason: string): WriteOutcome {
  return {
    line: item.line,
    externalId: item.conversation.externalId,
    status: 'failed',
    error: { line: item.line, field, reason },
  };
}
