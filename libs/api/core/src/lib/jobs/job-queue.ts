/**
 * Background work that any process may run: imports, scoring, and next report generation and scheduled refills.
 * Jobs carry only ids and cursors; their state lives in the database, so a job can be run again, by another process,
 * after a crash, and must then do nothing twice (handlers are idempotent and resume from their stored cursor).
 */
export interface JobOptions {
  /** A job with this id still waiting or running is not added a second time. */
  jobId?: string;
  /** Runs before the job fails for good (default 5); retries wait 1 s, 2 s, 4 s… */
  attempts?: number;
  /** Someone is waiting on it (a lead's "generate again"): it runs before the jobs already waiting. */
  first?: boolean;
}

export interface JobContext {
  id: string;
  /** 1 for the first run, 2 for the first retry… */
  attempt: number;
  /** Runs the queue makes at most. */
  attempts: number;
  /** Whether this is the last run the queue will make: a handler then records a failure instead of throwing. */
  lastAttempt: boolean;
}

export type JobHandler<T> = (data: T, context: JobContext) => Promise<void>;

export interface JobQueue {
  /** Whether jobs leave this process (BullMQ on Redis) rather than run in it. */
  readonly distributed: boolean;
  add<T extends object>(name: string, data: T, options?: JobOptions): Promise<void>;
  /** Registers what runs jobs of this name; in the API with Redis they run in `npm run worker` processes only. */
  handle<T extends object>(name: string, handler: JobHandler<T>): void;
  /** Resolves when this process runs and waits for no job (tests and shutdown). */
  idle(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');

export const DEFAULT_ATTEMPTS = 5;
export const BACKOFF_MS = 1_000;

/** How long the queue waits after attempt `attempt` failed before running the job again (both queues back off so). */
export function retryDelayMs(attempt: number, backoffMs = BACKOFF_MS): number {
  return backoffMs * 2 ** (attempt - 1);
}

/** When the queue runs a job again after this attempt failed: what the Imports and Reports pages show. */
export function nextRetryAt(context: Pick<JobContext, 'attempt'>, failedAt: Date): string {
  return new Date(failedAt.getTime() + retryDelayMs(context.attempt)).toISOString();
}
