import { ANALYTICS_METRICS, METRIC_INFO, type ScorecardResponse } from '@rapport/contracts';
import type { PooledFigure } from './report-data';

/**
 * All vendors' conversations of a month pooled, per mean or proportion metric: Σ nᵢ·estimateᵢ / Σ nᵢ over the vendors
 * with an estimate, which is exactly the mean (share) of the pooled conversations. Quantiles (response-time medians)
 * do not pool this way and are left out.
 */
export function pooledFigures(response: ScorecardResponse, month: string): PooledFigure[] {
  const rows = response.rows.filter((row) => row.month === month);
  return ANALYTICS_METRICS.filter((metric) => METRIC_INFO[metric].kind !== 'quantile').flatMap((metric) => {
    let sum = 0;
    let n = 0;
    for (const row of rows) {
      const stat = row.metrics[metric].current;
      if (stat.estimate !== null) {
        sum += stat.estimate * stat.n;
        n += stat.n;
      }
    }
    return n > 0 ? [{ metric, value: sum / n, n }] : [];
  });
}
