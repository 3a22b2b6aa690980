import { GapComparison, GapMatrix } from '@rapport/analytics';
import { settleRoundingTies } from './rounding-ties';

function comparison(difference: number, lower: number, upper: number, pValue: number, kind: GapComparison['comparison']): GapComparison {
  const excludes = lower > 0 || upper < 0;
  return {
    status: 'ok', nA: 100, nB: 200, difference, lower, upper, pValue, method: 'standardised-difference-satterthwaite',
    coverage: 1, strataUsed: 4, missingStrata: [], comparison: kind, intervalExcludesZero: excludes, qValue: null, flagged: excludes,
  };
}

function matrix(tie: GapComparison): GapMatrix {
  return {
    vendors: ['a', 'b'],
    languages: ['fr'],
    tests: 4,
    cells: [
      {
        vendor: 'a',
        language: 'fr',
        cell: { status: 'ok', n: 100, estimate: 100, lower: 100, upper: 100, method: 'student-t' },
        vsOtherLanguages: comparison(0.5, -1, 2, 0.4, 'same-vendor-other-languages'),
        vsOtherVendors: tie,
      },
      {
        vendor: 'b',
        language: 'fr',
        cell: { status: 'ok', n: 100, estimate: 90, lower: 88, upper: 92, method: 'student-t' },
        vsOtherLanguages: comparison(-5, -7, -3, 0.01, 'same-vendor-other-languages'),
        vsOtherVendors: comparison(-4, -6, -2, 0.02, 'other-vendors-same-language'),
      },
    ],
  };
}

describe('settleRoundingTies', () => {
  it('turns a zero-width difference at rounding level into no difference and recomputes BH without it', () => {
    const settled = settleRoundingTies(matrix(comparison(-2.842170943040401e-14, -2.842170943040401e-14, -2.842170943040401e-14, 0, 'other-vendors-same-language')));
    const [first, second] = settled.cells;
    expect(first?.vsOtherVendors).toMatchObject({ difference: 0, lower: 0, upper: 0, pValue: 1, intervalExcludesZero: false, flagged: false, qValue: 1 });
    // BH over p = 0.4, 1, 0.01, 0.02 (m = 4): q(0.01) = 4·0.01/1 = 0.04, q(0.02) = 4·0.02/2 = 0.04, q(0.4) = 4·0.4/3.
    expect(second?.vsOtherLanguages.qValue).toBeCloseTo(0.04, 12);
    expect(second?.vsOtherVendors.qValue).toBeCloseTo(0.04, 12);
    expect(first?.vsOtherLanguages.qValue).toBeCloseTo(1.6 / 3, 12);
    expect(second?.vsOtherVendors.flagged).toBe(true);
  });

  it('leaves real differences alone, however narrow', () => {
    const real = comparison(-0.001, -0.001, -0.001, 0, 'other-vendors-same-language');
    const input = matrix(real);
    expect(settleRoundingTies(input)).toBe(input);
  });
});
