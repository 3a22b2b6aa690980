import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/**
 * One file of an import: an uploaded or named file, or an entry of a zip among them. `entry` is the entry's name in
 * the zip, used only to find it again there and to name it in messages, never as a path on disk.
 */
export interface ImportPart {
  name: string;
  path: string;
  entry?: string;
  /** Uncompressed size, as the zip's directory declares it (and as its reader enforces). */
  bytes: number;
}

export interface PartLimits {
  /** Files in one import, zip entries included. */
  maxFiles: number;
  /** Uncompressed bytes of all parts together. */
  maxTotalBytes: number;
  /** Largest uncompressed / compressed size of a zip entry: beyond it the entry is taken for a zip bomb. */
  maxCompressionRatio: number;
}

/** JSON and CSV exports compress 5–30 times; a ratio far beyond that is built to exhaust the disk or memory. */
export const DEFAULT_PART_LIMITS: Omit<PartLimits, 'maxTotalBytes'> = { maxFiles: 50, maxCompressionRatio: 200 };
/** Files one upload request may carry (multer stops reading at the next one). */
export const MAX_IMPORT_FILES = DEFAULT_PART_LIMITS.maxFiles;

/** Refusal of an import's files before any record is read; the message names the file. */
export class PartsRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartsRefused';
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Entries a zip tool adds beside the exported files. */
const IGNORED_ENTRY = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)|\/$/;

/** The history's name for an import: its file, or its first file and how many more (a browser may send a path). */
export function partsLabel(names: readonly string[]): string {
  const first = posix.basename((names[0] ?? '').replace(/\\/g, '/')).slice(0, 200) || 'upload';
  return names.length > 1 ? `${first} and ${names.length - 1} more` : first;
}

/** The import's parts in the given order, each zip replaced by its entries in the zip's order; within the limits. */
export async function expandParts(
  files: readonly { path: string; name: string; bytes: number }[],
  limits: PartLimits,
): Promise<ImportPart[]> {
  const parts: ImportPart[] = [];
  for (const file of files) {
    if (await isZip(file.path)) {
      parts.push(...(await zipEntries(file, limits)));
    } else {
      parts.push({ name: file.name, path: file.path, bytes: file.bytes });
    }
    if (parts.length > limits.maxFiles) {
      throw new PartsRefused(`too many files: an import takes at most ${limits.maxFiles} (zip entries included)`);
    }
  }
  const total = parts.reduce((sum, part) => sum + part.bytes, 0);
  if (total > limits.maxTotalBytes) {
    throw new PartsRefused(
      `the files hold ${total} bytes uncompressed, more than the limit of ${limits.maxTotalBytes} for one import`,
    );
  }
  return parts;
}

/** The part's bytes: the file, or its zip entry decompressed (the reader fails if it outgrows its declared size). */
export async function openPart(part: ImportPart): Promise<Readable> {
  if (part.entry === undefined) {
    return createReadStream(part.path, { highWaterMark: 1 << 18 });
  }
  const zip = await openZip(part.path);
  const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
    zip.on('entry', (candidate: yauzl.Entry) =>
      candidate.fileName === part.entry ? resolve(candidate) : zip.readEntry(),
    );
    zip.on('end', () => resolve(undefined));
    zip.on('error', reject);
    zip.readEntry();
  });
  if (!entry) {
    zip.close();
    throw new PartsRefused(`${part.name} is no longer in its zip`);
  }
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  stream.once('close', () => zip.close());
  return stream;
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(ZIP_MAGIC);
  } finally {
    await handle.close();
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    ),
  );
}

/** The zip's file entries from its central directory, read without decompressing anything. */
async function zipEntries(file: { path: string; name: string }, limits: PartLimits): Promise<ImportPart[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file.path);
  } catch (error) {
    throw new PartsRefused(
      `${file.name} is not a readable zip: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    if (zip.entryCount > limits.maxFiles) {
      throw new PartsRefused(
        `${file.name} holds ${zip.entryCount} entries; an import takes at most ${limits.maxFiles} files`,
      );
    }
    const parts: ImportPart[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        const problem = entryProblem(entry, file.name, limits);
        if (problem) {
          reject(new PartsRefused(problem));
          return;
        }
        if (!IGNORED_ENTRY.test(entry.fileName)) {
          const name = `${file.name}/${posix.basename(entry.fileName)}`;
          parts.push({ name, path: file.path, entry: entry.fileName, bytes: entry.uncompressedSize });
        }
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', (error: Error) =>
        reject(new PartsRefused(`${file.name} is not a readable zip: ${error.message}`)),
      );
      zip.readEntry();
    });
    return parts;
  } finally {
    zip.close();
  }
}

function entryProblem(entry: yauzl.Entry, zipName: string, limits: PartLimits): string | undefined {
  const where = `${zipName}, entry ${JSON.stringify(entry.fileName.slice(0, 200))}`;
  if (entry.isEncrypted()) {
    return `${where} is encrypted; export it again without a password`;
  }
  if (/\.zip$/i.test(entry.fileName)) {
    return `${where} is a zip inside the zip; unpack it and send its files`;
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
    return `${where} expands ${Math.round(ratio)} times (limit ${limits.maxCompressionRatio}): refused as a possible zip bomb`;
  }
  return undefined;
}
