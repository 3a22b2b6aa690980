import { type AnalyticsMetric, METRIC_INFO, type ScorecardResponse, type ScorecardRowDto } from '@rapport/contracts';
import { formatCount, formatEstimate, formatScoreChange, monthName } from './report-format';

const NOT_RANKED_NOTE = 'no vendor has enough data this month';

/** The metrics the report's table prints, overall first: vendors are ranked on it. */
export const REPORT_METRICS = ['overall', 'csat', 'responsiveness', 'courtesy', 'comprehension'] as const satisfies readonly AnalyticsMetric[];

export interface ReportCell {
  value: string;
  detail: string;
  insufficient: boolean;
}

export interface ReportRow {
  rank: string;
  vendor: string;
  cells: ReportCell[];
  change: string;
  conversations: string;
}

/** Everything the scorecard PDF prints, already in words: the renderer only lays it out. */
export interface ScorecardReport {
  title: string;
  month: string;
  subtitle: string;
  headline: { label: string; value: string; note: string }[];
  columns: string[];
  rows: ReportRow[];
  notes: string[];
}

function rankOf(row: ScorecardRowDto): string {
  const overall = row.metrics.overall;
  return overall.rank === null ? '-' : String(overall.rank);
}

function byRank(a: ScorecardRowDto, b: ScorecardRowDto): number {
  const rankA = a.metrics.overall.rank;
  const rankB = b.metrics.overall.rank;
  if (rankA !== null && rankB !== null && rankA !== rankB) {
    return rankA - rankB;
  }
  if ((rankA === null) !== (rankB === null)) {
    return rankA === null ? 1 : -1;
  }
  return a.vendor.name.localeCompare(b.vendor.name);
}

/** The month's scorecard as a printable report: headline counts, the ranked table with intervals and n, and method notes. */
export function toScorecardReport(response: ScorecardResponse, month: string): ScorecardReport {
  const rows = response.rows.filter((row) => row.month === month).sort(byRank);
  const conversations = rows.reduce((sum, row) => sum + row.volume.current, 0);
  const previous = rows.reduce((sum, row) => sum + row.volume.previousMonth, 0);
  const ranked = rows.filter((row) => row.metrics.overall.rank !== null);
  const leader = ranked[0];
  const change = previous > 0 ? `${conversations >= previous ? '+' : '-'}${Math.abs(((conversations - previous) / previous) * 100).toFixed(1)}% on the previous month` : 'no conversations the previous month';
  const filters = response.filters;
  const scope = [
    filters.channels.length > 0 ? `channels: ${filters.channels.join(', ')}` : 'all channels',
    filters.languages.length > 0 ? `languages: ${filters.languages.join(', ')}` : 'all languages',
  ].join(' · ');

  return {
    title: 'Monthly vendor scorecard',
    month: monthName(month),
    subtitle: `${scope} · 95% intervals · minimum sample ${response.minimumSample} conversations`,
    headline: [
      { label: 'Conversations', value: formatCount(conversations), note: change },
      { label: 'Vendors ranked', value: `${ranked.length} of ${rows.length}`, note: 'the others have too little data to rank' },
      {
        label: 'Highest overall score',
        value: leader ? leader.vendor.name : 'No vendor ranked',
        note: leader ? formatEstimate(leader.metrics.overall.current, 'score').value : NOT_RANKED_NOTE,
      },
    ],
    columns: ['Rank', 'Vendor', ...REPORT_METRICS.map((metric) => METRIC_INFO[metric].label), 'Overall vs previous month', 'Conversations'],
    rows: rows.map((row) => ({
      rank: rankOf(row),
      vendor: row.vendor.name,
      cells: REPORT_METRICS.map((metric) => {
        const stat = row.metrics[metric].current;
        return { ...formatEstimate(stat, METRIC_INFO[metric].unit), insufficient: stat.status === 'insufficient' };
      }),
      change: formatScoreChange(row.metrics.overall.vsPreviousMonth),
      conversations: formatCount(row.volume.current),
    })),
    notes: [
      'Each figure is shown with its 95% interval in brackets and the number of conversations it rests on (survey answers for CSAT).',
      `Cells resting on fewer than ${response.minimumSample} conversations read "Not enough data" and are neither ranked nor compared.`,
      'Ranks use competition ranking on the overall score among vendors with enough data. Scores run from 0 to 100; CSAT answers are put on the same 0-100 scale.',
      'A change is called better or worse only when its 95% interval leaves out zero.',
    ],
  };
}
