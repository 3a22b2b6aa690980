import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { CoverageStore, VendorProfilesStore, queryView } from '@rapport/dashboard-data-access';
import { AsyncCard, type DataTableColumn, DataTable } from '@rapport/dashboard-ui';
import { type CoverageRow, conversationsText, toCoverageRows } from './coverage-rows';

const COLUMNS: DataTableColumn<CoverageRow>[] = [
  { id: 'name', header: 'Vendor', cell: (row) => row.name, rowHeader: true, link: (row) => ['/vendors', row.id] },
  { id: 'promise', header: 'Promised hours', cell: (row) => row.promise },
  { id: 'insideConversations', header: 'Conversations in promised hours', cell: (row) => conversationsText(row.inside), numeric: true },
  { id: 'outsideConversations', header: 'Conversations outside them', cell: (row) => conversationsText(row.outside), numeric: true },
  { id: 'insideShare', header: 'Answered in time, in promised hours', cell: (row) => row.inside?.withinTarget ?? '–' },
  { id: 'outsideShare', header: 'Answered in time, outside them', cell: (row) => row.outside?.withinTarget ?? '–' },
  { id: 'difference', header: 'Difference', cell: (row) => row.difference },
];

/**
 * Every vendor's promised hours against how it answers inside and outside them, over the page's period. Reads the
 * vendors' opening hours, so it is for client roles only: the page leaves it out for partners.
 */
@Component({
  selector: 'rp-coverage-promises',
  imports: [AsyncCard, DataTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <rp-async-card
      heading="Coverage against promised hours"
      errorHeading="The coverage could not be loaded"
      loadingLabel="Loading coverage…"
      [error]="error()"
      [loaded]="rows() !== null"
      (retry)="retry()"
    >
      @if (rows(); as loaded) {
        <p class="intro">
          {{ periodText() }}, in each vendor's own time zone: the share of conversations answered within the response
          target ("in time") in the hours the vendor promised to answer in, and outside them. The range in brackets is
          the 95% interval; a share needs at least 30 conversations with a response.
        </p>
        <rp-data-table testId="coverage-promises" caption="Coverage against promised hours" [columns]="columns" [rows]="loaded" [rowKey]="rowKey" />
      }
    </rp-async-card>
  `,
  styles: `
    .intro {
      margin: 0 0 var(--rp-space-3);
      font-size: var(--rp-font-size-sm);
      color: var(--rp-color-text-muted);
    }
  `,
})
export class CoveragePromises {
  /** First and last month of the period, 'YYYY-MM'. */
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  /** The period in words, e.g. "January to December 2026". */
  readonly periodText = input.required<string>();

  private readonly coverageStore = inject(CoverageStore);
  private readonly profilesStore = inject(VendorProfilesStore);

  protected readonly columns = COLUMNS;
  protected readonly rowKey = (row: CoverageRow): string => row.id;

  private readonly query = computed(() => ({ from: this.from(), to: this.to() }));
  private readonly coverage = computed(() => queryView(this.coverageStore.state(), this.query()));

  protected readonly error = computed(() => {
    const coverage = this.coverage();
    const profiles = this.profilesStore.state();
    return coverage.status === 'failed' ? coverage.error : profiles.status === 'failed' ? profiles.error : null;
  });

  protected readonly rows = computed(() => {
    const coverage = this.coverage();
    const profiles = this.profilesStore.state();
    return coverage.status === 'loaded' && profiles.status === 'loaded' ? toCoverageRows(coverage.data, profiles.data) : null;
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => this.coverageStore.load(query));
    });
    // Loads once: a list already in (or on its way) is kept.
    this.profilesStore.load();
  }

  protected retry(): void {
    if (this.coverage().status === 'failed') {
      this.coverageStore.reload();
    }
    if (this.profilesStore.state().status === 'failed') {
      this.profilesStore.load();
    }
  }
}
