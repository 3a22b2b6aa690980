import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ConversationPageDto } from '@rapport/contracts';
import { ConversationListStore, RuleCatalogueStore, VendorsStore, exportUrl, queryView } from '@rapport/dashboard-data-access';
import { EmptyState, ErrorState, ExportButtons, LoadingState, PageHeader, UpdatingReport, formatCount, formatDuration, formatMetricValue, languageName } from '@rapport/dashboard-ui';
import { map } from 'rxjs';
import { ConversationFilterBar, type FilterChange } from '../filter-bar/conversation-filter-bar';
import { pageRange, parseConversationFilters, withVendorSlugs } from '../model/conversation-filters';

/**
 * Conversations (for QA reviewers): every scored conversation the filters select, a page at a time. The URL holds
 * the API's own query parameters, so every aggregate's drill-down opens here with the same selection.
 */
@Component({
  selector: 'rp-conversations-page',
  imports: [RouterLink, PageHeader, ExportButtons, ConversationFilterBar, LoadingState, EmptyState, ErrorState, UpdatingReport],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conversations-page.html',
  styleUrl: './conversations-page.scss',
})
export class ConversationsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly store = inject(ConversationListStore);
  private readonly vendorsStore = inject(VendorsStore);
  private readonly ruleCatalogue = inject(RuleCatalogueStore);
  protected readonly rules = this.ruleCatalogue.rules;
  private readonly dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

  private readonly params = toSignal(
    this.route.queryParamMap.pipe(map((params) => Object.fromEntries(params.keys.map((key) => [key, params.getAll(key).join(',')])))),
    { initialValue: {} as Record<string, string> },
  );
  protected readonly query = computed(() => parseConversationFilters(this.params()));
  /** Every conversation the filters select (paging aside) as CSV or Excel. */
  protected readonly listExport = computed(() => exportUrl('conversations', this.query()));
  /** What the filter bar shows: the same query, with vendors a drill-down names by id shown as the options' slugs. */
  protected readonly barQuery = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? withVendorSlugs(this.query(), state.data.vendors) : this.query();
  });
  protected readonly vendorOptions = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? state.data.vendors.map((vendor) => ({ value: vendor.slug, label: vendor.name })) : [];
  });

  private readonly result = computed(() => queryView(this.store.state(), this.query()));
  private readonly current = computed(() => {
    const result = this.result();
    return result.status === 'loaded' ? result.data : null;
  });
  /** The page on screen: the current one or, while new filters load, the previous one dimmed. */
  protected readonly displayed = linkedSignal<ConversationPageDto | null, ConversationPageDto | null>({
    source: this.current,
    computation: (page, previous) => page ?? (this.result().status === 'loading' ? (previous?.value ?? null) : null),
  });
  protected readonly stale = computed(() => this.current() === null && this.displayed() !== null);
  protected readonly failure = computed(() => {
    const result = this.result();
    return result.status === 'failed' ? result.error : null;
  });
  protected readonly range = computed(() => {
    const page = this.displayed();
    return page ? pageRange(page.page, page.pageSize, page.total) : null;
  });

  /** The list's own URL, so the transcript can lead back to exactly this page of results. */
  protected readonly listUrl = computed(() => this.router.serializeUrl(this.router.createUrlTree(['/conversations'], { queryParams: this.params() })));

  constructor() {
    this.ruleCatalogue.ensureLoaded();
    if (this.vendorsStore.overview().status === 'idle') {
      this.vendorsStore.load();
    }
    effect(() => {
      const query = this.query();
      untracked(() => this.store.load(query));
    });
  }

  protected applyFilters(change: FilterChange): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }

  protected goToPage(page: number): void {
    this.applyFilters({ page: page > 1 ? String(page) : null });
  }

  protected retry(): void {
    this.store.reload();
  }

  protected date(iso: string): string {
    return this.dates.format(new Date(iso));
  }

  protected score(value: number | null): string {
    return value === null ? '—' : formatMetricValue(value, 'score');
  }

  protected seconds(value: number | null): string {
    return value === null ? '—' : formatDuration(value);
  }

  protected language(code: string | null): string {
    return code ? languageName(code) : 'Not detected';
  }

  protected count(value: number): string {
    return formatCount(value);
  }
}
