import { agreementOf, band } from './agreement-cells';

describe('band', () => {
  it.each([
    [0, 1],
    [19.9, 1],
    [20, 2],
    [79, 4],
    [80, 5],
    [100, 5],
  ])('puts %d in band %d', (score, expected) => {
    expect(band(score)).toBe(expected);
  });
});

describe('agreementOf', () => {
  it('says only n below the minimum', () => {
    expect(agreementOf([{ human: 50, automatic: 50 }], 2)).toEqual({
      n: 1,
      status: 'insufficient',
      spearman: null,
      kappa: null,
      bias: null,
      weak: false,
    });
  });

  it('finds perfect agreement, a constant bias, and flags none of it as weak', () => {
    const pairs = [10, 30, 50, 70, 90].map((score) => ({ automatic: score, human: score + 5 }));
    const result = agreementOf(pairs, 5);
    expect(result.spearman?.rho).toBeCloseTo(1, 12);
    // Every human grade is 5 points above, in the same band: kappa 1.
    expect(result.kappa?.kappa).toBeCloseTo(1, 12);
    expect(result.bias?.mean).toBeCloseTo(5, 12);
    expect(result.weak).toBe(false);
  });

  it('flags reversed grades as weak', () => {
    const pairs = [10, 30, 50, 70, 90].map((score) => ({ automatic: score, human: 100 - score }));
    const result = agreementOf(pairs, 5);
    expect(result.spearman?.rho).toBeCloseTo(-1, 12);
    expect(result.weak).toBe(true);
  });
});
