import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DataTableColumn } from './data-table-column';

interface RenderedCell {
  id: string;
  text: string;
  numeric: boolean;
  rowHeader: boolean;
  link: readonly string[] | null;
}

/** A plain, accessible HTML table: columns say how to read a row, the component only presents. */
@Component({
  selector: 'rp-data-table',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- A table wider than the screen scrolls sideways: keyboard users reach the scroll by focusing it (as StatTable). -->
    <div class="rp-table-scroll" tabindex="0" role="region" [attr.aria-label]="caption() ?? 'Table'">
      <table class="rp-table" [attr.data-testid]="testId()">
        @if (caption(); as text) {
          <caption>{{ text }}</caption>
        }
        <thead>
          <tr>
            @for (column of columns(); track column.id) {
              <th scope="col" [class.rp-table__numeric]="column.numeric">{{ column.header }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of body(); track row.key) {
            <tr [attr.data-row-key]="row.key">
              @for (cell of row.cells; track cell.id) {
                @if (cell.rowHeader) {
                  <th scope="row" [class.rp-table__numeric]="cell.numeric">@if (cell.link; as link) {<a [routerLink]="link">{{ cell.text }}</a>} @else {<ng-container>{{ cell.text }}</ng-container>}</th>
                } @else {
                  <td [class.rp-table__numeric]="cell.numeric">@if (cell.link; as link) {<a [routerLink]="link">{{ cell.text }}</a>} @else {<ng-container>{{ cell.text }}</ng-container>}</td>
                }
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class DataTable<T> {
  readonly columns = input.required<readonly DataTableColumn<T>[]>();
  readonly rows = input.required<readonly T[]>();
  /** Stable identity of a row, so re-renders keep DOM rows (and focus) in place. */
  readonly rowKey = input.required<(row: T) => string>();
  readonly caption = input<string>();
  readonly testId = input<string>();

  private readonly numbers = new Intl.NumberFormat(inject(LOCALE_ID));

  protected readonly body = computed(() => {
    const columns = this.columns();
    const rowKey = this.rowKey();
    return this.rows().map((row) => ({
      key: rowKey(row),
      cells: columns.map((column): RenderedCell => ({
        id: column.id,
        text: this.format(column.cell(row)),
        numeric: column.numeric === true,
        rowHeader: column.rowHeader === true,
        link: column.link?.(row) ?? null,
      })),
    }));
  });

  private format(value: string | number | null): string {
    if (value === null) {
      return '—';
    }
    return typeof value === 'number' ? this.numbers.format(value) : value;
  }
}
