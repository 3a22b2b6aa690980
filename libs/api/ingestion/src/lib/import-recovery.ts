import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { resolve } from 'node:path';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { IMPORT_QUEUE, ImportQueue } from './import-queue';
import { ImportJobStore } from './import-job.store';
import { importStorageDir, removeOrphanUploads } from './import-storage';
import { isOwnerGone } from './job-owner';
import { partsOf } from './import-runner';

/** Another host's job is presumed abandoned after this long without a committed batch or heartbeat. */
export const STALE_JOB_MS = 2 * 60_000;
const SWEEP_INTERVAL_MS = 30_000;

/**
 * Finishes what a crash left: at start-up and then periodically, queued jobs nobody runs and running jobs whose
 * process is gone are queued again; they resume from their last committed batch. Uploads no unfinished job reads
 * (and no upload still arriving could be writing) are deleted.
 */
@Injectable()
export class ImportRecovery implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ImportRecovery');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: ImportJobStore,
    @Inject(IMPORT_QUEUE) private readonly queue: ImportQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn(`recovery sweep failed: ${String(error)}`));
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Queues every job that should be running and is not; returns how many. */
  async sweep(): Promise<number> {
    const nowMs = Date.now();
    let queued = 0;
    const unfinished = await this.store.findUnfinished();
    const inUse = new Set(unfinished.flatMap((job) => partsOf(job).map((part) => resolve(part.path))));
    const orphans = await removeOrphanUploads(
      importStorageDir(this.config),
      inUse,
      this.config.http.uploadTimeoutMs,
      nowMs,
    );
    if (orphans > 0) {
      this.logger.log({ msg: 'removed uploads no import reads', files: orphans });
    }
    for (const job of unfinished) {
      if (job.owner === null || isOwnerGone(job.owner, job.heartbeatAt, nowMs, STALE_JOB_MS)) {
        this.queue.enqueue(job.id, job.owner);
        queued++;
      }
    }
    if (queued > 0) {
      this.logger.log({ msg: 'resuming interrupted imports', jobs: queued });
    }
    return queued;
  }
}
