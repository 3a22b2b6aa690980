import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { CLOCK, ReportArchiveStore, SessionStore } from '@rapport/dashboard-data-access';
import { AsyncCard, PageHeader } from '@rapport/dashboard-ui';
import { REGENERATING_ROLES, previousMonth, toReportRows } from '../model/report-rows';

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
  }

  protected reload(): void {
    this.store.load();
  }

  protected setMonth(event: Event): void {
    this.month.set((event.target as HTMLInputElement).value);
  }

  protected regenerate(event: Event): void {
    event.preventDefault();
    this.store.regenerate({ month: this.month() });
  }
}
