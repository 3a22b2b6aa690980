import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { dialectOf, insertRows } from '@rapport/api-database';
import { updateFromValues } from './bulk-update';
import { ConversationScorer, ConversationScoreResult, failedScore, VendorProfile } from './conversation-scorer';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { IngestionLock } from './ingestion-lock';
import { ConversationRow, loadMessagesForScoring, toNativeConversation } from './stored-conversation';
import { VendorProfiles } from './vendor-profiles';

/**
 * Which conversations to (re)score: `pending` ones never scored (what the worker does after every ingestion),
 * `stale` ones (pending, failed, or scored by another scorer version: after a scorer upgrade), or `all`.
 */
export type RescoreScope = 'pending' | 'stale' | 'all';

export interface RescoreOptions {
  scope?: RescoreScope;
  batchSize?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Stops between batches. */
  signal?: AbortSignal;
}

export interface RescoreResult {
  rescored: number;
  scored: number;
  unsupported: number;
  failed: number;
}

const HEADLINE_COLUMNS = [
  { name: 'score_status' },
  { name: 'scorer_version' },
  { name: 'language' },
  { name: 'responsiveness', cast: 'double precision' },
  { name: 'courtesy', cast: 'double precision' },
  { name: 'comprehension', cast: 'double precision' },
  { name: 'overall', cast: 'double precision' },
  { name: 'first_response_seconds', cast: 'double precision' },
  { name: 'updated_at' },
] as const;
/** Conversations scored between two yields to the event loop, so HTTP requests are served while scoring runs. */
const YIELD_EVERY = 20;

/**
 * Scores stored conversations: right after ingestion (scope `pending`) and again when the scorer version changes.
 * Reading and scoring happen outside any transaction; only the results are written under the ingestion lock, and
 * only onto conversations whose content is still the one scored (an import may have updated one meanwhile: it is
 * `pending` again and the next pass scores the new content). Works in id order, one batch at a time, so it can be
 * stopped and restarted at any point.
 */
@Injectable()
export class ConversationRescorer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scorer: ConversationScorer,
    private readonly vendors: VendorProfiles,
    private readonly lock: IngestionLock,
    private readonly written: ConversationsWrittenHooks,
  ) {}

  get scorerVersion(): string {
    return this.scorer.version;
  }

  /** Conversations the scope covers now. */
  async count(scope: RescoreScope): Promise<number> {
    const filter = this.filter(scope, 0);
    const [row] = await this.dataSource.query(`SELECT COUNT(*) AS n FROM conversations WHERE ${filter.where}`, filter.params);
    return Number(row.n);
  }

  async rescore(options: RescoreOptions = {}): Promise<RescoreResult> {
    const scope = options.scope ?? 'stale';
    const total = await this.count(scope);
    const result: RescoreResult = { rescored: 0, scored: 0, unsupported: 0, failed: 0 };
    const dialect = dialectOf(this.dataSource.manager);
    let afterId = '';
    while (!options.signal?.aborted) {
      const filter = this.filter(scope, 1);
      const rows: ConversationRow[] = await this.dataSource.query(
        `SELECT id, source, external_id, vendor_id, channel, queue, site, declared_language, created_at, closed_at, tags, content_hash, message_count
           FROM conversations WHERE id > ${dialect.param(0)} AND ${filter.where} ORDER BY id LIMIT ${options.batchSize ?? 500}`,
        [afterId, ...filter.params],
      );
      const last = rows[rows.length - 1];
      if (!last) {
        break;
      }
      await this.scoreRows(rows, result);
      afterId = last.id;
      options.onProgress?.({ done: result.rescored, total });
    }
    return result;
  }

  private filter(scope: RescoreScope, offset: number): { where: string; params: unknown[] } {
    switch (scope) {
      case 'pending':
        return { where: `score_status = 'pending'`, params: [] };
      case 'stale':
        return {
          where: `(score_status IN ('pending', 'failed') OR scorer_version IS NULL OR scorer_version <> ${dialectOf(this.dataSource.manager).param(offset)})`,
          params: [this.scorer.version],
        };
      case 'all':
        return { where: '1 = 1', params: [] };
    }
  }

  private async scoreRows(rows: ConversationRow[], result: RescoreResult): Promise<void> {
    const manager = this.dataSource.manager;
    const vendors = await this.vendors.byId(manager, rows.map((row) => row.vendor_id));
    const messages = await loadMessagesForScoring(manager, rows.map((row) => row.id));
    const scored: Array<{ row: ConversationRow; score: ConversationScoreResult; messageIds: number[] }> = [];
    for (const [index, row] of rows.entries()) {
      const vendor = vendors.get(row.vendor_id);
      const own = messages.get(row.id) ?? [];
      // A count that differs means an import is rewriting this conversation right now: the next pass scores it.
      if (!vendor || own.length !== Number(row.message_count)) {
        continue;
      }
      const score = this.scoreSafely(row, vendor, own);
      scored.push({ row, score, messageIds: own.map((message) => Number(message.id)) });
      if (index % YIELD_EVERY === YIELD_EVERY - 1) {
        await yieldToEventLoop();
      }
    }
    const now = new Date().toISOString();
    await this.lock.run(() =>
      this.dataSource.transaction(async (tx) => {
        await updateFromValues(
          tx,
          { table: 'conversations', key: { name: 'id' }, match: [{ name: 'content_hash' }], set: HEADLINE_COLUMNS },
          scored.map(({ row, score }) => [
            row.id, row.content_hash, score.status, score.scorerVersion, score.language ?? row.declared_language, score.responsiveness,
            score.courtesy, score.comprehension, score.overall, score.firstResponseSeconds, now,
          ]),
        );
        await updateFromValues(
          tx,
          { table: 'messages', key: { name: 'id', cast: 'integer' }, set: [{ name: 'language' }] },
          scored.flatMap(({ score, messageIds }) => messageIds.map((id, position) => [id, score.messageLanguages[position] ?? null])),
        );
        await insertRows(
          tx,
          'conversation_scores',
          ['conversation_id', 'scorer_version', 'details', 'computed_at'],
          scored.map(({ row, score }) => [row.id, score.scorerVersion, JSON.stringify(score.details ?? null), now]),
          'ON CONFLICT (conversation_id) DO UPDATE SET scorer_version = excluded.scorer_version, details = excluded.details, computed_at = excluded.computed_at',
        );
        await this.written.run(tx, scored.map(({ row }) => row.id));
      }),
    );
    for (const { score } of scored) {
      result.rescored++;
      result[score.status]++;
    }
  }

  private scoreSafely(row: ConversationRow, vendor: VendorProfile, messages: Parameters<typeof toNativeConversation>[2]): ConversationScoreResult {
    try {
      return this.scorer.score(toNativeConversation(row, vendor.slug, messages), vendor);
    } catch (error) {
      // A scorer bug must not block the others: the conversation is marked failed and a `stale` rescore retries it.
      return failedScore(this.scorer.version, error);
    }
  }
}
