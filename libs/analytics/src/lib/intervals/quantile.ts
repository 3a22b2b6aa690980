import { Difference, Estimate, insufficientDifference, insufficientEstimate, resolveMinSample, SampleOptions, Z_95 } from '../core/estimate';
import {
  assertHistogramShape,
  DURATION_BUCKET_LOWER_EDGES,
  durationBucketUpperEdge,
  DurationHistogram,
  histogramTotal,
  OVERFLOW_BUCKET,
} from '../summaries/duration-histogram';
import { moverDifference, pooledProportionPValue } from './differences';

function assertQuantileLevel(q: number): void {
  if (!(q > 0 && q < 1)) {
    throw new RangeError(`quantile level must be in (0, 1), got ${q}`);
  }
}

/**
 * Value at a rank position in (0, n] (position k − ½ is the k-th order statistic). Inside a bucket the
 * values are taken as spread evenly on the log scale (linearly in the first bucket, [0, 1 s)); in the
 * overflow bucket only its lower edge is known, so that edge is returned.
 */
function valueAtPosition(histogram: DurationHistogram, position: number): number {
  const { counts } = histogram;
  let before = 0;
  let lastNonEmpty = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (count <= 0) {
      continue;
    }
    lastNonEmpty = i;
    if (position <= before + count) {
      return interpolateInBucket(i, Math.max(0, (position - before) / count));
    }
    before += count;
  }
  return interpolateInBucket(lastNonEmpty, 1);
}

function interpolateInBucket(index: number, fraction: number): number {
  const lower = DURATION_BUCKET_LOWER_EDGES[index];
  if (index === 0) {
    return fraction * durationBucketUpperEdge(0);
  }
  if (index === OVERFLOW_BUCKET) {
    return lower;
  }
  return lower * Math.pow(durationBucketUpperEdge(index) / lower, fraction);
}

/** The q-quantile of the durations in a histogram (seconds), or null when it is empty. */
export function histogramQuantile(histogram: DurationHistogram, q: number): number | null {
  assertHistogramShape(histogram);
  assertQuantileLevel(q);
  const n = histogramTotal(histogram);
  return n > 0 ? valueAtPosition(histogram, q * n) : null;
}

/**
 * q-quantile with a distribution-free 95% interval: the order statistics of ranks
 * nq − z√(nq(1−q)) and 1 + nq + z√(nq(1−q)), rounded and kept within 1..n (Campbell & Gardner 1988),
 * each read from the histogram.
 */
export function quantileInterval(histogram: DurationHistogram, q: number, options?: SampleOptions): Estimate {
  assertHistogramShape(histogram);
  assertQuantileLevel(q);
  const n = histogramTotal(histogram);
  if (n < Math.max(1, resolveMinSample(options))) {
    return insufficientEstimate(n, 'histogram-quantile');
  }
  const centre = n * q;
  const spread = Z_95 * Math.sqrt(centre * (1 - q));
  const lowerRank = Math.min(n, Math.max(1, Math.round(centre - spread)));
  const upperRank = Math.min(n, Math.max(1, Math.round(1 + centre + spread)));
  const estimate = valueAtPosition(histogram, centre);
  return {
    status: 'ok',
    n,
    estimate,
    lower: Math.min(estimate, valueAtPosition(histogram, lowerRank - 0.5)),
    upper: Math.max(estimate, valueAtPosition(histogram, upperRank - 0.5)),
    method: 'histogram-quantile',
  };
}

/**
 * Quantile test (Mood's median test generalised to level q): split both groups at the bucket edge whose
 * pooled share below it is closest to q, then compare the two shares below it with the pooled score test.
 */
function quantileTestPValue(a: DurationHistogram, b: DurationHistogram, q: number): number {
  const nA = histogramTotal(a);
  const nB = histogramTotal(b);
  let belowA = 0;
  let belowB = 0;
  let best = { gap: Infinity, belowA: 0, belowB: 0 };
  // Edge i sits between bucket i − 1 and bucket i; running sums give the counts below it.
  for (let edge = 1; edge < a.counts.length; edge++) {
    belowA += a.counts[edge - 1];
    belowB += b.counts[edge - 1];
    const gap = Math.abs((belowA + belowB) / (nA + nB) - q);
    if (gap < best.gap) {
      best = { gap, belowA, belowB };
    }
  }
  return pooledProportionPValue(best.belowA / nA - best.belowB / nB, (best.belowA + best.belowB) / (nA + nB), nA, nB);
}

/** Difference of q-quantiles a − b: MOVER interval from the two quantile intervals, quantile-test p-value. */
export function quantileDifferenceInterval(
  a: DurationHistogram,
  b: DurationHistogram,
  q: number,
  options?: SampleOptions,
): Difference {
  const intervalA = quantileInterval(a, q, options);
  const intervalB = quantileInterval(b, q, options);
  if (intervalA.status !== 'ok' || intervalB.status !== 'ok') {
    return insufficientDifference(intervalA.n, intervalB.n, 'mover-quantile-difference');
  }
  const bounds = moverDifference(intervalA, intervalB);
  return {
    status: 'ok',
    nA: intervalA.n,
    nB: intervalB.n,
    difference: intervalA.estimate - intervalB.estimate,
    ...bounds,
    pValue: quantileTestPValue(a, b, q),
    method: 'mover-quantile-difference',
  };
}
