import { FDR_LEVEL } from '../core/estimate';

export interface BenjaminiHochbergResult {
  /** BH-adjusted p-values (q-values) in input order; null where the input p-value was null. */
  qValues: (number | null)[];
  /** True where the q-value is at most the false discovery rate level. */
  rejected: boolean[];
  /** Number of p-values in the family (non-null inputs). */
  tests: number;
  level: number;
  method: 'benjamini-hochberg';
}

/**
 * Benjamini–Hochberg (1995) step-up procedure. q₍ᵢ₎ = min over j ≥ i of min(1, m·p₍ⱼ₎/j); rejecting
 * every q ≤ level is the same as BH's rule "reject H₍₁₎…H₍ₖ₎ for the largest k with p₍ₖ₎ ≤ k·level/m".
 * Null entries (comparisons without enough data) are not part of the family.
 */
export function benjaminiHochberg(pValues: ReadonlyArray<number | null>, level: number = FDR_LEVEL): BenjaminiHochbergResult {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`false discovery rate level must be in (0, 1), got ${level}`);
  }
  const tested: { index: number; p: number }[] = [];
  pValues.forEach((p, index) => {
    if (p === null) {
      return;
    }
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(`p-values must be in [0, 1], got ${p} at ${index}`);
    }
    tested.push({ index, p });
  });
  tested.sort((x, y) => x.p - y.p || x.index - y.index);
  const m = tested.length;
  const qValues: (number | null)[] = pValues.map(() => null);
  let runningMin = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { index, p } = tested[rank - 1];
    runningMin = Math.min(runningMin, (m * p) / rank);
    qValues[index] = runningMin;
  }
  return {
    qValues,
    rejected: qValues.map((q) => q !== null && q <= level),
    tests: m,
    level,
    method: 'benjamini-hochberg',
  };
}
