import { benjaminiHochberg, GapComparison, GapMatrix } from '@rapport/analytics';

/** Differences this small relative to the values compared are floating-point rounding, not data. */
const RELATIVE_TOLERANCE = 1e-9;

function isRoundingTie(comparison: GapComparison, scale: number): boolean {
  return (
    comparison.status === 'ok' &&
    comparison.lower === comparison.upper &&
    Math.abs(comparison.difference) <= RELATIVE_TOLERANCE * (1 + Math.abs(scale))
  );
}

/**
 * When both groups of a standardised comparison have no variance at all (every conversation scored the same,
 * e.g. comprehension 100), the library's interval has zero width and its p-value is 0 unless the two
 * standardised means are bitwise equal, which summing weighted stratum means in a different order can miss by
 * 1e-14. Such rounding ties are set to an exact zero difference (p = 1) and the matrix's Benjamini–Hochberg
 * family is recomputed with the corrected p-values, so a tie can neither be flagged nor sharpen other q-values.
 */
export function settleRoundingTies(matrix: GapMatrix): GapMatrix {
  let settled = false;
  const cells = matrix.cells.map((cell) => {
    const scale = cell.cell.estimate ?? 0;
    const settle = (comparison: GapComparison): GapComparison => {
      if (!isRoundingTie(comparison, scale)) {
        return comparison;
      }
      settled = true;
      return { ...comparison, difference: 0, lower: 0, upper: 0, pValue: 1, intervalExcludesZero: false } as GapComparison;
    };
    return { ...cell, vsOtherLanguages: settle(cell.vsOtherLanguages), vsOtherVendors: settle(cell.vsOtherVendors) };
  });
  if (!settled) {
    return matrix;
  }
  const comparisons = cells.flatMap((cell) => [cell.vsOtherLanguages, cell.vsOtherVendors]);
  const family = benjaminiHochberg(comparisons.map((comparison) => comparison.pValue));
  comparisons.forEach((comparison, index) => {
    comparison.qValue = family.qValues[index];
    comparison.flagged = comparison.intervalExcludesZero && family.rejected[index];
  });
  return { ...matrix, cells, tests: family.tests };
}
