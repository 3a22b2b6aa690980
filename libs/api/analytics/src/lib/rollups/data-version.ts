import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { dialectOf, SqlBuilder } from '@rapport/api-database';

export const DATA_VERSION_TABLE = 'analytics_data_version';
export const MONTH_VERSIONS_TABLE = 'analytics_month_versions';

/*
 * Versions are random tokens, not counters: a version seen inside a transaction that then rolls back is never issued
 * again, so nothing computed from that transaction's data can be mistaken for current. Both are moved inside the
 * transaction that changes the rollups, so they commit (or roll back) with the data.
 */

/** Marks every rollup changed (a rebuild): the epoch that every cached answer is keyed by. */
export async function bumpDataVersion(manager: EntityManager): Promise<void> {
  const sql = new SqlBuilder(dialectOf(manager));
  await manager.query(`UPDATE ${DATA_VERSION_TABLE} SET version = ${sql.param(randomUUID())} WHERE id = 1`, sql.params);
}

/**
 * Marks the rollups of some months changed. On PostgreSQL the epoch row is share-locked first, so a rebuild (which
 * updates it) and incremental writers never hold each other's rollup rows; months are locked in one order.
 */
export async function bumpMonthVersions(manager: EntityManager, months: ReadonlySet<string>): Promise<void> {
  if (months.size === 0) {
    return;
  }
  const dialect = dialectOf(manager);
  if (dialect.kind === 'postgres') {
    await manager.query(`SELECT version FROM ${DATA_VERSION_TABLE} WHERE id = 1 FOR SHARE`);
  }
  const sql = new SqlBuilder(dialect);
  const version = randomUUID();
  const rows = [...months].sort().map((month) => `(${sql.param(month)}, ${sql.param(version)})`);
  await manager.query(
    `INSERT INTO ${MONTH_VERSIONS_TABLE} (month, version) VALUES ${rows.join(', ')} ON CONFLICT (month) DO UPDATE SET version = excluded.version`,
    sql.params,
  );
}

/**
 * The version of the data behind an answer that reads these months: the epoch and each month's version (a month
 * never written reads as '-'). Null when the epoch row is missing (then nothing may be cached).
 */
export async function readDataVersion(dataSource: DataSource, months: readonly string[]): Promise<string | null> {
  const sql = new SqlBuilder(dialectOf(dataSource.manager));
  const monthCondition = months.length > 0 ? `month IN (${sql.list(months)})` : '1 = 0';
  const rows: Array<{ month: unknown; version: unknown }> = await dataSource.query(
    `SELECT '' AS month, version FROM ${DATA_VERSION_TABLE} WHERE id = 1
     UNION ALL SELECT month, version FROM ${MONTH_VERSIONS_TABLE} WHERE ${monthCondition}`,
    sql.params,
  );
  const versions = new Map(rows.map((row) => [String(row.month), String(row.version)]));
  const epoch = versions.get('');
  return epoch === undefined ? null : [epoch, ...[...months].sort().map((month) => `${month}:${versions.get(month) ?? '-'}`)].join(' ');
}
