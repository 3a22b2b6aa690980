import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CHANNELS,
  defaultReportMonth,
  type FdrSetting,
  GAP_METRICS,
  type GapMetric,
  type GapsResponse,
  isMonthToDate,
  METRIC_INFO,
  runningMonth,
} from '@rapport/contracts';
import { CLOCK, GapsStore, SessionStore, VendorsStore, WeakLanguagesStore, canOpenPage, exportUrl, queryView } from '@rapport/dashboard-data-access';
import {
  type DataTableColumn,
  DataTable,
  EmptyState,
  ErrorState,
  Heatmap,
  LoadingState,
  MonthToDateNote,
  MultiSelect,
  PageHeader,
  SelectField,
  UpdatingReport,
  formatMonthRange,
  formatShortMonth,
  clusteringWords,
  fdrWords,
  languageName,
  monthsNewestFirst,
  toMonthOptions,
  showWhileUpdating,
  ExportButtons,
} from '@rapport/dashboard-ui';
import { GapCellPanel } from '../cell-panel/gap-cell-panel';
import { type GapTableRow, toGapCells, toGapHeatmap, toGapTableRows } from '../model/gap-cells';
import { type GapComparison, gapPeriod, gapsQuery, parseGapFilters } from '../model/gap-filters';
import { toFlaggedRows } from '../model/gap-words';
import { WEAKLY_CONFIRMED, WEAK_MARK, markWeakColumns, weakGapLanguages } from '../model/weak-languages';

/**
 * Language & culture gaps (for QA reviewers): one metric as a vendor × language heatmap, each cell compared with
 * other vendors in the same language or with the vendor's other languages, flagged only when the gap survives
 * the false-discovery-rate correction. Every filter and the opened cell live in the URL.
 */
@Component({
  selector: 'rp-gaps-page',
  imports: [
    RouterLink,
    PageHeader,
    ExportButtons,
    SelectField,
    MonthToDateNote,
    MultiSelect,
    UpdatingReport,
    Heatmap,
    DataTable,
    GapCellPanel,
    LoadingState,
    EmptyState,
    ErrorState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gaps-page.html',
  styleUrl: './gaps-page.scss',
})
export class GapsPage {
  readonly metric = input<string>();
  readonly compare = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly vendors = input<string>();
  readonly channels = input<string>();
  readonly cell = input<string>();
  readonly fdr = input<string>();

  private readonly vendorsStore = inject(VendorsStore);
  private readonly now = inject(CLOCK);
  private readonly gapsStore = inject(GapsStore);
  private readonly weakLanguagesStore = inject(WeakLanguagesStore);
  private readonly role = inject(SessionStore).role;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly metricOptions = GAP_METRICS.map((metric) => ({ value: metric, label: METRIC_INFO[metric].label }));
  protected readonly compareOptions: { value: GapComparison; label: string }[] = [
    { value: 'vendors', label: 'Other vendors, same language' },
    { value: 'languages', label: 'Same vendor, other languages' },
  ];
  protected readonly channelOptions = CHANNELS.map((channel) => ({ value: channel, label: channel }));

  protected readonly filters = computed(() =>
    parseGapFilters({
      metric: this.metric(),
      compare: this.compare(),
      from: this.from(),
      to: this.to(),
      vendors: this.vendors(),
      channels: this.channels(),
      cell: this.cell(),
      fdr: this.fdr(),
    }),
  );
  protected readonly fdrOptions: { value: FdrSetting; label: string }[] = [
    { value: 'bh', label: 'Standard' },
    { value: 'by', label: 'Strict' },
  ];
  protected readonly metricInfo = computed(() => METRIC_INFO[this.filters().metric]);

  private readonly overview = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly overviewError = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'failed' ? state.error : null;
  });
  protected readonly vendorsLoaded = computed(() => this.overview() !== null);
  protected readonly vendorOptions = computed(() =>
    (this.overview()?.vendors ?? []).map((vendor) => ({ value: vendor.slug, label: vendor.name })),
  );
  /** Months with data, newest first. */
  protected readonly months = computed(() =>
    monthsNewestFirst((this.overview()?.volumes ?? []).map((volume) => volume.month)),
  );
  protected readonly monthChoices = computed(() => toMonthOptions(this.months(), formatShortMonth, runningMonth(this.now())));
  /** The running month when the period reaches it: its figures are month to date. */
  protected readonly monthToDate = computed(() => {
    const to = this.period()?.to.slice(0, 7);
    return to && isMonthToDate(to, this.now()) ? to : null;
  });
  protected readonly period = computed(() => {
    const latest = defaultReportMonth(this.months(), this.now());
    return latest ? gapPeriod(this.filters(), latest) : null;
  });
  private readonly query = computed(() => {
    const latest = defaultReportMonth(this.months(), this.now());
    return latest ? gapsQuery(this.filters(), latest) : null;
  });

  /** The gap matrix as CSV or Excel, with the filters on screen. */
  protected readonly matrixExport = computed(() => {
    const query = this.query();
    return query ? exportUrl('gaps', query) : null;
  });

  protected readonly result = computed(() => {
    const query = this.query();
    return query ? queryView(this.gapsStore.state(), query) : null;
  });
  private readonly response = computed(() => {
    const result = this.result();
    return result?.status === 'loaded' ? result.data : null;
  });
  /** The answer on screen: the current one or, while new filters load, the previous one dimmed as out of date. */
  private readonly report = showWhileUpdating(this.response, () => this.query() !== null);
  protected readonly displayed = this.report.shown;
  protected readonly stale = this.report.updating;
  protected readonly failure = computed(() => {
    const result = this.result();
    return result?.status === 'failed' ? result.error : null;
  });

  protected readonly weaklyConfirmed = WEAKLY_CONFIRMED;
  protected readonly weakMark = WEAK_MARK;
  /** Partners and executives cannot open the reviews hub's agreement table: they get the flag without the link. */
  protected readonly mayOpenAgreement = computed(() => this.role() !== 'partner' && canOpenPage(this.role(), 'reviews'));

  protected readonly view = computed(() => {
    const response = this.displayed();
    if (!response) {
      return null;
    }
    const { metric, compare } = this.filters();
    const vendorNames = new Map(response.vendors.map((vendor) => [vendor.id, vendor.name]));
    const weak = weakGapLanguages(response.languages, this.weakLanguagesStore.weakLanguages());
    return {
      response,
      method: gapMethodLine(response, metric, vendorNames),
      methodDetail: gapMethodDetail(response),
      weak,
      weakSet: new Set(weak),
      heatmap: markWeakColumns(toGapHeatmap(response, metric, compare), weak),
      rows: toGapTableRows(response, metric, compare),
      cells: toGapCells(response, metric, compare),
      flagged: toFlaggedRows(response, metric, this.metricInfo().unit, vendorNames),
      vendorNames,
    };
  });
  protected readonly selectedCell = computed(() => {
    const key = this.filters().cell;
    return key ? (this.view()?.cells.get(key) ?? null) : null;
  });

  protected readonly tableColumns: DataTableColumn<GapTableRow>[] = [
    { id: 'vendor', header: 'Vendor', cell: (row) => row.vendor, rowHeader: true },
    { id: 'language', header: 'Language', cell: (row) => row.language },
    {
      id: 'value',
      header: 'Value (95% interval)',
      cell: (row) => (row.interval ? `${row.value} (${row.interval})` : row.value),
    },
    { id: 'n', header: 'n', cell: (row) => row.n, numeric: true },
    {
      id: 'difference',
      header: 'Difference (95% interval)',
      cell: (row) => (row.differenceInterval ? `${row.difference} (${row.differenceInterval})` : row.difference),
    },
    { id: 'adjustment', header: 'Allows for', cell: (row) => row.adjustment },
    { id: 'verdict', header: 'Reading', cell: (row) => row.verdict },
  ];
  protected readonly rowKey = (row: GapTableRow): string => row.key;

  constructor() {
    if (this.vendorsStore.overview().status !== 'loaded') {
      this.vendorsStore.load();
    }
    this.weakLanguagesStore.load();
    effect(() => {
      const query = this.query();
      if (query) {
        untracked(() => this.gapsStore.load(query));
      }
    });
  }

  protected periodText(from: string, to: string): string {
    return formatMonthRange(from.slice(0, 7), to.slice(0, 7));
  }

  protected languageName(code: string): string {
    return languageName(code);
  }

  protected weakNames(languages: readonly string[]): string {
    return languages.map((code) => languageName(code)).join(', ');
  }

  protected setMetric(metric: string): void {
    this.navigate({ metric: metric === 'overall' ? null : metric });
  }

  protected setCompare(compare: GapComparison): void {
    this.navigate({ compare: compare === 'vendors' ? null : compare });
  }

  protected setFdr(fdr: string): void {
    this.navigate({ fdr: fdr === 'by' ? 'by' : null });
  }

  protected setMonth(bound: 'from' | 'to', value: string): void {
    this.navigate({ [bound]: value });
  }

  protected setList(name: 'vendors' | 'channels', values: string[]): void {
    this.navigate({ [name]: values.length > 0 ? values.join(',') : null });
  }

  protected openCell(key: string | null): void {
    this.navigate({ cell: key });
  }

  protected openFlagged(vendorId: string, language: string, metric: GapMetric): void {
    this.navigate({ cell: `${vendorId}:${language}`, metric: metric === 'overall' ? null : metric });
  }

  protected retry(): void {
    if (this.overviewError()) {
      this.vendorsStore.load();
    } else {
      this.gapsStore.reload();
    }
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}

/** How the flags were checked and how the intervals treat agents, in words. */
export function gapMethodLine(
  response: GapsResponse,
  metric: GapMetric,
  vendorNames: ReadonlyMap<string, string>,
): string {
  const tests = response.metrics.find((entry) => entry.metric === metric)?.tests ?? 0;
  const clustering = clusteringWords(response.clustering, (id) => vendorNames.get(id) ?? id);
  return `Gaps are flagged when their 95% interval leaves out zero and they pass ${fdrWords(response.multipleComparisons)} across the ${tests} comparisons of this metric. ${clustering}`.trim();
}

/** The procedures by name, for the method line's tooltip: the page itself keeps to plain words. */
export function gapMethodDetail(response: GapsResponse): string {
  const procedure =
    response.multipleComparisons === 'benjamini-yekutieli' ? 'Benjamini–Yekutieli' : 'Benjamini–Hochberg';
  return `Method: direct standardisation to each cell's case mix (${response.strata.join(' × ')}, falling back to coarser strata where too few conversations overlap), ${procedure} false discovery rate at 5% (q-values in the exports and the API), see the methodology.`;
}
