import { meanDifferenceInterval, proportionDifferenceInterval } from '../intervals/differences';
import { seededRandom, SeededRandom } from '../random/seeded-random';
import { meanSummaryOf, mergeMeanSummaries } from '../summaries/mean-summary';
import { clusterRobustMeanDifference, clusterRobustProportionDifference } from './cluster-robust-difference';

const ANY_N = { minSample: 0 };

describe('clusterRobustMeanDifference', () => {
  // NumPy/SciPy with the matrix CR2 implementation of cluster-robust.spec.ts for each group, then Welch–Satterthwaite:
  // difference 13.875, df 3.4482884, interval −8.5990602 to 36.3490602, p = 0.1529358.
  it('combines the two CR2 variances with Satterthwaite degrees of freedom', () => {
    const a = [[70, 75, 80], [60, 65], [90], [85, 88, 92, 95]].map(meanSummaryOf);
    const b = [
      [60, 62],
      [70, 71, 75],
      [66, 64, 61],
    ].map(meanSummaryOf);
    const result = clusterRobustMeanDifference(a, b, ANY_N);
    expect(result.difference).toBeCloseTo(13.875, 10);
    expect(result.df).toBeCloseTo(3.4482884, 6);
    expect(result.lower).toBeCloseTo(-8.5990602, 5);
    expect(result.upper).toBeCloseTo(36.3490602, 5);
    expect(result.pValue).toBeCloseTo(0.1529358, 6);
    expect(result).toMatchObject({ nA: 10, nB: 8, clustersA: 4, clustersB: 3, method: 'cluster-robust-cr2-welch' });
  });

  it('is insufficient when either group has a single agent or too few conversations', () => {
    const two = [meanSummaryOf([1, 2]), meanSummaryOf([3, 4])];
    expect(clusterRobustMeanDifference(two, [meanSummaryOf([1, 2, 3])], ANY_N).status).toBe('insufficient');
    expect(clusterRobustMeanDifference(two, two).status).toBe('insufficient');
  });
});

/** One vendor: agents × conversations with the given intra-agent correlation on a unit-variance scale. */
function vendor(random: SeededRandom, mean: number, icc: number, agents = 30, perAgent = 13): number[][] {
  return Array.from({ length: agents }, () => {
    const effect = Math.sqrt(icc) * random.normal();
    return Array.from({ length: perAgent }, () => mean + effect + Math.sqrt(1 - icc) * random.normal());
  });
}

// Two vendors of 30 agents × 13 conversations with intra-agent correlation 0.15 (design effect ≈ 2.8), 400 seeded
// comparisons each. Without a true difference the cluster-robust test must flag at most about 5% (it flagged 3.25%),
// Welch's test, which treats conversations as independent, far more (19%). With a planted difference of 0.4 SD the
// cluster-robust test still finds it in most comparisons (power 91.75%; Welch 99.75%, bought with its false flags).
describe('cluster-robust comparison of two vendors (simulation)', () => {
  const runs = 400;
  const flagRates = (shift: number) => {
    const random = seededRandom(15);
    let robust = 0;
    let welch = 0;
    for (let run = 0; run < runs; run++) {
      const a = vendor(random, shift, 0.15).map(meanSummaryOf);
      const b = vendor(random, 0, 0.15).map(meanSummaryOf);
      robust += (clusterRobustMeanDifference(a, b).pValue as number) < 0.05 ? 1 : 0;
      welch +=
        (meanDifferenceInterval(mergeMeanSummaries(...a), mergeMeanSummaries(...b)).pValue as number) < 0.05 ? 1 : 0;
    }
    return { robust: robust / runs, welch: welch / runs };
  };

  it('keeps the false-flag rate near 5% where Welch does not', () => {
    const { robust, welch } = flagRates(0);
    expect(robust).toBeLessThanOrEqual(0.065);
    expect(welch).toBeGreaterThan(0.15);
  });

  it('still finds a planted difference', () => {
    expect(flagRates(0.4).robust).toBeGreaterThan(0.7);
  });
});

describe('clusterRobustProportionDifference', () => {
  it('gives a MOVER interval that contains the difference and is wider than Newcombe’s under clustering', () => {
    const random = seededRandom(7);
    const clustersOf = (base: number) =>
      Array.from({ length: 20 }, () => {
        const p = Math.min(0.95, Math.max(0.05, base + 0.2 * random.normal()));
        let successes = 0;
        for (let i = 0; i < 15; i++) {
          successes += random.bernoulli(p) ? 1 : 0;
        }
        return { n: 15, successes };
      });
    const a = clustersOf(0.7);
    const b = clustersOf(0.6);
    const result = clusterRobustProportionDifference(a, b);
    const total = (cs: { n: number; successes: number }[]) => ({
      n: cs.reduce((t, c) => t + c.n, 0),
      successes: cs.reduce((t, c) => t + c.successes, 0),
    });
    const naive = proportionDifferenceInterval(total(a), total(b));
    expect(result.status).toBe('ok');
    expect(result.method).toBe('cluster-robust-cr2-mover');
    expect(result.lower as number).toBeLessThan(result.difference as number);
    expect(result.upper as number).toBeGreaterThan(result.difference as number);
    expect((result.upper as number) - (result.lower as number)).toBeGreaterThan(
      (naive.upper as number) - (naive.lower as number),
    );
    expect(result.pValue as number).toBeGreaterThan(0);
  });
});
