import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { defaultReportMonth } from '@rapport/contracts';
import { CLOCK, SessionStore, VendorsStore } from '@rapport/dashboard-data-access';
import { type DataTableColumn, DataTable, EmptyState, ErrorState, LoadingState, PageHeader, formatMonthRange, formatShortMonth } from '@rapport/dashboard-ui';
import { ChartFigure } from '@rapport/dashboard-ui-charts';
import { CoveragePromises } from '../coverage/coverage-promises';
import { MONTH_WINDOWS, type MonthWindow, monthWindowLabel, parseMonthWindow, windowMonths } from '../volume/month-window';
import { coincidingGroups, toMonthlyVolumeChart } from '../volume/monthly-volume-chart';
import { toVendorSeries } from '../volume/vendor-series';
import { type VendorRow, toVendorRows } from '../volume/vendor-rows';

/** Vendors page: every partner, and conversations per vendor per month over the window chosen in `?months=`. */
@Component({
  selector: 'rp-vendors-page',
  imports: [RouterLink, PageHeader, ChartFigure, DataTable, LoadingState, EmptyState, ErrorState, CoveragePromises],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vendors-page.html',
  styleUrl: './vendors-page.scss',
})
export class VendorsPage {
  /** The `?months=` query parameter, bound by the router. */
  readonly months = input<string>();

  private readonly store = inject(VendorsStore);
  private readonly now = inject(CLOCK);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionStore);

  /** Promised hours come from vendor profiles, which partners may not read: they get no coverage comparison. */
  protected readonly mayComparePromises = computed(() => {
    const role = this.session.role();
    return role !== null && role !== 'partner';
  });

  protected readonly windows = MONTH_WINDOWS.map((window) => ({ value: String(window), label: monthWindowLabel(window) }));
  protected readonly window = computed(() => parseMonthWindow(this.months()));
  protected readonly windowValue = computed(() => String(this.window()));

  protected readonly error = computed(() => {
    const state = this.store.overview();
    return state.status === 'failed' ? state.error : null;
  });

  protected readonly view = computed(() => {
    const state = this.store.overview();
    if (state.status !== 'loaded') {
      return null;
    }
    const { vendors, volumes } = state.data;
    // Up to the latest complete month: a month still running would draw every line dropping at its end.
    const lastMonth = defaultReportMonth(volumes.map((volume) => volume.month), this.now());
    const months = windowMonths(volumes, this.window(), lastMonth);
    const first = months[0];
    const last = months[months.length - 1];
    return {
      // No months means no conversations at all: the chart is replaced by an empty state.
      chart:
        first !== undefined && last !== undefined
          ? { config: toMonthlyVolumeChart(vendors, volumes, months), label: this.chartLabel(first, last) }
          : null,
      coinciding: coincidingGroups(toVendorSeries(vendors, volumes, months)).map((names) => names.join(', ')),
      rows: toVendorRows(vendors, volumes, months),
      period: first !== undefined && last !== undefined ? { from: first, to: last, text: formatMonthRange(first, last) } : null,
      columns: this.columns(this.window()),
    };
  });

  protected readonly rowKey = (row: VendorRow): string => row.id;

  constructor() {
    this.store.load();
  }

  protected reload(): void {
    this.store.load();
  }

  protected selectWindow(value: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { months: value },
      queryParamsHandling: 'merge',
    });
  }

  private chartLabel(first: string, last: string): string {
    return `Line chart of conversations per vendor per month, ${formatMonthRange(first, last, formatShortMonth)}`;
  }

  private columns(window: MonthWindow): DataTableColumn<VendorRow>[] {
    return [
      { id: 'name', header: 'Vendor', cell: (row) => row.name, rowHeader: true, link: (row) => ['/vendors', row.id] },
      { id: 'country', header: 'Country', cell: (row) => row.country },
      { id: 'timeZone', header: 'Time zone', cell: (row) => row.timeZone },
      { id: 'sites', header: 'Sites', cell: (row) => row.sites },
      {
        id: 'conversations',
        header: `Conversations (${monthWindowLabel(window).toLowerCase()})`,
        cell: (row) => row.conversations,
        numeric: true,
      },
    ];
  }
}
