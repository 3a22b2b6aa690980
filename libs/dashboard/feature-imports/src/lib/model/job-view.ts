import type { ImportJobDto, ImportStatus } from '@rapport/contracts';
import { formatCount, formatDuration } from '@rapport/dashboard-ui';

export const STATUS_WORDS: Record<ImportStatus, string> = {
  queued: 'Waiting to start',
  running: 'Importing',
  completed: 'Completed',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

/** How far the server has read the file, 0–100; null before it knows the size. */
export function processedPercent(job: ImportJobDto): number | null {
  if (job.bytesTotal <= 0) {
    return job.status === 'completed' ? 100 : null;
  }
  return Math.min(100, Math.floor((job.bytesProcessed / job.bytesTotal) * 100));
}

/** The job's counts as labelled numbers, in the order the API defines them. */
export function countItems(job: ImportJobDto): Array<{ label: string; value: string; testId: string }> {
  const counts = job.counts;
  const items = [
    { label: 'Received', value: formatCount(counts.received), testId: 'count-received' },
    { label: 'Created', value: formatCount(counts.created), testId: 'count-created' },
    { label: 'Updated', value: formatCount(counts.updated), testId: 'count-updated' },
    { label: 'Unchanged', value: formatCount(counts.unchanged), testId: 'count-unchanged' },
    { label: 'Rejected', value: formatCount(counts.failed), testId: 'count-failed' },
  ];
  if (job.surveysStored > 0 || job.surveysWaiting > 0) {
    items.push({ label: 'Survey answers stored', value: formatCount(job.surveysStored), testId: 'count-surveys' });
    items.push({ label: 'Waiting for their conversation', value: formatCount(job.surveysWaiting), testId: 'count-surveys-waiting' });
  }
  return items;
}

/** How long the import took (or has been running, given `now`); null before it started. */
export function jobDuration(job: ImportJobDto, now: string): string | null {
  if (!job.startedAt) {
    return null;
  }
  const end = Date.parse(job.finishedAt ?? now);
  const start = Date.parse(job.startedAt);
  return Number.isFinite(end) && Number.isFinite(start) ? formatDuration(Math.max(0, (end - start) / 1000)) : null;
}

/** One sentence for screen readers when the job changes phase (not on every progress tick). */
export function jobAnnouncement(job: ImportJobDto): string {
  switch (job.status) {
    case 'queued':
      return `${job.fileName} is waiting to start.`;
    case 'running':
      return `Importing ${job.fileName}.`;
    case 'completed':
      return `${job.fileName} imported: ${formatCount(job.counts.created)} created, ${formatCount(job.counts.updated)} updated, ${formatCount(job.counts.failed)} rejected.`;
    case 'failed':
      return `${job.fileName} failed${job.failure ? `: ${job.failure}` : '.'}`;
    case 'interrupted':
      return `${job.fileName} was interrupted${job.failure ? `: ${job.failure}` : '.'}`;
  }
}
