import { seededRandom } from '../random/seeded-random';
import { tInterval } from '../intervals/t-interval';
import { meanSummaryOf } from '../summaries/mean-summary';
import { clusterRobustMean, clusterRobustProportion } from './cluster-robust';

const ANY_N = { minSample: 0 };

// Reference values computed with a generic matrix implementation of CR2 and the Bell–McCaffrey degrees of freedom
// (X = column of ones, A_g = (I − H_gg)^(−1/2) by eigendecomposition, df = tr(M)²/tr(M²) with M = G'G), NumPy 2.4.6
// and SciPy 1.17.1 (scipy.stats.t.ppf), independent of the closed form in the code; the ICC is the one-way ANOVA
// estimator, the design effect V_CR2/(s²/N).
describe('clusterRobustMean', () => {
  // By hand: clusters {1, 2, 3}, {4, 6}, {8}; N = 6, ȳ = 4; residual sums −6, 2, 4.
  // V = (36/(1 − 3/6) + 4/(1 − 2/6) + 16/(1 − 1/6))/36 = (72 + 6 + 19.2)/36 = 2.7, SE = 1.6431677.
  // u_g = 6·n²/(6 − n) = 18, 6, 1.2; S = (9 + 4 + 1) + ((25.2)² − 361.44)/36 = 14 + 7.6 = 21.6; df = 36/21.6 = 5/3.
  // NumPy/SciPy: interval −4.6139206 to 12.6139206, design effect 2.3823529, ICC 0.8482759.
  it('gives the hand-computed CR2 variance and Bell–McCaffrey df', () => {
    const result = clusterRobustMean([meanSummaryOf([1, 2, 3]), meanSummaryOf([4, 6]), meanSummaryOf([8])], ANY_N);
    expect(result.status).toBe('ok');
    expect(result.estimate).toBeCloseTo(4, 12);
    expect(result.standardError).toBeCloseTo(Math.sqrt(2.7), 12);
    expect(result.df).toBeCloseTo(5 / 3, 12);
    expect(result.lower).toBeCloseTo(-4.6139206, 6);
    expect(result.upper).toBeCloseTo(12.6139206, 6);
    expect(result.designEffect).toBeCloseTo(2.3823529, 6);
    expect(result.intraClusterCorrelation).toBeCloseTo(0.8482759, 6);
    expect(result).toMatchObject({ n: 6, clusters: 3, method: 'cluster-robust-cr2-t' });
  });

  // NumPy/SciPy: mean 80, SE 6.8047457, df 2.3924051, 54.8745517–105.1254483, design effect 3.1860938, ICC 0.8891153.
  it('matches the matrix implementation for unequal clusters', () => {
    const clusters = [[70, 75, 80], [60, 65], [90], [85, 88, 92, 95]].map(meanSummaryOf);
    const result = clusterRobustMean(clusters, ANY_N);
    expect(result.estimate).toBeCloseTo(80, 12);
    expect(result.standardError).toBeCloseTo(6.8047457, 6);
    expect(result.df).toBeCloseTo(2.3924051, 6);
    expect(result.lower).toBeCloseTo(54.8745517, 5);
    expect(result.upper).toBeCloseTo(105.1254483, 5);
    expect(result.designEffect).toBeCloseTo(3.1860938, 6);
    expect(result.intraClusterCorrelation).toBeCloseTo(0.8891153, 6);
  });

  // With equal clusters CR2 with G − 1 df is exactly the t interval of the cluster means: means 75, 68.333, 90,
  // 88.333 (G = 4) give 79.583 ± t(0.975, 3)·s/2 with s = 10.5927... (NumPy: SE 5.9072695, df 3, 60.7837652–98.3829014).
  it('reduces to the t interval of cluster means for equal clusters', () => {
    const clusters = [
      [70, 75, 80],
      [60, 65, 70],
      [90, 85, 95],
      [85, 88, 92],
    ];
    const result = clusterRobustMean(clusters.map(meanSummaryOf), ANY_N);
    const ofMeans = tInterval(meanSummaryOf(clusters.map((c) => c.reduce((a, b) => a + b, 0) / c.length)), ANY_N);
    expect(result.df).toBeCloseTo(3, 10);
    expect(result.lower).toBeCloseTo(ofMeans.lower as number, 10);
    expect(result.upper).toBeCloseTo(ofMeans.upper as number, 10);
    expect(result.lower).toBeCloseTo(60.7837652, 6);
    expect(result.upper).toBeCloseTo(98.3829014, 6);
  });

  it('is insufficient with one cluster or below the minimum sample, and ignores empty clusters', () => {
    expect(clusterRobustMean([meanSummaryOf([1, 2, 3])], ANY_N)).toMatchObject({ status: 'insufficient', clusters: 1 });
    expect(clusterRobustMean([meanSummaryOf([1, 2]), meanSummaryOf([3])])).toMatchObject({
      status: 'insufficient',
      n: 3,
      estimate: null,
    });
    const withEmpty = clusterRobustMean([meanSummaryOf([1, 2, 3]), meanSummaryOf([]), meanSummaryOf([4, 6])], ANY_N);
    expect(withEmpty.clusters).toBe(2);
  });

  it('gives a point interval when nothing varies', () => {
    const result = clusterRobustMean([meanSummaryOf([5, 5]), meanSummaryOf([5])], ANY_N);
    expect(result).toMatchObject({ status: 'ok', estimate: 5, lower: 5, upper: 5, designEffect: null });
  });

  // 30 agents × 13 conversations, intra-agent correlation 0.15 (agent effect SD √0.15, noise SD √0.85), true mean 0;
  // the design effect is about 1 + 12·0.15 = 2.8, so the interval that treats conversations as independent is
  // √2.8 ≈ 1.67 times too narrow and covers about P(|Z| < 1.96/1.67) ≈ 76% of the time.
  it('keeps nominal coverage under intra-agent correlation where the naive interval does not', () => {
    const random = seededRandom(2024);
    const runs = 400;
    let robustCovers = 0;
    let naiveCovers = 0;
    let designEffects = 0;
    for (let run = 0; run < runs; run++) {
      const agents = Array.from({ length: 30 }, () => {
        const effect = Math.sqrt(0.15) * random.normal();
        return Array.from({ length: 13 }, () => effect + Math.sqrt(0.85) * random.normal());
      });
      const robust = clusterRobustMean(agents.map(meanSummaryOf));
      const naive = tInterval(meanSummaryOf(agents.flat()));
      robustCovers += (robust.lower as number) <= 0 && 0 <= (robust.upper as number) ? 1 : 0;
      naiveCovers += (naive.lower as number) <= 0 && 0 <= (naive.upper as number) ? 1 : 0;
      designEffects += robust.designEffect as number;
    }
    expect(robustCovers / runs).toBeGreaterThanOrEqual(0.92);
    expect(naiveCovers / runs).toBeLessThan(0.85);
    expect(designEffects / runs).toBeGreaterThan(2.2);
    expect(designEffects / runs).toBeLessThan(3.4);
  });
});

describe('clusterRobustProportion', () => {
  // Clusters 3/10, 8/10, 1/5, 6/8 as 0/1 values. NumPy/SciPy: p̂ = 18/33 = 0.5454545, SE 0.1514894, df 2.7821187,
  // t = 3.3281958; n* = p̂(1 − p̂)/SE² = 10.8036773; Wilson at n* with t: 0.1674162–0.8774707; design effect 2.9619545,
  // ICC 0.2373689.
  it('gives the Wilson interval at the CR2 effective sample size', () => {
    const result = clusterRobustProportion(
      [
        { n: 10, successes: 3 },
        { n: 10, successes: 8 },
        { n: 5, successes: 1 },
        { n: 8, successes: 6 },
      ],
      ANY_N,
    );
    expect(result.estimate).toBeCloseTo(18 / 33, 12);
    expect(result.standardError).toBeCloseTo(0.1514894, 6);
    expect(result.df).toBeCloseTo(2.7821187, 6);
    expect(result.lower).toBeCloseTo(0.1674162, 6);
    expect(result.upper).toBeCloseTo(0.8774707, 6);
    expect(result.designEffect).toBeCloseTo(2.9619545, 6);
    expect(result.intraClusterCorrelation).toBeCloseTo(0.2373689, 6);
    expect(result.method).toBe('cluster-robust-cr2-wilson');
  });

  it('stays inside [0, 1] when every outcome is a success', () => {
    const result = clusterRobustProportion(
      [
        { n: 10, successes: 10 },
        { n: 12, successes: 12 },
      ],
      ANY_N,
    );
    expect(result.estimate).toBe(1);
    expect(result.upper).toBe(1);
    expect(result.lower as number).toBeGreaterThan(0);
    expect(result.lower as number).toBeLessThan(1);
  });

  it('rejects invalid summaries and a bad confidence', () => {
    expect(() => clusterRobustProportion([{ n: 2, successes: 3 }])).toThrow(RangeError);
    expect(() => clusterRobustMean([meanSummaryOf([1])], { confidence: 1.2 })).toThrow(RangeError);
  });
});
