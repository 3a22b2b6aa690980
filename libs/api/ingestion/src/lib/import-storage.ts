import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AppConfig } from '@rapport/api-core';

/**
 * Where uploads wait for their import: beside the SQLite database (so they survive a restart with it), else under
 * the system's temporary directory, one folder per PostgreSQL schema. An upload is deleted when its import ends.
 */
export function importStorageDir(config: AppConfig): string {
  const database = config.database;
  const dir =
    database.kind === 'sqlite' && database.file !== ':memory:'
      ? join(dirname(database.file), 'imports')
      : join(tmpdir(), 'rapport-imports', database.kind === 'postgres' ? (database.schema ?? 'public') : 'memory');
  mkdirSync(dir, { recursive: true });
  return dir;
}
