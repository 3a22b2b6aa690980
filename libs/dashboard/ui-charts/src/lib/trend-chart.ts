import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { seriesStyle } from './chart-palette';

/** One line of a trend chart; null where the month has no value to show (e.g. not enough data). */
export interface TrendSeries {
  label: string;
  values: readonly (number | null)[];
  /** Position in the page's stable series order, so a vendor keeps its colour and marker across charts. */
  styleIndex?: number;
}

export interface TrendAxis {
  title: string;
  min?: number;
  max?: number;
}

/**
 * Line chart of monthly values per series. Months without a value leave a gap in the line rather than being
 * joined across or drawn as zero, so missing data never looks like a result.
 */
export function toTrendChart(
  labels: readonly string[],
  series: readonly TrendSeries[],
  axis: TrendAxis,
): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      labels: [...labels],
      datasets: series.map((line, index) =>
        styledLineDataset(
          line.label,
          labels.map((_, position) => line.values[position] ?? null),
          line.styleIndex ?? index,
        ),
      ),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
        tooltip: { usePointStyle: true },
      },
      scales: {
        x: { grid: { display: false } },
        y: { min: axis.min, max: axis.max, title: { display: true, text: axis.title } },
      },
    },
  };
}

/**
 * A line in the look of its series position (colour, dash, marker), never joined across a missing value: every
 * line chart of the dashboard draws its series this way, so a vendor looks the same on each.
 */
export function styledLineDataset<T extends number | null>(label: string, data: T[], styleIndex: number): ChartDataset<'line', T[]> {
  const style = seriesStyle(styleIndex);
  return {
    label,
    data,
    borderColor: style.color,
    backgroundColor: style.color,
    borderDash: style.dash,
    borderWidth: 2,
    pointStyle: style.pointStyle,
    pointRadius: 3,
    pointHoverRadius: 5,
    spanGaps: false,
    tension: 0,
  };
}
