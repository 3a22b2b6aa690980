import { Logger, OnModuleDestroy } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { BACKOFF_MS, DEFAULT_ATTEMPTS, JobHandler, JobOptions, JobQueue } from './job-queue';

export const QUEUE_NAME = 'jobs';

export interface BullQueueSettings {
  url: string;
  /** Prefix of every key, so several deployments (or parallel tests) can share one Redis. */
  prefix: string;
  /** How long a worker holds a job without renewing its lock before another worker takes it over (a killed worker). */
  lockMs: number;
}

/**
 * Jobs in Redis through BullMQ: the API adds them, `npm run worker` processes (any number, on any machine) run them.
 * Retries back off exponentially; a job whose worker died is taken over once its lock expires. Finished jobs are
 * removed so that the same id can be queued again (an import recovered after a crash).
 */
export class BullJobQueue implements JobQueue, OnModuleDestroy {
  readonly distributed = true;
  private readonly logger = new Logger('JobQueue');
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly queue: Queue;
  private worker: Worker | undefined;
  /** BullMQ leaves connections it is given open: closed here, on shutdown. */
  private readonly connections: Redis[] = [];
  private running = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly settings: BullQueueSettings) {
    this.queue = new Queue(QUEUE_NAME, { connection: this.connection(false), prefix: settings.prefix });
    this.queue.on('error', (error) => this.logger.warn(`queue connection: ${error.message}`));
  }

  handle<T extends object>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler<object>);
  }

  async add<T extends object>(name: string, data: T, options: JobOptions = {}): Promise<void> {
    await this.queue.add(name, data, {
      jobId: options.jobId,
      lifo: options.first ?? false,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: 'exponential', delay: BACKOFF_MS },
      removeOnComplete: true,
      removeOnFail: { count: 1_000 },
    });
  }

  /** Starts running jobs in this process (worker processes only). */
  startWorker(concurrency: number): void {
    this.worker ??= new Worker(QUEUE_NAME, (job) => this.process(job), {
      connection: this.connection(true),
      prefix: this.settings.prefix,
      concurrency,
      lockDuration: this.settings.lockMs,
      stalledInterval: Math.max(1_000, Math.floor(this.settings.lockMs / 2)),
      maxStalledCount: 10,
    });
    this.worker.on('error', (error) => this.logger.warn(`worker connection: ${error.message}`));
    this.worker.on('failed', (job, error) => this.logger.warn({ msg: 'job failed', job: job?.name, id: job?.id, attempt: job?.attemptsMade, error: error.message }));
  }

  /** Jobs waiting, running, delayed for a retry and failed for good, as BullMQ counts them. */
  counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
  }

  async idle(): Promise<void> {
    while (this.running > 0) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async onModuleDestroy(): Promise<void> {
    // Running jobs finish their current step; a job cut short is taken over by another worker and resumes.
    await this.worker?.close();
    await this.queue.close();
    await Promise.all(this.connections.map((connection) => connection.quit().catch(() => connection.disconnect())));
  }

  private connection(blocking: boolean): Redis {
    const connection = connect(this.settings.url, blocking, this.settings.prefix);
    this.connections.push(connection);
    return connection;
  }

  private async process(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) {
      throw new Error(`no handler for job ${job.name}`);
    }
    this.running++;
    try {
      const attempts = job.opts.attempts ?? 1;
      await handler(job.data as object, { id: job.id ?? '', attempt: job.attemptsMade + 1, attempts, lastAttempt: job.attemptsMade + 1 >= attempts });
    } finally {
      this.running--;
      this.waiters.splice(0).forEach((resolve) => resolve());
    }
  }
}

/**
 * Workers block on Redis and must retry forever; the API's queue fails a command fast when Redis is away. Connections
 * carry the key prefix as their name, so an operator (or a test) can tell one deployment's clients from another's.
 */
export function connect(url: string, blocking: boolean, name: string): Redis {
  return new Redis(url, { connectionName: name, ...(blocking ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 3 }) });
}
