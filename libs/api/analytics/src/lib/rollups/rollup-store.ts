import type { EntityManager } from 'typeorm';
import { dialectOf, executeInChunks, insertRows, selectInChunks, SqlBuilder } from '@rapport/api-database';
import { addAgentFacts, pruneEmptyAgentRows, rebuildAgentRollup } from './agent-rollup';
import { bumpDataVersion, bumpMonthVersions } from './data-version';
import { FACT_COLUMNS, FactsRow, RuleHitRow } from '../facts/facts-row';
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

/** The stored facts of some conversations that `refresh` found changed, and what their old facts were. */
export interface ChangedFacts {
  ids: readonly string[];
  previous: readonly FactsRow[];
  current: readonly FactsRow[];
}

/**
 * Moves the rollups from the old facts of `changed.ids` to their new ones, in the database: the old facts' sums are
 * taken out (read from `conversation_facts` before it is replaced), `replace` stores the new facts, and their sums are
 * put in, each as one INSERT … SELECT … GROUP BY per table and grain, with the same measure definitions as a rebuild.
 * The versions of the months touched move first, so on PostgreSQL writers of the same month queue on its row before
 * touching any of its rollup rows (one lock order, no deadlock). Rows left without conversations are dropped.
 */
export async function moveRollups(manager: EntityManager, changed: ChangedFacts, replace: () => Promise<void>): Promise<void> {
  if (changed.ids.length === 0) {
    await replace();
    return;
  }
  await bumpMonthVersions(manager, new Set([...changed.previous, ...changed.current].map((facts) => facts.day.slice(0, 7))));
  const stored = new Set(changed.previous.map((facts) => facts.conversation_id));
  await addFacts(manager, changed.ids.filter((id) => stored.has(id)), -1);
  await replace();
  await addFacts(manager, changed.ids, 1);
  await pruneEmpty(manager, changed.previous);
}

/** Adds (or with -1 takes out) the sums of the stored facts of `ids` to every rollup table and grain. */
async function addFacts(manager: EntityManager, ids: readonly string[], sign: 1 | -1): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  const aggregates = ROLLUP_MEASURES.map((measure) => (sign === 1 ? aggregateSql(measure) : `-(${aggregateSql(measure)})`)).join(', ');
  const statements = [
    {
      into: `${DAILY_TABLE} (${[...DAILY_KEY, ...DAILY_ATTRIBUTES, ...MEASURE_NAMES].join(', ')})`,
      select: `${DAILY_KEY.join(', ')}, MIN(hour_band)`,
      groupBy: DAILY_KEY.join(', '),
      upsert: upsertClause(DAILY_TABLE, DAILY_KEY),
    },
    ...MONTHLY_GRAINS.map((grain) => ({
      into: `${MONTHLY_TABLE} (${[...MONTHLY_KEY, ...MEASURE_NAMES].join(', ')})`,
      select: monthlyKeySql(grain).join(', '),
      groupBy: monthlyGroupingSql(grain).join(', '),
      upsert: upsertClause(MONTHLY_TABLE, MONTHLY_KEY),
    })),
  ];
  for (const statement of statements) {
    await executeInChunks(manager, ids, (placeholders, chunk) => ({
      sql: `INSERT INTO ${statement.into} SELECT ${statement.select}, ${aggregates} FROM ${FACTS_TABLE}
             WHERE conversation_id IN (${placeholders}) GROUP BY ${statement.groupBy} ${statement.upsert}`,
      params: chunk,
    }));
  }
  await addAgentFacts(manager, ids, sign);
}

/** Only rows the old facts counted in can have become empty: their vendors' days and months. */
async function pruneEmpty(manager: EntityManager, previous: readonly FactsRow[]): Promise<void> {
  const periods = new Map<string, { days: Set<string>; months: Set<string> }>();
  for (const facts of previous) {
    const vendor = periods.get(facts.vendor_id) ?? { days: new Set<string>(), months: new Set<string>() };
    vendor.days.add(facts.day);
    vendor.months.add(facts.day.slice(0, 7));
    periods.set(facts.vendor_id, vendor);
  }
  for (const [vendorId, { days, months }] of periods) {
    for (const [table, column, values] of [[DAILY_TABLE, 'day', days], [MONTHLY_TABLE, 'month', months]] as const) {
      const sql = new SqlBuilder(dialectOf(manager));
      const condition = `vendor_id = ${sql.param(vendorId)} AND ${column} IN (${sql.list([...values])})`;
      await manager.query(`DELETE FROM ${table} WHERE n <= 0 AND ${condition}`, sql.params);
    }
  }
  await pruneEmptyAgentRows(manager, previous);
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
  await rebuildAgentRollup(manager);
}
