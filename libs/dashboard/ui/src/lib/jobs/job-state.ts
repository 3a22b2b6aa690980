import type { JobAttemptsDto } from '@rapport/contracts';

function attemptOf(job: JobAttemptsDto): string {
  return job.attempts > 0 ? ` (attempt ${job.attempt} of ${job.attempts})` : '';
}

/**
 * A background job's state on the queue in one sentence, for the Imports and Reports pages: a retry names the
 * attempt that failed, why, and when the next one runs (`formatTime` in the viewer's time zone).
 */
export function jobStateText(job: JobAttemptsDto, formatTime: (iso: string) => string): string {
  switch (job.state) {
    case 'waiting':
      return 'Job waiting to run';
    case 'running':
      return `Job running${attemptOf(job)}`;
    case 'retrying':
      return `Attempt ${job.attempt} of ${job.attempts} failed: ${job.lastFailure ?? 'unknown error'}. Next attempt at ${job.nextRetryAt ? formatTime(job.nextRetryAt) : 'once a worker is free'}`;
    case 'failed':
      return `Job failed${attemptOf(job)}: ${job.lastFailure ?? 'unknown error'}`;
    case 'done':
      return `Job done${attemptOf(job)}`;
  }
}

/** Whether the state says more than the row's own status: a failed run happened, or the job is between runs. */
export function jobStateWorthShowing(job: JobAttemptsDto): boolean {
  return job.state === 'retrying' || job.attempt > 1;
}
