import { directStandardisation, standardisedDifference } from './direct-standardisation';
import { StratifiedData } from './strata';

const ANY_N = { minSample: 0 };

/** Mean summary with a given n, mean and sample variance: sumSq = (n − 1)s² + n·mean². */
function meanStratum(stratum: string, n: number, mean: number, variance: number) {
  return { stratum, summary: { n, sum: n * mean, sumSq: (n - 1) * variance + n * mean * mean } };
}

// Group A: easy work 40 conversations, mean 80; hard work 10, mean 60; s² = 100 in both.
const GROUP_A: StratifiedData = { kind: 'mean', strata: [meanStratum('easy', 40, 80, 100), meanStratum('hard', 10, 60, 100)] };
// Group B handles mostly hard work and is better in both strata: easy 10 at 85, hard 40 at 65.
const GROUP_B: StratifiedData = { kind: 'mean', strata: [meanStratum('easy', 10, 85, 100), meanStratum('hard', 40, 65, 100)] };

describe('directStandardisation', () => {
  // Reference half easy, half hard: 0.5·80 + 0.5·60 = 70 (the crude mean is 76).
  // Pooled s² = (39·100 + 9·100)/48 = 100, effective n = 1/(0.25/40 + 0.25/10) = 32, SE = √(100/32) = 1.767767,
  // t(0.975, 48) = 2.010635, interval 70 ± 3.554334 = 66.445666 to 73.554334.
  it('standardises a mean to the reference mix', () => {
    const result = directStandardisation(GROUP_A, { easy: 1, hard: 1 }, ANY_N);
    expect(result.status).toBe('ok');
    expect(result.estimate).toBeCloseTo(70, 12);
    expect(result.lower).toBeCloseTo(66.445666, 5);
    expect(result.upper).toBeCloseTo(73.554334, 5);
    expect(result.n).toBe(50);
    expect(result.effectiveN).toBeCloseTo(32, 12);
    expect(result.coverage).toBe(1);
    expect(result.missingStrata).toEqual([]);
    expect(result.method).toBe('direct-standardisation-t');
  });

  // 36/40 easy, 4/10 hard; half-half: p = 0.65 at effective n 32.
  // Wilson by hand: z² = 3.841459, denominator 1.120046, centre (0.65 + 0.060023)/1.120046 = 0.633923,
  // half width 1.959964·√(0.65·0.35/32 + 3.841459/4096)/1.120046 = 0.156977 → 0.476946 to 0.790900.
  it('standardises a proportion with a Wilson interval at the effective sample size', () => {
    const result = directStandardisation(
      {
        kind: 'proportion',
        strata: [
          { stratum: 'easy', summary: { n: 40, successes: 36 } },
          { stratum: 'hard', summary: { n: 10, successes: 4 } },
        ],
      },
      { easy: 0.5, hard: 0.5 },
      ANY_N,
    );
    expect(result.estimate).toBeCloseTo(0.65, 12);
    expect(result.lower).toBeCloseTo(0.476946, 5);
    expect(result.upper).toBeCloseTo(0.7909, 5);
    expect(result.method).toBe('direct-standardisation-wilson');
  });

  // One stratum is the plain Wilson interval: 81/263 → 0.2553 to 0.3662 (Newcombe 1998a).
  it('reduces to the plain interval with a single stratum', () => {
    const result = directStandardisation(
      { kind: 'proportion', strata: [{ stratum: 'all', summary: { n: 263, successes: 81 } }] },
      { all: 5 },
      ANY_N,
    );
    expect(result.lower).toBeCloseTo(0.2553, 4);
    expect(result.upper).toBeCloseTo(0.3662, 4);
  });

  it('merges repeated rows of the same stratum', () => {
    const split: StratifiedData = {
      kind: 'mean',
      strata: [meanStratum('easy', 20, 80, 100), meanStratum('easy', 20, 80, 100), meanStratum('hard', 10, 60, 100)],
    };
    const result = directStandardisation(split, { easy: 1, hard: 1 }, ANY_N);
    expect(result.n).toBe(50);
    expect(result.estimate).toBeCloseTo(70, 12);
  });

  // Reference weights easy 1, hard 1, night 2: night has no data, coverage = 2/4.
  it('drops and lists reference strata without data, renormalising the rest', () => {
    const reference = { easy: 1, hard: 1, night: 2 };
    const permissive = directStandardisation(GROUP_A, reference, { minSample: 0, minCoverage: 0.5 });
    expect(permissive.status).toBe('ok');
    expect(permissive.estimate).toBeCloseTo(70, 12);
    expect(permissive.coverage).toBe(0.5);
    expect(permissive.missingStrata).toEqual(['night']);
    const strict = directStandardisation(GROUP_A, reference, ANY_N);
    expect(strict.status).toBe('insufficient');
    expect(strict.estimate).toBeNull();
    expect(strict.missingStrata).toEqual(['night']);
  });

  it('ignores data strata outside the reference', () => {
    const result = directStandardisation(GROUP_A, { easy: 1 }, ANY_N);
    expect(result.estimate).toBeCloseTo(80, 12);
    expect(result.n).toBe(40);
  });

  it('collapses to a point with zero variance', () => {
    const constant: StratifiedData = { kind: 'mean', strata: [meanStratum('easy', 5, 90, 0), meanStratum('hard', 5, 50, 0)] };
    const result = directStandardisation(constant, { easy: 3, hard: 1 }, ANY_N);
    expect([result.estimate, result.lower, result.upper]).toEqual([80, 80, 80]);
  });

  it.each([
    ['no data at all', { kind: 'mean', strata: [] } as StratifiedData, ANY_N],
    ['fewer conversations than the minimum', GROUP_A, { minSample: 51 }],
    ['only single-conversation strata', { kind: 'mean', strata: [meanStratum('easy', 1, 80, 0)] } as StratifiedData, ANY_N],
  ])('is insufficient with %s', (_, data, options) => {
    expect(directStandardisation(data, { easy: 1, hard: 1 }, options).status).toBe('insufficient');
  });

  it('rejects negative weights', () => {
    expect(() => directStandardisation(GROUP_A, { easy: -1 }, ANY_N)).toThrow(RangeError);
  });
});

describe('standardisedDifference', () => {
  // Reference = A's own mix (40 easy, 10 hard) → weights 0.8 and 0.2.
  // A: 76; B on A's mix: 0.8·85 + 0.2·65 = 81; difference −5 although B's crude mean (69) is 7 below A's.
  // Effective n: A 1/(0.64/40 + 0.04/10) = 50, B 1/(0.64/10 + 0.04/40) = 15.384615; variances 100/50 = 2 and
  // 100/15.384615 = 6.5; ν = 8.5²/(2²/48 + 6.5²/48) = 74.98378; t(0.975, ν) = 1.992109;
  // interval −5 ± 5.807947 = −10.807947 to 0.807947; p = 2·P(T > 5/√8.5) = 0.090478.
  it('compares two groups on the same case mix (hand computation)', () => {
    const result = standardisedDifference(GROUP_A, GROUP_B, { easy: 40, hard: 10 }, ANY_N);
    expect(result.status).toBe('ok');
    expect(result.difference).toBeCloseTo(-5, 12);
    expect(result.lower).toBeCloseTo(-10.807947, 5);
    expect(result.upper).toBeCloseTo(0.807947, 5);
    expect(result.pValue).toBeCloseTo(0.090478, 5);
    expect([result.nA, result.nB]).toEqual([50, 50]);
    expect(result.method).toBe('standardised-difference-satterthwaite');
  });

  // A single stratum is Newcombe's interval: 56/70 − 48/80 → 0.0524 to 0.3339 (Newcombe 1998b, Table II).
  it('is Newcombe’s hybrid score interval for proportions in one stratum', () => {
    const result = standardisedDifference(
      { kind: 'proportion', strata: [{ stratum: 'all', summary: { n: 70, successes: 56 } }] },
      { kind: 'proportion', strata: [{ stratum: 'all', summary: { n: 80, successes: 48 } }] },
      { all: 1 },
      ANY_N,
    );
    expect(result.lower).toBeCloseTo(0.0524, 4);
    expect(result.upper).toBeCloseTo(0.3339, 4);
    expect(result.pValue).toBeCloseTo(0.008045, 5);
    expect(result.method).toBe('standardised-difference-mover');
  });

  it('uses only strata both groups have', () => {
    const onlyEasy: StratifiedData = { kind: 'mean', strata: [meanStratum('easy', 30, 70, 100)] };
    const result = standardisedDifference(GROUP_A, onlyEasy, { easy: 40, hard: 10 }, ANY_N);
    expect(result.status).toBe('ok');
    expect(result.difference).toBeCloseTo(10, 12);
    expect(result.coverage).toBeCloseTo(0.8, 12);
    expect(result.missingStrata).toEqual(['hard']);
    expect(result.nA).toBe(40);
  });

  it('refuses to compare a mean with a proportion', () => {
    expect(() =>
      standardisedDifference(GROUP_A, { kind: 'proportion', strata: [] }, { easy: 1 }, ANY_N),
    ).toThrow(TypeError);
  });
});

describe('standardisedDifference between groups that never vary', () => {
  /** A stratum in which every one of n conversations scored `value`. */
  const constant = (stratum: string, n: number, value: number) => ({ stratum, summary: { n, sum: n * value, sumSq: n * value * value } });

  // Reference = A's mix, 1 and 2 conversations → weights 1/3 and 2/3. Every conversation scored 100, so each
  // stratum mean is exactly 100 and both sides are 1/3 · 100 + 2/3 · 100, bit for bit: no difference, p = 1.
  // Weighting the sums before dividing gives A (1/3 · 100)/1 + (2/3 · 200)/2 = 99.99999999999999 but
  // B (1/3 · 300)/3 + (2/3 · 100)/1 = 100, which a zero-width interval would call a certain difference.
  it('finds an exact tie when every stratum mean is the same', () => {
    const a: StratifiedData = { kind: 'mean', strata: [constant('x', 1, 100), constant('y', 2, 100)] };
    const b: StratifiedData = { kind: 'mean', strata: [constant('x', 3, 100), constant('y', 1, 100)] };
    const reference = { x: 1, y: 2 };
    expect(directStandardisation(a, reference, ANY_N).estimate).toBe(directStandardisation(b, reference, ANY_N).estimate);
    const result = standardisedDifference(a, b, reference, ANY_N);
    expect(result).toMatchObject({ status: 'ok', difference: 0, lower: 0, upper: 0, pValue: 1, nA: 3, nB: 4 });
  });

  // Two conversations at 33.3 add up to 66.6 and six to 199.8 in double precision: means 33.3 and
  // 33.300000000000004, a difference of 7e-15 that is rounding, not data.
  it('treats means equal to within rounding as equal', () => {
    const a: StratifiedData = { kind: 'mean', strata: [{ stratum: 'x', summary: { n: 2, sum: 66.6, sumSq: 2217.7799999999997 } }] };
    const b: StratifiedData = { kind: 'mean', strata: [{ stratum: 'x', summary: { n: 6, sum: 199.8, sumSq: 6653.339999999998 } }] };
    expect(199.8 / 6 - 66.6 / 2).not.toBe(0);
    const result = standardisedDifference(a, b, { x: 2 }, ANY_N);
    expect(result).toMatchObject({ status: 'ok', difference: 0, lower: 0, upper: 0, pValue: 1 });
  });

  // A scores 100 throughout, B 90 throughout: on A's mix the difference is 10 and nothing varies.
  it('keeps a real difference without variance certain', () => {
    const a: StratifiedData = { kind: 'mean', strata: [constant('x', 1, 100), constant('y', 2, 100)] };
    const b: StratifiedData = { kind: 'mean', strata: [constant('x', 3, 90), constant('y', 1, 90)] };
    const result = standardisedDifference(a, b, { x: 1, y: 2 }, ANY_N);
    expect(result).toMatchObject({ status: 'ok', pValue: 0 });
    expect(result.difference).toBeCloseTo(10, 12);
    expect([result.lower, result.upper]).toEqual([result.difference, result.difference]);
  });
});
