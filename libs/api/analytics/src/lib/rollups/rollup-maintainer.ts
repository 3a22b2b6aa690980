import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConversationsWrittenHook, ConversationsWrittenHooks } from '@rapport/api-conversations';
import { dialectOf, IngestionLock, SqlBuilder } from '@rapport/api-database';
import { ScoringSettingsReader } from '@rapport/api-scoring';
import { loadConversationFacts } from '../facts/facts-loader';
import { FACT_COLUMNS, FactsRow } from '../facts/facts-row';
import { moveRollups, readFacts, rebuildRollups, replaceFacts } from './rollup-store';
import { FACTS_TABLE } from './rollup-tables';

/** Conversations refreshed per round: bounded memory and statement sizes whatever the batch. */
const REFRESH_CHUNK = 1_000;

/**
 * Keeps `conversation_facts` and the rollups in step with stored conversations, scores and surveys. Every writer
 * calls `refresh` inside its own transaction (through ConversationsWrittenHooks): the facts of the conversations
 * are rebuilt from the source tables and the rollups change by exactly the difference between the old facts and
 * the new ones. Refreshing the same conversations again changes nothing, so re-imports and retries are safe;
 * `rebuild` recomputes every rollup from the facts in the database.
 */
@Injectable()
export class RollupMaintainer implements ConversationsWrittenHook, OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('RollupMaintainer');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: ConversationsWrittenHooks,
    private readonly lock: IngestionLock,
    private readonly scoringSettings: ScoringSettingsReader,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  /** Conversations stored before analytics existed (or while it was off) get their facts at start-up. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const added = await this.backfill();
      if (added > 0) {
        this.logger.log({ msg: 'analytics facts backfilled', conversations: added });
      }
    } catch (error) {
      // Analytics must not keep the API from starting; the next start retries.
      this.logger.error({ msg: 'analytics backfill failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  conversationsWritten(manager: EntityManager, conversationIds: readonly string[]): Promise<void> {
    return this.refresh(manager, conversationIds);
  }

  async refresh(manager: EntityManager, conversationIds: readonly string[]): Promise<void> {
    const ids = [...new Set(conversationIds)];
    const { sla } = (await this.scoringSettings.current(manager)).context;
    const targets = Object.fromEntries(Object.entries(sla).map(([channel, target]) => [channel, target.firstResponseSeconds]));
    for (let start = 0; start < ids.length; start += REFRESH_CHUNK) {
      const chunk = ids.slice(start, start + REFRESH_CHUNK);
      const previous = await readFacts(manager, chunk);
      const { facts, rules } = await loadConversationFacts(manager, chunk, targets);
      await moveRollups(manager, changedFacts(chunk, previous, facts), () => replaceFacts(manager, chunk, facts, rules));
    }
  }

  async rebuild(manager: EntityManager): Promise<void> {
    await rebuildRollups(manager);
  }

  /** Refreshes conversations that have no facts yet, in id order, one transaction per chunk; returns how many. */
  async backfill(): Promise<number> {
    let total = 0;
    let afterId = '';
    for (;;) {
      const ids = await this.lock.run(() =>
        this.dataSource.transaction(async (manager) => {
          const sql = new SqlBuilder(dialectOf(manager));
          const rows: Array<{ id: string }> = await manager.query(
            `SELECT c.id FROM conversations c
              WHERE c.id > ${sql.param(afterId)} AND NOT EXISTS (SELECT 1 FROM ${FACTS_TABLE} f WHERE f.conversation_id = c.id)
              ORDER BY c.id LIMIT ${REFRESH_CHUNK}`,
            sql.params,
          );
          await this.refresh(manager, rows.map((row) => row.id));
          return rows.map((row) => row.id);
        }),
      );
      total += ids.length;
      if (ids.length < REFRESH_CHUNK) {
        return total;
      }
      afterId = ids[ids.length - 1] ?? afterId;
    }
  }
}

/**
 * The conversations whose facts differ from what is stored (new, changed or gone). A conversation stored again as it
 * was changes no rollup row and no month's version, so answers cached for its month stay valid.
 */
function changedFacts(ids: readonly string[], previous: readonly FactsRow[], current: readonly FactsRow[]): { ids: string[]; previous: FactsRow[]; current: FactsRow[] } {
  const before = new Map(previous.map((facts) => [facts.conversation_id, facts]));
  const after = new Map(current.map((facts) => [facts.conversation_id, facts]));
  const same = (a: FactsRow | undefined, b: FactsRow | undefined) => a !== undefined && b !== undefined && FACT_COLUMNS.every((column) => (a[column] ?? null) === (b[column] ?? null));
  const changed = ids.filter((id) => !same(before.get(id), after.get(id)) && (before.has(id) || after.has(id)));
  const keep = new Set(changed);
  return { ids: changed, previous: previous.filter((facts) => keep.has(facts.conversation_id)), current: current.filter((facts) => keep.has(facts.conversation_id)) };
}

/**
 * For processes that write conversations without booting Nest (the command line's imports and rescoring): registers a
 * maintainer on their hand-wired services so the rollups follow what they write.
 */
export function attachRollupMaintainer(dataSource: DataSource, services: { written: ConversationsWrittenHooks; lock: IngestionLock }): RollupMaintainer {
  const maintainer = new RollupMaintainer(dataSource, services.written, services.lock, new ScoringSettingsReader(dataSource));
  maintainer.onModuleInit();
  return maintainer;
}
