import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { ImportProgress } from '@rapport/dashboard-data-access';
import { ProgressBar, formatCount } from '@rapport/dashboard-ui';
import { STATUS_WORDS, countItems, firstRowsView, importJobState, jobAnnouncement, processedPercent, rowsDownloadLabel } from '../model/job-view';
import { formatBytes } from '../model/upload-choices';

/** The import started on this page: bytes sent, then the server's reading progress and counts, then the outcome. */
@Component({
  selector: 'rp-import-progress',
  imports: [ProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-progress.html',
  styleUrl: './import-progress.scss',
})
export class ImportProgressCard {
  readonly progress = input.required<ImportProgress>();
  /** Where a job's rejected rows are downloaded, by job id. */
  readonly errorsUrl = input.required<(id: string) => string>();
  readonly dismissed = output<void>();

  protected readonly job = computed(() => {
    const progress = this.progress();
    return progress.phase === 'processing' || progress.phase === 'finished' ? progress.job : null;
  });
  private readonly firstRows = computed(() => {
    const progress = this.progress();
    return progress.phase === 'finished' ? (progress.firstRows ?? []) : [];
  });
  protected readonly upload = computed(() => {
    const progress = this.progress();
    return progress.phase === 'uploading' ? { ...progress, text: `Sending ${progress.fileName}: ${formatBytes(progress.sentBytes)} of ${formatBytes(progress.totalBytes)}` } : null;
  });
  protected readonly failure = computed(() => {
    const progress = this.progress();
    return progress.phase === 'failed' ? progress.error : null;
  });
  protected readonly view = computed(() => {
    const job = this.job();
    if (!job) {
      return null;
    }
    return {
      job,
      status: STATUS_WORDS[job.status],
      jobState: importJobState(job),
      percent: processedPercent(job),
      counts: countItems(job),
      // The same sentence for the whole of a phase, so screen readers are not read every progress tick.
      announcement: jobAnnouncement(job),
      lines: formatCount(job.linesProcessed),
      bytes: `${formatBytes(job.bytesProcessed)} of ${formatBytes(job.bytesTotal)}`,
      finished: this.progress().phase === 'finished',
      ...firstRowsView(job, this.firstRows()),
      downloadLabel: rowsDownloadLabel(job),
    };
  });
}
