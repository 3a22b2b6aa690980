import type { ChartConfiguration } from 'chart.js';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { formatShortMonth } from '@rapport/dashboard-ui';
import { styledLineDataset } from '@rapport/dashboard-ui-charts';
import { windowMonths } from './month-window';
import { type VendorSeries, toVendorSeries } from './vendor-series';

const DASH = 8;

/** Names of vendors whose monthly figures are all the same, in groups of two or more (their lines would coincide). */
export function coincidingGroups(series: readonly VendorSeries[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const line of series) {
    const key = line.conversations.join(',');
    groups.set(key, [...(groups.get(key) ?? []), line.name]);
  }
  return [...groups.values()].filter((names) => names.length > 1);
}

/**
 * Line chart of conversations per vendor per month. `months` is the axis (consecutive 'YYYY-MM'); by default every
 * month from the first to the last with data, so a month without conversations shows as 0 instead of vanishing.
 */
export function toMonthlyVolumeChart(
  vendors: readonly VendorDto[],
  volumes: readonly MonthlyVolumeDto[],
  months: readonly string[] = windowMonths(volumes, 'all'),
): ChartConfiguration<'line', number[], string> {
  const series = toVendorSeries(vendors, volumes, months);
  const colourOf = new Map(vendors.map((vendor, index) => [vendor.id, vendor.colourIndex ?? index]));
  const together = coincidingGroups(series);
  return {
    type: 'line',
    data: {
      labels: months.map(formatShortMonth),
      datasets: series.map((vendorSeries, index) => {
        const dataset = styledLineDataset(vendorSeries.name, vendorSeries.conversations, colourOf.get(vendorSeries.vendorId) ?? index);
        const group = together.find((names) => names.includes(vendorSeries.name));
        if (!group) {
          return dataset;
        }
        // Lines that coincide take turns along the same path: each draws one dash in k, offset by its place, so every
        // colour shows instead of the last line hiding the others.
        const place = group.indexOf(vendorSeries.name);
        return { ...dataset, borderDash: [DASH, DASH * (group.length - 1)], borderDashOffset: -DASH * place, pointRadius: 3 + 2 * (group.length - 1 - place) };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: { usePointStyle: true },
      },
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Conversations' } },
      },
    },
  };
}
