import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { CLOCK, ReportArchiveStore, SessionStore } from '@rapport/dashboard-data-access';
import { AsyncCard, PageHeader } from '@rapport/dashboard-ui';
import { REGENERATING_ROLES, previousMonth, toReportRows, type ReportRow } from '../model/report-rows';

/** How often the list looks again while reports are being generated: they take seconds each. */
export const PENDING_REFRESH_MS = 4_000;

/**
 * Reports: the kept monthly and per-vendor PDFs, generated on the first of each month, with download links;
 * leads and administrators have a month's reports generated again in the background. The API decides what each
 * role sees (partners their own vendor's reports, executives the monthly ones).
 */
@Component({
  selector: 'rp-reports-page',
  imports: [PageHeader, AsyncCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
})
export class ReportsPage {
  private readonly store = inject(ReportArchiveStore);
  private readonly session = inject(SessionStore);
  private readonly dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

  protected readonly canRegenerate = computed(() => {
    const role = this.session.role();
    return role !== null && REGENERATING_ROLES.includes(role);
  });
  protected readonly month = signal(previousMonth(inject(CLOCK)()));
  protected readonly state = this.store.state;
  protected readonly regenerating = this.store.regenerating.state;
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.error : null;
  });
  protected readonly rows = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? toReportRows(state.data.items, (iso) => this.dates.format(new Date(iso))) : null;
  });
  protected readonly pending = computed(() => (this.rows() ?? []).some((row) => row.status.startsWith('Being generated')));

  constructor() {
    this.store.load();
    // While a report is being generated the list refreshes itself (keeping the rows shown), so a lead sees it turn
    // ready or failed without pressing Refresh; it stops once nothing is pending or the page is left.
    effect((onCleanup) => {
      // Each answer is a new state, so a list still pending after a refresh schedules the next one.
      this.state();
      if (this.pending()) {
        const timer = setTimeout(() => this.store.refresh(), PENDING_REFRESH_MS);
        onCleanup(() => clearTimeout(timer));
      }
    });
  }

  protected reload(): void {
    this.store.refresh();
  }

  protected setMonth(event: Event): void {
    this.month.set((event.target as HTMLInputElement).value);
  }

  protected regenerate(event: Event): void {
    event.preventDefault();
    this.store.regenerate({ month: this.month() });
  }

  /** One report only (a vendor's, or the monthly one), from its row. */
  protected regenerateRow(row: ReportRow): void {
    this.store.regenerate(row.again);
  }
}
