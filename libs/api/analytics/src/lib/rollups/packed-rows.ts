import type { EntityManager } from 'typeorm';
import { dialectOf, whereClause } from '@rapport/api-database';

/** One SELECT-list entry of a grouped read: a key (grouped or stored as is) or a measure. */
export interface SelectedColumn {
  expression: string;
  alias: string;
  kind: 'key' | 'measure';
}

export interface RowsRequest {
  table: string;
  columns: readonly SelectedColumn[];
  conditions: readonly string[];
  /** GROUP BY expressions; none when rows are read as stored. */
  groupBy: readonly string[];
  params: readonly unknown[];
}

/**
 * Runs a grouped rollup read and returns its rows as arrays in the order of `columns`. The SQLite driver builds one
 * JavaScript object per row, property by property, which for a few thousand rows of thirty columns costs more than
 * the query. There, each row comes back as one JSON text instead: keys through json_quote(), measures through
 * quote(), which (unlike JSON's fifteen digits) writes every bit of a double, so nothing is lost. PostgreSQL rows are
 * read as they come.
 */
export async function readRows(manager: EntityManager, request: RowsRequest): Promise<unknown[][]> {
  const tail = `FROM ${request.table} ${whereClause(request.conditions)} ${request.groupBy.length > 0 ? `GROUP BY ${request.groupBy.join(', ')}` : ''}`;
  if (dialectOf(manager).kind === 'sqlite') {
    const parts = request.columns.map((column) => (column.kind === 'key' ? `json_quote(${column.expression})` : `quote(coalesce(${column.expression}, 0))`));
    const rows: Array<{ r: string }> = await manager.query(`SELECT '[' || ${parts.join(` || ',' || `)} || ']' AS r ${tail}`, [...request.params]);
    return rows.map((row) => JSON.parse(row.r) as unknown[]);
  }
  const select = request.columns.map((column) => `${column.expression} AS ${column.alias}`).join(', ');
  const rows: Array<Record<string, unknown>> = await manager.query(`SELECT ${select} ${tail}`, [...request.params]);
  return rows.map((row) => request.columns.map((column) => row[column.alias]));
}
