import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { DataTable, type DataTableColumn } from '@rapport/dashboard-ui';
import { ChartPanel } from './chart-panel';
import { type ChartTableRow, toChartTable } from './chart-table';

/**
 * A chart with its text alternative: a chart panel whose disclosure holds the same numbers as a real table, written
 * from the chart's own data. Pages pass a configuration built by a pure helper; this component only binds it.
 */
@Component({
  selector: 'rp-chart-figure',
  imports: [ChartPanel, DataTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <rp-chart-panel [config]="config()" [label]="label()" [testId]="testId()" [height]="height()">
      <rp-data-table [columns]="tableColumns()" [rows]="table().rows" [rowKey]="rowKey" [caption]="label()" [testId]="tableTestId()" />
    </rp-chart-panel>
  `,
  styles: `
    :host {
      --rp-chart-alternative-gap: var(--rp-space-4);
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
