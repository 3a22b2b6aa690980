import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import type { ColumnMappingInput, ImportJobDto } from '@rapport/contracts';
import { ImportHistoryStore, ImportSetupStore, ImportTracker, type ImportUpload, ImportsApi, SessionStore, VendorsStore, isRunning, queryView } from '@rapport/dashboard-data-access';
import { AsyncCard, PageHeader } from '@rapport/dashboard-ui';
import { ImportHistory } from '../import-history/import-history';
import { ImportProgressCard } from '../import-progress/import-progress';
import { UploadForm } from '../upload-form/upload-form';

export const HISTORY_PAGE_SIZE = 20;

/**
 * Imports: administrators upload a file (drop or dialog), choose its format and columns, and watch it being read;
 * everyone who may see imports gets the history with the rejected rows to download. `?page=` pages the history.
 */
@Component({
  selector: 'rp-imports-page',
  imports: [PageHeader, AsyncCard, UploadForm, ImportProgressCard, ImportHistory],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './imports-page.html',
  styleUrl: './imports-page.scss',
})
export class ImportsPage {
  /** The `?page=` of the history, bound by the router. */
  readonly page = input<string>();

  private readonly api = inject(ImportsApi);
  private readonly setup = inject(ImportSetupStore);
  private readonly history = inject(ImportHistoryStore);
  private readonly tracker = inject(ImportTracker);
  private readonly session = inject(SessionStore);
  private readonly vendorsStore = inject(VendorsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pageSize = HISTORY_PAGE_SIZE;
  protected readonly errorsUrl = (id: string) => this.api.errorsCsvUrl(id);
  /** Only administrators may start imports (the API refuses others); the rest see the history. */
  protected readonly canUpload = computed(() => this.session.role() === 'admin');

  protected readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });
  private readonly historyQuery = computed(() => ({ limit: HISTORY_PAGE_SIZE, offset: (this.pageNumber() - 1) * HISTORY_PAGE_SIZE }));
  protected readonly historyView = computed(() => queryView(this.history.state(), this.historyQuery()));
  protected readonly historyData = computed(() => {
    const view = this.historyView();
    return view.status === 'loaded' ? view.data : view.status === 'loading' ? view.stale : null;
  });
  protected readonly historyError = computed(() => {
    const view = this.historyView();
    return view.status === 'failed' ? view.error : null;
  });

  protected readonly setupData = computed(() => {
    const state = this.setup.state();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly setupError = computed(() => {
    const state = this.setup.state();
    return state.status === 'failed' ? state.error : null;
  });
  protected readonly progress = this.tracker.progress;
  protected readonly busy = computed(() => {
    const phase = this.progress().phase;
    return phase === 'uploading' || phase === 'processing';
  });
  protected readonly followedId = computed(() => {
    const progress = this.progress();
    return progress.phase === 'processing' || progress.phase === 'finished' ? progress.job.id : null;
  });
  protected readonly vendorOptions = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? state.data.vendors.map((vendor) => ({ value: vendor.slug, label: vendor.name })) : [];
  });
  protected readonly mappingSaved = computed(() => {
    const state = this.setup.saving.state();
    if (state.status === 'done') {
      return `Saved as “${state.result.name}”.`;
    }
    return state.status === 'failed' ? `Not saved: ${state.error.message}` : null;
  });

  constructor() {
    if (this.canUpload()) {
      this.setup.load();
      if (this.vendorsStore.overview().status === 'idle') {
        this.vendorsStore.load();
      }
    }
    effect(() => {
      const query = this.historyQuery();
      untracked(() => this.history.load(query));
    });
    // An import still running when the page opens (started elsewhere, or before a reload) is followed at once.
    effect(() => {
      const running = this.historyData()?.items.find(isRunning);
      if (running && untracked(() => this.progress().phase === 'idle')) {
        untracked(() => this.follow(running));
      }
    });
    // A job the first history page does not list yet (just queued) is fetched into it once.
    effect(() => {
      const id = this.followedId();
      const data = untracked(() => this.historyData());
      if (id && this.pageNumber() === 1 && data && !data.items.some((job) => job.id === id)) {
        untracked(() => this.history.reload());
      }
    });
  }

  /** Bumped when an import started here finishes: the upload form is created afresh, its fields empty. */
  protected readonly formGeneration = signal(0);

  protected start(upload: ImportUpload): void {
    this.tracker.start(upload, () => {
      this.formGeneration.update((generation) => generation + 1);
      this.history.reload();
    });
    // The new job will head the history: show its first page.
    this.goToPage(1);
  }

  protected follow(job: ImportJobDto): void {
    this.tracker.track(job, () => this.history.reload());
  }

  protected saveMapping(mapping: ColumnMappingInput): void {
    this.setup.saveMapping(mapping);
  }

  protected dismiss(): void {
    this.tracker.dismiss();
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? String(page) : null }, queryParamsHandling: 'merge' });
  }

  protected retrySetup(): void {
    this.setup.reload();
  }

  protected retryHistory(): void {
    this.history.reload();
  }
}
