import { METRIC_INFO, type ScorecardResponse, type ScorecardRowDto, type VendorRef } from '@rapport/contracts';
import { formatCount, formatEstimate, formatScoreChange, monthName } from './report-format';
import { REPORT_METRICS, type ScorecardReport } from './scorecard-report';

/**
 * One vendor's scorecard for a partner: the month's figures with their intervals and n, the changes against the
 * previous month and the same month last year, and the vendor's own twelve months, newest first. It holds no other
 * vendor's name or figure: no rank (a rank is a statement about the others) and no pooled averages.
 */
export function toVendorReport(response: ScorecardResponse, vendor: VendorRef, month: string): ScorecardReport {
  const rows = response.rows.filter((row) => row.vendor.id === vendor.id && row.month <= month).sort((a, b) => b.month.localeCompare(a.month));
  const current: ScorecardRowDto | undefined = rows.find((row) => row.month === month);
  const overall = current?.metrics.overall;
  const filters = response.filters;
  const scope = [
    filters.channels.length > 0 ? `channels: ${filters.channels.join(', ')}` : 'all channels',
    filters.languages.length > 0 ? `languages: ${filters.languages.join(', ')}` : 'all languages',
  ].join(' · ');
  return {
    title: `Vendor scorecard for ${vendor.name}`,
    month: monthName(month),
    subtitle: `${scope} · 95% intervals · minimum sample ${response.minimumSample} conversations · this vendor's own data only`,
    headline: [
      {
        label: 'Conversations',
        value: formatCount(current?.volume.current ?? 0),
        note: `${formatCount(current?.volume.previousMonth ?? 0)} the previous month, ${formatCount(current?.volume.sameMonthLastYear ?? 0)} a year earlier`,
      },
      {
        label: 'Overall score',
        value: overall ? formatEstimate(overall.current, 'score').value : 'Not enough data',
        note: overall ? formatEstimate(overall.current, 'score').detail : '',
      },
      {
        label: 'Overall vs the same month last year',
        value: overall ? formatScoreChange(overall.vsSameMonthLastYear) : 'Not enough data',
        note: overall ? `vs the previous month: ${formatScoreChange(overall.vsPreviousMonth)}` : '',
      },
    ],
    columns: ['', 'Month', ...REPORT_METRICS.map((metric) => METRIC_INFO[metric].label), 'Overall vs previous month', 'Conversations'],
    rows: rows.map((row) => ({
      rank: '',
      vendor: monthName(row.month),
      cells: REPORT_METRICS.map((metric) => {
        const stat = row.metrics[metric].current;
        return { ...formatEstimate(stat, METRIC_INFO[metric].unit), insufficient: stat.status === 'insufficient' };
      }),
      change: formatScoreChange(row.metrics.overall.vsPreviousMonth),
      conversations: formatCount(row.volume.current),
    })),
    notes: [
      'Each figure is shown with its 95% interval in brackets and the number of conversations it rests on (survey answers for CSAT).',
      `Cells resting on fewer than ${response.minimumSample} conversations read "Not enough data".`,
      'Scores run from 0 to 100; CSAT answers are put on the same 0-100 scale. A change is called better or worse only when its 95% interval leaves out zero.',
      'This report holds this vendor\'s own conversations only: no other vendor\'s figures, ranks or pooled averages.',
    ],
  };
}
