import type { Selection } from '../filters/selection';
import type { SqlBuilder } from '@rapport/api-database';

/** WHERE conditions selecting `conversation_facts` rows (aliased `alias`) of a selection. */
export function factsConditions(sql: SqlBuilder, selection: Selection, alias = 'f'): string[] {
  const column = (name: string) => `${alias}.${name}`;
  return [
    `${column('day')} >= ${sql.param(selection.from)}`,
    `${column('day')} <= ${sql.param(selection.to)}`,
    ...sql.vendorsIn(column('vendor_id'), selection.vendorIds),
    ...sql.inList(column('channel'), selection.channels),
    ...sql.inList(column('language'), selection.languages),
    ...sql.inList(column('queue'), selection.queues),
    ...sql.inList(column('site'), selection.sites),
  ];
}
