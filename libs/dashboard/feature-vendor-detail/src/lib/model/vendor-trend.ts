import type { ChartConfiguration } from 'chart.js';
import { type AnalyticsMetric, METRIC_INFO, type ScorecardResponse, type StatEstimate } from '@rapport/contracts';
import { formatShortMonth } from '@rapport/dashboard-ui';
import { toTrendChart } from '@rapport/dashboard-ui-charts';

/** The scores a vendor's trend chart draws; all on the 0–100 scale, so they share one axis. */
export const VENDOR_TREND_METRICS = ['overall', 'csat', 'responsiveness', 'courtesy', 'comprehension'] as const satisfies readonly AnalyticsMetric[];

export interface VendorTrend {
  /** The table's column headers: the metrics' names, in the chart's order. */
  columns: string[];
  rows: { month: string; label: string; cells: (StatEstimate | null)[] }[];
  chart: ChartConfiguration<'line', (number | null)[], string>;
  label: string;
}

/** One vendor's scores month by month: a line per metric, gaps where a month has not enough data. */
export function toVendorTrend(response: ScorecardResponse, vendorId: string, vendorName: string): VendorTrend {
  const byMonth = new Map(response.rows.filter((row) => row.vendor.id === vendorId).map((row) => [row.month, row]));
  const rows = response.months.map((month) => ({
    month,
    label: formatShortMonth(month),
    cells: VENDOR_TREND_METRICS.map((metric) => byMonth.get(month)?.metrics[metric].current ?? null),
  }));
  const series = VENDOR_TREND_METRICS.map((metric, index) => ({
    label: METRIC_INFO[metric].label,
    values: rows.map((row) => {
      const stat = row.cells[index];
      return stat?.status === 'ok' ? Math.round(stat.estimate * 10) / 10 : null;
    }),
  }));
  const labels = rows.map((row) => row.label);
  const span = labels.length > 0 ? `${labels[0]} to ${labels[labels.length - 1]}` : 'no months';
  return {
    columns: VENDOR_TREND_METRICS.map((metric) => METRIC_INFO[metric].label),
    rows,
    chart: toTrendChart(labels, series, { title: 'Score (0–100)' }),
    label: `Line chart of ${vendorName}'s overall score, CSAT, responsiveness, courtesy and comprehension per month, ${span}; months without enough data are left blank`,
  };
}
