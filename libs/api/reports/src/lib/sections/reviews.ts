import { CONTENT_WIDTH } from '../pdf/canvas';
import { formatCount, formatEstimate } from '../report-format';
import type { Section } from './section';

function interval(value: { rho?: number | null; kappa?: number | null; mean?: number | null; low: number | null; high: number | null } | null, key: 'rho' | 'kappa' | 'mean', digits: number): string {
  const point = value?.[key];
  if (value === null || point === null || point === undefined) {
    return '-';
  }
  return `${point.toFixed(digits)} (${value.low?.toFixed(digits) ?? '?'} to ${value.high?.toFixed(digits) ?? '?'})`;
}

/** The reviewed QA score beside the automatic overall, and how far the automatic scores agree with reviewers per language. */
export const reviews: Section = (canvas, data) => {
  canvas.heading('7. Reviewed QA score and agreement', { newPage: true });
  canvas.paragraph(`Reviewed QA score: the mean total of submitted sampling reviews of this month's conversations, with a t interval; fewer than ${data.agreement.minReviews} reviews read "Not enough reviews".`);
  const overall = new Map(data.scorecard.rows.filter((row) => row.month === data.month).map((row) => [row.vendor.id, row.metrics.overall.current]));
  canvas.table(
    [
      { label: 'Vendor', width: 220 },
      { label: 'Reviewed QA score (95% interval)', width: 220 },
      { label: 'Reviews', width: 80, align: 'right' },
      { label: 'Automatic overall (95% interval)', width: CONTENT_WIDTH - 520 },
    ],
    data.reviewed.map((score) => {
      const automatic = overall.get(score.vendor.id);
      return [
        score.vendor.name,
        score.status === 'ok' && score.mean !== null ? `${score.mean.toFixed(1)} (${score.lower?.toFixed(1)}–${score.upper?.toFixed(1)})` : 'Not enough reviews',
        formatCount(score.n),
        automatic ? formatEstimate(automatic, 'score').value : '-',
      ];
    }),
  );
  canvas.subheading('Automatic against human scores, per language (overall)');
  const cells = data.agreement.cells.filter((cell) => cell.dimension === 'overall' && cell.vendor === null);
  canvas.table(
    [
      { label: 'Language', width: 80 },
      { label: 'Reviews', width: 70, align: 'right' },
      { label: 'Spearman rho (95%)', width: 170 },
      { label: 'Weighted kappa (95%)', width: 170 },
      { label: 'Bias, human − automatic (95%)', width: 190 },
      { label: 'Agreement', width: CONTENT_WIDTH - 680 },
    ],
    cells.map((cell) => [
      cell.language,
      formatCount(cell.n),
      interval(cell.spearman, 'rho', 2),
      interval(cell.kappa, 'kappa', 2),
      interval(cell.bias, 'mean', 1),
      cell.status === 'insufficient' ? 'Not enough reviews' : cell.weak ? 'WEAK: automatic scores weakly confirmed' : 'confirmed',
    ]),
  );
};
