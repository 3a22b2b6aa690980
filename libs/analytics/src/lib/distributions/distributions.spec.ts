import { normalCdf, normalQuantile } from './normal';
import { tCdf, tQuantile, tUpperTail } from './student-t';

// Upper critical values of Student's t, NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2
// (three decimals, as printed); df = Infinity is the normal row.
const T_TABLE: [df: number, p95: number, p975: number, p995: number][] = [
  [1, 6.314, 12.706, 63.657],
  [2, 2.92, 4.303, 9.925],
  [3, 2.353, 3.182, 5.841],
  [4, 2.132, 2.776, 4.604],
  [5, 2.015, 2.571, 4.032],
  [6, 1.943, 2.447, 3.707],
  [7, 1.895, 2.365, 3.499],
  [8, 1.86, 2.306, 3.355],
  [9, 1.833, 2.262, 3.25],
  [10, 1.812, 2.228, 3.169],
  [15, 1.753, 2.131, 2.947],
  [20, 1.725, 2.086, 2.845],
  [25, 1.708, 2.06, 2.787],
  [30, 1.697, 2.042, 2.75],
  [40, 1.684, 2.021, 2.704],
  [60, 1.671, 2.0, 2.66],
  [100, 1.66, 1.984, 2.626],
  [Infinity, 1.645, 1.96, 2.576],
];

describe('tQuantile', () => {
  it.each(T_TABLE)('matches the printed table for df = %s', (df, p95, p975, p995) => {
    expect(tQuantile(0.95, df)).toBeCloseTo(p95, 3);
    expect(tQuantile(0.975, df)).toBeCloseTo(p975, 3);
    expect(tQuantile(0.995, df)).toBeCloseTo(p995, 3);
  });

  // Closed forms: df = 1 is Cauchy, t = tan(π(p − ½)); df = 2 has t = (2p − 1)/√(2p(1 − p)).
  // p = 0.975, df = 1: tan(0.475π) = 12.7062047362; df = 2: 0.95/√0.04875 = 4.3026527297.
  it.each([
    [1, 0.975, 12.7062047362],
    [2, 0.975, 4.3026527297],
    [2, 0.9, 1.8856180832], // 0.8/√0.18
    [1, 0.75, 1], // tan(π/4)
  ])('reproduces the closed form for df = %s, p = %s', (df, p, expected) => {
    expect(tQuantile(p, df)).toBeCloseTo(expected, 9);
  });

  it('is symmetric and zero at the median', () => {
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(tQuantile(0.025, 12)).toBeCloseTo(-2.179, 3);
  });

  it('handles fractional degrees of freedom between table rows', () => {
    const q = tQuantile(0.975, 24.5);
    expect(q).toBeGreaterThan(2.06);
    expect(q).toBeLessThan(2.064);
  });

  it.each([
    [0, 5],
    [1, 5],
    [0.5, 0],
    [0.5, -1],
  ])('rejects p = %s with df = %s', (p, df) => {
    expect(() => tQuantile(p, df)).toThrow(RangeError);
  });
});

describe('t distribution function', () => {
  // df = 1: F(x) = ½ + atan(x)/π, so F(1) = 0.75; df = 2: F(x) = ½ + x/(2√(2 + x²)), so F(1) = 0.7886751346.
  it.each([
    [1, 1, 0.75],
    [1, 2, 0.7886751346],
    [0, 9, 0.5],
  ])('F(%s; df = %s) = %s', (x, df, expected) => {
    expect(tCdf(x, df)).toBeCloseTo(expected, 9);
  });

  it('gives 2.5% above the tabled 0.975 quantile', () => {
    expect(tUpperTail(2.228, 10)).toBeCloseTo(0.025, 4);
  });
});

describe('normal distribution', () => {
  // Standard normal table values.
  it.each([
    [0.975, 1.959964],
    [0.95, 1.644854],
    [0.995, 2.575829],
    [0.5, 0],
    [0.025, -1.959964],
  ])('quantile(%s) = %s', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });

  it.each([
    [1.96, 0.9750021],
    [0, 0.5],
    [-3, 0.0013499],
  ])('cdf(%s) = %s', (x, p) => {
    expect(normalCdf(x)).toBeCloseTo(p, 7);
  });
});
