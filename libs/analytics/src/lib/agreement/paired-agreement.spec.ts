import { averageRanks, meanDifference, spearmanWithInterval } from './paired-agreement';

describe('averageRanks', () => {
  it('gives tied values the average of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 3, 3, 2])).toEqual([4, 1, 4, 4, 2]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('spearmanWithInterval', () => {
  // No ties: d = ±1 for all six pairs, Σd² = 6, ρ = 1 − 6·6/(6·(36 − 1)) = 1 − 36/210 = 0.8285714.
  // Bonett & Wright (2000): atanh ρ = ½ln(1.8285714/0.1714286) = ½ln(10.666667) = 1.1835618;
  // SE = √((1 + ρ²/2)/(n − 3)) = √((1 + 0.6865306/2)/3) = √0.4477551 = 0.6691450; half-width 1.959964·0.6691450
  // = 1.3115002; limits tanh(−0.1279384) = −0.1272449 and tanh(2.4950620) = 0.9864823.
  it('gives the hand-computed rho and Bonett–Wright interval', () => {
    const result = spearmanWithInterval([1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5]);
    expect(result.rho).toBeCloseTo(0.8285714, 7);
    expect(result.low).toBeCloseTo(-0.1272449, 6);
    expect(result.high).toBeCloseTo(0.9864823, 6);
    expect(result.n).toBe(6);
  });

  // Ties: ranks of x = 1, 2.5, 2.5, 4, 5; of y = 1, 3, 2, 4, 5 (both mean 3). Deviations x: −2, −.5, −.5, 1, 2;
  // y: −2, 0, −1, 1, 2. Σdxdy = 4 + 0 + 0.5 + 1 + 4 = 9.5, Σdx² = 9.5, Σdy² = 10, ρ = 9.5/√95 = 0.9746794.
  it('uses the Pearson correlation of average ranks with ties', () => {
    expect(spearmanWithInterval([1, 2, 2, 3, 4], [1, 3, 2, 4, 5]).rho).toBeCloseTo(0.9746794, 7);
  });

  it('depends only on the ranks', () => {
    const plain = spearmanWithInterval([1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5]);
    const transformed = spearmanWithInterval([1, 8, 27, 64, 125, 216], [0.2, 0.1, 40, 30, 600, 500]);
    expect(transformed.rho).toBeCloseTo(plain.rho as number, 12);
  });

  it('narrows at a lower confidence', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const y = [2, 1, 4, 3, 6, 5, 8, 7];
    const wide = spearmanWithInterval(x, y, 0.99);
    const narrow = spearmanWithInterval(x, y, 0.8);
    expect(narrow.low as number).toBeGreaterThan(wide.low as number);
    expect(narrow.high as number).toBeLessThan(wide.high as number);
  });

  it('has no interval below four pairs and no rho without variation', () => {
    expect(spearmanWithInterval([1, 2, 3], [1, 3, 2])).toEqual({
      rho: 0.5,
      low: null,
      high: null,
      n: 3,
    });
    expect(spearmanWithInterval([1, 1, 1, 1], [1, 2, 3, 4])).toEqual({
      rho: null,
      low: null,
      high: null,
      n: 4,
    });
    expect(spearmanWithInterval([], [])).toEqual({
      rho: null,
      low: null,
      high: null,
      n: 0,
    });
    expect(spearmanWithInterval([1, 2, 3, 4], [4, 3, 2, 1])).toEqual({
      rho: -1,
      low: -1,
      high: -1,
      n: 4,
    });
  });

  it('rejects unpaired or non-finite values and a bad confidence', () => {
    expect(() => spearmanWithInterval([1, 2], [1])).toThrow(RangeError);
    expect(() => spearmanWithInterval([1, NaN], [1, 2])).toThrow(RangeError);
    expect(() => spearmanWithInterval([1, 2], [1, 2], 1)).toThrow(RangeError);
  });
});

describe('meanDifference', () => {
  // Differences 1, 2, 0, 3: mean 1.5, s² = (0.25 + 0.25 + 2.25 + 2.25)/3 = 5/3, SE = √(5/12) = 0.6454972,
  // t(0.975, 3) = 3.182446 (NIST/SEMATECH t table: 3.182), half-width 2.0542603 → −0.5542603 to 3.5542603.
  it('gives the hand-computed paired t interval', () => {
    const result = meanDifference([3, 5, 4, 6], [2, 3, 4, 3]);
    expect(result.mean).toBeCloseTo(1.5, 12);
    expect(result.low).toBeCloseTo(-0.5542603, 6);
    expect(result.high).toBeCloseTo(3.5542603, 6);
    expect(result.n).toBe(4);
  });

  // 90%: t(0.95, 3) = 2.353363 (NIST table 2.353), half-width 2.353363·0.6454972 = 1.5190892.
  it('honours another confidence', () => {
    const result = meanDifference([3, 5, 4, 6], [2, 3, 4, 3], 0.9);
    expect(result.low).toBeCloseTo(1.5 - 1.5190892, 5);
    expect(result.high).toBeCloseTo(1.5 + 1.5190892, 5);
  });

  it('has a mean but no interval for one pair, nothing for none, and a point interval without spread', () => {
    expect(meanDifference([4], [1])).toEqual({
      mean: 3,
      low: null,
      high: null,
      n: 1,
    });
    expect(meanDifference([], [])).toEqual({
      mean: null,
      low: null,
      high: null,
      n: 0,
    });
    expect(meanDifference([3, 4, 5], [1, 2, 3])).toEqual({
      mean: 2,
      low: 2,
      high: 2,
      n: 3,
    });
  });
});
