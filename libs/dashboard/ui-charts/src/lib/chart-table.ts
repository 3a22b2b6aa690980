/** The data of any category chart (labels along one axis, one or more series), whatever its chart type. */
export interface CategoryChartData {
  labels?: readonly unknown[];
  datasets: readonly { label?: string; data: readonly unknown[] }[];
}

export interface ChartTableRow {
  label: string;
  /** One value per series, in series order; null where the series has no number for this label. */
  values: (number | null)[];
}

/** A chart's numbers as a table: one row per category label, one column per series. */
export interface ChartTable {
  series: string[];
  rows: ChartTableRow[];
}

/** Text alternative for a chart, derived from the very data the chart draws so the two can never disagree. */
export function toChartTable(data: CategoryChartData): ChartTable {
  const labels = data.labels ?? [];
  return {
    series: data.datasets.map((dataset, index) => dataset.label ?? `Series ${index + 1}`),
    rows: labels.map((label, row) => ({
      label: String(label),
      values: data.datasets.map((dataset) => {
        const value = dataset.data[row];
        return typeof value === 'number' && Number.isFinite(value) ? value : null;
      }),
    })),
  };
}
