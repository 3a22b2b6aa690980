import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';

/** Names of upload files, so a sweep for orphans touches nothing else in the folder. */
export const UPLOAD_FILE_PREFIX = 'upload-';
/** Readable and writable by the API's user only. */
const PRIVATE_FILE_MODE = 0o600;

/**
 * Multer storage that streams each upload to a new private file (mode 0600, never an existing one) in `dir`.
 * Multer's own disk storage creates files with the process umask, usually readable by every local user.
 */
export function privateDiskStorage(dir: string): StorageEngine {
  return {
    _handleFile(
      _request: Request,
      file: Express.Multer.File,
      callback: (error?: unknown, info?: Partial<Express.Multer.File>) => void,
    ): void {
      const path = join(dir, `${UPLOAD_FILE_PREFIX}${randomUUID()}`);
      const target = createWriteStream(path, { flags: 'wx', mode: PRIVATE_FILE_MODE });
      pipeline(file.stream, target).then(
        () =>
          callback(null, { destination: dir, filename: path.slice(dir.length + 1), path, size: target.bytesWritten }),
        (error: unknown) => {
          void unlink(path).catch(() => undefined);
          callback(error);
        },
      );
    },
    _removeFile(_request: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
      unlink(file.path).then(
        () => callback(null),
        () => callback(null),
      );
    },
  };
}
