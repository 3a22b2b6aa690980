import { seededRandom } from '../random/seeded-random';
import { krippendorffAlpha, krippendorffAlphaInterval, ReliabilityData } from './krippendorff-alpha';

const _ = null;

// Krippendorff K (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication,
// section C ("any number of observers, missing data"): 4 observers × 12 units. Unit 12 has a single value and is
// not pairable, so n = 40 pairable values in 11 units. The paper reports α = 0.743 (nominal), 0.815 (ordinal),
// 0.849 (interval). Nominal by hand from the paper's coincidence matrix (values 1…5, diagonal 7, 10, 8, 4, 3;
// marginals n_c = 9, 13, 10, 5, 3): off-diagonal sum 40 − 32 = 8, Σn_c² = 81 + 169 + 100 + 25 + 9 = 384,
// α = 1 − (n − 1)·8/(n² − Σn_c²) = 1 − 39·8/(1600 − 384) = 1 − 312/1216 = 113/152 = 0.743421.
const FOUR_OBSERVERS: ReliabilityData = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

// Same paper, section A (binary data, two observers, 10 units): coincidences o₀₀ = 10, o₀₁ = o₁₀ = 4, o₁₁ = 2,
// n₀ = 14, n₁ = 6, n = 20; α = 1 − (n − 1)·o₀₁/(n₀n₁) = 1 − 19·4/84 = 0.095 (the paper's value).
const BINARY_TWO_OBSERVERS: ReliabilityData = [
  [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
];

// Same paper, section B (nominal data, two observers, 12 units, values a…e coded 1…5): α = 0.692.
const NOMINAL_TWO_OBSERVERS: ReliabilityData = [
  [1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1],
  [2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4],
];

describe('krippendorffAlpha', () => {
  it.each([
    ['nominal', 0.743421],
    ['ordinal', 0.815],
    ['interval', 0.849],
  ] as const)('matches Krippendorff (2011) section C at the %s level', (level, expected) => {
    const result = krippendorffAlpha(FOUR_OBSERVERS, level);
    expect(result.alpha).toBeCloseTo(expected, level === 'nominal' ? 6 : 3);
    expect(result.pairableValues).toBe(40);
    expect(result.units).toBe(11);
  });

  it('matches the binary two-observer example (section A)', () => {
    const result = krippendorffAlpha(BINARY_TWO_OBSERVERS, 'nominal');
    expect(result.alpha).toBeCloseTo(1 - 76 / 84, 12);
    expect(result.alpha).toBeCloseTo(0.095, 3);
    expect(result.pairableValues).toBe(20);
  });

  it('matches the nominal two-observer example (section B)', () => {
    expect(krippendorffAlpha(NOMINAL_TWO_OBSERVERS, 'nominal').alpha).toBeCloseTo(0.692, 3);
  });

  it('is 1 for perfect agreement and undefined when nothing varies or nothing pairs', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        'interval',
      ).alpha,
    ).toBe(1);
    expect(
      krippendorffAlpha(
        [
          [4, 4],
          [4, 4],
        ],
        'nominal',
      ),
    ).toEqual({ alpha: null, pairableValues: 4, units: 2 });
    expect(
      krippendorffAlpha(
        [
          [1, _],
          [_, 2],
        ],
        'nominal',
      ),
    ).toEqual({ alpha: null, pairableValues: 0, units: 0 });
    expect(krippendorffAlpha([], 'ordinal')).toEqual({
      alpha: null,
      pairableValues: 0,
      units: 0,
    });
  });

  // Two units, values {1, 2} and {1, 3}; n = 4, o₁₂ = o₂₁ = o₁₃ = o₃₁ = 1, marginals n₁ = 2, n₂ = n₃ = 1.
  // Interval: Σo·δ² = 2·1 + 2·4 = 10; Σn_c n_k δ² = 2·(2·1·1 + 2·1·4 + 1·1·1) = 22; α = 1 − 3·10/22 = −4/11.
  // Nominal: Σo·δ² = 4; Σn_c n_k δ² = 2·(2 + 2 + 1) = 10; α = 1 − 3·4/10 = −0.2.
  it('uses the values themselves at the interval level and only identity at the nominal level', () => {
    const data = [
      [1, 1],
      [2, 3],
    ];
    expect(krippendorffAlpha(data, 'interval').alpha).toBeCloseTo(-4 / 11, 12);
    expect(krippendorffAlpha(data, 'nominal').alpha).toBeCloseTo(-0.2, 12);
  });

  it('does not depend on the order of coders or units', () => {
    const reversedCoders = [...FOUR_OBSERVERS].reverse();
    const reversedUnits = FOUR_OBSERVERS.map((row) => [...row].reverse());
    for (const level of ['nominal', 'ordinal', 'interval'] as const) {
      const expected = krippendorffAlpha(FOUR_OBSERVERS, level).alpha as number;
      expect(krippendorffAlpha(reversedCoders, level).alpha).toBeCloseTo(expected, 12);
      expect(krippendorffAlpha(reversedUnits, level).alpha).toBeCloseTo(expected, 12);
    }
  });

  it('rejects ragged data and values that are not finite numbers', () => {
    expect(() => krippendorffAlpha([[1, 2], [1]], 'nominal')).toThrow(RangeError);
    expect(() =>
      krippendorffAlpha(
        [
          [1, NaN],
          [1, 2],
        ],
        'nominal',
      ),
    ).toThrow(RangeError);
  });
});

describe('krippendorffAlphaInterval', () => {
  it('brackets the point estimate and repeats itself for the same seed', () => {
    const first = krippendorffAlphaInterval(FOUR_OBSERVERS, 'ordinal', {
      samples: 500,
      seed: 7,
    });
    const again = krippendorffAlphaInterval(FOUR_OBSERVERS, 'ordinal', {
      samples: 500,
      seed: 7,
    });
    const otherSeed = krippendorffAlphaInterval(FOUR_OBSERVERS, 'ordinal', {
      samples: 500,
      seed: 8,
    });
    expect(again).toEqual(first);
    expect(otherSeed.low).not.toBe(first.low);
    expect(first.alpha).toBeCloseTo(0.815, 3);
    expect(first.low as number).toBeLessThan(first.alpha as number);
    expect(first.high as number).toBeGreaterThan(first.alpha as number);
    expect(first.high as number).toBeLessThanOrEqual(1);
    expect(first.samples).toBeGreaterThan(450);
    expect(first).toMatchObject({ pairableValues: 40, units: 11 });
  });

  it('narrows as the number of units grows and covers the true agreement', () => {
    // Three coders rate on 1–5 around a true value per unit with independent noise of SD 0.5;
    // the true interval alpha is var(true)/(var(true) + 0.25) = 2/2.25 = 0.889 (true values uniform on 1…5, var 2).
    const simulate = (units: number): (number | null)[][] => {
      const random = seededRandom(units);
      const truth = Array.from({ length: units }, () => 1 + random.integer(5));
      return [0, 1, 2].map(() => truth.map((value) => value + 0.5 * random.normal()));
    };
    const small = krippendorffAlphaInterval(simulate(30), 'interval', {
      samples: 400,
    });
    const large = krippendorffAlphaInterval(simulate(300), 'interval', {
      samples: 400,
    });
    const width = (result: typeof small) => (result.high as number) - (result.low as number);
    expect(width(large)).toBeLessThan(width(small) / 2);
    expect(large.low as number).toBeLessThan(0.889);
    expect(large.high as number).toBeGreaterThan(0.889);
  });

  it('gives no interval when alpha is undefined, and a point interval for perfect agreement', () => {
    expect(
      krippendorffAlphaInterval(
        [
          [4, 4],
          [4, 4],
        ],
        'nominal',
      ),
    ).toEqual({
      alpha: null,
      pairableValues: 4,
      units: 2,
      low: null,
      high: null,
      samples: 0,
    });
    const perfect = krippendorffAlphaInterval(
      [
        [1, 2, 3, 1],
        [1, 2, 3, 1],
      ],
      'nominal',
      { samples: 200 },
    );
    expect(perfect).toMatchObject({ alpha: 1, low: 1, high: 1 });
    expect(perfect.samples).toBeGreaterThan(0);
  });

  it.each([{ samples: 0 }, { samples: 1.5 }, { samples: 10_001 }, { confidence: 1 }, { confidence: 0 }])(
    'rejects bad options %j',
    (options) => {
      expect(() => krippendorffAlphaInterval(FOUR_OBSERVERS, 'nominal', options)).toThrow(RangeError);
    },
  );
});
