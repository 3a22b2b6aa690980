import type { EntityManager } from 'typeorm';
import { dialectOf, executeInChunks, insertRows, selectInChunks } from '@rapport/api-database';
import { SqlBuilder } from '../sql/sql-builder';
import { bumpDataVersion, bumpMonthVersions } from './data-version';
import { FACT_COLUMNS, FactsRow, RuleHitRow } from '../facts/facts-row';
import { RollupDelta, RollupDeltas } from './rollup-deltas';
import { aggregateSql, MEASURE_NAMES, ROLLUP_MEASURES } from './rollup-measures';
import {
  DAILY_ATTRIBUTES,
  DAILY_KEY,
  DAILY_TABLE,
  FACTS_TABLE,
  MONTHLY_GRAINS,
  MONTHLY_KEY,
  MONTHLY_TABLE,
  monthlyGroupingSql,
  monthlyKeySql,
  RULE_HITS_TABLE,
} from './rollup-tables';

const NUMERIC_FACTS = new Set<string>(ROLLUP_MEASURES.flatMap((measure) => ('column' in measure.source ? [measure.source.column] : [])));
NUMERIC_FACTS.add('hour_of_week');
const CONVERSATIONS_MEASURE = MEASURE_NAMES.indexOf('n');

/** Stored facts of some conversations, with numbers as numbers whatever the driver returns. */
export async function readFacts(manager: EntityManager, ids: readonly string[]): Promise<FactsRow[]> {
  const rows = await selectInChunks<Record<string, unknown>>(manager, ids, (placeholders, chunk) => ({
    sql: `SELECT ${FACT_COLUMNS.join(', ')} FROM ${FACTS_TABLE} WHERE conversation_id IN (${placeholders})`,
    params: chunk,
  }));
  return rows.map((row) => {
    const facts: Record<string, unknown> = {};
    for (const column of FACT_COLUMNS) {
      const value = row[column];
      facts[column] = NUMERIC_FACTS.has(column) && value !== null && value !== undefined ? Number(value) : value;
    }
    return facts as unknown as FactsRow;
  });
}

/** Replaces the facts and rule hits of `ids` (conversations that no longer exist simply lose theirs). */
export async function replaceFacts(manager: EntityManager, ids: readonly string[], facts: readonly FactsRow[], rules: readonly RuleHitRow[]): Promise<void> {
  for (const table of [RULE_HITS_TABLE, FACTS_TABLE]) {
    await executeInChunks(manager, ids, (placeholders, chunk) => ({ sql: `DELETE FROM ${table} WHERE conversation_id IN (${placeholders})`, params: chunk }));
  }
  await insertRows(manager, FACTS_TABLE, FACT_COLUMNS, facts.map((row) => FACT_COLUMNS.map((column) => row[column])));
  await insertRows(manager, RULE_HITS_TABLE, ['conversation_id', 'rule', 'hits'], rules.map((hit) => [hit.conversation_id, hit.rule, hit.hits]));
}

function upsertClause(table: string, key: readonly string[]): string {
  return `ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${MEASURE_NAMES.map((name) => `${name} = ${table}.${name} + excluded.${name}`).join(', ')}`;
}

async function upsert(manager: EntityManager, table: string, keyColumns: readonly string[], conflictKey: readonly string[], deltas: readonly RollupDelta[]): Promise<void> {
  await insertRows(manager, table, [...keyColumns, ...MEASURE_NAMES], deltas.map((delta) => [...delta.key, ...delta.measures]), upsertClause(table, conflictKey));
}

/**
 * Adds the deltas to the rollups, then drops the rows left without conversations. The versions of the months touched
 * move first, so on PostgreSQL writers of the same month queue on its row before touching any of its rollup rows
 * (one lock order, no deadlock).
 */
export async function applyDeltas(manager: EntityManager, deltas: RollupDeltas): Promise<void> {
  if (deltas.daily.length === 0 && deltas.monthly.length === 0) {
    return;
  }
  const dayIndex = DAILY_KEY.indexOf('day');
  const monthIndex = MONTHLY_KEY.indexOf('month');
  const months = new Set<string>([
    ...deltas.daily.map((delta) => String(delta.key[dayIndex]).slice(0, 7)),
    ...deltas.monthly.map((delta) => String(delta.key[monthIndex])),
  ]);
  await bumpMonthVersions(manager, months);
  await upsert(manager, DAILY_TABLE, [...DAILY_KEY, ...DAILY_ATTRIBUTES], DAILY_KEY, deltas.daily);
  await upsert(manager, MONTHLY_TABLE, MONTHLY_KEY, MONTHLY_KEY, deltas.monthly);
  await pruneEmpty(manager, DAILY_TABLE, DAILY_KEY, 'day', deltas.daily);
  await pruneEmpty(manager, MONTHLY_TABLE, MONTHLY_KEY, 'month', deltas.monthly);
}

async function pruneEmpty(
  manager: EntityManager,
  table: string,
  keyColumns: readonly string[],
  periodColumn: 'day' | 'month',
  deltas: readonly RollupDelta[],
): Promise<void> {
  // Only rows whose conversation count fell can have become empty.
  const periodIndex = keyColumns.indexOf(periodColumn);
  const vendorIndex = keyColumns.indexOf('vendor_id');
  const shrunk = deltas.filter((delta) => (delta.measures[CONVERSATIONS_MEASURE] ?? 0) < 0);
  const byVendor = new Map<string, Set<string>>();
  for (const { key } of shrunk) {
    const vendorId = String(key[vendorIndex]);
    const periods = byVendor.get(vendorId) ?? new Set<string>();
    periods.add(String(key[periodIndex]));
    byVendor.set(vendorId, periods);
  }
  for (const [vendorId, periods] of byVendor) {
    const sql = new SqlBuilder(dialectOf(manager));
    const condition = `vendor_id = ${sql.param(vendorId)} AND ${periodColumn} IN (${sql.list([...periods])})`;
    await manager.query(`DELETE FROM ${table} WHERE n <= 0 AND ${condition}`, sql.params);
  }
}

/** Recomputes every rollup row from `conversation_facts` with the same measure definitions, in the database. */
export async function rebuildRollups(manager: EntityManager): Promise<void> {
  await bumpDataVersion(manager);
  await manager.query(`DELETE FROM ${DAILY_TABLE}`);
  await manager.query(`DELETE FROM ${MONTHLY_TABLE}`);
  const aggregates = ROLLUP_MEASURES.map(aggregateSql).join(', ');
  await manager.query(
    `INSERT INTO ${DAILY_TABLE} (${[...DAILY_KEY, ...DAILY_ATTRIBUTES, ...MEASURE_NAMES].join(', ')})
     SELECT ${DAILY_KEY.join(', ')}, MIN(hour_band), ${aggregates} FROM ${FACTS_TABLE} GROUP BY ${DAILY_KEY.join(', ')}`,
  );
  for (const grain of MONTHLY_GRAINS) {
    await manager.query(
      `INSERT INTO ${MONTHLY_TABLE} (${[...MONTHLY_KEY, ...MEASURE_NAMES].join(', ')})
       SELECT ${monthlyKeySql(grain).join(', ')}, ${aggregates} FROM ${FACTS_TABLE} GROUP BY ${monthlyGroupingSql(grain).join(', ')}`,
    );
  }
}
