import type { EntityManager } from 'typeorm';
import { dialectOf, valuesClause } from '@rapport/api-database';

/** A column of a bulk update; `cast` types PostgreSQL's untyped VALUES parameters (text) for non-text columns. */
export interface UpdatedColumn {
  name: string;
  cast?: 'double precision' | 'integer';
}

export interface BulkUpdate {
  table: string;
  key: UpdatedColumn;
  /** Columns that must still hold the given value for the row to be updated (optimistic concurrency). */
  match?: readonly UpdatedColumn[];
  set: readonly UpdatedColumn[];
}

/**
 * Updates many rows by key in a few statements: `WITH v AS (VALUES …) UPDATE t SET … FROM v`, which SQLite (3.33+)
 * and PostgreSQL both run. Row values are `[key, ...match, ...set]`.
 */
export async function updateFromValues(manager: EntityManager, update: BulkUpdate, rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  const { table, key, match = [], set } = update;
  const dialect = dialectOf(manager);
  const columns = [key, ...match, ...set];
  const rowsPerStatement = Math.max(1, Math.floor(Math.min(dialect.maxParams, 30_000) / columns.length));
  const typed = (column: UpdatedColumn) => (column.cast ? `CAST(v.${column.name} AS ${column.cast})` : `v.${column.name}`);
  const names = columns.map((column) => column.name).join(', ');
  const assignments = set.map((column) => `${column.name} = ${typed(column)}`).join(', ');
  const conditions = [key, ...match].map((column) => `${table}.${column.name} = ${typed(column)}`).join(' AND ');
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    await manager.query(
      `WITH v(${names}) AS (VALUES ${valuesClause(dialect, chunk.length, columns.length)})
       UPDATE ${table} SET ${assignments} FROM v WHERE ${conditions}`,
      chunk.flat(),
    );
  }
}
