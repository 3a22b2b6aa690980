import type { ImportErrorDto, ImportJobDto, ImportStatus } from '@rapport/contracts';
import { formatCount, formatDuration, jobStateText } from '@rapport/dashboard-ui';

export const STATUS_WORDS: Record<ImportStatus, string> = {
  queued: 'Waiting to start',
  running: 'Importing',
  completed: 'Completed',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

const TIMES = new Intl.DateTimeFormat('en', { timeStyle: 'medium' });

/** The import's job on the queue: waiting, running, retrying (attempt k of n, next attempt at), failed, done. */
export function importJobState(job: ImportJobDto): string {
  return jobStateText(job.job, (iso) => TIMES.format(new Date(iso)));
}

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

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** The first rejected rows and notices as the page lists them, with a heading that says how many there are in all. */
export function firstRowsView(
  job: ImportJobDto,
  rows: readonly ImportErrorDto[],
): { rowsHeading: string; firstRows: Array<{ kind: ImportErrorDto['kind']; where: string; reason: string }> } {
  const total = job.errorCount + job.noticeCount;
  const firstRows = rows.map((row) => ({
    kind: row.kind,
    where: [`Line ${formatCount(row.line)}`, row.item === null ? null : `item ${formatCount(row.item)}`, row.field].filter((part) => part !== null).join(', '),
    reason: row.reason,
  }));
  const heading = total > rows.length ? `The first ${formatCount(rows.length)} of ${formatCount(total)} rejected rows and notes` : 'Rejected rows and notes';
  return { rowsHeading: heading, firstRows };
}

/** The download link's words: what the CSV holds. */
export function rowsDownloadLabel(job: ImportJobDto): string {
  const parts = [
    job.errorCount > 0 ? plural(job.errorCount, 'rejected row', 'rejected rows') : null,
    job.noticeCount > 0 ? plural(job.noticeCount, 'note', 'notes') : null,
  ].filter((part): part is string => part !== null);
  return `Download the ${parts.join(' and ')} (CSV)`;
}
