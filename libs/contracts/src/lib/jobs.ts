/**
 * Where a background job (an import, a report) stands on the job queue: `retrying` after a failed run that the queue
 * runs again at `nextRetryAt`; `failed` once the last run failed (or the work failed for good), with its reason.
 */
export const JOB_STATES = ['waiting', 'running', 'retrying', 'failed', 'done'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobAttemptsDto {
  state: JobState;
  /** Runs started so far: 1 for the first, 2 for the first retry…; 0 while it waits for its first run. */
  attempt: number;
  /** Runs the queue makes at most; 0 until the first run starts. */
  attempts: number;
  /** Why the latest failed run failed; null when no run failed. */
  lastFailure: string | null;
  /** When a `retrying` job runs again; null otherwise. */
  nextRetryAt: string | null;
}
