import type { ChartConfiguration } from 'chart.js';
import { type AnalyticsMetric, METRIC_INFO, type ScorecardResponse, type StatEstimate, type VendorRef } from '@rapport/contracts';
import { toConversationsLink } from '@rapport/dashboard-data-access';
import { type PageLink, formatShortMonth } from '@rapport/dashboard-ui';
import { toTrendChart } from '@rapport/dashboard-ui-charts';

/** Metrics the scorecard charts month by month. */
export const TREND_METRICS = ['csat', 'responsiveness', 'courtesy', 'comprehension'] as const satisfies readonly AnalyticsMetric[];
export type TrendMetric = (typeof TREND_METRICS)[number];

export interface TrendTableRow {
  month: string;
  label: string;
  /** One cell per vendor, in the trend's vendor order; null where the vendor has no row that month. */
  cells: (StatEstimate | null)[];
  /** Per vendor, that month's conversations; null without a row or when the reader may not open conversations. */
  links: (PageLink | null)[];
}

export interface MetricTrend {
  metric: TrendMetric;
  title: string;
  /** Screen-reader description of the chart. */
  label: string;
  chart: ChartConfiguration<'line', (number | null)[], string>;
  /** The table's column headers: the vendors' names, in the chart's order. */
  columns: string[];
  rows: TrendTableRow[];
}

/** Vendors of a response in a stable order (by name), so each keeps its colour and marker across charts. */
export function trendVendors(response: ScorecardResponse): VendorRef[] {
  const byId = new Map(response.rows.map((row) => [row.vendor.id, row.vendor]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One metric's monthly trend per vendor: the chart plots estimates with gaps where a month has not enough data,
 * and the table gives every month's estimate with interval and n, or "not enough data" in words.
 */
export function toMetricTrend(
  response: ScorecardResponse,
  metric: TrendMetric,
  colourIndexes: ReadonlyMap<string, number> = new Map(),
  withLinks = false,
): MetricTrend {
  const info = METRIC_INFO[metric];
  const vendors = trendVendors(response);
  const byCell = new Map(response.rows.map((row) => [`${row.vendor.id}|${row.month}`, row]));
  const rows = response.months.map((month) => {
    const label = formatShortMonth(month);
    const cellRows = vendors.map((vendor) => byCell.get(`${vendor.id}|${month}`) ?? null);
    return {
      month,
      label,
      cells: cellRows.map((row) => row?.metrics[metric].current ?? null),
      links: cellRows.map((row) =>
        withLinks && row ? { ...toConversationsLink(row.conversations), label: `Conversations of ${row.vendor.name} in ${label}` } : null,
      ),
    };
  });
  const labels = rows.map((row) => row.label);
  const series = vendors.map((vendor, index) => ({
    label: vendor.name,
    // The vendor's stored colour index when known; its place by name otherwise (tests, a vendor list not yet loaded).
    styleIndex: colourIndexes.get(vendor.id) ?? index,
    values: rows.map((row) => {
      const stat = row.cells[index];
      return stat && stat.status === 'ok' ? round(stat.estimate) : null;
    }),
  }));
  const span = labels.length > 0 ? `${labels[0]} to ${labels[labels.length - 1]}` : 'no months';
  return {
    metric,
    title: info.label,
    label: `Line chart of ${info.label} per vendor per month, ${span}; months without enough data are left blank`,
    chart: toTrendChart(labels, series, { title: `${info.label} (0–100)` }),
    columns: vendors.map((vendor) => vendor.name),
    rows,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
