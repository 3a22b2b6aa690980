import { regularizedUpperGamma } from './special-functions';

function assertDf(df: number): void {
  if (!(df > 0 && Number.isFinite(df))) {
    throw new RangeError(`degrees of freedom must be positive and finite, got ${df}`);
  }
}

/** P(X > x) for the chi-square distribution with `df` degrees of freedom: Q(df/2, x/2). */
export function chiSquareUpperTail(x: number, df: number): number {
  assertDf(df);
  return x <= 0 ? 1 : regularizedUpperGamma(df / 2, x / 2);
}

/** The x with P(X ≤ x) = p, by bisection (the distribution function is monotone; 200 halvings reach 1e-15). */
export function chiSquareQuantile(p: number, df: number): number {
  assertDf(df);
  if (!(p > 0 && p < 1)) {
    throw new RangeError(`chiSquareQuantile needs 0 < p < 1, got ${p}`);
  }
  const tail = 1 - p;
  let lo = 0;
  let hi = Math.max(1, df);
  while (chiSquareUpperTail(hi, df) > tail) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (chiSquareUpperTail(mid, df) > tail) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}
