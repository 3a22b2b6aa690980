import { METRIC_INFO, type ScorecardRowDto } from '@rapport/contracts';
import { CONTENT_WIDTH } from '../pdf/canvas';
import { formatCount, formatEstimate, formatScoreChange, formatValue, monthName } from '../report-format';
import type { Section } from './section';

const HEADLINE_METRICS = ['overall', 'csat'] as const;

function volumeChange(current: number, before: number): string {
  if (before === 0) {
    return 'none before';
  }
  const change = ((current - before) / before) * 100;
  return `${change >= 0 ? '+' : '-'}${Math.abs(change).toFixed(1)}%`;
}

function line(row: ScorecardRowDto): string[] {
  return [
    row.vendor.name,
    formatCount(row.volume.current),
    volumeChange(row.volume.current, row.volume.previousMonth),
    volumeChange(row.volume.current, row.volume.sameMonthLastYear),
    ...HEADLINE_METRICS.flatMap((metric) => {
      const cell = row.metrics[metric];
      return [formatEstimate(cell.current, METRIC_INFO[metric].unit).value, formatScoreChange(cell.vsPreviousMonth), formatScoreChange(cell.vsSameMonthLastYear)];
    }),
  ];
}

/** The month's volume, overall score and CSAT per vendor, each against the previous month and the same month last year. */
export const headline: Section = (canvas, data) => {
  canvas.heading('1. Headline figures', { newPage: true });
  const rows = data.scorecard.rows.filter((row) => row.month === data.month).sort((a, b) => a.vendor.name.localeCompare(b.vendor.name));
  const total = rows.reduce((sum, row) => sum + row.volume.current, 0);
  const previous = rows.reduce((sum, row) => sum + row.volume.previousMonth, 0);
  const lastYear = rows.reduce((sum, row) => sum + row.volume.sameMonthLastYear, 0);
  canvas.paragraph(
    `${formatCount(total)} conversations in ${monthName(data.month)}: ${volumeChange(total, previous)} on the previous month, ${volumeChange(total, lastYear)} on the same month last year. Changes of scores are in points with the verdict of their 95% interval.`,
    { size: 10 },
  );
  const widths = [150, 70, 60, 60, 100, 80, 80, 100, 80, 80];
  const labels = ['Vendor', 'Conversations', 'vs prev.', 'vs last year', 'Overall', 'vs prev. month', 'vs last year', 'CSAT', 'vs prev. month', 'vs last year'];
  const scale = CONTENT_WIDTH / widths.reduce((sum, width) => sum + width, 0);
  canvas.table(
    labels.map((label, index) => ({ label, width: (widths[index] ?? 60) * scale })),
    rows.map(line),
  );
  if (data.pooled) {
    canvas.subheading('All vendors pooled (shown because the client allows pooled averages)');
    canvas.table(
      [
        { label: 'Metric', width: 240 },
        { label: 'All vendors, pooled', width: 160 },
        { label: 'n', width: 120 },
      ],
      data.pooled.map((figure) => {
        const info = METRIC_INFO[figure.metric as keyof typeof METRIC_INFO];
        return [info.label, formatValue(figure.value, info.unit), formatCount(figure.n)];
      }),
    );
  }
};
