import { addMonths } from '@rapport/analytics';
import type { ScorecardResponse } from '@rapport/contracts';
import {
  type IntervalScale,
  formatLongMonth,
  formatShortMonth,
  languageName,
  clusteringWords,
} from '@rapport/dashboard-ui';
import { type ContributionRow, type WeightShare, toContributionRows, weightShares, weightsSentence } from './contributions';
import { type HeadlineFigure, toHeadlineFigures } from './headline';
import { type MetricTrend, TREND_METRICS, toMetricTrend } from './metric-trends';
import { type RankingMetric, type RankingRow, changeScale, rankingScales, toRankingRows } from './ranking';
import type { ScorecardFilters } from './scorecard-filters';

/** Everything the scorecard page draws for one month, built from one API answer. */
export interface ScorecardView {
  month: string;
  monthLabel: string;
  previousLabel: string;
  /** What the figures cover beyond the month, e.g. ", chat only, in German"; empty without filters. */
  scope: string;
  minimumSample: number;
  headline: HeadlineFigure[];
  rows: RankingRow[];
  scales: Record<RankingMetric, IntervalScale | null>;
  changeScale: IntervalScale | null;
  trends: MetricTrend[];
  /** How the month's intervals treat agents, in words. */
  clustering: string;
  /** The overall score's weights from the settings in force, and each vendor's points per dimension. */
  weights: WeightShare[];
  weightsText: string;
  contributions: ContributionRow[];
}

/** The channel and language filters in words. */
export function scopeText(filters: Pick<ScorecardFilters, 'channels' | 'languages'>): string {
  const parts = [
    filters.channels.length > 0 ? `${filters.channels.join(', ')} only` : '',
    filters.languages.length > 0 ? `in ${filters.languages.map(languageName).join(', ')}` : '',
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? `, ${text}` : '';
}

export function toScorecardView(
  response: ScorecardResponse,
  month: string,
  filters: ScorecardFilters,
  colourIndexes: ReadonlyMap<string, number> = new Map(),
  /** Whether the reader may open conversations: executives get figures without links. */
  withLinks = false,
): ScorecardView {
  const rows = toRankingRows(response, month);
  const weights = weightShares(response.weights);
  return {
    month,
    monthLabel: formatLongMonth(month),
    previousLabel: formatShortMonth(addMonths(month, -1)),
    scope: scopeText(filters),
    minimumSample: response.minimumSample,
    headline: toHeadlineFigures(response, month, withLinks),
    rows,
    scales: rankingScales(rows),
    changeScale: changeScale(rows),
    clustering: clusteringWords(
      response.rows.filter((row) => row.month === month).map((row) => row.clustering),
      (id) => response.rows.find((row) => row.vendor.id === id)?.vendor.name ?? id,
    ),
    trends: TREND_METRICS.map((metric) => toMetricTrend(response, metric, colourIndexes, withLinks)),
    weights,
    weightsText: weightsSentence(weights),
    contributions: toContributionRows(rows, weights),
  };
}
