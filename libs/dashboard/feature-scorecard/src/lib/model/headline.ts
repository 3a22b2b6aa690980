import { addMonths } from '@rapport/analytics';
import { METRIC_INFO, type ScorecardResponse, type ScorecardRowDto } from '@rapport/contracts';
import { toConversationsLink } from '@rapport/dashboard-data-access';
import { NOT_ENOUGH_DATA, type PageLink, type TileChange, formatChange, formatCount, formatMetricValue, formatRelativeChange, formatSampleSize, formatShortMonth } from '@rapport/dashboard-ui';
import type { RankingMetric } from './ranking';

/** The headline tiles: volume and the quality scores with CSAT; the other survey questions are in the ranking. */
const HEADLINE_METRICS = ['overall', 'csat', 'responsiveness', 'courtesy', 'comprehension'] as const satisfies readonly RankingMetric[];

/** A metric over every vendor of a month with enough data: the mean weighted by each vendor's n. */
export interface PooledEstimate {
  estimate: number;
  n: number;
  vendors: number;
  of: number;
}

export interface HeadlineFigure {
  id: 'volume' | RankingMetric;
  label: string;
  value: string;
  change: TileChange | null;
  footnote: string;
  /** The month's conversations behind the figure; null when the reader may not open conversations. */
  link: PageLink | null;
}

/**
 * Vendors' estimates pooled into one figure: each vendor's mean or proportion weighted by its n, which equals the
 * mean over all their observations. Vendors without enough data are left out (the footnote says how many were
 * used). Null when no vendor has enough data.
 */
export function pooledEstimate(rows: readonly ScorecardRowDto[], metric: RankingMetric): PooledEstimate | null {
  let weighted = 0;
  let n = 0;
  let vendors = 0;
  for (const row of rows) {
    const stat = row.metrics[metric].current;
    if (stat.status === 'ok' && stat.n > 0) {
      weighted += stat.estimate * stat.n;
      n += stat.n;
      vendors += 1;
    }
  }
  return vendors === 0 ? null : { estimate: weighted / n, n, vendors, of: rows.length };
}

/**
 * The month's conversations of every vendor on the scorecard, with its channel and language filters: a vendor row's
 * list without its vendor (the API keeps a partner to its own vendor regardless).
 */
export function monthConversationsLink(rows: readonly ScorecardRowDto[], monthLabel: string): PageLink | null {
  const first = rows[0];
  if (!first) {
    return null;
  }
  const { path, queryParams } = toConversationsLink(first.conversations);
  const month = Object.fromEntries(Object.entries(queryParams).filter(([name]) => name !== 'vendors'));
  return { path, queryParams: month, label: `See the conversations of ${monthLabel}` };
}

function volumeFigure(rows: readonly ScorecardRowDto[], previousLabel: string): Omit<HeadlineFigure, 'link'> {
  const current = rows.reduce((sum, row) => sum + row.volume.current, 0);
  const previous = rows.reduce((sum, row) => sum + row.volume.previousMonth, 0);
  const relative = formatRelativeChange(current, previous);
  const change = relative ? { text: `${relative} vs ${previousLabel}`, verdict: '', tone: 'unclear' as const } : null;
  return { id: 'volume', label: 'Conversations', value: formatCount(current), change, footnote: `${rows.length} vendor${rows.length === 1 ? '' : 's'}` };
}

function metricFigure(metric: RankingMetric, rows: readonly ScorecardRowDto[], previousRows: readonly ScorecardRowDto[], previousLabel: string): Omit<HeadlineFigure, 'link'> {
  const info = METRIC_INFO[metric];
  const current = pooledEstimate(rows, metric);
  if (!current) {
    const n = rows.reduce((sum, row) => sum + row.metrics[metric].current.n, 0);
    return { id: metric, label: info.label, value: NOT_ENOUGH_DATA, change: null, footnote: formatSampleSize(n) };
  }
  const previous = pooledEstimate(previousRows, metric);
  return {
    id: metric,
    label: info.label,
    value: formatMetricValue(current.estimate, info.unit),
    change: previous ? { text: `${formatChange(current.estimate - previous.estimate, info.unit)} vs ${previousLabel}`, verdict: '', tone: 'unclear' } : null,
    // One vendor alone (a partner's own scorecard) pools nothing: "1 of 1 vendors" would only read like a rank.
    footnote: current.of > 1 ? `${formatSampleSize(current.n)} · ${current.vendors} of ${current.of} vendors` : formatSampleSize(current.n),
  };
}

/**
 * The month's headline figures: conversations, then overall, CSAT and the three quality dimensions pooled across
 * vendors, each with its change against the previous month. The changes carry no verdict: the API gives intervals
 * per vendor, not for the pooled figure, so only the per-vendor table says whether a change is clear.
 */
export function toHeadlineFigures(response: ScorecardResponse, month: string, withLinks = false): HeadlineFigure[] {
  const previousMonth = addMonths(month, -1);
  const rows = response.rows.filter((row) => row.month === month);
  const previousRows = response.rows.filter((row) => row.month === previousMonth);
  const previousLabel = formatShortMonth(previousMonth);
  const monthLink = withLinks ? monthConversationsLink(rows, formatShortMonth(month)) : null;
  const figures = [volumeFigure(rows, previousLabel), ...HEADLINE_METRICS.map((metric) => metricFigure(metric, rows, previousRows, previousLabel))];
  return figures.map((figure) => ({ ...figure, link: monthLink && { ...monthLink, label: `${monthLink.label} behind ${figure.label}` } }));
}
