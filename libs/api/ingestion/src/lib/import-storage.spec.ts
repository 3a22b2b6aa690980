import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { loadAppConfig } from '@rapport/api-core';
import { importStorageDir, removeOrphanUploads } from './import-storage';
import { privateDiskStorage } from './upload-storage';

describe('upload storage', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'rapport-storage-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('makes the upload folder private (0700), also when it already existed open to everyone', () => {
    const config = { ...loadAppConfig({}), database: { kind: 'sqlite' as const, file: join(root, 'rapport.sqlite') } };
    mkdirSync(join(root, 'imports'), { mode: 0o755 });
    chmodSync(join(root, 'imports'), 0o755);
    const dir = importStorageDir(config);
    expect(dir).toBe(join(root, 'imports'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('writes each upload to a new file only its owner can read (0600)', async () => {
    const storage = privateDiskStorage(root);
    const info = await new Promise<{ path: string; size: number }>((resolve, reject) => {
      const file = {
        stream: Readable.from([Buffer.from('line 1\n'), Buffer.from('line 2\n')]),
      } as unknown as Express.Multer.File;
      storage._handleFile({} as never, file, (error, result) =>
        error ? reject(error) : resolve(result as { path: string; size: number }),
      );
    });
    expect(info.size).toBe(14);
    expect(statSync(info.path).mode & 0o777).toBe(0o600);
    expect(readdirSync(root)).toEqual([expect.stringMatching(/^upload-[0-9a-f-]{36}$/)]);
  });

  it('removes old uploads no unfinished job reads, and nothing else', async () => {
    const now = Date.parse('2026-03-02T12:00:00Z');
    const hourAgo = new Date(now - 3_600_000);
    const files = {
      orphan: 'upload-00000000-0000-4000-8000-000000000001',
      legacy: '0123456789abcdef0123456789abcdef',
      inUse: 'upload-00000000-0000-4000-8000-000000000002',
      arriving: 'upload-00000000-0000-4000-8000-000000000003',
      unrelated: 'notes.txt',
    };
    for (const name of Object.values(files)) {
      writeFileSync(join(root, name), 'x');
      utimesSync(join(root, name), hourAgo, name === files.arriving ? new Date(now - 1_000) : hourAgo);
    }
    const removed = await removeOrphanUploads(root, new Set([join(root, files.inUse)]), 60_000, now);
    expect(removed).toBe(2);
    expect(readdirSync(root).sort()).toEqual([files.unrelated, files.inUse, files.arriving].sort());
  });
});
