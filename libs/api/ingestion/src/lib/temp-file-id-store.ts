import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IdRunStore } from '@rapport/ingest-formats';
import { processExists } from './job-owner';

const PREFIX = 'rapport-import-ids-';

/**
 * The ids one import's parser moved out of memory (duplicate detection, see IdRegistry), in a temporary file that
 * lives as long as the parse: written once per run, read a block at a time. The operating system's page cache,
 * not the process, holds what is read often. The folder is named after the process, so one left by a process that
 * was killed is removed by the next store made in the same place.
 */
export class TempFileIdStore implements IdRunStore {
  private readonly dir: string;
  private readonly fd: number;
  private words = 0;

  constructor(parent = tmpdir()) {
    removeOrphans(parent);
    this.dir = mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
    this.fd = openSync(join(this.dir, 'ids'), 'w+');
  }

  append(run: Uint32Array): number {
    const at = this.words;
    const bytes = Buffer.from(run.buffer, run.byteOffset, run.byteLength);
    for (let written = 0; written < bytes.length; ) {
      written += writeSync(this.fd, bytes, written, bytes.length - written, at * 4 + written);
    }
    this.words += run.length;
    return at;
  }

  read(at: number, into: Uint32Array): void {
    const bytes = Buffer.from(into.buffer, into.byteOffset, into.byteLength);
    for (let read = 0; read < bytes.length; ) {
      const got = readSync(this.fd, bytes, read, bytes.length - read, at * 4 + read);
      if (got === 0) {
        throw new Error(`spilled ids: read past the end of the file at word ${at}`);
      }
      read += got;
    }
  }

  /** Removes the file; call once the parse is over. */
  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Removes the folders of stores whose process is gone (a crash or `kill -9` skipped their `close`). */
function removeOrphans(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = name.startsWith(PREFIX) ? Number(name.slice(PREFIX.length).split('-')[0]) : NaN;
    if (Number.isInteger(pid) && pid > 0 && !processExists(pid)) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}
