import { invertUpperTail, regularizedUpperGamma } from './special-functions';

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

export function normalDensity(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** P(Z > x), computed directly so small tails keep their relative precision. */
export function normalUpperTail(x: number): number {
  const half = 0.5 * regularizedUpperGamma(0.5, 0.5 * x * x);
  return x >= 0 ? half : 1 - half;
}

export function normalCdf(x: number): number {
  return 1 - normalUpperTail(x);
}

/** Inverse of the standard normal distribution function. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  }
  if (p < 0.5) {
    return -normalQuantile(1 - p);
  }
  const tail = 1 - p;
  // Acklam's rational approximation (relative error ~1e-9) as the start; one or two Newton steps finish it.
  return invertUpperTail(normalUpperTail, normalDensity, tail, acklamUpperQuantile(tail));
}

const ACKLAM_A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const ACKLAM_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const ACKLAM_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const ACKLAM_TAIL_REGION = 0.02425;

function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((total, coefficient) => total * x + coefficient, 0);
}

/** Approximate z with P(Z > z) = tail, for 0 < tail ≤ 0.5. */
function acklamUpperQuantile(tail: number): number {
  if (tail < ACKLAM_TAIL_REGION) {
    const q = Math.sqrt(-2 * Math.log(tail));
    return -polynomial(ACKLAM_C, q) / (polynomial(ACKLAM_D, q) * q + 1);
  }
  const q = 0.5 - tail;
  const r = q * q;
  return (polynomial(ACKLAM_A, r) * q) / (polynomial(ACKLAM_B, r) * r + 1);
}

/** Two-sided p-value of a standard normal statistic. */
export function normalTwoSidedPValue(z: number): number {
  return Math.min(1, 2 * normalUpperTail(Math.abs(z)));
}
