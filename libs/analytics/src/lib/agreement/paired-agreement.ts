import { CONFIDENCE_LEVEL } from '../core/estimate';
import { normalQuantile } from '../distributions/normal';
import { covarianceMatrix, crossProductSummaryOf } from '../drivers/cross-product-summary';
import { satterthwaiteInterval } from '../intervals/satterthwaite';
import { meanSummaryOf, sampleVariance } from '../summaries/mean-summary';

export interface CorrelationWithInterval {
  /** Null with fewer than two pairs or when either side does not vary. */
  rho: number | null;
  /** Interval ends; null below four pairs. */
  low: number | null;
  high: number | null;
  n: number;
}

export interface MeanDifferenceResult {
  mean: number | null;
  /** t interval ends; null below two pairs. */
  low: number | null;
  high: number | null;
  n: number;
}

function assertPaired(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) {
    throw new RangeError(`paired values needed: ${x.length} against ${y.length}`);
  }
  if (!x.every(Number.isFinite) || !y.every(Number.isFinite)) {
    throw new RangeError('paired values must be finite numbers');
  }
}

function assertConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  }
}

/** 1-based ranks, ties sharing the average of the ranks they span (so 10, 20, 20, 30 → 1, 2.5, 2.5, 4). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((p, q) => p.value - q.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) {
      end += 1;
    }
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) {
      ranks[order[i].index] = rank;
    }
    start = end + 1;
  }
  return ranks;
}

/**
 * Spearman's rho, the Pearson correlation of average ranks (correct with ties), with the interval
 * tanh(atanh ρ ± z·√((1 + ρ²/2)/(n − 3))) of Bonett & Wright (2000).
 */
export function spearmanWithInterval(
  x: readonly number[],
  y: readonly number[],
  confidence: number = CONFIDENCE_LEVEL,
): CorrelationWithInterval {
  assertPaired(x, y);
  assertConfidence(confidence);
  const n = x.length;
  const rankX = averageRanks(x);
  const rankY = averageRanks(y);
  const covariance = covarianceMatrix(
    crossProductSummaryOf(
      rankX.map((rank, i) => [rank, rankY[i]]),
      2,
    ),
  );
  if (covariance === null || !(covariance[0][0] > 0 && covariance[1][1] > 0)) {
    return { rho: null, low: null, high: null, n };
  }
  const rho = Math.max(-1, Math.min(1, covariance[0][1] / Math.sqrt(covariance[0][0] * covariance[1][1])));
  if (n < 4) {
    return { rho, low: null, high: null, n };
  }
  if (Math.abs(rho) === 1) {
    return { rho, low: rho, high: rho, n };
  }
  const halfWidth = normalQuantile(0.5 + confidence / 2) * Math.sqrt((1 + (rho * rho) / 2) / (n - 3));
  return {
    rho,
    low: Math.tanh(Math.atanh(rho) - halfWidth),
    high: Math.tanh(Math.atanh(rho) + halfWidth),
    n,
  };
}

/**
 * Mean of the paired differences a[i] − b[i] with a t interval on n − 1 degrees of freedom: the bias of one
 * measurement against the other (the automatic score against human reviews).
 */
export function meanDifference(
  a: readonly number[],
  b: readonly number[],
  confidence: number = CONFIDENCE_LEVEL,
): MeanDifferenceResult {
  assertPaired(a, b);
  assertConfidence(confidence);
  const summary = meanSummaryOf(a.map((value, i) => value - b[i]));
  const { n } = summary;
  const variance = sampleVariance(summary);
  if (n === 0) {
    return { mean: null, low: null, high: null, n };
  }
  const mean = summary.sum / n;
  if (variance === null) {
    return { mean, low: null, high: null, n };
  }
  const { lower, upper } = satterthwaiteInterval(mean, [{ variance: variance / n, df: n - 1 }], confidence);
  return { mean, low: lower, high: upper, n };
}
