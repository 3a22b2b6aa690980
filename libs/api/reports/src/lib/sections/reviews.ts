import { AGREEMENT_WEAK_BELOW, type AgreementCellDto } from '@rapport/contracts';
import { barChart } from '../pdf/bar-chart';
import { formatCount, formatEstimate } from '../report-format';
import type { ReportData } from '../sources/report-data';
import type { DataTable, Section } from './section';

const NOT_ENOUGH = 'Not enough reviews';

function interval(value: { rho?: number | null; kappa?: number | null; mean?: number | null; low: number | null; high: number | null } | null, key: 'rho' | 'kappa' | 'mean', digits: number): string {
  const point = value?.[key];
  if (value === null || point === null || point === undefined) {
    return '-';
  }
  return `${point.toFixed(digits)} (${value.low?.toFixed(digits) ?? '?'} to ${value.high?.toFixed(digits) ?? '?'})`;
}

/** Whether any review of this month's conversations was submitted in the report's scope. */
export function hasReviews(data: ReportData): boolean {
  return data.reviewed.some((score) => score.n > 0) || data.agreement.cells.some((cell) => cell.n > 0);
}

/** Overall agreement of all vendors together, one cell per language. */
function languageCells(data: ReportData): AgreementCellDto[] {
  return data.agreement.cells.filter((cell) => cell.dimension === 'overall' && cell.vendor === null).sort((a, b) => a.language.localeCompare(b.language));
}

/** Reviewed QA score against the automatic overall, per vendor, each with its 95% interval (0-100 scale). */
function scoreChart(canvas: Parameters<Section>[0], data: ReportData, appendix: DataTable[]): void {
  const overall = new Map(data.scorecard.rows.filter((row) => row.month === data.month).map((row) => [row.vendor.id, row.metrics.overall.current]));
  const rows = data.reviewed.map((score) => ({ score, automatic: overall.get(score.vendor.id) ?? null }));
  barChart(canvas, {
    title: 'Reviewed QA score and automatic overall score, per vendor (0-100, 95% intervals)',
    series: ['Reviewed QA score', 'Automatic overall score'],
    scale: { min: 0, max: 100, ticks: [0, 25, 50, 75, 100], format: String },
    groups: rows.map(({ score, automatic }) => ({
      label: score.vendor.name,
      values: [
        score.status === 'ok' && score.mean !== null
          ? { value: score.mean, low: score.lower, high: score.upper, text: `${score.mean.toFixed(1)} (${formatCount(score.n)} reviews)` }
          : { value: null, text: `${NOT_ENOUGH} (${formatCount(score.n)})` },
        automatic && automatic.status === 'ok'
          ? { value: automatic.estimate, low: automatic.lower, high: automatic.upper, text: automatic.estimate.toFixed(1) }
          : { value: null, text: 'Not enough data' },
      ],
    })),
  });
  appendix.push({
    title: 'Reviewed QA score and automatic overall score per vendor (chart in section 7)',
    columns: ['Vendor', 'Reviewed QA score (95% interval)', 'Reviews', 'Automatic overall (95% interval)'],
    rows: rows.map(({ score, automatic }) => [
      score.vendor.name,
      score.status === 'ok' && score.mean !== null ? `${score.mean.toFixed(1)} (${score.lower?.toFixed(1)}–${score.upper?.toFixed(1)})` : NOT_ENOUGH,
      formatCount(score.n),
      automatic ? formatEstimate(automatic, 'score').value : '-',
    ]),
  });
}

/** Spearman's rho and the weighted kappa per language, against the level below which agreement is weak. */
function agreementChart(canvas: Parameters<Section>[0], data: ReportData, appendix: DataTable[]): void {
  const cells = languageCells(data);
  if (cells.length === 0) {
    canvas.paragraph('Agreement per language: no language has reviews of this month’s conversations with both a reviewer’s total and an automatic overall score.');
    return;
  }
  const bar = (value: { low: number | null; high: number | null } | null, point: number | null | undefined, cell: AgreementCellDto) =>
    cell.status === 'ok' && point !== null && point !== undefined
      ? { value: point, low: value?.low ?? null, high: value?.high ?? null, text: `${point.toFixed(2)}${cell.weak ? ' WEAK' : ''}` }
      : { value: null, text: `${NOT_ENOUGH} (${formatCount(cell.n)})` };
  barChart(canvas, {
    title: 'Agreement of automatic and human scores per language (overall score, 95% intervals; 1 = perfect)',
    series: ['Spearman rho (same order)', 'Weighted kappa (same band)'],
    scale: { min: Math.min(0, ...cells.flatMap((cell) => [cell.spearman?.low ?? 0, cell.kappa?.low ?? 0])), max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], format: (value) => value.toFixed(1) },
    reference: { value: AGREEMENT_WEAK_BELOW, label: `weak below ${AGREEMENT_WEAK_BELOW}` },
    groups: cells.map((cell) => ({
      label: `${cell.language} (${formatCount(cell.n)} reviews)`,
      values: [bar(cell.spearman, cell.spearman?.rho, cell), bar(cell.kappa, cell.kappa?.kappa, cell)],
    })),
  });
  appendix.push({
    title: 'Automatic against human scores per language, overall (chart in section 7)',
    columns: ['Language', 'Reviews', 'Spearman rho (95%)', 'Weighted kappa (95%)', 'Bias, human − automatic (95%)', 'Agreement'],
    rows: cells.map((cell) => [
      cell.language,
      formatCount(cell.n),
      interval(cell.spearman, 'rho', 2),
      interval(cell.kappa, 'kappa', 2),
      interval(cell.bias, 'mean', 1),
      cell.status === 'insufficient' ? NOT_ENOUGH : cell.weak ? 'WEAK: automatic scores weakly confirmed' : 'confirmed',
    ]),
  });
}

/** The reviewed QA score beside the automatic overall, and how far the automatic scores agree with reviewers per language. */
export const reviews: Section = (canvas, data, appendix) => {
  canvas.heading('7. Reviewed QA score and agreement', { newPage: true });
  if (!hasReviews(data)) {
    canvas.paragraph('No QA reviews were submitted for this month’s conversations, so there is no reviewed QA score and no check of the automatic scores against reviewers for this month.');
    return;
  }
  canvas.paragraph(`Reviewed QA score: the mean total of submitted sampling reviews of this month's conversations, with a t interval; fewer than ${data.agreement.minReviews} reviews read "${NOT_ENOUGH}". Agreement: how closely the automatic overall score follows the reviewers' totals in each language; below ${AGREEMENT_WEAK_BELOW} the automatic scores are only weakly confirmed (WEAK). The figures are in the appendix.`);
  scoreChart(canvas, data, appendix);
  canvas.room(60);
  agreementChart(canvas, data, appendix);
  const weak = data.agreement.weakLanguages;
  canvas.paragraph(weak.length > 0 ? `Automatic scores weakly confirmed in: ${weak.join(', ')}.` : 'No language has weak agreement.', { size: 8 });
};
