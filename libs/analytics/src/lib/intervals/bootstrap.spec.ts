import { percentileBootstrap, sortedQuantile } from './bootstrap';

describe('sortedQuantile', () => {
  // Type 7: position (n − 1)·p; for [1, 2, 3, 4], p = 0.25 → position 0.75 → 1 + 0.75·(2 − 1) = 1.75.
  it('interpolates between order statistics', () => {
    expect(sortedQuantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(sortedQuantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(sortedQuantile([1, 2, 3, 4], 0)).toBe(1);
    expect(sortedQuantile([1, 2, 3, 4], 1)).toBe(4);
    expect(sortedQuantile([7], 0.3)).toBe(7);
  });

  it('rejects an empty list and p outside [0, 1]', () => {
    expect(() => sortedQuantile([], 0.5)).toThrow(RangeError);
    expect(() => sortedQuantile([1], 1.5)).toThrow(RangeError);
  });
});

describe('percentileBootstrap', () => {
  it('draws each unit count times in total per resample', () => {
    const totals: number[] = [];
    percentileBootstrap(
      5,
      (multiplicities) => {
        totals.push(multiplicities.reduce((sum, m) => sum + m, 0));
        return 0;
      },
      { samples: 20 },
    );
    expect(totals).toEqual(new Array(20).fill(5));
  });

  // The mean of 0/1 values over 200 units with 100 ones: the bootstrap SE is about √(0.25/200) = 0.035, so the 95%
  // percentile interval is about 0.5 ± 0.07; it must lie inside 0.5 ± 0.1 and be wider than 0.5 ± 0.04.
  it('gives the familiar interval for a mean', () => {
    const values = Array.from({ length: 200 }, (_, i) => i % 2);
    const result = percentileBootstrap(
      values.length,
      (m) => m.reduce((sum, count, i) => sum + count * values[i], 0) / values.length,
      { samples: 2000, seed: 3 },
    );
    expect(result.samples).toBe(2000);
    expect(result.low as number).toBeGreaterThan(0.4);
    expect(result.low as number).toBeLessThan(0.46);
    expect(result.high as number).toBeGreaterThan(0.54);
    expect(result.high as number).toBeLessThan(0.6);
  });

  it('drops resamples whose statistic is undefined and reports none when all are', () => {
    expect(percentileBootstrap(3, () => null, { samples: 10 })).toEqual({
      low: null,
      high: null,
      samples: 0,
    });
    expect(percentileBootstrap(0, () => 1, { samples: 10 })).toEqual({
      low: null,
      high: null,
      samples: 0,
    });
  });
});
