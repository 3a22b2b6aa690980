import { csatMeasures } from './survey-batch.service';

describe('csatMeasures', () => {
  // Top-2-box on 5- and 7-point scales, top-3-box on 10- and 11-point scales, thumbs up (libs/analytics/METHODS.md).
  it.each([
    [5, '1-5', 100, true],
    [4, '1-5', 75, true],
    [3, '1-5', 50, false],
    [1, '1-5', 0, false],
    [6, '1-7', 83.33, true],
    [5, '1-7', 66.67, false],
    [1, '1-10', 0, false],
    [8, '1-10', 77.78, true],
    [7, '1-10', 66.67, false],
    [0, '0-10', 0, false],
    [7, '0-10', 70, false],
    [8, '0-10', 80, true],
    [9, '0-10', 90, true],
    [1, 'thumbs', 100, true],
    [0, 'thumbs', 0, false],
  ] as const)('%d on %s is %d and satisfied=%s', (score, scale, normalized, satisfied) => {
    const result = csatMeasures(score, scale);
    expect(result.normalized).toBeCloseTo(normalized, 1);
    expect(result.satisfied).toBe(satisfied);
  });

  it('refuses an answer off the scale instead of storing a guess', () => {
    expect(() => csatMeasures(11, '0-10')).toThrow('outside the 0-10 scale');
  });
});
