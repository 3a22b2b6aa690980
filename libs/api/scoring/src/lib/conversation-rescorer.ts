import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { dialectOf, IngestionLock } from '@rapport/api-database';
import {
  ConversationRow,
  ConversationsWrittenHooks,
  conversationsToScore,
  countConversations,
  loadMessagesForScoring,
  storeScores,
} from '@rapport/api-conversations';
import { ConversationScorer, ConversationScoreResult, inputsFingerprint, ScoringInputs, scoringInputs } from './conversation-scorer';
import { scoreStoredConversation, storedScoreFields } from './stored-conversation-score';
import { RescoreScope, ScopeCondition, scopeCondition } from './rescore-scope';
import { ScoringSettingsReader } from './scoring-settings/scoring-settings-reader';
import { VendorProfiles } from './vendor-profiles';

export interface RescoreOptions {
  scope?: RescoreScope;
  batchSize?: number;
  /** Starts after this conversation id (ids are visited in order): resumes a pass that was stopped. */
  afterId?: string;
  /** Conversations in scope, when the caller counted them already; progress is measured against it. */
  total?: number;
  /** `afterId` is where a later call with the same scope may resume. */
  onProgress?: (progress: { done: number; total: number; afterId: string }) => void;
  /** Stops between batches. */
  signal?: AbortSignal;
}

export interface RescoreResult {
  rescored: number;
  scored: number;
  unsupported: number;
  failed: number;
}

/** Conversations scored between two yields to the event loop, so HTTP requests are served while scoring runs. */
const YIELD_EVERY = 20;

/**
 * Scores stored conversations: right after ingestion (scope `pending`), again when the scoring settings or a vendor's
 * profile change or the scorer version changes (`outdated`; `stale` also retries failed ones). Every batch is scored with the settings
 * saved at that moment, and each score stores the fingerprint of the settings and vendor profile it was computed with.
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
    private readonly settings: ScoringSettingsReader,
    private readonly vendors: VendorProfiles,
    private readonly lock: IngestionLock,
    private readonly written: ConversationsWrittenHooks,
  ) {}

  get scorerVersion(): string {
    return this.scorer.version;
  }

  /** Conversations the scope covers now, of one vendor or of all. */
  async count(scope: RescoreScope, vendorId?: string): Promise<number> {
    return countConversations(this.dataSource.manager, await this.condition(scope, 0, vendorId), vendorId);
  }

  async rescore(options: RescoreOptions = {}): Promise<RescoreResult> {
    const scope = options.scope ?? 'stale';
    const total = options.total ?? (await this.count(scope));
    const result: RescoreResult = { rescored: 0, scored: 0, unsupported: 0, failed: 0 };
    // Targets are read once per pass: a change saved meanwhile starts a pass of its own.
    const condition = await this.condition(scope, 1);
    let afterId = options.afterId ?? '';
    while (!options.signal?.aborted) {
      const rows = await conversationsToScore(this.dataSource.manager, afterId, condition, options.batchSize ?? 500);
      const last = rows[rows.length - 1];
      if (!last) {
        break;
      }
      await this.scoreRows(rows, result);
      afterId = last.id;
      options.onProgress?.({ done: result.rescored, total, afterId });
    }
    return result;
  }

  private async condition(scope: RescoreScope, offset: number, vendorId?: string): Promise<ScopeCondition> {
    const dialect = dialectOf(this.dataSource.manager);
    if (scope === 'pending' || scope === 'all') {
      return scopeCondition(scope, { scorerVersion: this.scorer.version, expectedFingerprints: new Map() }, dialect, offset);
    }
    const settings = await this.settings.current();
    const vendors = vendorId === undefined ? await this.vendors.all(this.dataSource.manager) : [...(await this.vendors.byId(this.dataSource.manager, [vendorId])).values()];
    const expectedFingerprints = new Map(vendors.map((vendor) => [vendor.id, inputsFingerprint(settings, vendor)]));
    return scopeCondition(scope, { scorerVersion: this.scorer.version, expectedFingerprints }, dialect, offset);
  }

  private async scoreRows(rows: ConversationRow[], result: RescoreResult): Promise<void> {
    const manager = this.dataSource.manager;
    const settings = await this.settings.current(manager);
    const vendors = new Map([...(await this.vendors.byId(manager, rows.map((row) => row.vendor_id)))].map(([id, vendor]) => [id, scoringInputs(settings, vendor)]));
    const messages = await loadMessagesForScoring(manager, rows.map((row) => row.id));
    const scored: Array<{ row: ConversationRow; score: ConversationScoreResult; inputs: ScoringInputs; messageIds: number[] }> = [];
    for (const [index, row] of rows.entries()) {
      const inputs = vendors.get(row.vendor_id);
      const own = messages.get(row.id) ?? [];
      // A count that differs means an import is rewriting this conversation right now: the next pass scores it.
      if (!inputs || own.length !== Number(row.message_count)) {
        continue;
      }
      const score = scoreStoredConversation(this.scorer, row, inputs, own);
      scored.push({ row, score, inputs, messageIds: own.map((message) => Number(message.id)) });
      if (index % YIELD_EVERY === YIELD_EVERY - 1) {
        await yieldToEventLoop();
      }
    }
    const now = new Date().toISOString();
    await this.lock.run(() =>
      this.dataSource.transaction(async (tx) => {
        await storeScores(
          tx,
          scored.map(({ row, score, inputs, messageIds }) => {
            const fields = storedScoreFields(row, score, inputs, messageIds.length);
            return {
              ...fields,
              id: row.id,
              contentHash: row.content_hash,
              messageLanguages: messageIds.map((messageId, position) => ({
                messageId,
                language: fields.messageLanguages[position] ?? null,
              })),
            };
          }),
          now,
        );
        await this.written.run(tx, scored.map(({ row }) => row.id));
      }),
    );
    for (const { score } of scored) {
      result.rescored++;
      result[score.status]++;
    }
  }
}
