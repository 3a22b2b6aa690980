import { chiSquareQuantile, chiSquareUpperTail } from './chi-square';

// NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.4 (critical values of the chi-square
// distribution), printed to three decimals: upper-tail 0.025 and lower-tail 0.025 points.
describe('chiSquareQuantile', () => {
  it.each([
    [1, 5.024, 0.001],
    [5, 12.833, 0.831],
    [10, 20.483, 3.247],
    [30, 46.979, 16.791],
  ])('matches the NIST table for %i degrees of freedom', (df, upper, lower) => {
    expect(chiSquareQuantile(0.975, df)).toBeCloseTo(upper, 3);
    expect(chiSquareQuantile(0.025, df)).toBeCloseTo(lower, 3);
  });

  // df = 2 is the exponential with mean 2: P(X > x) = e^(−x/2), so the p quantile is −2·ln(1 − p).
  it('matches the closed form for 2 degrees of freedom', () => {
    expect(chiSquareQuantile(0.5, 2)).toBeCloseTo(-2 * Math.log(0.5), 12);
    expect(chiSquareUpperTail(3, 2)).toBeCloseTo(Math.exp(-1.5), 12);
    expect(chiSquareQuantile(0.99, 2)).toBeCloseTo(-2 * Math.log(0.01), 10);
  });

  it('rejects impossible arguments', () => {
    expect(() => chiSquareQuantile(1, 3)).toThrow(RangeError);
    expect(() => chiSquareQuantile(0.5, 0)).toThrow(RangeError);
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});
