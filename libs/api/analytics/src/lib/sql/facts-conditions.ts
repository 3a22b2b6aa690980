import { previousMonth } from '@rapport/analytics';
import { firstDayOf, lastDayOf } from '@rapport/contracts';
import type { Selection } from '../filters/selection';
import type { SqlBuilder } from '@rapport/api-database';

/**
 * WHERE conditions selecting `conversation_facts` rows (aliased `alias`) of a selection: of its day range, or of
 * `months` (whole months, ascending) when given, so that a read of scattered months does not scan the months between.
 */
export function factsConditions(sql: SqlBuilder, selection: Selection, alias = 'f', months?: readonly string[]): string[] {
  const column = (name: string) => `${alias}.${name}`;
  return [
    ...(months ? [monthsCondition(sql, column('day'), months)] : [`${column('day')} >= ${sql.param(selection.from)}`, `${column('day')} <= ${sql.param(selection.to)}`]),
    ...sql.vendorsIn(column('vendor_id'), selection.vendorIds),
    ...sql.inList(column('channel'), selection.channels),
    ...sql.inList(column('language'), selection.languages),
    ...sql.inList(column('queue'), selection.queues),
    ...sql.inList(column('site'), selection.sites),
  ];
}

/** One day range per run of consecutive months, OR-ed: both databases then search their day index once per range. */
function monthsCondition(sql: SqlBuilder, day: string, months: readonly string[]): string {
  const runs: Array<{ first: string; last: string }> = [];
  for (const month of months) {
    const run = runs[runs.length - 1];
    if (run && previousMonth(month) === run.last) {
      run.last = month;
    } else {
      runs.push({ first: month, last: month });
    }
  }
  if (runs.length === 0) {
    return '1 = 0';
  }
  return `(${runs.map(({ first, last }) => `(${day} >= ${sql.param(firstDayOf(first))} AND ${day} <= ${sql.param(lastDayOf(last))})`).join(' OR ')})`;
}
