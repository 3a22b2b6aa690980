import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CHANNELS,
  defaultReportMonth,
  isMonthToDate,
  MAX_COMPARED_VENDOR_COUNT,
  METRIC_INFO,
  MIN_COMPARED_VENDOR_COUNT,
  runningMonth,
  SUPPORTED_LANGUAGES,
  SURVEY_METRICS,
  type UserRole,
} from '@rapport/contracts';
import { CLOCK, ReviewedScoresStore, ScorecardApi, ScorecardStore, SessionStore, VendorsStore, canOpenPage, exportUrl, queryView, reviewedScoresQuery } from '@rapport/dashboard-data-access';
import {
  DifferenceCell,
  EmptyState,
  ErrorState,
  ExportButtons,
  LoadingState,
  MetricTile,
  MonthToDateNote,
  PageHeader,
  ReviewedScoreCell,
  SelectField,
  StatCell,
  StatTable,
  UpdatingReport,
  formatCount,
  languageName,
  monthsNewestFirst,
  toMonthOptions,
  showWhileUpdating,
} from '@rapport/dashboard-ui';
import { type ChartPoint, ChartPanel } from '@rapport/dashboard-ui-charts';
import type { MetricTrend } from '../model/metric-trends';
import { rankingColumns, type RankingRow } from '../model/ranking';
import { parseScorecardFilters, scorecardSelection, singleChoiceOptions } from '../model/scorecard-filters';
import { toScorecardView } from '../model/scorecard-view';

/** Roles the scorecard PDF is served to (the reports endpoint's policy). */
const PDF_ROLES: readonly UserRole[] = ['admin', 'vendor-manager', 'executive', 'qa-reviewer', 'qa-lead'];

/**
 * Monthly scorecard for executives: headline figures with their change, vendors ranked with intervals and sample
 * sizes, and twelve-month trends. Filters live in the URL (`?month=&channels=&languages=`).
 */
@Component({
  selector: 'rp-scorecard-page',
  imports: [RouterLink, PageHeader, ExportButtons, SelectField, UpdatingReport, MetricTile, MonthToDateNote, StatCell, StatTable, DifferenceCell, ReviewedScoreCell, ChartPanel, LoadingState, EmptyState, ErrorState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scorecard-page.html',
  styleUrl: './scorecard-page.scss',
})
export class ScorecardPage {
  readonly month = input<string>();
  readonly channels = input<string>();
  readonly languages = input<string>();
  readonly survey = input<string>();

  private readonly vendorsStore = inject(VendorsStore);
  private readonly scorecardStore = inject(ScorecardStore);
  private readonly scorecardApi = inject(ScorecardApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);
  private readonly reviewedScoresStore = inject(ReviewedScoresStore);
  private readonly now = inject(CLOCK);

  /** Actions offered only to roles that may use them; the API refuses the others anyway. */
  protected readonly canDownload = computed(() => {
    const role = this.session.role();
    return role !== null && PDF_ROLES.includes(role);
  });
  protected readonly mayCompare = computed(() => canOpenPage(this.session.role(), 'compare'));
  /** Executives may not open conversations: their counts are plain numbers, not links that lead nowhere. */
  /** A partner sees its own vendor only: a rank among itself ("1 of 1") would say nothing, so none is shown. */
  protected readonly ranked = computed(() => this.session.role() !== 'partner');
  protected readonly mayOpenConversations = computed(() => canOpenPage(this.session.role(), 'conversations'));

  protected readonly filters = computed(() =>
    parseScorecardFilters({ month: this.month(), channels: this.channels(), languages: this.languages(), survey: this.survey() }),
  );
  protected readonly rankingMetrics = computed(() =>
    rankingColumns(this.filters().survey).map((metric) => ({ id: metric, label: METRIC_INFO[metric].label, unit: METRIC_INFO[metric].unit, definition: METRIC_INFO[metric].definition })),
  );
  protected readonly surveyChoices = SURVEY_METRICS.map((metric) => ({ value: metric, label: METRIC_INFO[metric].label }));
  protected readonly overallInfo = METRIC_INFO.overall;
  protected readonly formatCount = formatCount;

  protected readonly channelChoices = computed(() =>
    singleChoiceOptions(
      'All channels',
      CHANNELS.map((channel) => ({ value: channel, label: channel })),
      this.filters().channels,
    ),
  );
  protected readonly languageChoices = computed(() =>
    singleChoiceOptions(
      'All languages',
      SUPPORTED_LANGUAGES.map((code) => ({ value: code, label: languageName(code) })),
      this.filters().languages,
    ),
  );

  /** Months with conversations, newest first; null until known. */
  protected readonly months = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? monthsNewestFirst(state.data.volumes.map((volume) => volume.month)) : null;
  });
  protected readonly monthChoices = computed(() => toMonthOptions(this.months() ?? [], undefined, runningMonth(this.now())));
  protected readonly monthsError = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'failed' ? state.error : null;
  });

  /** The URL's month, else the latest complete month with data (the running month only when chosen). */
  protected readonly shownMonth = computed(() => this.filters().month ?? defaultReportMonth(this.months() ?? [], this.now()));
  protected readonly monthToDate = computed(() => {
    const month = this.shownMonth();
    return month && isMonthToDate(month, this.now()) ? month : null;
  });
  private readonly selection = computed(() => {
    const month = this.shownMonth();
    return month ? scorecardSelection(this.filters(), month) : null;
  });

  protected readonly result = computed(() => {
    const selection = this.selection();
    return selection ? queryView(this.scorecardStore.state(), selection) : null;
  });

  /** Each vendor's reviewed QA score for the month's conversations, by vendor id; null while it loads or failed. */
  protected readonly reviewedScores = computed(() => {
    const month = this.shownMonth();
    const result = month ? queryView(this.reviewedScoresStore.state(), reviewedScoresQuery(month, month)) : null;
    return result?.status === 'loaded' ? new Map(result.data.map((score) => [score.vendor.id, score])) : null;
  });

  /** Everything the page draws, computed only from data that answers the current filters. */
  protected readonly view = computed(() => {
    const result = this.result();
    const month = this.shownMonth();
    if (result?.status !== 'loaded' || !month) {
      return null;
    }
    return toScorecardView(result.data, month, this.filters(), this.colourIndexes(), this.mayOpenConversations());
  });

  /** Each vendor's stored colour index, so a vendor keeps its colour on every chart whatever vendors are added. */
  private readonly colourIndexes = computed(() => {
    const state = this.vendorsStore.overview();
    const vendors = state.status === 'loaded' ? state.data.vendors : [];
    return new Map(vendors.flatMap((vendor) => (vendor.colourIndex === undefined ? [] : [[vendor.id, vendor.colourIndex] as const])));
  });

  /** The view on screen: the current one, or while new filters load the last one, shown dimmed as out of date. */
  private readonly report = showWhileUpdating(this.view);
  protected readonly displayed = this.report.shown;
  protected readonly stale = this.report.updating;
  protected readonly failedMessage = computed(() => {
    const result = this.result();
    return result?.status === 'failed' ? result.error.message : '';
  });

  protected readonly pdfUrl = computed(() => {
    const month = this.shownMonth();
    return month ? this.scorecardApi.pdfUrl(month) : null;
  });

  /** The ranking as CSV or Excel, with the filters on screen. */
  protected readonly rankingExport = computed(() => {
    const selection = this.selection();
    return selection ? exportUrl('scorecard', selection) : null;
  });

  /** A trend point opens its vendor's conversations of that month, as the link in the table under the chart does. */
  protected openPoint(trend: MetricTrend, point: ChartPoint): void {
    const link = trend.rows[point.index]?.links[point.series];
    if (link) {
      void this.router.navigate([link.path], { queryParams: link.queryParams });
    }
  }

  /** Vendors ticked in the ranking for a side-by-side comparison (by slug, as the compare URL takes them). */
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  protected readonly canCompare = computed(() => this.picked().size >= MIN_COMPARED_VENDOR_COUNT && this.picked().size <= MAX_COMPARED_VENDOR_COUNT);
  protected readonly compareHint = `Tick ${MIN_COMPARED_VENDOR_COUNT} to ${MAX_COMPARED_VENDOR_COUNT} vendors to compare them.`;

  constructor() {
    if (this.vendorsStore.overview().status !== 'loaded') {
      this.vendorsStore.load();
    }
    effect(() => {
      const selection = this.selection();
      if (selection) {
        untracked(() => this.scorecardStore.load(selection));
      }
    });
    effect(() => {
      const month = this.shownMonth();
      if (month) {
        untracked(() => this.reviewedScoresStore.load(reviewedScoresQuery(month, month)));
      }
    });
  }

  protected rankText(row: RankingRow): string {
    return row.rank === null ? 'Not ranked' : `${row.rank} of ${row.rankedAmong}`;
  }

  protected setFilter(name: 'month' | 'channels' | 'languages' | 'survey', value: string): void {
    const cleared = value === '' || (name === 'survey' && value === 'csat');
    void this.router.navigate([], { relativeTo: this.route, queryParams: { [name]: cleared ? null : value }, queryParamsHandling: 'merge' });
  }

  protected togglePick(slug: string, checked: boolean): void {
    this.picked.update((current) => {
      const next = new Set(current);
      if (checked) {
        next.add(slug);
      } else {
        next.delete(slug);
      }
      return next;
    });
  }

  protected compare(): void {
    const month = this.shownMonth();
    if (!month || !this.canCompare()) {
      return;
    }
    const { channels, languages } = this.filters();
    void this.router.navigate(['/compare'], {
      queryParams: {
        vendors: [...this.picked()].join(','),
        from: month,
        to: month,
        channels: channels.length > 0 ? channels.join(',') : null,
        languages: languages.length > 0 ? languages.join(',') : null,
      },
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected retry(): void {
    if (this.monthsError()) {
      this.vendorsStore.load();
    } else {
      this.scorecardStore.reload();
    }
  }
}
