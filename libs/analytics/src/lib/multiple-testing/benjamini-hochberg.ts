import { FDR_LEVEL } from '../core/estimate';

/** False-discovery-rate procedures: BH assumes independence or positive dependence, BY holds under any dependence. */
export type FdrProcedure = 'benjamini-hochberg' | 'benjamini-yekutieli';

export interface FdrResult<Method extends FdrProcedure = FdrProcedure> {
  /** Adjusted p-values (q-values) in input order; null where the input p-value was null. */
  qValues: (number | null)[];
  /** True where the q-value is at most the false discovery rate level. */
  rejected: boolean[];
  /** Number of p-values in the family (non-null inputs). */
  tests: number;
  level: number;
  method: Method;
}

export type BenjaminiHochbergResult = FdrResult<'benjamini-hochberg'>;
export type BenjaminiYekutieliResult = FdrResult<'benjamini-yekutieli'>;

/**
 * Benjamini–Hochberg (1995) step-up procedure. q₍ᵢ₎ = min over j ≥ i of min(1, m·p₍ⱼ₎/j); rejecting
 * every q ≤ level is the same as BH's rule "reject H₍₁₎…H₍ₖ₎ for the largest k with p₍ₖ₎ ≤ k·level/m".
 * Null entries (comparisons without enough data) are not part of the family.
 */
export function benjaminiHochberg(
  pValues: ReadonlyArray<number | null>,
  level: number = FDR_LEVEL,
): BenjaminiHochbergResult {
  return stepUp(pValues, level, () => 1, 'benjamini-hochberg');
}

/**
 * Benjamini–Yekutieli (2001, theorem 1.3) step-up procedure, valid under any dependence between the tests:
 * BH with m replaced by m·c(m), c(m) = Σ_{i=1..m} 1/i, so q₍ᵢ₎ = min over j ≥ i of min(1, m·c(m)·p₍ⱼ₎/j).
 * Same interface and null handling as `benjaminiHochberg`.
 */
export function benjaminiYekutieli(
  pValues: ReadonlyArray<number | null>,
  level: number = FDR_LEVEL,
): BenjaminiYekutieliResult {
  return stepUp(pValues, level, harmonicNumber, 'benjamini-yekutieli');
}

/** The procedure named by `procedure`, for callers that make it a setting. */
export function controlFalseDiscoveryRate(
  pValues: ReadonlyArray<number | null>,
  procedure: FdrProcedure,
  level: number = FDR_LEVEL,
): FdrResult {
  return procedure === 'benjamini-yekutieli' ? benjaminiYekutieli(pValues, level) : benjaminiHochberg(pValues, level);
}

function harmonicNumber(m: number): number {
  let total = 0;
  for (let i = 1; i <= m; i++) {
    total += 1 / i;
  }
  return total;
}

function stepUp<Method extends FdrProcedure>(
  pValues: ReadonlyArray<number | null>,
  level: number,
  dependenceFactor: (m: number) => number,
  method: Method,
): FdrResult<Method> {
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
  const factor = m * dependenceFactor(m);
  const qValues: (number | null)[] = pValues.map(() => null);
  let runningMin = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { index, p } = tested[rank - 1];
    runningMin = Math.min(runningMin, (factor * p) / rank);
    qValues[index] = runningMin;
  }
  return {
    qValues,
    rejected: qValues.map((q) => q !== null && q <= level),
    tests: m,
    level,
    method,
  };
}
