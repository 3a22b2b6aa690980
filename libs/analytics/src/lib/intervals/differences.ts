import { Difference, insufficientDifference, resolveMinSample, SampleOptions } from '../core/estimate';
import { normalTwoSidedPValue } from '../distributions/normal';
import { MeanSummary, sampleVariance } from '../summaries/mean-summary';
import { assertValidProportion, ProportionSummary } from '../summaries/proportion-summary';
import { satterthwaiteInterval } from './satterthwaite';
import { Bounds, wilsonBounds } from './wilson';

export interface PointWithBounds extends Bounds {
  estimate: number;
}

/**
 * MOVER (method of variance estimates recovery, Zou & Donner 2008) interval for a − b from separate
 * intervals of two independent estimates. With Wilson intervals this is Newcombe's hybrid score method.
 */
export function moverDifference(a: PointWithBounds, b: PointWithBounds): Bounds {
  const difference = a.estimate - b.estimate;
  return {
    lower: difference - Math.hypot(a.estimate - a.lower, b.upper - b.estimate),
    upper: difference + Math.hypot(a.upper - a.estimate, b.estimate - b.lower),
  };
}

/**
 * Two-sided p-value of the score (pooled) test of equal proportions: z = (p̂ₐ − p̂ᵦ)/√(p̄(1−p̄)(1/nₐ + 1/nᵦ)).
 * With the raw counts this is Pearson's χ² test without continuity correction; after standardisation
 * the n are effective sample sizes and p̄ the standardised pooled proportion.
 */
export function pooledProportionPValue(difference: number, pooled: number, nA: number, nB: number): number {
  const nullVariance = pooled * (1 - pooled) * (1 / nA + 1 / nB);
  if (nullVariance <= 0) {
    // Both groups all-success or all-failure: they cannot differ.
    return 1;
  }
  return normalTwoSidedPValue(difference / Math.sqrt(nullVariance));
}

/** Difference of two proportions a − b, Newcombe (1998) hybrid score interval (his method 10). */
export function proportionDifferenceInterval(
  a: ProportionSummary,
  b: ProportionSummary,
  options?: SampleOptions,
): Difference {
  assertValidProportion(a);
  assertValidProportion(b);
  const minSample = Math.max(1, resolveMinSample(options));
  if (a.n < minSample || b.n < minSample) {
    return insufficientDifference(a.n, b.n, 'newcombe-hybrid-score');
  }
  const pa = a.successes / a.n;
  const pb = b.successes / b.n;
  const bounds = moverDifference({ estimate: pa, ...wilsonBounds(pa, a.n) }, { estimate: pb, ...wilsonBounds(pb, b.n) });
  return {
    status: 'ok',
    nA: a.n,
    nB: b.n,
    difference: pa - pb,
    ...bounds,
    pValue: pooledProportionPValue(pa - pb, (a.successes + b.successes) / (a.n + b.n), a.n, b.n),
    method: 'newcombe-hybrid-score',
  };
}

/**
 * Relative agreement below which two means are the same number computed along different paths: summing up
 * to ten million values in double precision can be off by n·2⁻⁵³ ≈ 1e-9 of the total, while scores carry one
 * decimal, so no real difference is this small.
 */
export const MEAN_ROUNDING_TOLERANCE = 1e-9;

/**
 * a − b for two means, exactly 0 when they agree within rounding (MEAN_ROUNDING_TOLERANCE of the larger).
 * Only matters when neither group varies at all, where the interval has zero width and a rounding-level
 * difference would otherwise read as certain.
 */
export function differenceOfMeans(a: number, b: number): number {
  const difference = a - b;
  return Math.abs(difference) <= MEAN_ROUNDING_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) ? 0 : difference;
}

/** Difference of two means a − b with Welch's unequal-variance t interval and test. */
export function meanDifferenceInterval(a: MeanSummary, b: MeanSummary, options?: SampleOptions): Difference {
  const minSample = Math.max(2, resolveMinSample(options));
  const varianceA = sampleVariance(a);
  const varianceB = sampleVariance(b);
  if (a.n < minSample || b.n < minSample || varianceA === null || varianceB === null) {
    return insufficientDifference(a.n, b.n, 'welch-satterthwaite');
  }
  const difference = differenceOfMeans(a.sum / a.n, b.sum / b.n);
  const { lower, upper, pValue } = satterthwaiteInterval(difference, [
    { variance: varianceA / a.n, df: a.n - 1 },
    { variance: varianceB / b.n, df: b.n - 1 },
  ]);
  return { status: 'ok', nA: a.n, nB: b.n, difference, lower, upper, pValue, method: 'welch-satterthwaite' };
}
