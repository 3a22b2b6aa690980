import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { attemptFailed, attemptStarted, JOB_QUEUE, JobContext, JobQueue } from '@rapport/api-core';
import { ImportQueue } from './import-queue';
import { ImportJobStore, UNFINISHED_STATUSES } from './import-job.store';
import { ImportRunner } from './import-runner';
import { JobOwner } from './job-owner';

export const IMPORT_JOB = 'import';

interface ImportJobData {
  jobId: string;
}

/**
 * Imports as BullMQ jobs: the API that took the upload queues the job, a worker process runs it. The queue hands a
 * job to one worker at a time and to another only once the first stopped renewing its lock, so the worker it hands
 * the job to takes it over from whoever the database names; the batch's ownership check stops a holder that was only
 * slow. The import resumes after its last committed batch, so a retry or a takeover stores nothing twice.
 */
@Injectable()
export class DistributedImportQueue implements ImportQueue, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ImportQueue');
  private readonly owner = new JobOwner();
  private readonly stop = new AbortController();

  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    private readonly store: ImportJobStore,
    private readonly runner: ImportRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<ImportJobData>(IMPORT_JOB, (data, context) => this.run(data.jobId, context));
  }

  onModuleDestroy(): void {
    this.stop.abort();
    this.owner.release();
  }

  enqueue(jobId: string): void {
    this.jobs.add<ImportJobData>(IMPORT_JOB, { jobId }, { jobId: `import-${jobId}` }).catch((error: unknown) => {
      // The recovery sweep queues it again within a minute.
      this.logger.warn(`could not queue import ${jobId}: ${String(error)}`);
    });
  }

  idle(): Promise<void> {
    return this.jobs.idle();
  }

  private async run(jobId: string, context: JobContext): Promise<void> {
    const job = await this.store.get(jobId);
    if (!job || !UNFINISHED_STATUSES.includes(job.status)) {
      return;
    }
    if (!(await this.store.claim(jobId, this.owner.id, job.owner, new Date().toISOString()))) {
      throw new Error(`import ${jobId} changed hands while being claimed`);
    }
    await this.store.recordAttempt(jobId, attemptStarted(context));
    try {
      await this.runner.run(jobId, this.owner, { signal: this.stop.signal, rethrowTransient: !context.lastAttempt });
      if (this.stop.signal.aborted) {
        // Stopped after a committed batch: failing the attempt hands the job to another worker, which resumes it.
        throw new Error(`import ${jobId} stopped with its worker; it resumes after its last committed batch`);
      }
    } catch (error) {
      // Best effort: the database that failed the batch may refuse this too; the retry then shows as running.
      await this.store.recordAttempt(jobId, attemptFailed(context, error, new Date())).catch(() => undefined);
      throw error;
    }
  }
}
