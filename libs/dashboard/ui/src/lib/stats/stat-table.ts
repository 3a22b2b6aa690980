import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MetricUnit, StatEstimate } from '@rapport/contracts';
import type { PageLink } from '../links/page-link';
import { StatCell } from './stat-cell';

/** One row of a stat table: its header (e.g. a month) and an estimate per column, null where there is none. */
export interface StatTableRow {
  label: string;
  cells: readonly (StatEstimate | null)[];
  /** Per cell, the conversations behind it; absent (or null) where the reader may not open them. */
  links?: readonly (PageLink | null)[];
}

/**
 * Estimates laid out as rows × columns, each with its interval and sample size: the text alternative of a trend
 * chart, which needs more than the plotted numbers ("not enough data" in words, n for every cell).
 */
@Component({
  selector: 'rp-stat-table',
  imports: [StatCell, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rp-table-scroll" tabindex="0" role="region" [attr.aria-label]="label()">
      <table class="rp-table" [attr.data-testid]="testId()">
        <caption>{{ caption() }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ rowHeader() }}</th>
            @for (column of columns(); track $index) {
              <th scope="col">{{ column }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (cell of row.cells; track $index; let column = $index) {
                <td>
                  @if (cell) {
                    <rp-stat-cell [stat]="cell" [unit]="unit()" />
                  } @else {
                    <span class="muted">{{ emptyCell() }}</span>
                  }
                  @if (row.links?.[column]; as link) {
                    <a class="drill" data-testid="cell-conversations" [routerLink]="link.path" [queryParams]="link.queryParams" [attr.aria-label]="link.label">Conversations</a>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .drill {
      display: inline-block;
      margin-top: var(--rp-space-1);
      font-size: var(--rp-font-size-xs);
    }
    .muted {
      color: var(--rp-color-text-muted);
      font-style: italic;
    }
  `,
})
export class StatTable {
  /** Names the scrollable region for screen readers. */
  readonly label = input.required<string>();
  readonly caption = input.required<string>();
  /** Header of the row headers' column, e.g. "Month". */
  readonly rowHeader = input.required<string>();
  readonly columns = input.required<readonly string[]>();
  readonly rows = input.required<readonly StatTableRow[]>();
  readonly unit = input<MetricUnit>('score');
  /** What a cell without an estimate says. */
  readonly emptyCell = input('No conversations');
  readonly testId = input<string>();
}
