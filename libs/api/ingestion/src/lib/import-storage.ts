import { chmodSync, mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig } from '@rapport/api-core';

/** Uploads hold customers' conversations: only the API's own user may list or read them. */
const PRIVATE_DIR_MODE = 0o700;

/**
 * Where uploads wait for their import: beside the SQLite database (so they survive a restart with it), else under
 * the system's temporary directory, one folder per PostgreSQL schema. The folder (and, under the temporary
 * directory, its parent) is private to the API's user whatever the umask or an earlier version left. An upload is
 * deleted when its import ends; `removeOrphanUploads` removes what a crash left.
 */
export function importStorageDir(config: AppConfig): string {
  if (config.uploads.dir) {
    // Shared by the API instances and the workers of several machines (a network mount at the same path on each).
    return privateDir(resolve(config.uploads.dir));
  }
  const database = config.database;
  if (database.kind === 'sqlite' && database.file !== ':memory:') {
    return privateDir(join(dirname(database.file), 'imports'));
  }
  const parent = privateDir(join(tmpdir(), 'rapport-imports'));
  return privateDir(join(parent, database.kind === 'postgres' ? (database.schema ?? 'public') : 'memory'));
}

function privateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
  return dir;
}

/** Upload files this folder may hold: ours, and multer's random names from earlier versions. */
const UPLOAD_NAME = /^(upload-[0-9a-f-]{36}|[0-9a-f]{32})$/;

/**
 * Deletes uploads no unfinished job reads: left by a crash between the upload and its job, or by a failed delete.
 * Files changed within `graceMs` are kept, as another process on the same folder may still be receiving them.
 */
export async function removeOrphanUploads(
  dir: string,
  inUse: ReadonlySet<string>,
  graceMs: number,
  nowMs: number,
): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    if (!UPLOAD_NAME.test(name) || inUse.has(resolve(path))) {
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && nowMs - info.mtimeMs > graceMs) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
