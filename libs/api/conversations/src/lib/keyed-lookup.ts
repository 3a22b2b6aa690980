import type { EntityManager } from 'typeorm';
import { dialectOf, selectInChunks } from '@rapport/api-database';

/** `source` + external id, the natural key of conversations and of the surveys that refer to them. */
export function sourceKey(source: string, externalId: string): string {
  return `${source}\u001f${externalId}`;
}

/**
 * Selects rows whose `(source, <idColumn>)` is among `keys`, one source at a time so the query uses the unique
 * index that starts with `source` (a bare `IN` on the second column would scan the table once per chunk).
 */
export async function selectBySourceKeys<T>(
  manager: EntityManager,
  keys: ReadonlyArray<{ source: string; externalId: string }>,
  select: { columns: string; table: string; idColumn: string; where?: string },
): Promise<T[]> {
  const bySource = new Map<string, Set<string>>();
  for (const key of keys) {
    let ids = bySource.get(key.source);
    if (!ids) {
      ids = new Set();
      bySource.set(key.source, ids);
    }
    ids.add(key.externalId);
  }
  const dialect = dialectOf(manager);
  const rows: T[] = [];
  for (const [source, ids] of bySource) {
    rows.push(
      ...(await selectInChunks<T>(manager, [...ids], (placeholders, chunk) => ({
        sql: `SELECT ${select.columns} FROM ${select.table}
               WHERE ${select.idColumn} IN (${placeholders}) AND source = ${dialect.param(chunk.length)}${select.where ? ` AND ${select.where}` : ''}`,
        params: [...chunk, source],
      }))),
    );
  }
  return rows;
}
