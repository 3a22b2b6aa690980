/**
 * Fixed-bucket histogram of durations in seconds, mergeable by adding counts bucket by bucket
 * (one rollup column per bucket).
 *
 * Buckets: [0, 1 s), then log-spaced buckets [2^((k−1)/4), 2^(k/4)) s for k = 1..77 (the last ends at
 * 2^(77/4) s ≈ 7.2 days), then one overflow bucket [2^(77/4) s, ∞). Each bounded bucket above one second
 * spans a factor of 2^(1/4) ≈ 1.189, which bounds the error of quantiles estimated from it (METHODS.md).
 */

const BUCKETS_PER_DOUBLING = 4;
const LOG_SPACED_BUCKETS = 77;

/** Lower edges of every bucket in seconds; the last entry is the overflow bucket's lower edge. */
export const DURATION_BUCKET_LOWER_EDGES: readonly number[] = [
  0,
  ...Array.from({ length: LOG_SPACED_BUCKETS + 1 }, (_, k) => Math.pow(2, k / BUCKETS_PER_DOUBLING)),
];

export const DURATION_BUCKET_COUNT = DURATION_BUCKET_LOWER_EDGES.length;
export const OVERFLOW_BUCKET = DURATION_BUCKET_COUNT - 1;
/** Largest ratio between the upper and lower edge of a bounded bucket above one second. */
export const DURATION_BUCKET_RATIO = Math.pow(2, 1 / BUCKETS_PER_DOUBLING);

export interface DurationHistogram {
  /** counts[i] = durations in bucket i; length DURATION_BUCKET_COUNT. */
  counts: number[];
}

export function emptyDurationHistogram(): DurationHistogram {
  return { counts: new Array<number>(DURATION_BUCKET_COUNT).fill(0) };
}

export function durationBucketIndex(seconds: number): number {
  if (!(seconds >= 0) || seconds === Infinity) {
    throw new RangeError(`durations must be finite and non-negative, got ${seconds}`);
  }
  if (seconds < 1) {
    return 0;
  }
  let index = Math.min(OVERFLOW_BUCKET, 1 + Math.floor(BUCKETS_PER_DOUBLING * Math.log2(seconds)));
  // log2 can land a hair off at exact edges; settle against the edge table itself.
  while (index < OVERFLOW_BUCKET && seconds >= DURATION_BUCKET_LOWER_EDGES[index + 1]) {
    index++;
  }
  while (index > 0 && seconds < DURATION_BUCKET_LOWER_EDGES[index]) {
    index--;
  }
  return index;
}

/** Upper edge of a bucket, Infinity for the overflow bucket. */
export function durationBucketUpperEdge(index: number): number {
  return index >= OVERFLOW_BUCKET ? Infinity : DURATION_BUCKET_LOWER_EDGES[index + 1];
}

export function addToDurationHistogram(histogram: DurationHistogram, seconds: number): DurationHistogram {
  const counts = histogram.counts.slice();
  counts[durationBucketIndex(seconds)] += 1;
  return { counts };
}

export function durationHistogramOf(durations: readonly number[]): DurationHistogram {
  const counts = new Array<number>(DURATION_BUCKET_COUNT).fill(0);
  for (const seconds of durations) {
    counts[durationBucketIndex(seconds)] += 1;
  }
  return { counts };
}

export function mergeDurationHistograms(...histograms: readonly DurationHistogram[]): DurationHistogram {
  const counts = new Array<number>(DURATION_BUCKET_COUNT).fill(0);
  for (const histogram of histograms) {
    assertHistogramShape(histogram);
    for (let i = 0; i < DURATION_BUCKET_COUNT; i++) {
      counts[i] += histogram.counts[i];
    }
  }
  return { counts };
}

export function histogramTotal(histogram: DurationHistogram): number {
  return histogram.counts.reduce((total, count) => total + count, 0);
}

export function assertHistogramShape(histogram: DurationHistogram): void {
  if (histogram.counts.length !== DURATION_BUCKET_COUNT) {
    throw new RangeError(`duration histograms have ${DURATION_BUCKET_COUNT} buckets, got ${histogram.counts.length}`);
  }
}
