import { type GapCellDto, type GapMetric, type GapsResponse, METRIC_INFO, type MetricDirection, type MetricUnit, type VendorRef } from '@rapport/contracts';
import { type HeatmapCell, type HeatmapModel, type HeatmapTone, NOT_ENOUGH_DATA, changeTone, describeDifference, describeEstimate, formatChange, formatInterval, formatMetricValue, formatSampleSize, languageName } from '@rapport/dashboard-ui';
import { type GapComparison, cellKey } from './gap-filters';
import { adjustmentWords, shortfallWords } from './gap-words';

/** One vendor × language cell of one metric, with everything the heatmap, the table and the panel show. */
export interface GapCellView {
  key: string;
  vendor: VendorRef;
  language: string;
  languageName: string;
  metric: GapMetric;
  unit: MetricUnit;
  direction: MetricDirection;
  cell: GapCellDto;
  comparison: GapCellDto['vsOtherVendors'];
  /** The case-mix dimensions of the finest adjustment (the answer's `strata`). */
  strata: GapsResponse['strata'];
  tone: HeatmapTone;
}

const COMPARISON_WORDS: Record<GapComparison, (vendor: string, language: string) => string> = {
  vendors: (_vendor, language) => `vs other vendors in ${language}`,
  languages: (vendor) => `vs ${vendor} in other languages`,
};

export function comparisonWords(compare: GapComparison, vendor: string, language: string): string {
  return COMPARISON_WORDS[compare](vendor, language);
}

/** Tone of a cell against its comparison: strong when flagged after correction, plain when the interval excludes zero. */
export function gapTone(cell: GapCellDto, compare: GapComparison, direction: MetricDirection): HeatmapTone {
  const comparison = compare === 'vendors' ? cell.vsOtherVendors : cell.vsOtherLanguages;
  if (cell.cell.status === 'insufficient' || comparison.status === 'insufficient') {
    return 'insufficient';
  }
  const tone = changeTone(comparison, direction, comparison.intervalExcludesZero);
  switch (tone) {
    case 'better':
      return comparison.flagged ? 'better-strong' : 'better';
    case 'worse':
      return comparison.flagged ? 'worse-strong' : 'worse';
    case 'unclear':
    case 'insufficient':
      return 'neutral';
  }
}

/** Every cell of one metric, keyed `vendorId:language`; vendors and languages as the response orders them. */
export function toGapCells(response: GapsResponse, metric: GapMetric, compare: GapComparison): Map<string, GapCellView> {
  const data = response.metrics.find((item) => item.metric === metric);
  const info = response.metricInfo[metric] ?? METRIC_INFO[metric];
  const vendors = new Map(response.vendors.map((vendor) => [vendor.id, vendor]));
  const cells = new Map<string, GapCellView>();
  for (const cell of data?.cells ?? []) {
    const vendor = vendors.get(cell.vendorId) ?? { id: cell.vendorId, slug: cell.vendorId, name: `Unknown vendor (${cell.vendorId})` };
    const direction = data?.direction ?? info.direction;
    cells.set(cellKey(cell.vendorId, cell.language), {
      key: cellKey(cell.vendorId, cell.language),
      vendor,
      language: cell.language,
      languageName: languageName(cell.language),
      metric,
      unit: info.unit,
      direction,
      cell,
      comparison: compare === 'vendors' ? cell.vsOtherVendors : cell.vsOtherLanguages,
      strata: response.strata,
      tone: gapTone(cell, compare, direction),
    });
  }
  return cells;
}

const GROUP_WORDS: Record<GapComparison, (vendor: string, language: string) => string> = {
  vendors: (_vendor, language) => `other vendors in ${language}`,
  languages: (vendor) => `${vendor}'s other languages`,
};

/** Why the comparison has no figure, in words with the counts (older answers without a reason: the plain words). */
export function insufficientWords(view: GapCellView, compare: GapComparison): string {
  const { comparison } = view;
  return comparison.shortfall
    ? shortfallWords(comparison.shortfall, GROUP_WORDS[compare](view.vendor.name, view.languageName))
    : `${NOT_ENOUGH_DATA} (${formatSampleSize(comparison.nA)} vs ${formatSampleSize(comparison.nB)})`;
}

/** Lines shown on hover and focus: the cell's value, interval and n, then its comparison. */
export function cellDetails(view: GapCellView, compare: GapComparison): string[] {
  const label = METRIC_INFO[view.metric].label;
  const lines = [`${view.vendor.name} · ${view.languageName}`, `${label}: ${describeEstimate(view.cell.cell, view.unit)}`];
  const comparison = view.comparison;
  const against = comparisonWords(compare, view.vendor.name, view.languageName);
  if (comparison.status === 'insufficient') {
    lines.push(`${against}: ${insufficientWords(view, compare)}`);
  } else {
    lines.push(`${against}: ${describeDifference(comparison, view.unit)}, ${adjustmentWords(comparison.adjustedFor, view.strata)}`);
    if (comparison.coverage < 1) {
      lines.push(`Compared on ${Math.round(comparison.coverage * 100)}% of its conversations (same channel and case mix)`);
    }
  }
  if (comparison.flagged) {
    lines.push(view.tone === 'worse-strong' ? 'Flagged gap' : 'Flagged: clearly better');
  }
  return lines;
}

function toHeatmapCell(view: GapCellView | undefined, key: string, vendor: string, language: string, compare: GapComparison): HeatmapCell {
  if (!view) {
    return { key, tone: 'missing', value: '', note: '', marker: '', label: `${vendor}, ${language}: no conversations`, details: [] };
  }
  const estimate = view.cell.cell;
  const details = cellDetails(view, compare);
  return {
    key,
    tone: view.tone,
    value: estimate.status === 'ok' ? formatMetricValue(estimate.estimate, view.unit) : NOT_ENOUGH_DATA,
    note: formatSampleSize(estimate.n),
    marker: view.tone === 'worse-strong' ? '▼' : view.tone === 'better-strong' ? '▲' : '',
    label: `${details.join('. ')}.`,
    details,
  };
}

/** The vendor × language heatmap of one metric, coloured by the chosen comparison. */
export function toGapHeatmap(response: GapsResponse, metric: GapMetric, compare: GapComparison): HeatmapModel {
  const cells = toGapCells(response, metric, compare);
  return {
    rowHeader: 'Vendor',
    columns: response.languages.map((language) => ({ key: language, label: languageName(language) })),
    rows: response.vendors.map((vendor) => ({
      key: vendor.id,
      label: vendor.name,
      cells: response.languages.map((language) => {
        const key = cellKey(vendor.id, language);
        return toHeatmapCell(cells.get(key), key, vendor.name, languageName(language), compare);
      }),
    })),
  };
}

/** One row of the heatmap's table alternative. */
export interface GapTableRow {
  key: string;
  vendor: string;
  language: string;
  value: string;
  interval: string | null;
  n: number;
  difference: string;
  differenceInterval: string | null;
  /** The case mix the difference allows for; null without a difference. */
  adjustment: string | null;
  verdict: string;
}

const VERDICTS: Record<HeatmapTone, string> = {
  'worse-strong': 'Flagged gap (worse)',
  worse: 'Worse, but not clear once allowing for how many cells are compared',
  neutral: 'No clear difference',
  better: 'Better, but not clear once allowing for how many cells are compared',
  'better-strong': 'Clearly better',
  insufficient: NOT_ENOUGH_DATA,
  missing: 'No conversations',
};

/** The same cells as rows, with n and both intervals written out: the heatmap's data table. */
export function toGapTableRows(response: GapsResponse, metric: GapMetric, compare: GapComparison): GapTableRow[] {
  return [...toGapCells(response, metric, compare).values()].map((view) => {
    const estimate = view.cell.cell;
    const comparison = view.comparison;
    return {
      key: view.key,
      vendor: view.vendor.name,
      language: view.languageName,
      value: estimate.status === 'ok' ? formatMetricValue(estimate.estimate, view.unit) : NOT_ENOUGH_DATA,
      interval: estimate.status === 'ok' ? formatInterval(estimate.lower, estimate.upper, view.unit) : null,
      n: estimate.n,
      difference: comparison.status === 'ok' ? formatChange(comparison.difference, view.unit) : NOT_ENOUGH_DATA,
      differenceInterval: comparison.status === 'ok' ? `${formatChange(comparison.lower, view.unit)} to ${formatChange(comparison.upper, view.unit)}` : null,
      adjustment: comparison.status === 'ok' ? adjustmentWords(comparison.adjustedFor, view.strata) : null,
      verdict: comparison.status === 'insufficient' ? insufficientWords(view, compare) : VERDICTS[view.tone],
    };
  });
}
