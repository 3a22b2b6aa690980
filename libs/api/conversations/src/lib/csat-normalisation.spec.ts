import { normaliseCsat } from './csat-normalisation';

describe('normaliseCsat', () => {
  it.each([
    [5, '1-5', 100, true],
    [4, '1-5', 75, true],
    [3, '1-5', 50, false],
    [1, '1-5', 0, false],
    [6, '1-7', 83.33, true],
    [5, '1-7', 66.67, false],
    [1, '1-10', 0, false],
    [9, '1-10', 88.89, true],
    [0, '0-10', 0, false],
    [8, '0-10', 80, false],
    [9, '0-10', 90, true],
    [1, 'thumbs', 100, true],
    [0, 'thumbs', 0, false],
  ] as const)('%d on %s is %d and satisfied=%s', (score, scale, normalized, satisfied) => {
    const result = normaliseCsat(score, scale);
    expect(result.normalized).toBeCloseTo(normalized, 1);
    expect(result.satisfied).toBe(satisfied);
  });
});
