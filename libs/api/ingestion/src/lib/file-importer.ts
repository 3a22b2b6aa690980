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

  async import(
    path: string,
    format: ImportFormat,
    rawOptions: unknown,
    run: RunOptions = {},
    savedMapping?: SavedMapping,
  ): Promise<{ job: ImportJob; resumed: boolean }> {
    const absolute = resolve(path);
    const file = await stat(absolute);
    const built = buildImportOptions(format, rawOptions, savedMapping);
    if (built.problems) {
      throw new ImportRefused(built.problems.join('\n'));
    }
    if (built.options.createVendors === true && built.options.vendor !== undefined) {
      throw new ImportRefused('--create-vendors cannot be combined with --vendor: an import bound to one vendor creates none');
    }
    const writeScope = await this.vendorBinding(built.options.vendor);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([absolute, file.size, file.mtimeMs, format, built.options]))
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
            fileName: basename(absolute).slice(0, 300),
            filePath: absolute,
            ownsFile: false,
            fingerprint,
            options: built.options,
            bytesTotal: file.size,
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
