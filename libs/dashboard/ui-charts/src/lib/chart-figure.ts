import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { DataTable, type DataTableColumn } from '@rapport/dashboard-ui';
import { type ChartTableRow, toChartTable } from './chart-table';

/**
 * A chart with its text alternative: the canvas carries an aria-label, and a disclosure holds the same numbers
 * as a real table. Pages pass a configuration built by a pure helper; this component only binds it.
 */
@Component({
  selector: 'rp-chart-figure',
  imports: [BaseChartDirective, DataTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="figure">
      <div class="canvas-box" [style.height.px]="height()">
        <canvas
          baseChart
          role="img"
          [type]="config().type"
          [data]="config().data"
          [options]="config().options"
          [attr.aria-label]="label()"
          [attr.data-testid]="testId()"
        ></canvas>
      </div>
      <details class="alternative">
        <summary>Show the chart's data as a table</summary>
        <rp-data-table
          [columns]="tableColumns()"
          [rows]="table().rows"
          [rowKey]="rowKey"
          [caption]="label()"
          [testId]="tableTestId()"
        />
      </details>
    </figure>
  `,
  styles: `
    .figure {
      margin: 0;
    }
    .canvas-box {
      position: relative;
      width: 100%;
    }
    .alternative {
      margin-top: var(--rp-space-4);
      font-size: var(--rp-font-size-sm);
    }
    .alternative summary {
      cursor: pointer;
      color: var(--rp-color-accent);
      margin-bottom: var(--rp-space-2);
    }
  `,
})
export class ChartFigure<TType extends ChartType> {
  readonly config = input.required<ChartConfiguration<TType>>();
  /** Describes what the chart shows; read by screen readers and used as the table caption. */
  readonly label = input.required<string>();
  /** Header of the table's first column, naming the chart's categories (e.g. "Month"). */
  readonly categoryHeader = input.required<string>();
  readonly testId = input<string>();
  readonly height = input(320);

  protected readonly table = computed(() => toChartTable(this.config().data));
  protected readonly tableTestId = computed(() => {
    const testId = this.testId();
    return testId ? `${testId}-table` : undefined;
  });
  protected readonly tableColumns = computed((): DataTableColumn<ChartTableRow>[] => [
    { id: 'category', header: this.categoryHeader(), cell: (row) => row.label, rowHeader: true },
    ...this.table().series.map(
      (series, index): DataTableColumn<ChartTableRow> => ({
        id: `series-${index}`,
        header: series,
        cell: (row) => row.values[index],
        numeric: true,
      }),
    ),
  ]);
  protected readonly rowKey = (row: ChartTableRow): string => row.label;
}
