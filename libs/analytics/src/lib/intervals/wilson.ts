import { Estimate, insufficientEstimate, resolveMinSample, SampleOptions, Z_95 } from '../core/estimate';
import { assertValidProportion, ProportionSummary } from '../summaries/proportion-summary';

export interface Bounds {
  lower: number;
  upper: number;
}

/**
 * Wilson score bounds for a proportion `p` observed on `n` trials. `n` may be fractional (an
 * effective sample size after standardisation or clustering); `critical` replaces z (a t quantile for clusters).
 */
export function wilsonBounds(p: number, n: number, critical: number = Z_95): Bounds {
  if (!(n > 0) || !(p >= 0 && p <= 1)) {
    throw new RangeError(`wilsonBounds needs n > 0 and 0 ≤ p ≤ 1, got p=${p}, n=${n}`);
  }
  const z2 = critical * critical;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (critical * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At p = 0 or 1 the bound is exactly 0 or 1; clamping removes rounding noise there.
  return {
    lower: p === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: p === 1 ? 1 : Math.min(1, centre + halfWidth),
  };
}

/** Proportion with its 95% Wilson score interval (Wilson 1927; Newcombe 1998 method 3). */
export function wilsonInterval(summary: ProportionSummary, options?: SampleOptions): Estimate {
  assertValidProportion(summary);
  const { n, successes } = summary;
  if (n < Math.max(1, resolveMinSample(options))) {
    return insufficientEstimate(n, 'wilson-score');
  }
  const p = successes / n;
  return { status: 'ok', n, estimate: p, ...wilsonBounds(p, n), method: 'wilson-score' };
}
