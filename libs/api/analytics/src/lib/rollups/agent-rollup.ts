import type { EntityManager } from 'typeorm';
import { dialectOf, executeInChunks, SqlBuilder } from '@rapport/api-database';
import type { FactsRow } from '../facts/facts-row';
import { aggregateSql, Measure, ROLLUP_MEASURES } from './rollup-measures';
import { ALL, FACTS_TABLE } from './rollup-tables';

/**
 * The facts' sums per month × vendor × agent, per customer language and over every language (language ALL): what the
 * cluster-robust intervals (agents as clusters) read instead of every conversation of the period where one row per
 * agent answers (see `agent-sums-source.ts`). Conversations without an agent are kept under NO_AGENT (key columns are
 * never NULL, so upserts match). Kept by the same writes as the other rollups (`moveRollups`, `rebuildRollups`), with
 * the same measure definitions.
 */
export const AGENT_MONTHLY_TABLE = 'analytics_agent_monthly_rollups';
export const NO_AGENT = '';
export const AGENT_MONTHLY_KEY = ['month', 'vendor_id', 'language', 'agent_id'] as const;

/** Every measure but the first-response histogram (quantiles are not clustered). */
export const AGENT_MEASURES: readonly Measure[] = ROLLUP_MEASURES.filter((measure) => measure.source.kind !== 'bucket');

/** SELECT-list keys and GROUP BY of each grain over `conversation_facts`: per language, and over every language. */
const GRAINS = [
  { keys: `substr(day, 1, 7), vendor_id, language, COALESCE(agent_id, '${NO_AGENT}')`, groupBy: 'substr(day, 1, 7), vendor_id, language, agent_id' },
  { keys: `substr(day, 1, 7), vendor_id, '${ALL}', COALESCE(agent_id, '${NO_AGENT}')`, groupBy: 'substr(day, 1, 7), vendor_id, agent_id' },
] as const;
const COLUMNS = [...AGENT_MONTHLY_KEY, ...AGENT_MEASURES.map((measure) => measure.name)].join(', ');

/** Adds (or with -1 takes out) the sums of the stored facts of `ids`. */
export async function addAgentFacts(manager: EntityManager, ids: readonly string[], sign: 1 | -1): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  const aggregates = AGENT_MEASURES.map((measure) => (sign === 1 ? aggregateSql(measure) : `-(${aggregateSql(measure)})`)).join(', ');
  const upsert = AGENT_MEASURES.map(({ name }) => `${name} = ${AGENT_MONTHLY_TABLE}.${name} + excluded.${name}`).join(', ');
  for (const grain of GRAINS) {
    await executeInChunks(manager, ids, (placeholders, chunk) => ({
      sql: `INSERT INTO ${AGENT_MONTHLY_TABLE} (${COLUMNS}) SELECT ${grain.keys}, ${aggregates} FROM ${FACTS_TABLE}
             WHERE conversation_id IN (${placeholders}) GROUP BY ${grain.groupBy}
             ON CONFLICT (${AGENT_MONTHLY_KEY.join(', ')}) DO UPDATE SET ${upsert}`,
      params: chunk,
    }));
  }
}

/** Drops the rows left without conversations: only those of the old facts' vendors and months can be. */
export async function pruneEmptyAgentRows(manager: EntityManager, previous: readonly FactsRow[]): Promise<void> {
  const months = new Map<string, Set<string>>();
  for (const facts of previous) {
    const vendor = months.get(facts.vendor_id) ?? new Set<string>();
    vendor.add(facts.day.slice(0, 7));
    months.set(facts.vendor_id, vendor);
  }
  for (const [vendorId, vendorMonths] of months) {
    const sql = new SqlBuilder(dialectOf(manager));
    await manager.query(
      `DELETE FROM ${AGENT_MONTHLY_TABLE} WHERE n <= 0 AND vendor_id = ${sql.param(vendorId)} AND month IN (${sql.list([...vendorMonths])})`,
      sql.params,
    );
  }
}

/** Recomputes the agent rollup from `conversation_facts`. */
export async function rebuildAgentRollup(manager: EntityManager): Promise<void> {
  await manager.query(`DELETE FROM ${AGENT_MONTHLY_TABLE}`);
  for (const grain of GRAINS) {
    await manager.query(
      `INSERT INTO ${AGENT_MONTHLY_TABLE} (${COLUMNS}) SELECT ${grain.keys}, ${AGENT_MEASURES.map(aggregateSql).join(', ')}
         FROM ${FACTS_TABLE} GROUP BY ${grain.groupBy}`,
    );
  }
}
