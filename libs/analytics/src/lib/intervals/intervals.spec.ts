import { DEFAULT_MIN_SAMPLE } from '../core/estimate';
import { meanSummaryOf } from '../summaries/mean-summary';
import { tInterval } from './t-interval';
import { wilsonInterval } from './wilson';

const ANY_N = { minSample: 0 };

describe('wilsonInterval', () => {
  // Newcombe (1998a), "Two-sided confidence intervals for the single proportion", Stat Med 17:857–872,
  // Table II, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%s/%s gives %s to %s (Newcombe 1998a)', (successes, n, lower, upper) => {
    const result = wilsonInterval({ n, successes }, ANY_N);
    expect(result.status).toBe('ok');
    expect(result.estimate).toBeCloseTo(successes / n, 12);
    expect(result.lower).toBeCloseTo(lower, 4);
    expect(result.upper).toBeCloseTo(upper, 4);
    expect(result.n).toBe(n);
    expect(result.method).toBe('wilson-score');
  });

  it('mirrors at all successes: 20/20 is 1 − (0/20 upper) = 0.8389 to exactly 1', () => {
    const result = wilsonInterval({ n: 20, successes: 20 }, ANY_N);
    expect(result.lower).toBeCloseTo(0.8389, 4);
    expect(result.upper).toBe(1);
  });

  it('is exactly 0 at the lower end with no successes', () => {
    expect(wilsonInterval({ n: 20, successes: 0 }, ANY_N).lower).toBe(0);
  });

  it.each([
    [{ n: 0, successes: 0 }, ANY_N],
    [{ n: DEFAULT_MIN_SAMPLE - 1, successes: 10 }, undefined],
    [{ n: 9, successes: 9 }, { minSample: 10 }],
  ])('reports not enough data for %j', (summary, options) => {
    const result = wilsonInterval(summary, options);
    expect(result).toEqual({ status: 'insufficient', n: summary.n, estimate: null, lower: null, upper: null, method: 'wilson-score' });
  });

  it('uses the default minimum of 30', () => {
    expect(wilsonInterval({ n: 30, successes: 15 }).status).toBe('ok');
  });

  it.each([
    { n: 5, successes: 6 },
    { n: 5, successes: -1 },
  ])('rejects impossible counts %j', (summary) => {
    expect(() => wilsonInterval(summary, ANY_N)).toThrow(RangeError);
  });
});

describe('tInterval', () => {
  // Values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, s² = 32/7, s/√8 = 0.7559289, t(0.975, 7) = 2.364624 (table 2.365):
  // 5 ± 1.787488 = 3.212512 to 6.787488.
  it('matches the hand computation', () => {
    const result = tInterval(meanSummaryOf([2, 4, 4, 4, 5, 5, 7, 9]), ANY_N);
    expect(result.status).toBe('ok');
    expect(result.estimate).toBe(5);
    expect(result.lower).toBeCloseTo(3.212512, 5);
    expect(result.upper).toBeCloseTo(6.787488, 5);
    expect(result.method).toBe('student-t');
  });

  it('collapses to the mean with zero variance', () => {
    const result = tInterval(meanSummaryOf([80, 80, 80]), ANY_N);
    expect([result.estimate, result.lower, result.upper]).toEqual([80, 80, 80]);
  });

  it.each([
    [[], ANY_N],
    [[70], ANY_N],
    [[70, 80, 90], undefined],
  ])('reports not enough data for %j', (values, options) => {
    const result = tInterval(meanSummaryOf(values), options);
    expect(result.status).toBe('insufficient');
    expect(result.estimate).toBeNull();
    expect(result.n).toBe(values.length);
  });
});
