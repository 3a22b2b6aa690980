import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AGENT_METRICS, defaultReportMonth, isMonthToDate, METRIC_INFO, runningMonth } from '@rapport/contracts';
import {
  AgentsStore,
  CLOCK,
  CoverageStore,
  DriversStore,
  GapsStore,
  RuleCatalogueStore,
  RuleExamplesStore,
  SessionStore,
  ScorecardStore,
  canOpenPage,
  VendorsStore,
  type DrillDownLink,
  exportUrl,
  queryView,
  vendorReportUrl,
} from '@rapport/dashboard-data-access';
import { EmptyState, ErrorState, ExportButtons, LoadingState, MonthToDateNote, PageHeader, SelectField, StatTable, countryName, formatMonthRange, monthsNewestFirst, toMonthOptions } from '@rapport/dashboard-ui';
import { ChartPanel } from '@rapport/dashboard-ui-charts';
import { toAgentTable } from '../model/agent-rows';
import {
  agentSelection,
  COVERAGE_MEASURES,
  DETAIL_WINDOWS,
  detailSelection,
  parseDetailFilters,
  trendSelection,
  windowLabel,
} from '../model/detail-filters';
import { coverageMeasureLabel, toCoverageGrid } from '../model/coverage-grid';
import { toDriverView } from '../model/driver-view';
import { LANGUAGE_METRICS, toLanguageRows } from '../model/language-rows';
import { toVendorTrend } from '../model/vendor-trend';
import { AgentsTable } from '../sections/agents-table';
import { CoverageHeatmap } from '../sections/coverage-heatmap';
import { DriversPanel } from '../sections/drivers-panel';
import { LanguageTable } from '../sections/language-table';
import { sectionData, sectionError, sectionOf } from '../model/section';

/**
 * One vendor in depth: twelve-month trends, results per language, coverage by hour of the week, the rules that go
 * with low CSAT (with example conversations) and its agents on a shrunk ranking. Filters live in the URL.
 */
@Component({
  selector: 'rp-vendor-detail-page',
  imports: [
    RouterLink,
    PageHeader,
    ExportButtons,
    SelectField,
    MonthToDateNote,
    ChartPanel,
    StatTable,
    LanguageTable,
    CoverageHeatmap,
    DriversPanel,
    AgentsTable,
    LoadingState,
    EmptyState,
    ErrorState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vendor-detail-page.html',
  styleUrl: './vendor-detail-page.scss',
})
export class VendorDetailPage {
  /** The `:id` route parameter: the vendor's id (its slug works too). */
  readonly id = input.required<string>();
  readonly month = input<string>();
  readonly months = input<string>();
  readonly coverage = input<string>();
  readonly agentMetric = input<string>();
  readonly agentsPage = input<string>();

  private readonly vendorsStore = inject(VendorsStore);
  private readonly now = inject(CLOCK);
  private readonly session = inject(SessionStore);
  private readonly ruleCatalogue = inject(RuleCatalogueStore);
  protected readonly ruleNames = this.ruleCatalogue.byId;
  /** Executives may not open conversations: no button that leads nowhere. */
  protected readonly countryName = countryName;
  protected readonly mayOpenConversations = computed(() => canOpenPage(this.session.role(), 'conversations'));
  private readonly scorecardStore = inject(ScorecardStore);
  private readonly gapsStore = inject(GapsStore);
  private readonly coverageStore = inject(CoverageStore);
  private readonly driversStore = inject(DriversStore);
  private readonly examplesStore = inject(RuleExamplesStore);
  private readonly agentsStore = inject(AgentsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly loadedData = sectionData;
  protected readonly errorOf = sectionError;
  protected readonly windows = DETAIL_WINDOWS.map((window) => ({ value: String(window), label: windowLabel(window) }));
  protected readonly coverageMeasures = COVERAGE_MEASURES.map((measure) => ({
    value: measure,
    label: coverageMeasureLabel(measure),
  }));
  protected readonly agentMetrics = AGENT_METRICS.map((metric) => ({
    value: metric,
    label: METRIC_INFO[metric].label,
  }));

  protected readonly filters = computed(() =>
    parseDetailFilters({
      month: this.month(),
      months: this.months(),
      coverage: this.coverage(),
      agentMetric: this.agentMetric(),
      agentsPage: this.agentsPage(),
    }),
  );

  protected readonly overviewError = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'failed' ? state.error : null;
  });
  private readonly overview = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? state.data : null;
  });
  /** The vendor, once the list is in; undefined while loading, null when no vendor has this id. */
  protected readonly vendor = computed(() => {
    const overview = this.overview();
    if (!overview) {
      return undefined;
    }
    return overview.vendors.find((candidate) => candidate.id === this.id() || candidate.slug === this.id()) ?? null;
  });
  protected readonly monthOptions = computed(() => {
    const vendor = this.vendor();
    const volumes = this.overview()?.volumes ?? [];
    return vendor
      ? monthsNewestFirst(volumes.filter((volume) => volume.vendorId === vendor.id).map((volume) => volume.month))
      : [];
  });
  protected readonly monthChoices = computed(() => toMonthOptions(this.monthOptions(), undefined, runningMonth(this.now())));
  /** The URL's month, else the vendor's latest complete month with data. */
  protected readonly shownMonth = computed(() => this.filters().month ?? defaultReportMonth(this.monthOptions(), this.now()));
  /** The vendor's PDF report of the month shown (every role that sees this page may download it; the API scopes it). */
  protected readonly reportUrl = computed(() => {
    const vendor = this.vendor();
    return vendor ? vendorReportUrl(vendor.slug, this.shownMonth()) : null;
  });
  protected readonly monthToDate = computed(() => {
    const month = this.shownMonth();
    return month && isMonthToDate(month, this.now()) ? month : null;
  });

  private readonly period = computed(() => {
    const vendor = this.vendor();
    const month = this.shownMonth();
    return vendor && month ? detailSelection(vendor.id, month, this.filters().window) : null;
  });
  private readonly trendQuery = computed(() => {
    const vendor = this.vendor();
    const month = this.shownMonth();
    return vendor && month ? trendSelection(vendor.id, month) : null;
  });
  private readonly gapsQuery = computed(() => {
    const period = this.period();
    // Every vendor, so this vendor's languages are also compared with other vendors in the same language.
    return period ? { from: period.from, to: period.to, metrics: LANGUAGE_METRICS } : null;
  });
  private readonly agentPeriod = computed(() => {
    const vendor = this.vendor();
    const month = this.shownMonth();
    return vendor && month ? agentSelection(vendor.id, month, this.filters().window) : null;
  });
  /** The coverage, drivers and agents tables as CSV or Excel, with the period on screen (every agent, paging aside). */
  protected readonly coverageExport = computed(() => this.periodExport('coverage'));
  protected readonly driversExport = computed(() => this.periodExport('drivers'));
  protected readonly agentsExport = computed(() => {
    const query = this.agentsQuery();
    return query ? exportUrl('agents', { ...query, page: null, pageSize: null }) : null;
  });
  private readonly agentsQuery = computed(() => {
    const period = this.agentPeriod();
    const vendor = this.vendor();
    const { agentMetric, agentsPage } = this.filters();
    return period && vendor
      ? { from: period.from, to: period.to, vendor: vendor.id, metric: agentMetric, page: agentsPage, pageSize: 20 }
      : null;
  });
  /** "Three months to October 2026 (Aug–Oct 2026)": the agent list's own period, stated because it may differ from the page's. */
  protected readonly agentPeriodText = computed(() => {
    const period = this.agentPeriod();
    return period ? formatMonthRange(String(period.from), String(period.to)) : '';
  });

  protected readonly trend = computed(() => {
    const vendor = this.vendor();
    return vendor ? sectionOf(this.scorecardStore.state(), this.trendQuery(), (data) => toVendorTrend(data, vendor.id, vendor.name)) : null;
  });
  protected readonly languages = computed(() => {
    const vendor = this.vendor();
    return vendor ? sectionOf(this.gapsStore.state(), this.gapsQuery(), (data) => toLanguageRows(data, vendor.id)) : null;
  });
  protected readonly coverageGrid = computed(() => {
    const vendor = this.vendor();
    const measure = this.filters().coverage;
    return vendor ? sectionOf(this.coverageStore.state(), this.period(), (data) => toCoverageGrid(data, vendor.id, measure)) : null;
  });
  protected readonly drivers = computed(() => {
    const vendor = this.vendor();
    return vendor ? sectionOf(this.driversStore.state(), this.period(), (data) => toDriverView(data, vendor.id)) : null;
  });
  private readonly examplesQuery = computed(() => {
    const period = this.period();
    const drivers = this.drivers();
    if (!period || drivers?.status !== 'loaded' || !drivers.data) {
      return null;
    }
    return { ...period, rules: drivers.data.rules.map((rule) => rule.rule), perRule: 3 };
  });
  protected readonly examples = computed(() => {
    const query = this.examplesQuery();
    if (!query) {
      return {};
    }
    const result = queryView(this.examplesStore.state(), query);
    return result.status === 'loaded' ? result.data : {};
  });
  protected readonly agents = computed(() => sectionOf(this.agentsStore.state(), this.agentsQuery(), toAgentTable));

  /** The vendor's conversations over the period, the base of every drill-down on this page. */
  protected readonly conversationsLink = computed((): DrillDownLink | null => {
    const period = this.period();
    const vendor = this.vendor();
    return period && vendor
      ? {
          path: '/conversations',
          queryParams: { from: String(period.from), to: String(period.to), vendors: vendor.id },
        }
      : null;
  });
  protected readonly periodText = computed(() => {
    const period = this.period();
    return period ? formatMonthRange(String(period.from), String(period.to)) : '';
  });

  constructor() {
    this.ruleCatalogue.ensureLoaded();
    if (this.vendorsStore.overview().status !== 'loaded') {
      this.vendorsStore.load();
    }
    this.loadWhenAsked(this.trendQuery, (query) => this.scorecardStore.load(query));
    this.loadWhenAsked(this.gapsQuery, (query) => this.gapsStore.load(query));
    this.loadWhenAsked(this.period, (query) => this.coverageStore.load(query));
    this.loadWhenAsked(this.period, (query) => this.driversStore.load(query));
    this.loadWhenAsked(this.examplesQuery, (query) => this.examplesStore.load(query));
    this.loadWhenAsked(this.agentsQuery, (query) => this.agentsStore.load(query));
  }

  private loadWhenAsked<Q>(query: () => Q | null, load: (query: Q) => void): void {
    effect(() => {
      const value = query();
      if (value) {
        untracked(() => load(value));
      }
    });
  }

  protected setParam(
    name: 'month' | 'months' | 'coverage' | 'agentMetric' | 'agentsPage',
    value: string | number,
  ): void {
    // A new metric or period starts the agent list again from its first page.
    const resetPage = name === 'agentMetric' || name === 'month' || name === 'months' ? { agentsPage: null } : {};
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...resetPage, [name]: String(value) },
      queryParamsHandling: 'merge',
    });
  }

  private periodExport(table: 'coverage' | 'drivers'): string | null {
    const period = this.period();
    return period ? exportUrl(table, period) : null;
  }

  protected retry(section: 'overview' | 'trend' | 'languages' | 'coverage' | 'drivers' | 'agents'): void {
    const reload = {
      overview: () => this.vendorsStore.load(),
      trend: () => this.scorecardStore.reload(),
      languages: () => this.gapsStore.reload(),
      coverage: () => this.coverageStore.reload(),
      drivers: () => this.driversStore.reload(),
      agents: () => this.agentsStore.reload(),
    };
    reload[section]();
  }
}
