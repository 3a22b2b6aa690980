import type { ChartConfiguration } from 'chart.js';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { formatShortMonth } from '@rapport/dashboard-ui';
import { styledLineDataset } from '@rapport/dashboard-ui-charts';
import { windowMonths } from './month-window';
import { toVendorSeries } from './vendor-series';

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
  return {
    type: 'line',
    data: {
      labels: months.map(formatShortMonth),
      datasets: series.map((vendorSeries, index) => styledLineDataset(vendorSeries.name, vendorSeries.conversations, index)),
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
