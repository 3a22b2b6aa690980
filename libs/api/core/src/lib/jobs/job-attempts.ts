import type { JobAttemptsDto } from '@rapport/contracts';
import { JobContext, nextRetryAt } from './job-queue';

/**
 * A job's runs as its own database row keeps them (columns `attempt`, `max_attempts`, `last_failure`,
 * `next_retry_at`): the handler writes them, so every API instance shows the same state whichever process runs it.
 */
export interface JobAttemptFields {
  attempt: number;
  maxAttempts: number;
  lastFailure: string | null;
  nextRetryAt: string | null;
}

/** Where the row's own status puts the work; attempts refine `waiting` and `running` into `retrying`. */
export type JobPhase = 'waiting' | 'running' | 'failed' | 'done';

/** What a handler writes when a run starts. */
export function attemptStarted(context: JobContext): Pick<JobAttemptFields, 'attempt' | 'maxAttempts' | 'nextRetryAt'> {
  return { attempt: context.attempt, maxAttempts: context.attempts, nextRetryAt: null };
}

/** What a handler writes when a run fails: the reason, and when the queue runs it again unless this run was the last. */
export function attemptFailed(context: JobContext, error: unknown, now: Date, final = context.lastAttempt): Pick<JobAttemptFields, 'lastFailure' | 'nextRetryAt'> {
  return { lastFailure: failureText(error), nextRetryAt: final ? null : nextRetryAt(context, now) };
}

export function failureText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

export function jobAttemptsDto(fields: JobAttemptFields, phase: JobPhase, failure: string | null = null): JobAttemptsDto {
  const retrying = (phase === 'waiting' || phase === 'running') && fields.nextRetryAt !== null;
  const state = retrying ? 'retrying' : phase === 'waiting' && fields.attempt > 0 ? 'running' : phase;
  return {
    state,
    attempt: fields.attempt,
    attempts: fields.maxAttempts,
    lastFailure: state === 'failed' ? (failure ?? fields.lastFailure ?? 'unknown error') : fields.lastFailure,
    nextRetryAt: retrying ? fields.nextRetryAt : null,
  };
}
