import { isSatisfied, normaliseCsat, summariseCsat } from './csat-scales';

describe('normaliseCsat', () => {
  it.each([
    ['1-5', 1, 0],
    ['1-5', 3, 50],
    ['1-5', 4, 75],
    ['1-5', 5, 100],
    ['1-7', 1, 0],
    ['1-7', 4, 50],
    ['1-7', 6, 250 / 3],
    ['1-10', 1, 0],
    ['1-10', 8, 700 / 9],
    ['1-10', 10, 100],
    ['0-10', 0, 0],
    ['0-10', 7, 70],
    ['0-10', 10, 100],
    ['thumbs', 0, 0],
    ['thumbs', 1, 100],
  ] as const)('%s answer %s is %s on 0–100', (scale, value, expected) => {
    expect(normaliseCsat(scale, value)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['1-5', 0],
    ['1-5', 6],
    ['1-5', 4.5],
    ['1-10', 0],
    ['0-10', 11],
    ['thumbs', 2],
    ['1-7', NaN],
  ] as const)('%s answer %s is off the scale', (scale, value) => {
    expect(normaliseCsat(scale, value)).toBeNull();
    expect(isSatisfied(scale, value)).toBeNull();
  });
});

describe('isSatisfied', () => {
  // Top-2-box on 5 and 7 points, top-3-box on 10 and 11 points, thumbs up.
  it.each([
    ['1-5', [1, 2, 3, 4, 5], [false, false, false, true, true]],
    ['1-7', [1, 2, 3, 4, 5, 6, 7], [false, false, false, false, false, true, true]],
    ['1-10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [false, false, false, false, false, false, false, true, true, true]],
    ['0-10', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [false, false, false, false, false, false, false, false, true, true, true]],
    ['thumbs', [0, 1], [false, true]],
  ] as const)('on %s', (scale, answers, satisfied) => {
    expect(answers.map((answer) => isSatisfied(scale, answer))).toEqual(satisfied);
    // The same rule read on the common scale: satisfied exactly when the normalised score is at least 75.
    expect(answers.map((answer) => (normaliseCsat(scale, answer) ?? -1) >= 75)).toEqual(satisfied);
  });
});

describe('summariseCsat', () => {
  it('builds the score and satisfied summaries and counts invalid answers', () => {
    // 1-5 answers 5, 4, 2, 9 (invalid): scores 100, 75, 25 → sum 200, squares 10000 + 5625 + 625 = 16250.
    expect(summariseCsat('1-5', [5, 4, 2, 9])).toEqual({
      score: { n: 3, sum: 200, sumSq: 16250 },
      satisfied: { n: 3, successes: 2 },
      invalid: 1,
    });
  });

  it('is empty without answers', () => {
    expect(summariseCsat('thumbs', [])).toEqual({ score: { n: 0, sum: 0, sumSq: 0 }, satisfied: { n: 0, successes: 0 }, invalid: 0 });
  });
});
