import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { IMPORT_QUEUE, ImportQueue } from './import-queue';
import { ImportJobStore } from './import-job.store';
import { isOwnerGone } from './job-owner';

/** Another host's job is presumed abandoned after this long without a committed batch or heartbeat. */
export const STALE_JOB_MS = 2 * 60_000;
const SWEEP_INTERVAL_MS = 30_000;

/**
 * Finishes what a crash left: at start-up and then periodically, queued jobs nobody runs and running jobs whose
 * process is gone are queued again; they resume from their last committed batch.
 */
@Injectable()
export class ImportRecovery implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ImportRecovery');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: ImportJobStore,
    @Inject(IMPORT_QUEUE) private readonly queue: ImportQueue,
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
    for (const job of await this.store.findUnfinished()) {
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
