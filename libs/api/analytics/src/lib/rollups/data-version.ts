import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { dialectOf } from '@rapport/api-database';
import { SqlBuilder } from '../sql/sql-builder';

export const DATA_VERSION_TABLE = 'analytics_data_version';

/**
 * Marks the rollups changed, inside the transaction that changes them, so the mark commits (or rolls back) with the
 * data. The new version is a random token, not a counter: a version seen inside a transaction that then rolls back
 * is never issued again, so nothing computed from that transaction's data can be mistaken for current.
 */
export async function bumpDataVersion(manager: EntityManager): Promise<void> {
  const sql = new SqlBuilder(dialectOf(manager));
  await manager.query(`UPDATE ${DATA_VERSION_TABLE} SET version = ${sql.param(randomUUID())} WHERE id = 1`, sql.params);
}

/** The rollups' current version, or null when the row is missing (then nothing may be cached). */
export async function readDataVersion(dataSource: DataSource): Promise<string | null> {
  const rows: Array<{ version: unknown }> = await dataSource.query(`SELECT version FROM ${DATA_VERSION_TABLE} WHERE id = 1`);
  const version = rows[0]?.version;
  return typeof version === 'string' ? version : null;
}
