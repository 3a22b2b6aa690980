import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StatCell, formatCount } from '@rapport/dashboard-ui';
import type { AgentTable } from '../model/agent-rows';

/** A vendor's agents ranked on an estimate adjusted for how many conversations each has, one page at a time. */
@Component({
  selector: 'rp-agents-table',
  imports: [RouterLink, StatCell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="verdict" data-testid="agents-verdict" [class.verdict--none]="table().differences !== 'distinguishable'">
      {{ table().verdict }}
    </p>
    <p class="context">
      Scores are adjusted towards the vendor's mean{{ table().vendorMean ? ' (' + table().vendorMean + ')' : '' }}:
      agents with few conversations are pulled towards it, so a handful of lucky conversations cannot top the list.
    </p>
    <div class="rp-table-scroll" tabindex="0" role="region" aria-label="Agents table">
      <table class="rp-table" data-testid="agents-table">
        <caption class="rp-visually-hidden">
          Agents ranked on
          {{
            table().metricLabel
          }}, adjusted for how many conversations each has, with 95% intervals and sample sizes
        </caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Agent</th>
            <th scope="col">{{ table().metricLabel }} (adjusted)</th>
            <th scope="col" class="rp-table__numeric">Own mean</th>
            <th scope="col">Pulled towards the mean</th>
            <th scope="col" class="rp-table__numeric">Conversations</th>
          </tr>
        </thead>
        <tbody>
          @for (row of table().rows; track row.id) {
            <tr>
              <td class="nowrap">{{ row.rank }}</td>
              <th scope="row">{{ row.name }}</th>
              <td><rp-stat-cell [stat]="row.shrunk" [unit]="table().unit" [scale]="table().scale" /></td>
              <td class="rp-table__numeric">{{ row.rawMean }}</td>
              <td>{{ row.shrinkage }}</td>
              <td class="rp-table__numeric">
                @if (linked()) {
                  <a
                    [routerLink]="row.conversations.path"
                    [queryParams]="row.conversations.queryParams"
                    [attr.aria-label]="'The ' + formatCount(row.n) + ' conversations of ' + row.name"
                    >{{ formatCount(row.n) }}</a
                  >
                } @else {
                  {{ formatCount(row.n) }}
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (table().pages > 1) {
      <nav class="pager" aria-label="Agent pages">
        <button
          type="button"
          class="rp-button"
          [disabled]="table().page <= 1"
          (click)="pageChange.emit(table().page - 1)"
        >
          Previous
        </button>
        <span>Page {{ table().page }} of {{ table().pages }} ({{ formatCount(table().total) }} agents)</span>
        <button
          type="button"
          class="rp-button"
          [disabled]="table().page >= table().pages"
          (click)="pageChange.emit(table().page + 1)"
        >
          Next
        </button>
      </nav>
    }
  `,
  styles: `
    .verdict {
      margin-bottom: var(--rp-space-2);
    }
    .verdict--none {
      font-weight: 600;
    }
    .context {
      margin-bottom: var(--rp-space-3);
      font-size: var(--rp-font-size-sm);
      color: var(--rp-color-text-muted);
    }
    td,
    tbody th {
      vertical-align: middle;
    }
    .nowrap {
      white-space: nowrap;
    }
    .pager {
      display: flex;
      align-items: center;
      gap: var(--rp-space-3);
      margin-top: var(--rp-space-3);
      font-size: var(--rp-font-size-sm);
    }
  `,
})
export class AgentsTable {
  readonly table = input.required<AgentTable>();
  /** Whether the viewer may open conversations (executives may not): the counts are plain text otherwise. */
  readonly linked = input(true);
  readonly pageChange = output<number>();

  protected readonly formatCount = formatCount;
}
