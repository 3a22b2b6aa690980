import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { defaultReportMonth, isMonthToDate, MAX_COMPARED_VENDOR_COUNT, MIN_COMPARED_VENDOR_COUNT, runningMonth } from '@rapport/contracts';
import { CLOCK, ComparisonStore, ReviewedScoresStore, SessionStore, VendorsStore, canOpenPage, exportUrl, queryView, reviewedScoresQuery } from '@rapport/dashboard-data-access';
import {
  DifferenceCell,
  EmptyState,
  ErrorState,
  LoadingState,
  MonthToDateNote,
  PageHeader,
  ReviewedScoreCell,
  SelectField,
  StatCell,
  UpdatingReport,
  formatCount,
  monthsNewestFirst,
  toMonthOptions,
  showWhileUpdating,
  ExportButtons,
} from '@rapport/dashboard-ui';
import { compareMetricChoices, comparePeriod, comparisonSelection, parseCompareFilters } from '../model/compare-filters';
import { chanceWords, formatQValue, toComparisonView } from '../model/comparison-view';

/**
 * Compare vendors (for vendor managers): two to eight vendors over one period, every metric side by side with
 * interval bars, and every pair's difference flagged when significant after Benjamini–Hochberg correction.
 * Filters live in the URL (`?vendors=&from=&to=&channels=&languages=`).
 */
@Component({
  selector: 'rp-compare-page',
  imports: [RouterLink, PageHeader, ExportButtons, SelectField, MonthToDateNote, UpdatingReport, StatCell, DifferenceCell, ReviewedScoreCell, LoadingState, EmptyState, ErrorState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './compare-page.html',
  styleUrl: './compare-page.scss',
})
export class ComparePage {
  readonly vendors = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly channels = input<string>();
  readonly languages = input<string>();
  readonly metrics = input<string>();

  private readonly vendorsStore = inject(VendorsStore);
  private readonly now = inject(CLOCK);
  private readonly comparisonStore = inject(ComparisonStore);
  private readonly reviewedScoresStore = inject(ReviewedScoresStore);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  /** Executives may not open conversations: they get the counts and differences without links. */
  protected readonly mayOpenConversations = computed(() => canOpenPage(this.session.role(), 'conversations'));
  private readonly route = inject(ActivatedRoute);

  protected readonly minVendors = MIN_COMPARED_VENDOR_COUNT;
  protected readonly maxVendors = MAX_COMPARED_VENDOR_COUNT;
  protected readonly formatCount = formatCount;
  protected readonly formatQValue = formatQValue;
  protected readonly chanceWords = chanceWords;

  protected readonly filters = computed(() =>
    parseCompareFilters({ vendors: this.vendors(), from: this.from(), to: this.to(), channels: this.channels(), languages: this.languages(), metrics: this.metrics() }),
  );

  private readonly overview = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly vendorsLoading = computed(() => {
    const status = this.vendorsStore.overview().status;
    return status === 'idle' || status === 'loading';
  });
  protected readonly overviewError = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'failed' ? state.error : null;
  });

  /** Every vendor the user may pick, with whether it is picked (the URL may name them by slug or id). */
  protected readonly vendorOptions = computed(() => {
    const picked = this.filters().vendors;
    return (this.overview()?.vendors ?? []).map((vendor) => ({
      id: vendor.id,
      slug: vendor.slug,
      name: vendor.name,
      picked: picked.includes(vendor.slug) || picked.includes(vendor.id),
    }));
  });
  protected readonly pickedCount = computed(() => this.vendorOptions().filter((option) => option.picked).length);

  /** Months with data, newest first. */
  protected readonly months = computed(() => monthsNewestFirst((this.overview()?.volumes ?? []).map((volume) => volume.month)));
  protected readonly metricChoices = computed(() => compareMetricChoices(this.filters().metrics));
  protected readonly monthChoices = computed(() => toMonthOptions(this.months(), undefined, runningMonth(this.now())));
  /** The running month when the period reaches it: its figures are month to date. */
  protected readonly monthToDate = computed(() => {
    const to = this.period()?.to.slice(0, 7);
    return to && isMonthToDate(to, this.now()) ? to : null;
  });
  protected readonly period = computed(() => {
    const latest = defaultReportMonth(this.months(), this.now());
    return latest ? comparePeriod(this.filters(), latest) : null;
  });

  private readonly selection = computed(() => {
    const latest = defaultReportMonth(this.months(), this.now());
    return latest ? comparisonSelection(this.filters(), latest) : null;
  });

  protected readonly result = computed(() => {
    const selection = this.selection();
    return selection ? queryView(this.comparisonStore.state(), selection) : null;
  });
  protected readonly view = computed(() => {
    const result = this.result();
    return result?.status === 'loaded' ? toComparisonView(result.data) : null;
  });
  /** The reviewed QA scores of the period's conversations, for vendors compared; null while none is asked for. */
  private readonly reviewedQuery = computed(() => {
    const selection = this.selection();
    return selection ? reviewedScoresQuery(selection.from as string, selection.to as string) : null;
  });
  /** Each vendor's reviewed QA score by id; null while it loads or when it failed. */
  protected readonly reviewedScores = computed(() => {
    const query = this.reviewedQuery();
    const result = query ? queryView(this.reviewedScoresStore.state(), query) : null;
    return result?.status === 'loaded' ? new Map(result.data.map((score) => [score.vendor.id, score])) : null;
  });

  /** The view on screen: the current one, or while new filters load the last one, dimmed as out of date. */
  /** The comparison as CSV or Excel, with the vendors and filters on screen. */
  protected readonly comparisonExport = computed(() => {
    const selection = this.selection();
    return selection ? exportUrl('compare', selection) : null;
  });
  private readonly report = showWhileUpdating(this.view, () => this.selection() !== null);
  protected readonly displayed = this.report.shown;
  protected readonly stale = this.report.updating;
  protected readonly failedMessage = computed(() => {
    const result = this.result();
    return result?.status === 'failed' ? result.error.message : '';
  });

  /** Shows only the differences found significant; a view preference, so it stays out of the URL. */
  protected readonly onlySignificant = signal(false);

  constructor() {
    if (this.vendorsStore.overview().status !== 'loaded') {
      this.vendorsStore.load();
    }
    effect(() => {
      const selection = this.selection();
      if (selection) {
        untracked(() => this.comparisonStore.load(selection));
      }
    });
    effect(() => {
      const query = this.reviewedQuery();
      if (query) {
        untracked(() => this.reviewedScoresStore.load(query));
      }
    });
  }

  protected toggleVendor(slug: string, checked: boolean): void {
    const options = this.vendorOptions();
    const picked = options.filter((option) => (option.slug === slug ? checked : option.picked)).map((option) => option.slug);
    this.navigate({ vendors: picked.length > 0 ? picked.join(',') : null });
  }

  protected setMonth(bound: 'from' | 'to', value: string): void {
    this.navigate({ [bound]: value });
  }

  protected setMetrics(value: string): void {
    this.navigate({ metrics: value === '' ? null : value });
  }

  protected retry(): void {
    if (this.overviewError()) {
      this.vendorsStore.load();
    } else {
      this.comparisonStore.reload();
    }
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
