import { betweenGroupVariance, GroupEstimate, remlBetweenVariance } from './between-agent-variance';

// The BCG vaccine trials (Colditz et al. 1994; 13 trials, log risk ratios and their variances from the 2 × 2 counts),
// the worked example of Viechtbauer (2010), "Conducting meta-analyses in R with the metafor package", J Stat Softw
// 36(3): rma(yi, vi, data = dat, method = "REML") gives τ² = 0.3132, Q(df = 12) = 152.2330, and confint() the
// Q-profile interval 0.1197–1.1115.
const BCG: [number, number, number, number][] = [
  [4, 119, 11, 128],
  [6, 300, 29, 274],
  [3, 228, 11, 209],
  [62, 13536, 248, 12619],
  [33, 5036, 47, 5761],
  [180, 1361, 372, 1079],
  [8, 2537, 10, 619],
  [505, 87886, 499, 87892],
  [29, 7470, 45, 7232],
  [17, 1699, 65, 1600],
  [186, 50448, 141, 27197],
  [5, 2493, 3, 2338],
  [27, 16886, 29, 17825],
];
const BCG_LOG_RISK_RATIOS: GroupEstimate[] = BCG.map(([tpos, tneg, cpos, cneg]) => ({
  mean: Math.log(tpos / (tpos + tneg) / (cpos / (cpos + cneg))),
  samplingVariance: 1 / tpos - 1 / (tpos + tneg) + 1 / cpos - 1 / (cpos + cneg),
}));

describe('betweenGroupVariance', () => {
  it('matches the metafor REML fit and Q-profile interval for the BCG trials', () => {
    const result = betweenGroupVariance(BCG_LOG_RISK_RATIOS);
    expect(result.estimate).toBeCloseTo(0.3132, 4);
    expect(result.lower).toBeCloseTo(0.1197, 4);
    expect(result.upper).toBeCloseTo(1.1115, 4);
    expect(result.q).toBeCloseTo(152.233, 3);
    expect(result).toMatchObject({ groups: 13, method: 'reml-q-profile' });
  });

  // Equal sampling variances v: REML is max(0, S/(k − 1) − v) with S = Σ(yᵢ − ȳ)². y = 70, 74, 78, 82, 86 and v = 4:
  // S = 64 + 16 + 0 + 16 + 64 = 160, τ² = 160/4 − 4 = 36. Q-profile: Q(τ²) = S/(4 + τ²) = χ²₄ quantile, so
  // τ² = 160/q − 4 with q = 11.143 (0.975) and 0.484 (0.025) (NIST table 1.3.6.7.4): 10.359 and 326.6.
  it('gives the closed forms for equal sampling variances', () => {
    const groups = [70, 74, 78, 82, 86].map((mean) => ({ mean, samplingVariance: 4 }));
    const result = betweenGroupVariance(groups);
    expect(result.estimate).toBeCloseTo(36, 8);
    expect(result.lower).toBeCloseTo(160 / 11.143 - 4, 1);
    expect(result.upper).toBeCloseTo(160 / 0.484 - 4, -1);
  });

  // y = 77, 78, 78, 79, 78 with v = 4: S = 2, REML max(0, 2/4 − 4) = 0; Q(0) = 2/4 = 0.5 is below the χ²₄ 0.975
  // quantile 11.143, so the lower end is 0; the upper end solves 2/(4 + τ²) = 0.484 (the 0.025 quantile, NIST table
  // 1.3.6.7.4): τ² = 2/0.484 − 4 = 0.13. The agents may differ, but the data cannot tell them apart.
  it('reports zero with an upper end when agents cannot be told apart', () => {
    const groups = [77, 78, 78, 79, 78].map((mean) => ({ mean, samplingVariance: 4 }));
    const result = betweenGroupVariance(groups);
    expect(result.estimate).toBe(0);
    expect(result.lower).toBe(0);
    expect(result.upper).toBeCloseTo(2 / 0.484 - 4, 2);
  });

  it('rejects fewer than two groups and non-positive sampling variances', () => {
    expect(() => remlBetweenVariance([{ mean: 1, samplingVariance: 1 }])).toThrow(RangeError);
    expect(() =>
      remlBetweenVariance([
        { mean: 1, samplingVariance: 0 },
        { mean: 2, samplingVariance: 1 },
      ]),
    ).toThrow(RangeError);
  });
});
