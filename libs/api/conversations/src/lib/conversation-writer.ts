import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  ALL_VENDORS,
  executeInChunks,
  IngestionLock,
  insertRows,
  WriteScope,
  writeScopeViolation,
} from '@rapport/api-database';
import type { NativeConversation } from '@rapport/contracts';
import { AgentDirectory, VendorLookup, VendorRow } from '@rapport/api-vendors';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { conversationContentHash } from './content-hash';
import { AcceptedConversation, ConversationToWrite, WriteOutcome } from './conversation-write.types';
import { CustomerPseudonyms } from './customer-pseudonyms';
import { scoreAcceptedInBatch } from './in-batch-scoring';
import { markLaterContactsForRescoring } from './recontacts';
import { selectBySourceKeys, sourceKey, vendorKey } from './keyed-lookup';
import { SurveyLinker } from './survey-linker';
import {
  CONVERSATION_COLUMNS,
  conversationRow,
  MESSAGE_COLUMNS,
  messageRows,
  UPSERT_CONVERSATION,
} from './conversation-rows';

interface ExistingRow {
  id: string;
  source: string;
  external_id: string;
  vendor_id: string;
  content_hash: string;
  created_at: string;
  customer_key: string | null;
}

/**
 * Stores validated conversations idempotently in one transaction per batch: identical content is `unchanged`,
 * changed content keeps the conversation's id and replaces its messages (never duplicating them), and surveys that
 * arrived earlier are linked and credited. Conversations are scored in the same transaction when the scoring library
 * registered its in-batch scorer (`ConversationsWrittenHooks.scoreInBatch`), else stored `pending` for the scoring worker.
 * Every ingestion path (REST, file imports, demo data) goes through here.
 */
@Injectable()
export class ConversationWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agents: AgentDirectory,
    private readonly vendors: VendorLookup,
    private readonly surveys: SurveyLinker,
    private readonly lock: IngestionLock,
    private readonly written: ConversationsWrittenHooks,
    private readonly customers: CustomerPseudonyms,
  ) {}

  /**
   * `scope` confines API keys to their source and vendor; records outside it fail one by one. Conversations are keyed
   * by (source, vendor, external id): a vendor-bound writer's record creates or changes its own vendor's conversation
   * under that id, whoever else holds the same id, and is told nothing about them. A client-wide writer is refused an
   * id that only other vendors hold (see `filedElsewhere`).
   */
  async write(
    batch: readonly ConversationToWrite[],
    now: string,
    scope: WriteScope = ALL_VENDORS,
  ): Promise<WriteOutcome[]> {
    const outcomes = await this.lock.run(() =>
      this.dataSource.transaction((manager) => this.writeWith(manager, batch, now, scope)),
    );
    this.written.committed();
    return outcomes;
  }

  /** The id of the vendor with this slug, or null: for writers bound to a vendor by name (the command line's `--vendor`). */
  async vendorId(slug: string): Promise<string | null> {
    return (await this.vendors.bySlug(this.dataSource.manager, [slug])).get(slug)?.id ?? null;
  }

  /**
   * The same inside a transaction the caller owns (an import commits its progress in it too): hold the ingestion
   * lock, and tell `ConversationsWrittenHooks.committed` listeners (the scoring worker) once the transaction has committed.
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
    const stored = await this.storedRows(manager, batch, scope);
    const own = new Map(stored.map((row) => [vendorKey(row.source, row.vendor_id, row.external_id), row]));
    const holders = await this.holdersOfIds(manager, stored);
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
      const previous = own.get(vendorKey(conversation.source, vendor.id, conversation.externalId));
      // Only a client-wide writer sees other vendors' rows (a vendor-bound writer's look-up is confined to its vendor).
      const others = previous ? [] : (holders.get(key) ?? []);
      if (others.length > 0) {
        outcomes.push(failed(item, 'vendor', filedElsewhere(conversation, others)));
        continue;
      }
      const customerKey =
        item.customerKey !== undefined ? item.customerKey : this.customers.keyOf(conversation.customerId);
      const hash = conversationContentHash(conversation, customerKey);
      if (previous && previous.content_hash === hash) {
        outcomes.push({ line, externalId: conversation.externalId, status: 'unchanged', id: previous.id });
        continue;
      }
      const id = previous?.id ?? randomUUID();
      accepted.push({ conversation, id, vendor, hash, replaces: previous !== undefined, customerKey });
      outcomes.push({ line, externalId: conversation.externalId, status: previous ? 'updated' : 'created', id });
    }
    if (accepted.length > 0) {
      await this.store(manager, accepted, now);
      await markLaterContactsForRescoring(
        manager,
        [
          ...accepted.map((entry) => ({
            vendorId: entry.vendor.id,
            customerKey: entry.customerKey,
            createdAt: entry.conversation.createdAt,
          })),
          // A replaced conversation may have moved in time or changed customer: its former later contacts change too.
          ...stored
            .filter((row) => accepted.some((entry) => entry.id === row.id))
            .map((row) => ({ vendorId: row.vendor_id, customerKey: row.customer_key, createdAt: row.created_at })),
        ],
        new Set(accepted.map((entry) => entry.id)),
      );
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
    const scores = await scoreAcceptedInBatch(manager, this.written.inBatchScorer, accepted, agentIds);
    await insertRows(
      manager,
      'conversations',
      CONVERSATION_COLUMNS,
      accepted.map((entry) => conversationRow(entry, scores.get(entry.id), now)),
      replaced.length > 0 ? UPSERT_CONVERSATION : '',
    );
    await insertRows(
      manager,
      'messages',
      MESSAGE_COLUMNS,
      accepted.flatMap((entry) => messageRows(entry, scores.get(entry.id)?.messageLanguages, agentIds)),
    );
    await insertRows(
      manager,
      'conversation_scores',
      ['conversation_id', 'scorer_version', 'details', 'computed_at'],
      [...scores].map(([id, score]) => [id, score.scorerVersion, JSON.stringify(score.details ?? null), now]),
    );
    await this.surveys.linkArrivedConversations(manager, accepted, agentIds);
    await this.written.run(
      manager,
      accepted.map((entry) => entry.id),
    );
  }

  /**
   * The stored conversations the batch names by (source, external id). A vendor-bound writer reads only its own
   * vendor's, so nothing it is told can depend on another vendor's data; a client-wide writer reads every vendor's.
   */
  private async storedRows(
    manager: EntityManager,
    batch: readonly ConversationToWrite[],
    scope: WriteScope,
  ): Promise<ExistingRow[]> {
    return selectBySourceKeys<ExistingRow>(
      manager,
      batch.map((item) => item.conversation),
      {
        columns: 'id, source, external_id, vendor_id, content_hash, created_at, customer_key',
        table: 'conversations',
        idColumn: 'external_id',
        ...(scope.vendorScope !== null ? { vendor: { column: 'vendor_id', id: scope.vendorScope ?? '' } } : {}),
      },
    );
  }

  /** The vendors holding each (source, external id) among the stored rows, to name them to a client-wide writer. */
  private async holdersOfIds(manager: EntityManager, rows: readonly ExistingRow[]): Promise<Map<string, string[]>> {
    const profiles =
      rows.length > 0
        ? await this.vendors.byId(
            manager,
            rows.map((row) => row.vendor_id),
          )
        : new Map<string, VendorRow>();
    const holders = new Map<string, string[]>();
    for (const row of rows) {
      const key = sourceKey(row.source, row.external_id);
      holders.set(key, [...(holders.get(key) ?? []), profiles.get(row.vendor_id)?.slug ?? row.vendor_id]);
    }
    return holders;
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
 * Why a client-wide writer may not file an id under a vendor when other vendors already hold it: such a record is most
 * likely a conversation filed under the wrong vendor, and storing it would count it twice (or, before conversations
 * were keyed by vendor, move it with its messages, reviews and CSAT answers). The writer may read every vendor, so it
 * is told where the conversation is.
 */
function filedElsewhere(conversation: NativeConversation, holders: readonly string[]): string {
  const names = holders.map((slug) => `"${slug}"`).join(', ');
  return `conversation "${conversation.externalId}" of source "${conversation.source}" belongs to vendor ${names}; ingestion never moves a conversation to another vendor`;
}

function failed(item: ConversationToWrite, field: string, reason: string): WriteOutcome {
  return {
    line: item.line,
    externalId: item.conversation.externalId,
    status: 'failed',
    error: { line: item.line, field, reason },
  };
}
