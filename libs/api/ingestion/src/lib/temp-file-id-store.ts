import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IdRunStore } from '@rapport/ingest-formats';

/**
 * The ids one import's parser moved out of memory (duplicate detection, see IdRegistry), in a temporary file that
 * lives as long as the parse: written once per run, read a block at a time. The operating system's page cache,
 * not the process, holds what is read often.
 */
export class TempFileIdStore implements IdRunStore {
  private readonly dir: string;
  private readonly fd: number;
  private words = 0;

  constructor(parent = tmpdir()) {
    this.dir = mkdtempSync(join(parent, 'rapport-import-ids-'));
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
