import type { JobAttemptsDto } from '@rapport/contracts';
import { jobStateText, jobStateWorthShowing } from './job-state';

const time = (iso: string) => `at(${iso})`;
const job = (fields: Partial<JobAttemptsDto>): JobAttemptsDto => ({ state: 'waiting', attempt: 0, attempts: 0, lastFailure: null, nextRetryAt: null, ...fields });

describe('jobStateText', () => {
  it('says each state, with the attempt k of n a queue job is on', () => {
    expect(jobStateText(job({}), time)).toBe('Job waiting to run');
    expect(jobStateText(job({ state: 'running', attempt: 2, attempts: 5 }), time)).toBe('Job running (attempt 2 of 5)');
    expect(jobStateText(job({ state: 'done', attempt: 1, attempts: 5 }), time)).toBe('Job done (attempt 1 of 5)');
    expect(jobStateText(job({ state: 'done' }), time)).toBe('Job done');
  });

  it('names the failed attempt, its reason and the next retry time while retrying', () => {
    const retrying = job({ state: 'retrying', attempt: 1, attempts: 4, lastFailure: 'connection terminated', nextRetryAt: '2026-06-01T02:00:01.000Z' });
    expect(jobStateText(retrying, time)).toBe('Attempt 1 of 4 failed: connection terminated. Next attempt at at(2026-06-01T02:00:01.000Z)');
    expect(jobStateWorthShowing(retrying)).toBe(true);
  });

  it('gives the reason of a job failed for good', () => {
    expect(jobStateText(job({ state: 'failed', attempt: 4, attempts: 4, lastFailure: 'disk full' }), time)).toBe('Job failed (attempt 4 of 4): disk full');
  });

  it('shows the state beside a row only when a run failed before', () => {
    expect(jobStateWorthShowing(job({ state: 'done', attempt: 1, attempts: 5 }))).toBe(false);
    expect(jobStateWorthShowing(job({ state: 'done', attempt: 2, attempts: 5, lastFailure: 'timeout' }))).toBe(true);
  });
});
