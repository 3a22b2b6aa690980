import { demoHumanGrade, DEMO_WEAK_LANGUAGE, toFivePoint } from './demo-reviews';

describe('toFivePoint', () => {
  it.each([
    [0, 1],
    [12, 1],
    [13, 2],
    [50, 3],
    [87, 4],
    [88, 5],
    [130, 5],
  ])('grades %d as %d', (score, grade) => {
    expect(toFivePoint(score)).toBe(grade);
  });
});

describe('demoHumanGrade', () => {
  const ids = Array.from({ length: 400 }, (_, i) => `conversation-${i}`);
  const meanAbsoluteGap = (language: string) =>
    ids.reduce((sum, id, i) => {
      const automatic = (i * 37) % 101;
      return sum + Math.abs((demoHumanGrade(automatic, language, id, 'courtesy', 1) - 1) * 25 - automatic);
    }, 0) / ids.length;

  it('is the same for the same seed, conversation and dimension', () => {
    expect(demoHumanGrade(60, 'en', 'c-1', 'courtesy', 3)).toBe(demoHumanGrade(60, 'en', 'c-1', 'courtesy', 3));
  });

  it('follows the automatic score closely except in the planted language', () => {
    // Rounding to five points alone leaves up to 12.5 points; noise sd 5 adds a few; the planted language many more.
    expect(meanAbsoluteGap('en')).toBeLessThan(12);
    expect(meanAbsoluteGap(DEMO_WEAK_LANGUAGE)).toBeGreaterThan(22);
  });
});
