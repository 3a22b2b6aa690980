import { METRIC_INFO, type GapComparisonDto, type MetricUnit } from '@rapport/contracts';
import { CONTENT_WIDTH } from '../pdf/canvas';
import { formatCount, formatEstimate } from '../report-format';
import type { Section } from './section';

/** A gap in points (scores), percentage points (shares) or seconds, with its sign. */
function signed(value: number, unit: MetricUnit): string {
  const scaled = unit === 'proportion' ? value * 100 : value;
  const suffix = unit === 'proportion' ? ' pp' : unit === 'seconds' ? ' s' : '';
  return `${scaled > 0 ? '+' : scaled < 0 ? '-' : ''}${Math.abs(scaled).toFixed(1)}${suffix}`;
}

function comparison(gap: GapComparisonDto, unit: MetricUnit): string {
  return gap.status === 'ok' ? `${signed(gap.difference, unit)}${gap.flagged ? ' FLAG' : ''}` : '-';
}

/**
 * The language and culture gap matrix of the month: each vendor × language cell's estimate with its gaps against the
 * vendor's other languages and the other vendors in the same language; flagged cells (interval off zero and q ≤ 0.05
 * after false-discovery control) carry the word FLAG, not a colour.
 */
export const gaps: Section = (canvas, data) => {
  canvas.heading('4. Language and culture gaps', { newPage: true });
  const names = new Map(data.gaps.vendors.map((vendor) => [vendor.id, vendor.name]));
  canvas.paragraph(
    `Each cell: the estimate with its 95% interval and n, then the case-mix-adjusted gap (points, or percentage points for shares) against the vendor's other languages ("vs languages") and against other vendors in the same language ("vs vendors"). FLAG marks a gap whose interval leaves out zero and whose q-value is at most 0.05 under ${data.gaps.multipleComparisons}.`,
  );
  for (const metric of data.gaps.metrics) {
    const info = METRIC_INFO[metric.metric];
    canvas.subheading(`${info.label} (${metric.tests} tests in the false-discovery family)`);
    canvas.table(
      [
        { label: 'Vendor', width: 160 },
        { label: 'Language', width: 70 },
        { label: 'Estimate (95% interval)', width: 180 },
        { label: 'n', width: 70, align: 'right' },
        { label: 'vs languages', width: (CONTENT_WIDTH - 480) / 2 },
        { label: 'vs vendors', width: (CONTENT_WIDTH - 480) / 2 },
      ],
      metric.cells.map((cell) => [
        names.get(cell.vendorId) ?? cell.vendorId,
        cell.language,
        formatEstimate(cell.cell, info.unit).value,
        formatCount(cell.cell.n),
        comparison(cell.vsOtherLanguages, info.unit),
        comparison(cell.vsOtherVendors, info.unit),
      ]),
      { size: 7 },
    );
  }
  canvas.subheading(`Flagged gaps: ${data.gaps.flagged.length}`);
  canvas.table(
    [
      { label: 'Metric', width: 130 },
      { label: 'Vendor', width: 150 },
      { label: 'Language', width: 70 },
      { label: 'Against', width: 110 },
      { label: 'Gap (95% interval)', width: 160 },
      { label: 'q', width: 60 },
      { label: 'Direction', width: CONTENT_WIDTH - 680 },
    ],
    data.gaps.flagged.map((flag) => [
      METRIC_INFO[flag.metric].label,
      names.get(flag.vendorId) ?? flag.vendorId,
      flag.language,
      flag.comparison === 'same-vendor-other-languages' ? 'its other languages' : 'other vendors',
      `${signed(flag.difference, METRIC_INFO[flag.metric].unit)} (${signed(flag.lower, METRIC_INFO[flag.metric].unit)} to ${signed(flag.upper, METRIC_INFO[flag.metric].unit)})`,
      flag.qValue.toFixed(3),
      flag.worse ? 'worse' : 'better',
    ]),
  );
};
