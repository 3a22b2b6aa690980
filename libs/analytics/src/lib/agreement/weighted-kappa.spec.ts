import { weightedKappa } from './weighted-kappa';

/** Expands a contingency table (rows: rater A's category index, columns: rater B's) into paired ratings. */
function pairsOf(table: number[][], categories: number[]): { a: number[]; b: number[] } {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let c = 0; c < count; c++) {
        a.push(categories[i]);
        b.push(categories[j]);
      }
    }),
  );
  return { a, b };
}

// A 3 × 3 table of 19 subjects printed by SAS PROC FREQ (AGREE option), whose ASE is the large-sample standard
// error of Fleiss, Cohen & Everitt (1969); the printout is recorded in statsmodels' test suite
// (statsmodels/stats/tests/test_inter_rater.py, `table10`, classes UnweightedCohens and TestWeightedCohens):
//   simple kappa 0.4842, ASE 0.1380, 95% limits 0.2137–0.7547;
//   weighted kappa (Cicchetti–Allison weights = linear) 0.4701, ASE 0.1457, 95% limits 0.1845–0.7558.
const SAS_TABLE = [
  [0, 4, 1],
  [0, 8, 0],
  [0, 1, 5],
];
const { a, b } = pairsOf(SAS_TABLE, [1, 2, 3]);

describe('weightedKappa', () => {
  it('matches the SAS printout for the unweighted kappa and its FCE (1969) standard error', () => {
    const result = weightedKappa(a, b, [1, 2, 3], 'unweighted');
    expect(result.n).toBe(19);
    expect(result.kappa).toBeCloseTo(0.4842, 4);
    expect(result.standardError).toBeCloseTo(0.138, 4);
    expect(result.low).toBeCloseTo(0.2137, 4);
    expect(result.high).toBeCloseTo(0.7547, 4);
  });

  it('matches the SAS printout for linear weights', () => {
    const result = weightedKappa(a, b, [1, 2, 3], 'linear');
    expect(result.kappa).toBeCloseTo(0.4701, 4);
    expect(result.standardError).toBeCloseTo(0.1457, 4);
    expect(result.low).toBeCloseTo(0.1845, 4);
    expect(result.high).toBeCloseTo(0.7558, 4);
  });

  // Quadratic weights on 3 categories: 1 on the diagonal, 1 − (1/2)² = 0.75 one step apart, 0 two steps apart.
  // Row shares (5, 8, 6)/19, column shares (0, 13, 6)/19.
  // p_o = (13 on the diagonal + 0.75·(4 + 0 + 0 + 1))/19 = 16.75/19.
  // p_e = Σ_i r_i Σ_j w_ij c_j = [5·(0.75·13) + 8·(13 + 0.75·6) + 6·(0.75·13 + 6)]/361 = (48.75 + 140 + 94.5)/361
  //     = 283.25/361.
  // κ = (16.75·19 − 283.25)/(361 − 283.25) = (318.25 − 283.25)/77.75 = 35/77.75 = 0.4501608.
  it('gives the hand-computed quadratic kappa', () => {
    expect(weightedKappa(a, b, [1, 2, 3], 'quadratic').kappa).toBeCloseTo(35 / 77.75, 12);
  });

  // Cohen (1960)/(1968): with 2 categories every weighting is the same kappa. 2 × 2 table [[20, 5], [10, 15]]:
  // p_o = 35/50 = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.2/0.5 = 0.4.
  it('is the same for every weighting with two categories', () => {
    const pairs = pairsOf(
      [
        [20, 5],
        [10, 15],
      ],
      [0, 1],
    );
    for (const weights of ['unweighted', 'linear', 'quadratic'] as const) {
      expect(weightedKappa(pairs.a, pairs.b, [0, 1], weights).kappa).toBeCloseTo(0.4, 12);
    }
  });

  it('uses the order of the category list, not the numeric values', () => {
    const reordered = weightedKappa(
      a.map((x) => x * 10),
      b.map((x) => x * 10),
      [10, 20, 30],
      'linear',
    );
    expect(reordered.kappa).toBeCloseTo(0.4701, 4);
  });

  it('is 1 with a point interval for perfect agreement, and undefined without variation', () => {
    expect(weightedKappa([1, 2, 3, 2], [1, 2, 3, 2], [1, 2, 3], 'quadratic')).toMatchObject({
      kappa: 1,
      standardError: 0,
      low: 1,
      high: 1,
      n: 4,
    });
    expect(weightedKappa([2, 2], [2, 2], [1, 2, 3], 'linear').kappa).toBeNull();
    expect(weightedKappa([], [], [1, 2, 3], 'linear')).toMatchObject({
      kappa: null,
      n: 0,
    });
  });

  it('rejects unpaired ratings, ratings outside the categories and repeated categories', () => {
    expect(() => weightedKappa([1, 2], [1], [1, 2], 'linear')).toThrow(RangeError);
    expect(() => weightedKappa([1, 4], [1, 2], [1, 2, 3], 'linear')).toThrow(RangeError);
    expect(() => weightedKappa([1], [1], [1, 1], 'linear')).toThrow(RangeError);
  });
});
