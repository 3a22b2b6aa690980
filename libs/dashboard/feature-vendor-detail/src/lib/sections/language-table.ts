import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { METRIC_INFO } from '@rapport/contracts';
import { StatCell, formatCount } from '@rapport/dashboard-ui';
import { LANGUAGE_METRICS, type LanguageRow } from '../model/language-rows';

/** A vendor's results per customer language, with the gaps the analysis flagged. */
@Component({
  selector: 'rp-language-table',
  imports: [RouterLink, StatCell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rp-table-scroll" tabindex="0" role="region" aria-label="Languages table">
      <table class="rp-table" data-testid="language-table">
        <caption class="rp-visually-hidden">Results per customer language, with 95% intervals, sample sizes and flagged gaps</caption>
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col" class="rp-table__numeric">Conversations</th>
            @for (metric of metrics; track metric.id) {
              <th scope="col">{{ metric.label }}</th>
            }
            <th scope="col">Flagged gaps</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.language) {
            <tr [attr.data-language]="row.language">
              <th scope="row">{{ row.name }}</th>
              <td class="rp-table__numeric">
                @if (linked() && row.conversations; as link) {
                  <a [routerLink]="link.path" [queryParams]="link.queryParams" [attr.aria-label]="'The ' + formatCount(row.n) + ' conversations in ' + row.name">{{ formatCount(row.n) }}</a>
                } @else {
                  {{ formatCount(row.n) }}
                }
              </td>
              @for (metric of metrics; track metric.id) {
                <td>
                  @if (row.cells[metric.id]; as stat) {
                    <rp-stat-cell [stat]="stat" [unit]="metric.unit" />
                  } @else {
                    <span class="muted">—</span>
                  }
                </td>
              }
              <td>
                @if (row.gaps.length > 0) {
                  <ul class="gaps">
                    @for (gap of row.gaps; track gap) {
                      <li>{{ gap }}</li>
                    }
                  </ul>
                } @else {
                  <span class="muted">None</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    td,
    tbody th {
      vertical-align: middle;
    }
    .gaps {
      margin: 0;
      padding-left: var(--rp-space-4);
      font-size: var(--rp-font-size-xs);
    }
    .muted {
      color: var(--rp-color-text-muted);
      font-style: italic;
    }
  `,
})
export class LanguageTable {
  readonly rows = input.required<readonly LanguageRow[]>();
  /** Whether the viewer may open conversations (executives may not). */
  readonly linked = input(true);

  protected readonly metrics = LANGUAGE_METRICS.map((metric) => ({ id: metric, label: METRIC_INFO[metric].label, unit: METRIC_INFO[metric].unit }));
  protected readonly formatCount = formatCount;
}
