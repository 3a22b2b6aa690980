import { meanSummaryOf } from '../summaries/mean-summary';
import { differenceOfMeans, meanDifferenceInterval, proportionDifferenceInterval } from './differences';

const ANY_N = { minSample: 0 };

describe('proportionDifferenceInterval (Newcombe hybrid score)', () => {
  // Newcombe (1998b), "Interval estimation for the difference between independent proportions",
  // Stat Med 17:873–890, Table II, method 10. Rows marked "derived" follow by hand from the Wilson limits
  // of Newcombe (1998a): with no successes the limits are −u(0/n₂) and u(0/n₁), u(0/10) = 0.2775, u(0/20) = 0.1611.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
    [0, 10, 0, 20, -0.1611, 0.2775], // derived
    [0, 10, 0, 10, -0.2775, 0.2775], // derived
  ])('%s/%s − %s/%s gives %s to %s', (x1, n1, x2, n2, lower, upper) => {
    const result = proportionDifferenceInterval({ n: n1, successes: x1 }, { n: n2, successes: x2 }, ANY_N);
    expect(result.status).toBe('ok');
    expect(result.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect(result.lower).toBeCloseTo(lower, 4);
    expect(result.upper).toBeCloseTo(upper, 4);
    expect([result.nA, result.nB]).toEqual([n1, n2]);
    expect(result.method).toBe('newcombe-hybrid-score');
  });

  // Pooled z test: p̄ = 104/150, SE₀ = √(p̄(1 − p̄)(1/70 + 1/80)) = 0.0754671, z = 0.2/SE₀ = 2.65016,
  // two-sided p = 0.008045 (Pearson χ² = 7.0234 on 1 df).
  it('gives the pooled two-proportion test p-value', () => {
    const result = proportionDifferenceInterval({ n: 70, successes: 56 }, { n: 80, successes: 48 }, ANY_N);
    expect(result.pValue).toBeCloseTo(0.008045, 5);
  });

  it('gives p = 1 when both groups are all successes', () => {
    expect(proportionDifferenceInterval({ n: 40, successes: 40 }, { n: 30, successes: 30 }).pValue).toBe(1);
  });

  it('is insufficient when either side is below the minimum sample', () => {
    const result = proportionDifferenceInterval({ n: 100, successes: 50 }, { n: 29, successes: 10 });
    expect(result).toEqual({
      status: 'insufficient',
      nA: 100,
      nB: 29,
      difference: null,
      lower: null,
      upper: null,
      pValue: null,
      method: 'newcombe-hybrid-score',
    });
  });
});

describe('meanDifferenceInterval (Welch)', () => {
  // Welch's t-test worked example 1 (Wikipedia, "Welch's t-test"): t = −2.46, ν ≈ 25.0, p = 0.021.
  // By hand: means 20.82 and 22.98667, difference −2.166667; s²/n = 0.4008381 and 0.3778314, SE = 0.8824245;
  // ν = 24.9885; t(0.975, 24.99) = 2.05955; interval −2.166667 ± 1.817404 = −3.984071 to −0.349263.
  const A1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
  const A2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

  it('reproduces the published example', () => {
    const result = meanDifferenceInterval(meanSummaryOf(A1), meanSummaryOf(A2), ANY_N);
    expect(result.status).toBe('ok');
    expect(result.difference).toBeCloseTo(-2.166667, 5);
    expect(result.lower).toBeCloseTo(-3.9841, 3);
    expect(result.upper).toBeCloseTo(-0.3492, 3);
    expect(result.pValue).toBeCloseTo(0.021, 3);
    expect(result.method).toBe('welch-satterthwaite');
  });

  it('gives a point interval and p = 0 for constant groups that differ', () => {
    const result = meanDifferenceInterval(meanSummaryOf([90, 90, 90]), meanSummaryOf([70, 70]), ANY_N);
    expect([result.difference, result.lower, result.upper, result.pValue]).toEqual([20, 20, 20, 0]);
  });

  it('gives p = 1 for identical constant groups', () => {
    expect(meanDifferenceInterval(meanSummaryOf([5, 5]), meanSummaryOf([5, 5, 5]), ANY_N).pValue).toBe(1);
  });

  it('needs two observations on each side even without a minimum sample', () => {
    expect(meanDifferenceInterval(meanSummaryOf([1]), meanSummaryOf([1, 2]), ANY_N).status).toBe('insufficient');
  });
});

describe('differenceOfMeans', () => {
  it.each([
    // 66.6/2 and 199.8/6 (two and six conversations at 33.3) differ by 7e-15 in double precision.
    ['means equal within rounding', 66.6 / 2, 199.8 / 6, 0],
    ['a real difference', 90, 89.9, 90 - 89.9],
    ['small values, relative to their size', 0.001, 0, 0.001],
  ])('%s: %s − %s = %s', (_, a, b, expected) => {
    expect(differenceOfMeans(a, b)).toBe(expected);
  });

  // Two conversations at 33.3 (Σx = 66.6, Σx² = 2217.7799999999997) against six (199.8, 6653.339999999998):
  // neither group varies, and the means agree within rounding, so Welch's test sees no difference at all.
  it('keeps Welch from calling a rounding-level difference between constant groups certain', () => {
    const result = meanDifferenceInterval({ n: 2, sum: 66.6, sumSq: 2217.7799999999997 }, { n: 6, sum: 199.8, sumSq: 6653.339999999998 }, { minSample: 0 });
    expect(result).toMatchObject({ status: 'ok', difference: 0, lower: 0, upper: 0, pValue: 1 });
  });
});
