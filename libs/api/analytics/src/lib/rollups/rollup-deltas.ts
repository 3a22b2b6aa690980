import type { FactsRow } from '../facts/facts-row';
import { dailyKeyOf, KeyValue, monthlyKeysOf } from './rollup-tables';
import { contribution, ROLLUP_MEASURES } from './rollup-measures';

/** Change to one rollup row: its key and what to add to each of `ROLLUP_MEASURES`. */
export interface RollupDelta {
  key: KeyValue[];
  measures: number[];
}

export interface RollupDeltas {
  daily: RollupDelta[];
  monthly: RollupDelta[];
}

/**
 * What replacing `removed` facts by `added` facts changes in the rollups: the old rows' contributions are taken
 * out and the new ones put in, key by key. A conversation stored again unchanged nets to nothing, an updated one
 * moves between keys (another day, language or queue) or changes values in place. Rows that net to zero are
 * left out; output is sorted by key, so concurrent writers touch rows in the same order.
 */
export function rollupDeltas(removed: readonly FactsRow[], added: readonly FactsRow[]): RollupDeltas {
  const daily = new Map<string, RollupDelta>();
  const monthly = new Map<string, RollupDelta>();
  const apply = (facts: FactsRow, sign: 1 | -1): void => {
    const values = ROLLUP_MEASURES.map((measure) => sign * contribution(measure, facts));
    accumulate(daily, dailyKeyOf(facts), values);
    for (const key of monthlyKeysOf(facts)) {
      accumulate(monthly, key, values);
    }
  };
  removed.forEach((facts) => apply(facts, -1));
  added.forEach((facts) => apply(facts, 1));
  return { daily: changed(daily), monthly: changed(monthly) };
}

function accumulate(rows: Map<string, RollupDelta>, key: KeyValue[], values: readonly number[]): void {
  const id = JSON.stringify(key);
  const row = rows.get(id);
  if (!row) {
    rows.set(id, { key, measures: values.slice() });
    return;
  }
  values.forEach((value, index) => {
    row.measures[index] = (row.measures[index] ?? 0) + value;
  });
}

function changed(rows: Map<string, RollupDelta>): RollupDelta[] {
  return [...rows.entries()]
    .filter(([, row]) => row.measures.some((value) => value !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}
