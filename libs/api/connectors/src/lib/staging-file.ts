import { appendFile, mkdir, open, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';

const PRIVATE_DIR_MODE = 0o700;

/**
 * The file a sync gathers its pages in before they are imported, one record a line (JSON Lines). It sits in a folder
 * of its own beside the uploads, so the sweep that deletes orphan uploads never takes a sync's half-fetched pages;
 * once complete it moves among the uploads, as an import's file.
 */
export class StagingFile {
  readonly path: string;

  constructor(
    private readonly importsDir: string,
    readonly id: string,
  ) {
    this.path = join(importsDir, 'connector-staging', `upload-${id}`);
  }

  /** Where the file lives once handed to its import (an upload's name, cleaned up like one). */
  get importPath(): string {
    return join(this.importsDir, `upload-${this.id}`);
  }

  /**
   * Opens the file at `keptBytes`: what a stopped sync wrote after its last kept page is cut. Returns false when the
   * file is gone (another machine's disk, a cleaned folder) and kept pages would be missing.
   */
  async openAt(keptBytes: number): Promise<boolean> {
    await mkdir(join(this.importsDir, 'connector-staging'), { recursive: true, mode: PRIVATE_DIR_MODE });
    const exists = await stat(this.path).then(
      () => true,
      () => false,
    );
    if (!exists && keptBytes > 0) {
      return false;
    }
    const handle = await open(this.path, exists ? 'r+' : 'w', 0o600);
    try {
      await handle.truncate(keptBytes);
    } finally {
      await handle.close();
    }
    return true;
  }

  /** Appends records and returns the bytes written; flushed to disk before the page's cursor is stored. */
  async append(records: readonly object[]): Promise<number> {
    if (records.length === 0) {
      return 0;
    }
    const text = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
    await appendFile(this.path, text, { encoding: 'utf8', flush: true });
    return Buffer.byteLength(text);
  }

  /** Whether the file already moved among the uploads (a hand-over cut short before its import job was created). */
  handedOver(): Promise<boolean> {
    return stat(this.importPath).then(
      () => true,
      () => false,
    );
  }

  async handOver(): Promise<void> {
    await rename(this.path, this.importPath);
  }
}
