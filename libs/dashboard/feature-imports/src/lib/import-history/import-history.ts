import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { ImportFormat, ImportJobDto } from '@rapport/contracts';
import { type ImportPage, isRunning } from '@rapport/dashboard-data-access';
import { formatCount } from '@rapport/dashboard-ui';
import { STATUS_WORDS, importJobState, jobDuration, rowsDownloadLabel } from '../model/job-view';
import { FORMAT_LABELS } from '../model/upload-choices';

/** Past and running imports, newest first, with their counts and the rejected rows to download. */
@Component({
  selector: 'rp-import-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-history.html',
  styleUrl: './import-history.scss',
})
export class ImportHistory {
  readonly history = input.required<ImportPage<ImportJobDto>>();
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly errorsUrl = input.required<(id: string) => string>();
  /** The id of the job followed above, whose row is marked. */
  readonly followedId = input<string | null>(null);
  readonly followed = output<ImportJobDto>();
  readonly pageChanged = output<number>();

  private readonly dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.history().total / this.pageSize())));
  protected readonly rows = computed(() =>
    this.history().items.map((job) => ({
      job,
      created: this.dates.format(new Date(job.createdAt)),
      format: FORMAT_LABELS[job.format as ImportFormat] ?? job.format,
      status: STATUS_WORDS[job.status],
      jobState: importJobState(job),
      running: isRunning(job),
      duration: isRunning(job) ? 'Still running' : (jobDuration(job, job.finishedAt ?? job.createdAt) ?? '—'),
      received: formatCount(job.counts.received),
      counts: `${formatCount(job.counts.created)} created · ${formatCount(job.counts.updated)} updated · ${formatCount(job.counts.unchanged)} unchanged`,
      downloadLabel: rowsDownloadLabel(job),
      // The link's visible words start its accessible name, so speech input can name it.
      downloadText: `${formatCount(job.errorCount)}${job.noticeCount > 0 ? ` + ${formatCount(job.noticeCount)} notes` : ''} (CSV)`,
    })),
  );
}
