import { crossProductSummaryOf, emptyCrossProductSummary, mergeCrossProductSummaries, productIndex } from './cross-product-summary';
import { csatDrivers, fisherZInterval } from './csat-drivers';

const ANY_N = { minSample: 0 };

describe('fisherZInterval', () => {
  // r = 0.5, n = 30: atanh 0.5 = 0.549306, ± 1.959964/√27 = 0.377198 → tanh: 0.170431 to 0.728959.
  // r = 0.8, n = 5: atanh 0.8 = 1.098612, ± 1.959964/√2 = 1.385904 → tanh: −0.279640 to 0.986196.
  it.each([
    [0.5, 30, 0.170431, 0.728959],
    [0.8, 5, -0.27964, 0.986196],
    [-0.5, 30, -0.728959, -0.170431],
  ])('r = %s, n = %s gives %s to %s', (r, n, lower, upper) => {
    const result = fisherZInterval(r, n, ANY_N);
    expect(result.lower).toBeCloseTo(lower, 5);
    expect(result.upper).toBeCloseTo(upper, 5);
    expect(result.method).toBe('fisher-z');
  });

  it('is a point at |r| = 1 and insufficient for n ≤ 3', () => {
    expect(fisherZInterval(1, 10, ANY_N)).toMatchObject({ lower: 1, upper: 1 });
    expect(fisherZInterval(0.3, 3, ANY_N).status).toBe('insufficient');
  });
});

describe('CrossProductSummary', () => {
  it('stores the upper triangle row by row', () => {
    expect([productIndex(0, 0, 3), productIndex(0, 2, 3), productIndex(1, 1, 3), productIndex(2, 1, 3), productIndex(2, 2, 3)]).toEqual([
      0, 2, 3, 4, 5,
    ]);
  });

  it('merges by adding', () => {
    const rows = [
      [1, 2],
      [3, 5],
      [4, 4],
    ];
    const merged = mergeCrossProductSummaries(crossProductSummaryOf(rows.slice(0, 1), 2), crossProductSummaryOf(rows.slice(1), 2));
    // Σx = 8, Σy = 11, Σx² = 26, Σxy = 2 + 15 + 16 = 33, Σy² = 45.
    expect(merged).toEqual({ n: 3, sums: [8, 11], products: [26, 33, 45] });
  });

  it('rejects rows of the wrong width and mismatched merges', () => {
    expect(() => crossProductSummaryOf([[1, 2, 3]], 2)).toThrow(RangeError);
    expect(() => mergeCrossProductSummaries(emptyCrossProductSummary(2), emptyCrossProductSummary(3))).toThrow(RangeError);
  });
});

describe('csatDrivers', () => {
  // CSAT y = 1, 3, 2, 5, 4, 6 with drivers x1 = 1..6 and x2 = 2, 1, 4, 3, 6, 5. Centred sums of squares are all
  // 17.5; cross-products 15.5 (x1·y), 8.5 (x2·y), 14.5 (x1·x2), so r1y = 31/35, r2y = 17/35, r12 = 29/35.
  // β1 = (r1y − r2y·r12)/(1 − r12²) = 592/384 = 1.541667, β2 = (r2y − r1y·r12)/(1 − r12²) = −304/384 = −0.791667,
  // R² = β1·r1y + β2·r2y = 13184/13440 = 0.980952. SE² = (1 − R²)/(6 − 2 − 1)·1/(1 − r12²) = (2/105)/3·1225/384
  // = 0.0202546, SE = 0.142319; t(0.975, 3) = 3.182446 → β1 1.088745 to 1.994588, β2 −1.244588 to −0.338745.
  // Fisher z for r1y = 0.885714, n = 6: 0.263713 to 0.987470.
  const summary = crossProductSummaryOf(
    [
      [1, 1, 2],
      [3, 2, 1],
      [2, 3, 4],
      [5, 4, 3],
      [4, 5, 6],
      [6, 6, 5],
    ],
    3,
  );

  it('matches the hand-computed regression and correlations', () => {
    const result = csatDrivers(summary, ['courtesy', 'comprehension'], ANY_N);
    expect(result.status).toBe('ok');
    expect(result.rSquared).toBeCloseTo(0.980952, 6);
    const [courtesy, comprehension] = result.drivers;
    expect(courtesy.name).toBe('courtesy');
    expect(courtesy.coefficient.estimate).toBeCloseTo(1.541667, 6);
    expect(courtesy.coefficient.lower).toBeCloseTo(1.088745, 5);
    expect(courtesy.coefficient.upper).toBeCloseTo(1.994588, 5);
    expect(comprehension.coefficient.estimate).toBeCloseTo(-0.791667, 6);
    expect(comprehension.coefficient.lower).toBeCloseTo(-1.244588, 5);
    expect(courtesy.correlation.estimate).toBeCloseTo(31 / 35, 12);
    expect(courtesy.correlation.lower).toBeCloseTo(0.263713, 5);
    expect(courtesy.correlation.upper).toBeCloseTo(0.98747, 5);
    expect(comprehension.correlation.estimate).toBeCloseTo(17 / 35, 12);
    expect(courtesy.coefficient.method).toBe('standardised-regression');
  });

  // y = 2·x1 + 3·x2 with orthogonal ±1 drivers: β = 2·sd1/sdy = 4/√52 = 0.554700, 6/√52 = 0.832050; R² = 1.
  it('recovers an exact linear relation', () => {
    const exact = crossProductSummaryOf(
      [
        [5, 1, 1],
        [-1, 1, -1],
        [1, -1, 1],
        [-5, -1, -1],
      ],
      3,
    );
    const result = csatDrivers(exact, ['a', 'b'], ANY_N);
    expect(result.rSquared).toBeCloseTo(1, 12);
    expect(result.drivers[0].coefficient.estimate).toBeCloseTo(0.5547, 4);
    expect(result.drivers[1].coefficient.estimate).toBeCloseTo(0.83205, 5);
  });

  it('keeps correlations but drops coefficients for perfectly collinear drivers', () => {
    const collinear = crossProductSummaryOf(
      [
        [1, 1, 2],
        [3, 2, 4],
        [2, 3, 6],
        [5, 4, 8],
        [4, 5, 10],
      ],
      3,
    );
    const result = csatDrivers(collinear, ['a', 'b'], ANY_N);
    expect(result.drivers[0].correlation.status).toBe('ok');
    expect(result.drivers[0].coefficient.status).toBe('insufficient');
  });

  it.each([
    ['too few responses for the default minimum', summary, undefined],
    ['a constant driver', crossProductSummaryOf([[1, 5, 2], [2, 5, 3], [3, 5, 1], [4, 5, 4], [5, 5, 6]], 3), ANY_N],
    ['no data', emptyCrossProductSummary(3), ANY_N],
  ])('is insufficient with %s', (_, input, options) => {
    const result = csatDrivers(input, ['a', 'b'], options);
    expect(result.status).toBe('insufficient');
    expect(result.rSquared).toBeNull();
    expect(result.drivers.map((driver) => driver.correlation.status)).toEqual(['insufficient', 'insufficient']);
  });

  it('rejects a name list that does not match the summary', () => {
    expect(() => csatDrivers(summary, ['only-one'], ANY_N)).toThrow(RangeError);
  });
});
