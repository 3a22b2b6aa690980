import {
  DURATION_BUCKET_COUNT,
  DURATION_BUCKET_LOWER_EDGES,
  DURATION_BUCKET_RATIO,
  durationBucketIndex,
  durationHistogramOf,
  emptyDurationHistogram,
  histogramTotal,
  mergeDurationHistograms,
  OVERFLOW_BUCKET,
} from './duration-histogram';
import { emptyMeanSummary, meanOf, meanSummaryOf, mergeMeanSummaries, sampleVariance } from './mean-summary';
import { emptyProportionSummary, mergeProportionSummaries, proportionAsMeanSummary, proportionSummaryOf } from './proportion-summary';

describe('MeanSummary', () => {
  it('keeps n, sum and sum of squares', () => {
    // 2 + 4 + 4 + 4 + 5 + 5 + 7 + 9 = 40; squares 4 + 16·3 + 25·2 + 49 + 81 = 232.
    expect(meanSummaryOf([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ n: 8, sum: 40, sumSq: 232 });
  });

  it('merges by adding fields, so split data gives the same summary', () => {
    expect(mergeMeanSummaries(meanSummaryOf([2, 4, 4]), meanSummaryOf([4, 5, 5, 7, 9]), emptyMeanSummary())).toEqual({
      n: 8,
      sum: 40,
      sumSq: 232,
    });
  });

  it.each([
    // (232 − 40²/8)/7 = 32/7
    [[2, 4, 4, 4, 5, 5, 7, 9], 5, 32 / 7],
    [[3, 3, 3], 3, 0],
    [[7], 7, null],
    [[], null, null],
  ])('mean and variance of %j', (values, mean, variance) => {
    const summary = meanSummaryOf(values);
    expect(meanOf(summary)).toBe(mean);
    if (variance === null) {
      expect(sampleVariance(summary)).toBeNull();
    } else {
      expect(sampleVariance(summary)).toBeCloseTo(variance, 12);
    }
  });

  it('never reports a negative variance from cancellation', () => {
    expect(sampleVariance({ n: 3, sum: 0.3, sumSq: 0.03 - 1e-18 })).toBe(0);
  });

  it('rejects non-finite values', () => {
    expect(() => meanSummaryOf([1, NaN])).toThrow(RangeError);
  });
});

describe('ProportionSummary', () => {
  it('counts and merges outcomes', () => {
    const merged = mergeProportionSummaries(proportionSummaryOf([true, false, true]), proportionSummaryOf([true]), emptyProportionSummary());
    expect(merged).toEqual({ n: 4, successes: 3 });
  });

  it('reads as a mean summary of 0/1 values', () => {
    expect(proportionAsMeanSummary({ n: 4, successes: 3 })).toEqual({ n: 4, sum: 3, sumSq: 3 });
  });
});

describe('DurationHistogram', () => {
  it('has [0, 1 s), 77 quarter-octave buckets up to 2^(77/4) s and an overflow bucket', () => {
    expect(DURATION_BUCKET_COUNT).toBe(79);
    expect(DURATION_BUCKET_LOWER_EDGES[1]).toBe(1);
    expect(DURATION_BUCKET_LOWER_EDGES[OVERFLOW_BUCKET]).toBeCloseTo(623487.4, 0); // 2^19.25 s ≈ 7.2 days
    expect(DURATION_BUCKET_LOWER_EDGES[OVERFLOW_BUCKET]).toBeGreaterThan(7 * 86400);
    expect(DURATION_BUCKET_RATIO).toBeCloseTo(1.189207, 6); // 2^(1/4)
  });

  it.each([
    [0, 0],
    [0.999, 0],
    [1, 1],
    [1.1, 1],
    [Math.pow(2, 1 / 4), 2],
    [2, 5], // 2 s = 2^(4/4): first second of bucket [2, 2^(5/4))
    [60, 24], // 4·log2(60) = 23.6 → bucket 1 + 23
    [3600, 48], // 4·log2(3600) = 47.25
    [86400, 66], // 4·log2(86400) = 65.6
    [623488, OVERFLOW_BUCKET],
    [1e9, OVERFLOW_BUCKET],
  ])('puts %s s in bucket %s', (seconds, bucket) => {
    expect(durationBucketIndex(seconds)).toBe(bucket);
  });

  it('places every edge in the bucket it opens', () => {
    DURATION_BUCKET_LOWER_EDGES.forEach((edge, index) => expect(durationBucketIndex(edge)).toBe(index));
  });

  it.each([-1, NaN, Infinity])('rejects %s', (seconds) => {
    expect(() => durationBucketIndex(seconds)).toThrow(RangeError);
  });

  it('merges bucket by bucket', () => {
    const merged = mergeDurationHistograms(durationHistogramOf([0.5, 2, 60]), durationHistogramOf([2, 1e9]), emptyDurationHistogram());
    expect(histogramTotal(merged)).toBe(5);
    expect(merged.counts[0]).toBe(1);
    expect(merged.counts[5]).toBe(2);
    expect(merged.counts[24]).toBe(1);
    expect(merged.counts[OVERFLOW_BUCKET]).toBe(1);
  });

  it('refuses histograms of another shape', () => {
    expect(() => mergeDurationHistograms({ counts: [1, 2, 3] })).toThrow(RangeError);
  });
});
