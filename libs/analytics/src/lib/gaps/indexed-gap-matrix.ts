import { Estimate, intervalExcludesZero } from '../core/estimate';
import { tInterval } from '../intervals/t-interval';
import { wilsonInterval } from '../intervals/wilson';
import { benjaminiHochberg } from '../multiple-testing/benjamini-hochberg';
import { StandardisationOptions, standardisedDifference } from '../standardisation/direct-standardisation';
import { StratifiedData, StratumWeights } from '../standardisation/strata';
import { MeanSummary, mergeMeanSummaries } from '../summaries/mean-summary';
import { mergeProportionSummaries, ProportionSummary } from '../summaries/proportion-summary';
import { GapCell, GapComparison, GapComparisonKind, GapData, GapMatrix, GapRow } from './gap-analysis';

type Summary = MeanSummary | ProportionSummary;

/** One vendor × language cell: its summaries merged per stratum. */
interface IndexedCell<S extends Summary> {
  vendor: string;
  language: string;
  strata: Map<string, S>;
  /** The same as rows, built once and shared by every comparison that includes the cell. */
  rows: Array<{ stratum: string; summary: S }>;
  /** Conversations per stratum: the reference both of the cell's comparisons are standardised to. */
  caseMix: Record<string, number>;
}

interface Kind<S extends Summary> {
  merge(a: S, b: S): S;
  crude(summary: S, options: StandardisationOptions | undefined): Estimate;
  stratified(strata: ReadonlyArray<{ stratum: string; summary: S }>): StratifiedData;
}

const MEAN: Kind<MeanSummary> = {
  merge: (a, b) => mergeMeanSummaries(a, b),
  crude: (summary, options) => tInterval(summary, options),
  stratified: (strata) => ({ kind: 'mean', strata }),
};

const PROPORTION: Kind<ProportionSummary> = {
  merge: (a, b) => mergeProportionSummaries(a, b),
  crude: (summary, options) => wilsonInterval(summary, options),
  stratified: (strata) => ({ kind: 'proportion', strata }),
};

/** Vendor and language joined by a character neither contains. */
const cellKey = (vendor: string, language: string): string => `${vendor}\u0000${language}`;

function indexCells<S extends Summary>(rows: readonly GapRow<S>[], kind: Kind<S>): Map<string, IndexedCell<S>> {
  const cells = new Map<string, IndexedCell<S>>();
  for (const { vendor, language, stratum, summary } of rows) {
    const key = cellKey(vendor, language);
    const cell = cells.get(key) ?? { vendor, language, strata: new Map<string, S>(), rows: [], caseMix: {} };
    const previous = cell.strata.get(stratum);
    cell.strata.set(stratum, previous ? kind.merge(previous, summary) : summary);
    cells.set(key, cell);
  }
  for (const cell of cells.values()) {
    cell.rows = [...cell.strata.entries()].map(([stratum, summary]) => ({ stratum, summary }));
    cell.caseMix = Object.fromEntries(cell.rows.map(({ stratum, summary }) => [stratum, summary.n]));
  }
  return cells;
}

function strataOf<S extends Summary>(cells: readonly IndexedCell<S>[]): Array<{ stratum: string; summary: S }> {
  return cells.flatMap((cell) => cell.rows);
}

function compare<S extends Summary>(
  cell: IndexedCell<S>,
  others: readonly IndexedCell<S>[],
  comparison: GapComparisonKind,
  kind: Kind<S>,
  options: StandardisationOptions | undefined,
): GapComparison {
  // The comparison group is standardised to the cell's own mix: how would the others have done on this work?
  const difference = standardisedDifference(kind.stratified(cell.rows), kind.stratified(strataOf(others)), cell.caseMix as StratumWeights, options);
  const excludesZero = intervalExcludesZero(difference);
  return { ...difference, comparison, intervalExcludesZero: excludesZero, qValue: null, flagged: excludesZero };
}

function matrixOf<S extends Summary>(rows: readonly GapRow<S>[], kind: Kind<S>, options: StandardisationOptions | undefined): GapMatrix {
  const indexed = indexCells(rows, kind);
  const vendors = [...new Set(rows.map((row) => row.vendor))].sort();
  const languages = [...new Set(rows.map((row) => row.language))].sort();
  const byVendor = new Map<string, IndexedCell<S>[]>();
  const byLanguage = new Map<string, IndexedCell<S>[]>();
  for (const cell of indexed.values()) {
    byVendor.set(cell.vendor, [...(byVendor.get(cell.vendor) ?? []), cell]);
    byLanguage.set(cell.language, [...(byLanguage.get(cell.language) ?? []), cell]);
  }
  const cells: GapCell[] = [];
  for (const vendor of vendors) {
    for (const language of languages) {
      const cell = indexed.get(cellKey(vendor, language));
      if (!cell) {
        continue;
      }
      // A cell exists because it has rows, so it has at least one stratum.
      const merged = [...cell.strata.values()].reduce((total, summary) => kind.merge(total, summary));
      cells.push({
        vendor,
        language,
        cell: kind.crude(merged, options),
        vsOtherLanguages: compare(cell, (byVendor.get(vendor) ?? []).filter((other) => other.language !== language), 'same-vendor-other-languages', kind, options),
        vsOtherVendors: compare(cell, (byLanguage.get(language) ?? []).filter((other) => other.vendor !== vendor), 'other-vendors-same-language', kind, options),
      });
    }
  }
  const comparisons = cells.flatMap((cell) => [cell.vsOtherLanguages, cell.vsOtherVendors]);
  const { qValues, rejected, tests } = benjaminiHochberg(comparisons.map((comparison) => comparison.pValue));
  comparisons.forEach((comparison, i) => {
    comparison.qValue = qValues[i];
    comparison.flagged = comparison.intervalExcludesZero && rejected[i];
  });
  return { vendors, languages, cells, tests };
}

/**
 * The same matrix as `gapMatrix`, for many rows: rows are merged per vendor × language × stratum once, and each
 * cell's comparison groups are assembled from the few cells of its vendor and of its language, instead of
 * scanning every row for every cell. Cost grows with the number of rows plus cells × strata, not their product.
 */
export function indexedGapMatrix(data: GapData, options?: StandardisationOptions): GapMatrix {
  switch (data.kind) {
    case 'mean':
      return matrixOf(data.rows, MEAN, options);
    case 'proportion':
      return matrixOf(data.rows, PROPORTION, options);
  }
}
