import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ImportJobStore } from './import-job.store';
import { ImportRunner } from './import-runner';
import { JobOwner } from './job-owner';

/**
 * Where import jobs wait to run. The API runs them in-process, one at a time; a worker pool (e.g. BullMQ on Redis)
 * can implement the same interface, since jobs carry their whole state in the database and any process may claim one.
 */
export interface ImportQueue {
  /** Runs the job when its turn comes; `previousOwner` is the gone process a recovered job is taken from. */
  enqueue(jobId: string, previousOwner?: string | null): void;
  /** Resolves when no job is waiting or running. */
  idle(): Promise<void>;
}

export const IMPORT_QUEUE = Symbol('IMPORT_QUEUE');

/** Runs imports one after another in this process; on shutdown the running import stops after its current batch. */
@Injectable()
export class InProcessImportQueue implements ImportQueue, OnModuleDestroy {
  private readonly logger = new Logger('ImportQueue');
  private readonly owner = new JobOwner();
  private readonly waiting: Array<{ jobId: string; previousOwner: string | null }> = [];
  private readonly known = new Set<string>();
  private readonly stop = new AbortController();
  private draining: Promise<void> | undefined;

  constructor(
    private readonly store: ImportJobStore,
    private readonly runner: ImportRunner,
  ) {}

  enqueue(jobId: string, previousOwner: string | null = null): void {
    if (this.known.has(jobId) || this.stop.signal.aborted) {
      return;
    }
    this.known.add(jobId);
    this.waiting.push({ jobId, previousOwner });
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
  }

  async idle(): Promise<void> {
    while (this.draining) {
      await this.draining;
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stop.abort();
    await this.draining;
    this.owner.release();
  }

  private async drain(): Promise<void> {
    for (let next = this.waiting.shift(); next && !this.stop.signal.aborted; next = this.waiting.shift()) {
      try {
        if (await this.store.claim(next.jobId, this.owner.id, next.previousOwner, new Date().toISOString())) {
          await this.runner.run(next.jobId, this.owner, { signal: this.stop.signal });
        }
      } catch (error) {
        this.logger.error(error instanceof Error ? error : String(error));
      } finally {
        this.known.delete(next.jobId);
      }
    }
  }
}
