import { Logger, OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { BACKOFF_MS, DEFAULT_ATTEMPTS, JobHandler, JobOptions, JobQueue, retryDelayMs } from './job-queue';

interface Waiting {
  name: string;
  data: object;
  id: string;
  attempts: number;
}

/** Runs jobs one after another in this process, with the same retries as the distributed queue. */
export class InProcessJobQueue implements JobQueue, OnModuleDestroy {
  readonly distributed = false;
  private readonly logger = new Logger('JobQueue');
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly waiting: Waiting[] = [];
  private readonly known = new Set<string>();
  private stopped = false;
  private draining: Promise<void> | undefined;
  private sequence = 0;

  constructor(private readonly backoffMs = BACKOFF_MS) {}

  handle<T extends object>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler<object>);
  }

  async add<T extends object>(name: string, data: T, options: JobOptions = {}): Promise<void> {
    const id = options.jobId ?? `${name}:${++this.sequence}`;
    if (this.stopped || this.known.has(id)) {
      return;
    }
    this.known.add(id);
    const job = { name, data, id, attempts: options.attempts ?? DEFAULT_ATTEMPTS };
    if (options.first) {
      this.waiting.unshift(job);
    } else {
      this.waiting.push(job);
    }
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
    this.stopped = true;
    await this.idle();
  }

  private async drain(): Promise<void> {
    for (let job = this.waiting.shift(); job && !this.stopped; job = this.waiting.shift()) {
      try {
        await this.runWithRetries(job);
      } finally {
        this.known.delete(job.id);
      }
    }
  }

  private async runWithRetries(job: Waiting): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) {
      this.logger.error(`no handler for job ${job.name}`);
      return;
    }
    for (let attempt = 1; attempt <= job.attempts && !this.stopped; attempt++) {
      try {
        await handler(job.data, { id: job.id, attempt, attempts: job.attempts, lastAttempt: attempt === job.attempts });
        return;
      } catch (error) {
        this.logger.warn({ msg: 'job failed', job: job.name, id: job.id, attempt, error: error instanceof Error ? error.message : String(error) });
        if (attempt < job.attempts) {
          await sleep(retryDelayMs(attempt, this.backoffMs));
        }
      }
    }
  }
}
