import { normalDensity, normalQuantile, normalUpperTail } from './normal';
import { invertUpperTail, logGamma, regularizedIncompleteBeta } from './special-functions';

// Past this many degrees of freedom the t distribution is the normal to well below table precision
// for p-values, and quantiles use the Cornish–Fisher expansion (error below 1e-9 from 1,000 on).
const NORMAL_TAIL_DF = 1e7;
const CORNISH_FISHER_DF = 1000;

function assertDf(df: number): void {
  if (!(df > 0)) {
    throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  }
}

export function tDensity(x: number, df: number): number {
  assertDf(df);
  if (df === Infinity) {
    return normalDensity(x);
  }
  const logDensity =
    logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((x * x) / df);
  return Math.exp(logDensity);
}

/** P(T > x) for Student's t with `df` degrees of freedom (df may be fractional, as in Welch). */
export function tUpperTail(x: number, df: number): number {
  assertDf(df);
  if (df >= NORMAL_TAIL_DF) {
    return normalUpperTail(x);
  }
  const half = 0.5 * regularizedIncompleteBeta(df / (df + x * x), df / 2, 0.5);
  return x >= 0 ? half : 1 - half;
}

export function tCdf(x: number, df: number): number {
  return 1 - tUpperTail(x, df);
}

export function tTwoSidedPValue(t: number, df: number): number {
  return Math.min(1, 2 * tUpperTail(Math.abs(t), df));
}

/** Cornish–Fisher expansion of the t quantile around the normal quantile z (Abramowitz & Stegun 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 + 1) * z / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/** Inverse of the Student t distribution function; `df` may be fractional or Infinity. */
export function tQuantile(p: number, df: number): number {
  assertDf(df);
  if (!(p > 0 && p < 1)) {
    throw new RangeError(`tQuantile needs 0 < p < 1, got ${p}`);
  }
  if (p < 0.5) {
    return -tQuantile(1 - p, df);
  }
  const z = normalQuantile(p);
  if (df === Infinity) {
    return z;
  }
  if (df >= CORNISH_FISHER_DF) {
    return cornishFisher(z, df);
  }
  return invertUpperTail(
    (x) => tUpperTail(x, df),
    (x) => tDensity(x, df),
    1 - p,
    cornishFisher(z, Math.max(df, 1)),
  );
}
