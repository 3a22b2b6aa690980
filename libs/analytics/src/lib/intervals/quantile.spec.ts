import { seededRandom } from '../../test-helpers/seeded-random';
import { DURATION_BUCKET_RATIO, durationHistogramOf, emptyDurationHistogram } from '../summaries/duration-histogram';
import { histogramQuantile, quantileDifferenceInterval, quantileInterval } from './quantile';

const ANY_N = { minSample: 0 };

function histogramWith(bucketCounts: Record<number, number>) {
  const histogram = emptyDurationHistogram();
  for (const [bucket, count] of Object.entries(bucketCounts)) {
    histogram.counts[Number(bucket)] = count;
  }
  return histogram;
}

describe('histogramQuantile', () => {
  it('is null for an empty histogram', () => {
    expect(histogramQuantile(emptyDurationHistogram(), 0.5)).toBeNull();
  });

  // Ten durations of 2 s share bucket 5 = [2, 2^(5/4)); rank 5 of 10 sits halfway on the log scale: 2·2^(1/8).
  it('interpolates on the log scale inside a bucket', () => {
    expect(histogramQuantile(durationHistogramOf(new Array(10).fill(2)), 0.5)).toBeCloseTo(2.181015, 5);
  });

  it('interpolates linearly in the first bucket [0, 1 s)', () => {
    expect(histogramQuantile(durationHistogramOf([0.1, 0.2, 0.3, 0.4]), 0.5)).toBeCloseTo(0.5, 12);
  });

  it('reports the overflow bucket by its lower edge', () => {
    expect(histogramQuantile(durationHistogramOf([1e7, 1e8]), 0.9)).toBeCloseTo(623487.4, 0);
  });

  it.each([0, 1, -0.1])('rejects the level %s', (q) => {
    expect(() => histogramQuantile(durationHistogramOf([1]), q)).toThrow(RangeError);
  });

  // The estimate and the sample order statistic X(⌈qn⌉) share a bucket, so their ratio is below 2^(1/4).
  it('stays within the documented bucket bound of the exact sample quantile (seeded log-normal data)', () => {
    const random = seededRandom(20240611);
    let worst = 0;
    for (let trial = 0; trial < 50; trial++) {
      const durations = Array.from({ length: 400 }, () => Math.exp(4 + 1.5 * random.normal()));
      const sorted = [...durations].sort((a, b) => a - b);
      const histogram = durationHistogramOf(durations);
      for (const q of [0.5, 0.9]) {
        const exact = sorted[Math.ceil(q * sorted.length) - 1];
        const estimate = histogramQuantile(histogram, q) ?? NaN;
        worst = Math.max(worst, Math.abs(Math.log(estimate / exact)));
      }
    }
    expect(worst).toBeLessThan(Math.log(DURATION_BUCKET_RATIO));
  });
});

describe('quantileInterval', () => {
  // 40 durations in bucket 5 [2, 2^(5/4)), 20 in bucket 9 [4, 4·2^(1/4)), 40 in bucket 13 [8, 8·2^(1/4)).
  // Median: n = 100, rank position 50 → 10th of 20 in bucket 9 → 4·2^(0.5/4) = 4.362031.
  // Ranks (Campbell & Gardner): 50 ∓ 1.959964·√25 = 40.2 and 1 + 59.8 → rounded 40 and 61.
  // Order statistic 40 → position 39.5 in bucket 5 → 2·2^((39.5/40)/4) = 2.373268;
  // order statistic 61 → position 60.5 → 0.5 of 40 into bucket 13 → 8·2^((0.5/40)/4) = 8.017347.
  it('reads the order-statistic ranks from the histogram', () => {
    const result = quantileInterval(histogramWith({ 5: 40, 9: 20, 13: 40 }), 0.5, ANY_N);
    expect(result.status).toBe('ok');
    expect(result.n).toBe(100);
    expect(result.estimate).toBeCloseTo(4.362031, 5);
    expect(result.lower).toBeCloseTo(2.373268, 5);
    expect(result.upper).toBeCloseTo(8.017347, 5);
    expect(result.method).toBe('histogram-quantile');
  });

  it('is insufficient below the minimum sample', () => {
    expect(quantileInterval(durationHistogramOf([5, 6, 7]), 0.9).status).toBe('insufficient');
  });
});

describe('quantileDifferenceInterval', () => {
  it('finds no difference between identical histograms', () => {
    const histogram = histogramWith({ 5: 50, 9: 50 });
    const result = quantileDifferenceInterval(histogram, histogram, 0.5, ANY_N);
    expect(result.difference).toBe(0);
    expect(result.pValue).toBe(1);
    expect(result.lower).toBeLessThan(0);
    expect(result.upper).toBeGreaterThan(0);
  });

  // Split at the edge with pooled share 0.5 below: 80/100 vs 20/100 below, p̄ = 0.5,
  // z = 0.6/√(0.25·(1/100 + 1/100)) = 0.6/0.0707107 = 8.485; two-sided p ≈ 2e-17 (0 to six places).
  // With 60/100 vs 40/100: z = 0.2/0.0707107 = 2.828427, p = 0.004678.
  it.each([
    [80, 20, 0],
    [60, 40, 0.004678],
  ])('tests the share below the pooled median (%s vs %s of 100 in the lower bucket)', (lowA, lowB, p) => {
    const result = quantileDifferenceInterval(
      histogramWith({ 5: lowA, 9: 100 - lowA }),
      histogramWith({ 5: lowB, 9: 100 - lowB }),
      0.5,
      ANY_N,
    );
    expect(result.pValue).toBeCloseTo(p, 6);
    expect(result.difference).toBeLessThan(0);
    expect(result.method).toBe('mover-quantile-difference');
  });

  it('is insufficient when one side is', () => {
    const result = quantileDifferenceInterval(histogramWith({ 5: 100 }), histogramWith({ 5: 10 }), 0.5);
    expect(result.status).toBe('insufficient');
    expect([result.nA, result.nB]).toEqual([100, 10]);
  });
});
