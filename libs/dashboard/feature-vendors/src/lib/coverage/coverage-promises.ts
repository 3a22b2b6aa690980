import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CoverageStore, VendorProfilesStore, queryView } from '@rapport/dashboard-data-access';
import { AsyncCard } from '@rapport/dashboard-ui';
import { conversationsText, toCoverageRows } from './coverage-rows';

/**
 * Every vendor's promised hours against how it answers inside and outside them, over the page's period. Reads the
 * vendors' opening hours, so it is for client roles only: the page leaves it out for partners.
 */
@Component({
  selector: 'rp-coverage-promises',
  imports: [AsyncCard, RouterLink],
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
        <!-- Its own table, not the data table: two header rows pair each figure in promised hours with the one outside. -->
        <div class="rp-table-scroll" tabindex="0" role="region" aria-label="Coverage against promised hours, table">
          <table class="rp-table" data-testid="coverage-promises">
            <thead>
              <tr>
                <th scope="col" rowspan="2">Vendor</th>
                <th scope="col" rowspan="2">Promised hours</th>
                <th scope="colgroup" colspan="2">Conversations</th>
                <th scope="colgroup" colspan="2">Answered within the response target</th>
                <th scope="col" rowspan="2">Difference</th>
              </tr>
              <tr>
                <th scope="col" class="rp-table__numeric">In promised hours</th>
                <th scope="col" class="rp-table__numeric">Outside them</th>
                <th scope="col">In promised hours</th>
                <th scope="col">Outside them</th>
              </tr>
            </thead>
            <tbody>
              @for (row of loaded; track row.id) {
                <tr>
                  <th scope="row"><a [routerLink]="['/vendors', row.id]">{{ row.name }}</a></th>
                  <td class="promise">{{ row.promise }}</td>
                  <td class="rp-table__numeric">{{ conversations(row.inside) }}</td>
                  <td class="rp-table__numeric">{{ conversations(row.outside) }}</td>
                  <td>{{ row.inside?.withinTarget ?? '–' }}</td>
                  <td>{{ row.outside?.withinTarget ?? '–' }}</td>
                  <td>{{ row.difference }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </rp-async-card>
  `,
  styles: `
    /* Headers may wrap here: the pairs under "Conversations" and "Answered…" keep the columns narrow. */
    /* On a phone the table scrolls sideways at a readable width rather than squeezing every column to a word. */
    table {
      min-width: 56rem;
    }

    thead th {
      white-space: normal;
      vertical-align: bottom;
    }

    .promise {
      min-width: 9rem;
    }

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

  protected readonly conversations = conversationsText;

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
