import { HttpEventType } from '@angular/common/http';
import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import type { ImportErrorDto, ImportJobDto, ImportStatus } from '@rapport/contracts';
import { type Observable, type Subscription, exhaustMap, takeWhile, timer } from 'rxjs';
import { DataChanges } from '../http/data-changes';
import type { LoadError } from '../http/load-state';
import { toLoadError } from '../http/to-load-error';
import { type ImportUpload, ImportsApi } from './imports-api';

/** How many rejected rows and notices the page shows itself; the rest are in the CSV download. */
export const FIRST_ROWS_SHOWN = 10;

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_INTERVAL_MS = new InjectionToken<number>('IMPORT_POLL_INTERVAL_MS', { providedIn: 'root', factory: () => 1000 });

/** Where the import started on this page stands: sending the file, the server reading it, or done. */
export type ImportProgress =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; sentBytes: number; totalBytes: number }
  | { phase: 'processing'; job: ImportJobDto }
  /** `firstRows`: the first rejected rows and notices in file order, once loaded (null while loading or if none). */
  | { phase: 'finished'; job: ImportJobDto; firstRows: readonly ImportErrorDto[] | null }
  | { phase: 'failed'; error: LoadError };

const RUNNING: ReadonlySet<ImportStatus> = new Set(['queued', 'running']);

export function isRunning(job: ImportJobDto): boolean {
  return RUNNING.has(job.status);
}

/** Whether an ended import changed stored data (a failed or cancelled one may have committed part of its file). */
function storedAnything(job: ImportJobDto): boolean {
  return job.counts.created + job.counts.updated + job.surveysStored > 0;
}

/** Uploads a file, then follows the import job until it completes, fails or is interrupted. */
@Injectable({ providedIn: 'root' })
export class ImportTracker {
  private readonly api = inject(ImportsApi);
  private readonly interval = inject(IMPORT_POLL_INTERVAL_MS);
  private readonly changes = inject(DataChanges);
  private readonly current = signal<ImportProgress>({ phase: 'idle' });
  private work?: Subscription;

  readonly progress = this.current.asReadonly();

  /** Starts an upload; `onFinished` runs once the job ends (e.g. to refresh the history). */
  start(upload: ImportUpload, onFinished?: (job: ImportJobDto) => void): void {
    this.work?.unsubscribe();
    const files = [upload.file, ...(upload.moreFiles ?? [])];
    const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
    const fileName = files.length > 1 ? `${upload.file.name} and ${files.length - 1} more` : upload.file.name;
    this.current.set({ phase: 'uploading', fileName, sentBytes: 0, totalBytes });
    this.work = this.api.upload(upload).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          this.current.set({ phase: 'uploading', fileName, sentBytes: event.loaded, totalBytes: event.total ?? totalBytes });
        } else if (event.type === HttpEventType.Response && event.body) {
          this.follow(event.body, onFinished);
        }
      },
      error: (error: unknown) => this.current.set({ phase: 'failed', error: toLoadError(error) }),
    });
  }

  /** Follows a job already under way (one started before the page was opened). */
  track(job: ImportJobDto, onFinished?: (job: ImportJobDto) => void): void {
    this.work?.unsubscribe();
    this.follow(job, onFinished);
  }

  /** Stops following; the import itself goes on on the server. */
  dismiss(): void {
    this.work?.unsubscribe();
    this.current.set({ phase: 'idle' });
  }

  private follow(job: ImportJobDto, onFinished?: (job: ImportJobDto) => void): void {
    this.show(job, onFinished);
    if (!isRunning(job)) {
      return;
    }
    this.work = this.poll(job.id).subscribe({
      next: (latest) => this.show(latest, onFinished),
      error: (error: unknown) => this.current.set({ phase: 'failed', error: toLoadError(error) }),
    });
  }

  private poll(id: string): Observable<ImportJobDto> {
    return timer(this.interval, this.interval).pipe(
      // A slow answer is waited for rather than cancelled and asked again.
      exhaustMap(() => this.api.job(id)),
      takeWhile((latest) => isRunning(latest), true),
    );
  }

  private show(job: ImportJobDto, onFinished?: (job: ImportJobDto) => void): void {
    if (isRunning(job)) {
      this.current.set({ phase: 'processing', job });
      return;
    }
    this.current.set({ phase: 'finished', job, firstRows: null });
    if (job.errorCount + job.noticeCount > 0) {
      // Why rows were rejected belongs on the page, not only in a download.
      this.work = this.api.errors(job.id, { limit: FIRST_ROWS_SHOWN, offset: 0 }).subscribe({
        next: (page) => this.current.set({ phase: 'finished', job, firstRows: page.items }),
        error: () => undefined, // the download link still offers every row
      });
    }
    if (storedAnything(job)) {
      // The figures everywhere now include the file; stores holding older answers load them again.
      this.changes.notify();
    }
    onFinished?.(job);
  }
}
