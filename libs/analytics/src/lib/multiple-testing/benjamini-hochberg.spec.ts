import { benjaminiHochberg, benjaminiYekutieli, controlFalseDiscoveryRate } from './benjamini-hochberg';

// Benjamini & Hochberg (1995), J R Stat Soc B 57:289–300, section 4.2: fifteen p-values from a trial;
// at level 0.05 the procedure rejects the four hypotheses with p ≤ 0.0095.
const BH_1995 = [
  0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0,
];

// q(i) = min over j ≥ i of 15·p(j)/j, by hand:
// 15p/i = 0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0695, 0.0638571, 0.0645, 0.0765, 0.486,
//         0.5811818, 0.714875, 0.7532308, 0.8132143, 1;
// running minimum from the right changes position 6 to 0.0638571, everything else stays.
const BH_1995_Q = [
  0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0638571, 0.0638571, 0.0645, 0.0765, 0.486, 0.5811818, 0.714875, 0.7532308,
  0.8132143, 1,
];

describe('benjaminiHochberg', () => {
  it('rejects the four hypotheses of the 1995 worked example', () => {
    const result = benjaminiHochberg(BH_1995);
    expect(result.rejected).toEqual([true, true, true, true, ...new Array(11).fill(false)]);
    expect(result.tests).toBe(15);
    expect(result.method).toBe('benjamini-hochberg');
  });

  it('gives the hand-computed q-values', () => {
    const { qValues } = benjaminiHochberg(BH_1995);
    qValues.forEach((q, i) => expect(q).toBeCloseTo(BH_1995_Q[i], 6));
  });

  it('returns q-values in input order whatever the order of the p-values', () => {
    const order = [14, 3, 0, 9, 6, 1, 12, 5, 2, 11, 8, 4, 13, 7, 10];
    const { qValues, rejected } = benjaminiHochberg(order.map((i) => BH_1995[i]));
    order.forEach((original, position) => {
      expect(qValues[position]).toBeCloseTo(BH_1995_Q[original], 6);
      expect(rejected[position]).toBe(original < 4);
    });
  });

  // Family of 3 (nulls excluded): 3·0.01/1 = 0.03, 3·0.04/2 = 0.06, 3·0.5/3 = 0.5.
  it('leaves null p-values out of the family', () => {
    const result = benjaminiHochberg([0.04, null, 0.01, 0.5, null]);
    expect(result.tests).toBe(3);
    expect(result.qValues[0]).toBeCloseTo(0.06, 12);
    expect(result.qValues[2]).toBeCloseTo(0.03, 12);
    expect(result.qValues[3]).toBeCloseTo(0.5, 12);
    expect([result.qValues[1], result.qValues[4]]).toEqual([null, null]);
    expect(result.rejected).toEqual([false, false, true, false, false]);
  });

  // Ties: 4·0.01/2 = 0.02 for both (rank 1 takes the running minimum from rank 2).
  it('gives tied p-values the same q-value', () => {
    const { qValues } = benjaminiHochberg([0.01, 0.01, 0.2, 0.9]);
    expect(qValues[0]).toBeCloseTo(0.02, 12);
    expect(qValues[1]).toBeCloseTo(0.02, 12);
  });

  it('caps q-values at 1 and handles an empty family', () => {
    expect(benjaminiHochberg([0.9, 0.95]).qValues).toEqual([0.95, 0.95]);
    expect(benjaminiHochberg([])).toEqual({
      qValues: [],
      rejected: [],
      tests: 0,
      level: 0.05,
      method: 'benjamini-hochberg',
    });
  });

  it('honours another level', () => {
    expect(benjaminiHochberg(BH_1995, 0.1).rejected.filter(Boolean)).toHaveLength(9);
  });

  it.each([[[1.2]], [[-0.1]], [[NaN]]])('rejects invalid p-values %j', (pValues) => {
    expect(() => benjaminiHochberg(pValues)).toThrow(RangeError);
  });
});

// Benjamini & Yekutieli (2001), theorem 1.3: BH with m replaced by m·c(m), c(m) = Σ 1/i. For the fifteen p-values
// above, c(15) = 1 + 1/2 + … + 1/15 = 3.3182290, so every BY q-value is min(1, 3.3182290 × the BH q-value):
// 0.0015 → 0.0049773, 0.003 → 0.0099547, 0.0095 → 0.0315232, 0.035625 → 0.1182119, 0.0603 → 0.2000892,
// 0.0638571 → 0.2118926 (twice), 0.0645 → 0.2140258, 0.0765 → 0.2538445, and 0.486 × 3.318 > 1 → 1 for the rest.
// (R: p.adjust(p, "BY") computes the same.) At 0.05 BY rejects three hypotheses where BH rejects four.
const BY_1995_Q = [
  0.0049773, 0.0099547, 0.0315232, 0.1182119, 0.2000892, 0.2118926, 0.2118926, 0.2140258, 0.2538445, 1, 1, 1, 1, 1, 1,
];

describe('benjaminiYekutieli', () => {
  it('gives the hand-computed q-values and is more conservative than BH', () => {
    const result = benjaminiYekutieli(BH_1995);
    result.qValues.forEach((q, i) => expect(q).toBeCloseTo(BY_1995_Q[i], 6));
    expect(result.rejected).toEqual([true, true, true, ...new Array(12).fill(false)]);
    expect(result).toMatchObject({ tests: 15, level: 0.05, method: 'benjamini-yekutieli' });
  });

  // Family of 3: c(3) = 1 + 1/2 + 1/3 = 11/6, so q = BH q × 11/6: 0.03 → 0.055, 0.06 → 0.11, 0.5 → 0.9166667.
  it('leaves null p-values out of the family', () => {
    const { qValues, tests } = benjaminiYekutieli([0.04, null, 0.01, 0.5]);
    expect(tests).toBe(3);
    expect(qValues[0]).toBeCloseTo(0.11, 12);
    expect(qValues[1]).toBeNull();
    expect(qValues[2]).toBeCloseTo(0.055, 12);
    expect(qValues[3]).toBeCloseTo(0.9166667, 6);
  });

  it('equals BH for a single test and rejects bad input the same way', () => {
    expect(benjaminiYekutieli([0.03]).qValues).toEqual([0.03]);
    expect(() => benjaminiYekutieli([1.5])).toThrow(RangeError);
    expect(() => benjaminiYekutieli([0.1], 0)).toThrow(RangeError);
  });

  it('is chosen by name through controlFalseDiscoveryRate', () => {
    expect(controlFalseDiscoveryRate(BH_1995, 'benjamini-yekutieli')).toEqual(benjaminiYekutieli(BH_1995));
    expect(controlFalseDiscoveryRate(BH_1995, 'benjamini-hochberg')).toEqual(benjaminiHochberg(BH_1995));
  });
});
