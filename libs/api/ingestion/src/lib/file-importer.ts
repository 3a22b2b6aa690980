import { createHash, randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ImportFormat } from '@rapport/contracts';
import type { ConversationWriter } from '@rapport/api-conversations';
import { ImportJob } from './import-job.entity';
import { ImportJobStore } from './import-job.store';
import { buildImportOptions, SavedMapping } from './import-options';
import { ImportRunner, RunOptions } from './import-runner';
import { isOwnerGone, JobOwner } from './job-owner';
import { STALE_JOB_MS } from './import-recovery';
import { DEFAULT_PART_LIMITS, expandParts, partsLabel, PartsRefused } from './import-parts';

export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/**
 * Imports a file from the local disk in the foreground (the `import` command, benchmarks). The job is identified
 * by the file (path, size, modification time) and the options, so running the same command again after a crash
 * or `kill -9` resumes the interrupted job from its last committed batch instead of starting another.
 */
export class FileImporter {
  constructor(
    private readonly store: ImportJobStore,
    private readonly runner: ImportRunner,
    private readonly vendors: Pick<ConversationWriter, 'vendorId'>,
  ) {}

  /** Imports one file, or several (and zips of files) as one import read in the given order. */
  async import(
    paths: string | readonly string[],
    format: ImportFormat,
    rawOptions: unknown,
    run: RunOptions = {},
    savedMapping?: SavedMapping,
  ): Promise<{ job: ImportJob; resumed: boolean }> {
    const files = await Promise.all(
      (typeof paths === 'string' ? [paths] : paths).map(async (path) => {
        const absolute = resolve(path);
        const info = await stat(absolute);
        return { path: absolute, name: basename(absolute), bytes: info.size, mtimeMs: info.mtimeMs };
      }),
    );
    const first = files[0];
    if (!first) {
      throw new ImportRefused('which file? name at least one');
    }
    const parts = await expandParts(files, { ...DEFAULT_PART_LIMITS, maxTotalBytes: Number.MAX_SAFE_INTEGER }).catch((error: unknown) => {
      throw error instanceof PartsRefused ? new ImportRefused(error.message) : error;
    });
    const several = parts.length > 1 || parts[0]?.entry !== undefined;
    const built = buildImportOptions(format, rawOptions, savedMapping);
    if (built.problems) {
      throw new ImportRefused(built.problems.join('\n'));
    }
    if (built.options.createVendors === true && built.options.vendor !== undefined) {
      throw new ImportRefused('--create-vendors cannot be combined with --vendor: an import bound to one vendor creates none');
    }
    const writeScope = await this.vendorBinding(built.options.vendor);
    const fingerprint = createHash('sha256')
      // One file keeps the identity it had before several were accepted, so its interrupted imports still resume.
      .update(JSON.stringify([...files.flatMap((file) => [file.path, file.bytes, file.mtimeMs]), format, built.options]))
      .digest('hex');
    const owner = new JobOwner();
    try {
      const now = new Date().toISOString();
      const previous = await this.store.findResumable(fingerprint);
      let jobId: string;
      if (previous) {
        if (previous.owner !== null && !isOwnerGone(previous.owner, previous.heartbeatAt, Date.now(), STALE_JOB_MS)) {
          throw new ImportRefused(
            `this file is being imported by another process (${previous.owner}, import ${previous.id})`,
          );
        }
        jobId = previous.id;
      } else {
        jobId = (
          await this.store.create({
            id: randomUUID(),
            format,
            status: 'queued',
            fileName: partsLabel(files.map((file) => file.name)),
            filePath: first.path,
            parts: several ? parts : null,
            ownsFile: false,
            fingerprint,
            options: built.options,
            bytesTotal: parts.reduce((sum, part) => sum + part.bytes, 0),
            writeScope,
            createdBy: 'command line',
            createdAt: now,
          })
        ).id;
      }
      if (!(await this.store.claim(jobId, owner.id, previous?.owner ?? null, now))) {
        throw new ImportRefused(`import ${jobId} was taken by another process`);
      }
      return { job: await this.runner.run(jobId, owner, run), resumed: previous !== null };
    } finally {
      owner.release();
    }
  }

  /**
   * `--vendor` names the one vendor whose export this is: the import may write nothing of another vendor, like a
   * vendor-bound API key, so a record can never change a conversation stored for another vendor.
   */
  private async vendorBinding(slug: string | undefined): Promise<ImportJob['writeScope']> {
    if (slug === undefined) {
      return null;
    }
    const vendorScope = await this.vendors.vendorId(slug);
    if (vendorScope === null) {
      throw new ImportRefused(`unknown vendor "${slug}"; create it in Settings first`);
    }
    return { vendorScope, writer: 'this import (--vendor)' };
  }
}
