import type { RubricCriterion } from '@rapport/contracts';
import { failsCritically, normaliseRating, ratingProblems, scoreReview } from './review-total';

const criterion = (key: string, overrides: Partial<RubricCriterion> = {}): RubricCriterion => ({
  key,
  label: key,
  group: 'courtesy',
  weight: 1,
  scale: '1-5',
  allowNa: false,
  critical: false,
  description: '',
  ...overrides,
});

describe('normaliseRating', () => {
  it.each([
    ['yes-no', 0, 0],
    ['yes-no', 1, 100],
    ['1-3', 2, 50],
    ['1-5', 4, 75],
    ['0-100', 37, 37],
  ] as const)('puts %s %d at %d on 0–100', (scale, value, expected) => {
    expect(normaliseRating(scale, value)).toBe(expected);
  });
});

describe('scoreReview', () => {
  it('weights the rated criteria and leaves N/A out of the total', () => {
    const criteria = [
      criterion('greeting', { weight: 3 }),
      criterion('empathy', { weight: 1, scale: 'yes-no' }),
      criterion('tone', { allowNa: true, group: 'custom' }),
    ];
    // (3 × 75 + 1 × 0) / 4 = 56.25; tone is N/A.
    const score = scoreReview(criteria, [
      { criterion: 'greeting', value: 4 },
      { criterion: 'empathy', value: 0 },
      { criterion: 'tone', value: null },
    ]);
    expect(score).toEqual({
      total: 56.25,
      criticalFailed: false,
      groups: { courtesy: 56.25, custom: null },
    });
  });

  it('fails the whole review to 0 when a critical criterion is rated below the middle of its scale', () => {
    const criteria = [criterion('accuracy', { critical: true, scale: '1-3' }), criterion('tone')];
    expect(
      scoreReview(criteria, [
        { criterion: 'accuracy', value: 1 },
        { criterion: 'tone', value: 5 },
      ]),
    ).toMatchObject({ total: 0, criticalFailed: true });
    // The middle of 1–3 (2) passes.
    expect(
      scoreReview(criteria, [
        { criterion: 'accuracy', value: 2 },
        { criterion: 'tone', value: 5 },
      ]),
    ).toMatchObject({ total: 75, criticalFailed: false });
  });

  it('has no total while nothing is rated', () => {
    expect(scoreReview([criterion('a')], []).total).toBeNull();
  });

  it('does not fail critically on N/A', () => {
    expect(failsCritically(criterion('a', { critical: true, allowNa: true }), null)).toBe(false);
  });
});

describe('ratingProblems', () => {
  const criteria = [criterion('a'), criterion('b', { scale: 'yes-no' })];

  it('accepts a partial draft but not a partial submission', () => {
    expect(ratingProblems(criteria, [{ criterion: 'a', value: 3 }], false)).toEqual([]);
    expect(ratingProblems(criteria, [{ criterion: 'a', value: 3 }], true)).toEqual(['b: not rated']);
  });

  it('names unknown criteria, values off the scale, N/A where not allowed and double ratings', () => {
    expect(
      ratingProblems(
        criteria,
        [
          { criterion: 'x', value: 1 },
          { criterion: 'a', value: 6 },
          { criterion: 'b', value: null },
          { criterion: 'a', value: 2 },
        ],
        false,
      ),
    ).toEqual([
      'x: not a criterion of this rubric',
      'a: 6 is not on the 1-5 scale',
      'b: N/A is not allowed',
      'a: rated twice',
    ]);
  });
});
