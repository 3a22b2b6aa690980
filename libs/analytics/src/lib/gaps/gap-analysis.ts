import { Estimate, intervalExcludesZero } from '../core/estimate';
import { tInterval } from '../intervals/t-interval';
import { wilsonInterval } from '../intervals/wilson';
import { controlFalseDiscoveryRate, FdrProcedure } from '../multiple-testing/benjamini-hochberg';
import { SideDesign, StandardisationOptions } from '../standardisation/direct-standardisation';
import { StratifiedData, stratumColumnsOf } from '../standardisation/strata';
import { MeanSummary, mergeMeanSummaries } from '../summaries/mean-summary';
import { mergeProportionSummaries, ProportionSummary } from '../summaries/proportion-summary';
import { AdjustmentLevel, adjustmentLevels, FallbackDifference, fallbackDifference, GapFallbackOptions } from './gap-fallback';

/** One rollup row: a metric's summary for a vendor, a customer language and a case-mix stratum. */
export interface GapRow<S> {
  vendor: string;
  language: string;
  stratum: string;
  summary: S;
}

export type GapData =
  | { kind: 'mean'; rows: readonly GapRow<MeanSummary>[] }
  | { kind: 'proportion'; rows: readonly GapRow<ProportionSummary>[] };

export type GapComparisonKind = 'same-vendor-other-languages' | 'other-vendors-same-language';

export type GapComparison = FallbackDifference & {
  comparison: GapComparisonKind;
  intervalExcludesZero: boolean;
  /** q-value across the whole matrix (gapMatrix, BH or BY); null for a single cell or without enough data. */
  qValue: number | null;
  /** Never true for an insufficient comparison. */
  flagged: boolean;
};

export interface GapCell {
  vendor: string;
  language: string;
  /** The cell's own (crude) result over all its conversations. */
  cell: Estimate;
  vsOtherLanguages: GapComparison;
  vsOtherVendors: GapComparison;
}

type RowFilter = (row: { vendor: string; language: string }) => boolean;

function selectStrata(data: GapData, keep: RowFilter): StratifiedData {
  switch (data.kind) {
    case 'mean':
      return { kind: 'mean', strata: data.rows.filter(keep) };
    case 'proportion':
      return { kind: 'proportion', strata: data.rows.filter(keep) };
  }
}

function crudeEstimate(data: GapData, keep: RowFilter, options: StandardisationOptions | undefined): Estimate {
  switch (data.kind) {
    case 'mean':
      return tInterval(mergeMeanSummaries(...data.rows.filter(keep).map((row) => row.summary)), options);
    case 'proportion':
      return wilsonInterval(mergeProportionSummaries(...data.rows.filter(keep).map((row) => row.summary)), options);
  }
}

/**
 * A comparison's result, built field by field: differences come in several shapes (ok or insufficient, means or
 * proportions), and spreading such a mix at one place drops V8 to a slow generic copy.
 */
export function gapComparison(
  difference: FallbackDifference,
  comparison: GapComparisonKind,
  excludesZero: boolean,
): GapComparison {
  const { status, nA, nB, lower, upper, pValue, method, coverage, strataUsed, missingStrata } = difference;
  const { adjustmentLevel, shortfall } = difference;
  return {
    status,
    nA,
    nB,
    difference: difference.difference,
    lower,
    upper,
    pValue,
    method,
    coverage,
    strataUsed,
    missingStrata,
    adjustmentLevel,
    shortfall,
    comparison,
    intervalExcludesZero: excludesZero,
    qValue: null,
    flagged: excludesZero,
  } as GapComparison;
}

function compare(
  cell: StratifiedData,
  others: StratifiedData,
  comparison: GapComparisonKind,
  levels: readonly AdjustmentLevel[],
  options: GapFallbackOptions | undefined,
): GapComparison {
  // Standardising the comparison group to the cell's own mix asks: how would others have scored on this work?
  // Both sides are laid out on every stratum of the data, so a coarser level can pool the group's neighbouring strata.
  const strata = levels[0]?.strata ?? [];
  const difference = fallbackDifference(stratumColumnsOf(cell, strata), stratumColumnsOf(others, strata), levels, options);
  const excludesZero = intervalExcludesZero(difference);
  return gapComparison(difference, comparison, excludesZero);
}

/**
 * Language gap of one vendor × language cell, against (a) the same vendor's other languages and (b) other
 * vendors serving the same language, each standardised to the cell's case mix at the finest strata with enough
 * overlap (`fallbackDifference`). A comparison is flagged when its 95% interval excludes zero; below the minimum
 * sample or coverage at every level it is `insufficient`, with its `shortfall`.
 */
export function analyseGap(
  data: GapData,
  target: { vendor: string; language: string },
  options?: GapFallbackOptions,
  levels: readonly AdjustmentLevel[] = dataLevels(data, options),
): GapCell {
  const { vendor, language } = target;
  const isCell: RowFilter = (row) => row.vendor === vendor && row.language === language;
  const cell = selectStrata(data, isCell);
  return {
    vendor,
    language,
    cell: crudeEstimate(data, isCell, options),
    vsOtherLanguages: compare(
      cell,
      selectStrata(data, (row) => row.vendor === vendor && row.language !== language),
      'same-vendor-other-languages',
      levels,
      options,
    ),
    vsOtherVendors: compare(
      cell,
      selectStrata(data, (row) => row.vendor !== vendor && row.language === language),
      'other-vendors-same-language',
      levels,
      options,
    ),
  };
}

export interface GapMatrix {
  vendors: string[];
  languages: string[];
  /** One entry per vendor × language pair that has data, vendors then languages in sorted order. */
  cells: GapCell[];
  /** Comparisons entering the false-discovery-rate family. */
  tests: number;
  /** The false-discovery-rate procedure applied across the matrix. */
  multipleComparisons: FdrProcedure;
}

/** Adjustment levels over every stratum of the data (sorted), finest first. */
function dataLevels(data: GapData, options: GapFallbackOptions | undefined): AdjustmentLevel[] {
  return adjustmentLevels([...new Set(data.rows.map((row) => row.stratum))].sort(), options?.coarsestAdjustment);
}

export interface GapMatrixOptions extends GapFallbackOptions {
  /**
   * Benjamini–Hochberg (default) assumes the comparisons are independent or positively dependent; they share cells
   * and groups, so Benjamini–Yekutieli, valid under any dependence, is the conservative choice.
   */
  falseDiscoveryRate?: FdrProcedure;
  /**
   * Per vendor × language cell (key `gapCellKey(vendor, language)`), its design under clustering by agent (CR2 design
   * effect and df of the cell's conversations). Cells with a design get cluster-aware intervals; their comparison
   * groups take their cells' designs (`indexedGapMatrix` and `laidOutGapMatrix` only).
   */
  cellDesigns?: ReadonlyMap<string, SideDesign>;
}

/** Adds q-values across the family and flags comparisons whose interval excludes zero and whose q is ≤ 0.05. */
export function flagGapComparisons(
  comparisons: readonly GapComparison[],
  procedure: FdrProcedure = 'benjamini-hochberg',
): { tests: number; multipleComparisons: FdrProcedure } {
  const { qValues, rejected, tests } = controlFalseDiscoveryRate(
    comparisons.map((comparison) => comparison.pValue),
    procedure,
  );
  comparisons.forEach((comparison, i) => {
    comparison.qValue = qValues[i];
    comparison.flagged = comparison.intervalExcludesZero && rejected[i];
  });
  return { tests, multipleComparisons: procedure };
}

/**
 * Every vendor × language cell, with false-discovery-rate control across all comparisons in the matrix (BH unless
 * options say BY): a gap is flagged only when its interval excludes zero and its q-value is at most FDR_LEVEL (0.05).
 */
export function gapMatrix(data: GapData, options?: GapMatrixOptions): GapMatrix {
  const vendors = [...new Set(data.rows.map((row) => row.vendor))].sort();
  const languages = [...new Set(data.rows.map((row) => row.language))].sort();
  const present = new Set(data.rows.map((row) => JSON.stringify([row.vendor, row.language])));
  const levels = dataLevels(data, options);
  const cells: GapCell[] = [];
  for (const vendor of vendors) {
    for (const language of languages) {
      if (present.has(JSON.stringify([vendor, language]))) {
        cells.push(analyseGap(data, { vendor, language }, options, levels));
      }
    }
  }
  const comparisons = cells.flatMap((cell) => [cell.vsOtherLanguages, cell.vsOtherVendors]);
  return { vendors, languages, cells, ...flagGapComparisons(comparisons, options?.falseDiscoveryRate) };
}
