import { Estimate, intervalExcludesZero } from '../core/estimate';
import { tInterval } from '../intervals/t-interval';
import { wilsonInterval } from '../intervals/wilson';
import { SideDesign, StandardisationOptions } from '../standardisation/direct-standardisation';
import { tQuantile } from '../distributions/student-t';
import { wilsonBounds } from '../intervals/wilson';
import {
  addStratumColumns,
  clearStratumColumns,
  emptyStratumColumns,
  StratumColumns,
  stratumColumnsIn,
} from '../standardisation/strata';
import { assertValidProportion } from '../summaries/proportion-summary';
import {
  flagGapComparisons,
  GapCell,
  GapComparison,
  gapComparison,
  GapComparisonKind,
  GapData,
  GapMatrix,
  GapMatrixOptions,
  GapRow,
} from './gap-analysis';
import { AdjustmentLevel, adjustmentLevels, fallbackDifference } from './gap-fallback';
import { GapLayout, gapLayout, GapMeasures } from './gap-layout';

/** Vendor and language joined by a character neither contains: the key of `GapMatrixOptions.cellDesigns`. */
export const gapCellKey = (vendor: string, language: string): string => `${vendor}\u0000${language}`;
const cellKey = gapCellKey;

/** One vendor × language cell: its summaries merged per stratum, as columns over the matrix's strata. */
interface IndexedCell {
  vendor: string;
  language: string;
  columns: StratumColumns;
}

/**
 * The cells with data for this metric (groups with n > 0), their columns filled from the groups in order, so every
 * merge adds in the order the rows came; all columns live in one buffer.
 */
function indexCells(layout: GapLayout, measures: GapMeasures): IndexedCell[] {
  if (measures.n.length !== layout.cellOfGroup.length) {
    throw new RangeError(`gap measures cover ${measures.n.length} groups, the layout ${layout.cellOfGroup.length}`);
  }
  const strata = layout.strata.length;
  const buffer = new Float64Array(3 * strata * layout.cells.length);
  const columns = layout.cells.map((_, cell) => stratumColumnsIn(measures.kind, buffer, 3 * strata * cell, strata));
  const hasData = new Uint8Array(layout.cells.length);
  for (let group = 0; group < layout.cellOfGroup.length; group++) {
    const n = measures.n[group] ?? 0;
    const total = measures.kind === 'mean' ? (measures.sum[group] ?? 0) : (measures.successes[group] ?? 0);
    if (measures.kind === 'proportion' && !(n >= 0 && total >= 0 && total <= n)) {
      assertValidProportion({ n, successes: total });
    }
    if (!(n > 0)) {
      continue;
    }
    const cell = layout.cellOfGroup[group] ?? 0;
    const stratum = layout.stratumOfGroup[group] ?? 0;
    const target = columns[cell] as StratumColumns;
    target.n[stratum] += n;
    target.total[stratum] += total;
    if (measures.kind === 'mean') {
      target.sumSq[stratum] += measures.sumSq[group] ?? 0;
    }
    hasData[cell] = 1;
  }
  return layout.cells.flatMap(({ vendor, language }, cell) =>
    hasData[cell] ? [{ vendor, language, columns: columns[cell] as StratumColumns }] : [],
  );
}

/**
 * The cell's own result over all its conversations (strata added in list order); with a design (agents as clusters)
 * the variance is inflated by its design effect and the df limited, which is the CR2 interval of the cell.
 */
function crudeEstimate(
  columns: StratumColumns,
  options: StandardisationOptions | undefined,
  design?: SideDesign,
): Estimate {
  let n = 0;
  let total = 0;
  let sumSq = 0;
  for (let index = 0; index < columns.n.length; index++) {
    n += columns.n[index];
    total += columns.total[index];
    sumSq += columns.sumSq[index];
  }
  const plain =
    columns.kind === 'mean'
      ? tInterval({ n, sum: total, sumSq }, options)
      : wilsonInterval({ n, successes: total }, options);
  if (!design || plain.status !== 'ok') {
    return plain;
  }
  const deff = Math.max(1, design.designEffect);
  const critical = tQuantile(0.975, Math.min(n - 1, design.df));
  if (columns.kind === 'mean') {
    const halfWidth = ((plain.upper - plain.estimate) / tQuantile(0.975, n - 1)) * Math.sqrt(deff) * critical;
    return {
      ...plain,
      lower: plain.estimate - halfWidth,
      upper: plain.estimate + halfWidth,
      method: 'cluster-robust-cr2-t',
    };
  }
  return { ...plain, ...wilsonBounds(plain.estimate, n / deff, critical), method: 'cluster-robust-cr2-wilson' };
}

function totalN(columns: StratumColumns): number {
  let n = 0;
  for (let index = 0; index < columns.n.length; index++) {
    n += columns.n[index];
  }
  return n;
}

/**
 * A comparison group's design from its cells' (agents as clusters): the conversation-weighted mean design effect and
 * the largest of the cells' degrees of freedom (agents of one vendor work in several languages, so adding the cells'
 * df could count an agent twice; the largest is the conservative choice).
 */
function groupDesign(others: readonly IndexedCell[], designs: GapMatrixOptions['cellDesigns']): SideDesign {
  let weighted = 0;
  let n = 0;
  let df = 0;
  for (const other of others) {
    const design = designs?.get(cellKey(other.vendor, other.language));
    const size = totalN(other.columns);
    weighted += size * Math.max(1, design?.designEffect ?? 1);
    n += size;
    df = Math.max(df, design?.df ?? Infinity);
  }
  return { designEffect: n > 0 ? weighted / n : 1, df: df > 0 ? df : Infinity };
}

function compare(
  cell: IndexedCell,
  others: readonly IndexedCell[],
  comparison: GapComparisonKind,
  scratch: StratumColumns,
  levels: readonly AdjustmentLevel[],
  options: GapMatrixOptions | undefined,
): GapComparison {
  clearStratumColumns(scratch);
  for (const other of others) {
    addStratumColumns(scratch, other.columns);
  }
  const cellDesign = options?.cellDesigns?.get(cellKey(cell.vendor, cell.language));
  const design = cellDesign ? { a: cellDesign, b: groupDesign(others, options?.cellDesigns) } : undefined;
  // The comparison group is standardised to the cell's own mix (its conversations per stratum): how would the
  // others have done on this work? At the finest strata with enough overlap (`fallbackDifference`).
  const difference = fallbackDifference(cell.columns, scratch, levels, options, design);
  const excludesZero = intervalExcludesZero(difference);
  return gapComparison(difference, comparison, excludesZero);
}

/**
 * The same matrix as `gapMatrix`, for many rows: rows are merged per vendor × language into columns over the
 * matrix's sorted strata once, and each cell's comparison groups are added up column by column from the few
 * cells of its vendor and of its language, instead of scanning every row for every cell. Cost grows with the
 * number of rows plus cells × strata, not their product. A vendor × language pair whose rows hold no
 * conversations has no cell.
 */
export function indexedGapMatrix(data: GapData, options?: GapMatrixOptions): GapMatrix {
  const layout = gapLayout({
    vendors: data.rows.map((row) => row.vendor),
    languages: data.rows.map((row) => row.language),
    strata: data.rows.map((row) => row.stratum),
  });
  const summaries = (field: 'n' | 'sum' | 'sumSq' | 'successes'): Float64Array => {
    const rows = data.rows as ReadonlyArray<GapRow<Record<typeof field, number>>>;
    const values = new Float64Array(rows.length);
    rows.forEach((row, index) => (values[index] = row.summary[field]));
    return values;
  };
  const measures: GapMeasures =
    data.kind === 'mean'
      ? { kind: 'mean', n: summaries('n'), sum: summaries('sum'), sumSq: summaries('sumSq') }
      : { kind: 'proportion', n: summaries('n'), successes: summaries('successes') };
  return laidOutGapMatrix(layout, measures, options);
}

/**
 * `indexedGapMatrix` for one metric of groups laid out once (`gapLayout`) and read for several metrics: each metric
 * brings only its columns, so nothing is rebuilt per group and metric.
 */
export function laidOutGapMatrix(layout: GapLayout, measures: GapMeasures, options?: GapMatrixOptions): GapMatrix {
  const { strata } = layout;
  const levels = adjustmentLevels(strata, options?.coarsestAdjustment);
  const indexed = indexCells(layout, measures);
  const vendors = [...new Set(indexed.map((cell) => cell.vendor))].sort();
  const languages = [...new Set(indexed.map((cell) => cell.language))].sort();
  const byKey = new Map(indexed.map((cell) => [cellKey(cell.vendor, cell.language), cell]));
  // Each comparison group is added up here in turn; results keep no reference to it.
  const scratch = emptyStratumColumns(measures.kind, strata.length);
  const cells: GapCell[] = [];
  for (const vendor of vendors) {
    for (const language of languages) {
      const cell = byKey.get(cellKey(vendor, language));
      if (!cell) {
        continue;
      }
      const otherLanguages = indexed.filter((other) => other.vendor === vendor && other.language !== language);
      const otherVendors = indexed.filter((other) => other.language === language && other.vendor !== vendor);
      cells.push({
        vendor,
        language,
        cell: crudeEstimate(cell.columns, options, options?.cellDesigns?.get(cellKey(vendor, language))),
        vsOtherLanguages: compare(cell, otherLanguages, 'same-vendor-other-languages', scratch, levels, options),
        vsOtherVendors: compare(cell, otherVendors, 'other-vendors-same-language', scratch, levels, options),
      });
    }
  }
  const comparisons = cells.flatMap((cell) => [cell.vsOtherLanguages, cell.vsOtherVendors]);
  return { vendors, languages, cells, ...flagGapComparisons(comparisons, options?.falseDiscoveryRate) };
}
