import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IdRunStore } from '@rapport/ingest-formats';
import { processExists } from './job-owner';

const PREFIX = 'rapport-import-ids-';

/**
 * The ids one import's parser moved out of memory (duplicate detection, see IdRegistry), in a temporary file that
 * lives as long as the parse: written once per run, read a block at a time. The operating system's page cache,
 * not the process, holds what is read often. Nothing is created until the first run is written, so the many imports
 * that never spill touch no disk. The folder is named after the process, so one left by a process that was killed
 * is removed by the next store that writes in the same place.
 */
export class TempFileIdStore implements IdRunStore {
  private file: { dir: string; fd: number } | null = null;
  private words = 0;

  constructor(private readonly parent = tmpdir()) {}

  append(run: Uint32Array): number {
    const { fd } = this.opened();
    const at = this.words;
    const bytes = Buffer.from(run.buffer, run.byteOffset, run.byteLength);
    for (let written = 0; written < bytes.length; ) {
      written += writeSync(fd, bytes, written, bytes.length - written, at * 4 + written);
    }
    this.words += run.length;
    return at;
  }

  read(at: number, into: Uint32Array): void {
    const bytes = Buffer.from(into.buffer, into.byteOffset, into.byteLength);
    for (let read = 0; read < bytes.length; ) {
      const got = readSync(this.opened().fd, bytes, read, bytes.length - read, at * 4 + read);
      if (got === 0) {
        throw new Error(`spilled ids: read past the end of the file at word ${at}`);
      }
      read += got;
    }
  }

  /** Removes the file, if one was written; call once the parse is over. */
  close(): void {
    if (this.file) {
      closeSync(this.file.fd);
      rmSync(this.file.dir, { recursive: true, force: true });
      this.file = null;
    }
  }

  private opened(): { dir: string; fd: number } {
    if (!this.file) {
      removeOrphans(this.parent);
      const dir = mkdtempSync(join(this.parent, `${PREFIX}${process.pid}-`));
      this.file = { dir, fd: openSync(join(dir, 'ids'), 'w+') };
    }
    return this.file;
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
