import type { ChartComponentLike } from 'chart.js';
import { provideCharts } from 'ng2-charts';

/**
 * Chart.js set up for Rapport: only the registerables a page passes (keeps unused chart types out of the bundle)
 * and defaults that match the design tokens.
 */
export function provideRapportCharts(...registerables: ChartComponentLike[]) {
  return provideCharts({
    registerables,
    defaults: {
      color: '#4d5666',
      font: { family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif", size: 12 },
      maintainAspectRatio: false,
      responsive: true,
    },
  });
}
