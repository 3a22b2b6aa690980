import type { EntityManager } from 'typeorm';
import { dialectOf, selectInChunks } from '@rapport/api-database';

/** `source` + external id: what a record names, whichever vendor holds it. */
export function sourceKey(source: string, externalId: string): string {
  return `${source}\u001f${externalId}`;
}

/** `source` + vendor + external id, the natural key of conversations (and of the answers that rate them). */
export function vendorKey(source: string, vendorId: string, externalId: string): string {
  return `${source}\u001f${vendorId}\u001f${externalId}`;
}

/**
 * Selects rows whose `(source, <idColumn>)` is among `keys`, one source at a time so the query uses the
 * `(source, <idColumn>)` index (a bare `IN` on the second column would scan the table once per chunk). With
 * `vendor`, only the rows whose `vendor.column` is `vendor.id`: a vendor-bound writer never reads another vendor's rows.
 */
export async function selectBySourceKeys<T>(
  manager: EntityManager,
  keys: ReadonlyArray<{ source: string; externalId: string }>,
  select: { columns: string; table: string; idColumn: string; vendor?: { column: string; id: string } },
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
               WHERE ${select.idColumn} IN (${placeholders}) AND source = ${dialect.param(chunk.length)}${
                 select.vendor ? ` AND ${select.vendor.column} = ${dialect.param(chunk.length + 1)}` : ''
               }`,
        params: select.vendor ? [...chunk, source, select.vendor.id] : [...chunk, source],
      }))),
    );
  }
  return rows;
}
