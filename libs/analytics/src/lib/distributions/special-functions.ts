/**
 * Special functions behind the normal and Student t distributions, written out so the library has
 * no numeric dependency. Accuracy is close to double precision for the arguments used here.
 */

// Lanczos approximation, g = 7, n = 9 (Numerical Recipes 3rd ed., §6.1 coefficients as published by Godfrey).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection keeps the series in its accurate range.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let series = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) {
    series += LANCZOS[i] / (z + i);
  }
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

const MAX_ITERATIONS = 10_000;
const EPSILON = 1e-15;
const TINY = 1e-300;

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  d = 1 / (Math.abs(d) < TINY ? TINY : d);
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = 1 + aa / c;
    c = Math.abs(c) < TINY ? TINY : c;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = 1 + aa / c;
    c = Math.abs(c) < TINY ? TINY : c;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) {
      break;
    }
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) {
    return 0;
  }
  if (x >= 1) {
    return 1;
  }
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  // The continued fraction converges fast only on one side of the mean; use symmetry on the other.
  if (x < (a + 1) / (a + b + 2)) {
    return (front * betaContinuedFraction(a, b, x)) / a;
  }
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Regularised upper incomplete gamma Q(a, x). */
export function regularizedUpperGamma(a: number, x: number): number {
  if (x <= 0) {
    return 1;
  }
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // Series for P(a, x), then Q = 1 − P.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        break;
      }
    }
    return 1 - sum * Math.exp(logFront);
  }
  // Continued fraction for Q(a, x) (modified Lentz).
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = b + an / c;
    c = Math.abs(c) < TINY ? TINY : c;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) {
      break;
    }
  }
  return Math.exp(logFront) * h;
}

/**
 * Solves upperTail(x) = target for x ≥ 0, where upperTail falls from 0.5 at x = 0 and its
 * derivative is −density(x). Newton steps kept inside a shrinking bracket, so it always converges.
 */
export function invertUpperTail(
  upperTail: (x: number) => number,
  density: (x: number) => number,
  target: number,
  guess: number,
): number {
  if (target >= 0.5) {
    return 0;
  }
  let lo = 0;
  let hi = Math.max(1, guess);
  while (upperTail(hi) > target) {
    lo = hi;
    hi *= 2;
  }
  let x = Math.min(Math.max(guess, lo), hi);
  for (let i = 0; i < 200; i++) {
    const excess = upperTail(x) - target;
    if (excess > 0) {
      lo = x;
    } else {
      hi = x;
    }
    const slope = density(x);
    let next = slope > 0 ? x + excess / slope : (lo + hi) / 2;
    if (!(next > lo && next < hi)) {
      next = (lo + hi) / 2;
    }
    if (Math.abs(next - x) <= 1e-14 * Math.max(1, Math.abs(x))) {
      return next;
    }
    x = next;
  }
  return x;
}
