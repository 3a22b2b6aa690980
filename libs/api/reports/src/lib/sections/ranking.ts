import { CONTENT_WIDTH } from '../pdf/canvas';
import { toScorecardReport } from '../scorecard-report';
import type { Section } from './section';

/**
 * The month's vendors ranked on the overall score with each metric's 95% interval and n. A vendor's own report has
 * no rank (a rank is a statement about the others): it shows the same figures without it.
 */
export const ranking: Section = (canvas, data) => {
  const report = toScorecardReport(data.scorecard, data.month);
  canvas.heading(data.vendor ? '2. Figures of the month' : '2. Ranking', { newPage: true });
  canvas.paragraph(report.notes.slice(0, 3).join(' '), { size: 8.5 });
  const widths = [30, 112, 90, 90, 90, 90, 90, 98, 72];
  const scale = CONTENT_WIDTH / widths.reduce((sum, width) => sum + width, 0);
  const columns = report.columns.map((label, index) => ({ label, width: (widths[index] ?? 60) * scale, align: index === report.columns.length - 1 ? ('right' as const) : undefined }));
  const rows = report.rows.map((row) => [data.vendor ? '-' : row.rank, row.vendor, ...row.cells.map((cell) => `${cell.value} ${cell.detail}`), row.change, row.conversations]);
  canvas.table(columns, rows, { rowHeight: 18, size: 7 });
};
