import type { AnalyticsMetric, ScorecardResponse, StatDifference, StatEstimate, VendorRef } from '@rapport/contracts';
import { type DrillDownLink, toConversationsLink } from '@rapport/dashboard-data-access';
import { type IntervalScale, intervalScale } from '@rapport/dashboard-ui';
import { METRIC_INFO, SURVEY_METRICS, type SurveyMetric } from '@rapport/contracts';

/**
 * The metrics the ranking table can show, overall first: the rank is on overall. One survey question at a time is
 * shown (`rankingColumns`); the recontact rate sits with the comprehension figures it belongs to.
 */
export const RANKING_METRICS = ['overall', 'csat', 'effort', 'resolved', 'nps', 'responsiveness', 'courtesy', 'comprehension', 'recontact'] as const satisfies readonly AnalyticsMetric[];
export type RankingMetric = (typeof RANKING_METRICS)[number];

/** The ranking's columns with one survey question (`survey`) in place of the four. */
export function rankingColumns(survey: SurveyMetric): RankingMetric[] {
  return RANKING_METRICS.filter((metric) => !(SURVEY_METRICS as readonly string[]).includes(metric) || metric === survey);
}

export interface RankingRow {
  vendor: VendorRef;
  /** Rank on overall among vendors with enough data; null when this vendor lacks it. */
  rank: number | null;
  rankedAmong: number;
  volume: number;
  metrics: Record<RankingMetric, StatEstimate>;
  overallChange: StatDifference;
  conversations: DrillDownLink;
}

/** The month's vendors, best overall first; vendors without a rank (not enough data) follow, by name. */
export function toRankingRows(response: ScorecardResponse, month: string): RankingRow[] {
  const rows = response.rows
    .filter((row) => row.month === month)
    .map((row): RankingRow => {
      const overall = row.metrics.overall;
      return {
        vendor: row.vendor,
        rank: overall.rank,
        rankedAmong: overall.rankedAmong,
        volume: row.volume.current,
        metrics: Object.fromEntries(RANKING_METRICS.map((metric) => [metric, row.metrics[metric].current])) as Record<RankingMetric, StatEstimate>,
        overallChange: overall.vsPreviousMonth,
        conversations: toConversationsLink(row.conversations),
      };
    });
  return rows.sort((a, b) => {
    if (a.rank !== null && b.rank !== null && a.rank !== b.rank) {
      return a.rank - b.rank;
    }
    if ((a.rank === null) !== (b.rank === null)) {
      return a.rank === null ? 1 : -1;
    }
    return a.vendor.name.localeCompare(b.vendor.name);
  });
}

/** One axis per metric column, so the interval bars of a column compare by eye. */
export function rankingScales(rows: readonly RankingRow[]): Record<RankingMetric, IntervalScale | null> {
  return Object.fromEntries(
    RANKING_METRICS.map((metric) => {
      const intervals = rows.flatMap((row) => {
        const stat = row.metrics[metric];
        return stat.status === 'ok' ? [{ lower: stat.lower, upper: stat.upper }] : [];
      });
      return [metric, intervalScale(intervals, { unit: METRIC_INFO[metric].unit })];
    }),
  ) as Record<RankingMetric, IntervalScale | null>;
}

/** Scale for the change column: every interval plus zero. */
export function changeScale(rows: readonly RankingRow[]): IntervalScale | null {
  const intervals = rows.flatMap((row) => (row.overallChange.status === 'ok' ? [{ lower: row.overallChange.lower, upper: row.overallChange.upper }] : []));
  return intervals.length === 0 ? null : intervalScale(intervals, { include: [0] });
}
