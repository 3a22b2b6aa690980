import { Z_95 } from '../core/estimate';
import { seededRandom } from '../random/seeded-random';
import { MeanSummary, meanSummaryOf } from '../summaries/mean-summary';
import { empiricalBayesShrinkage } from './empirical-bayes';
import { morrisShrinkage } from './morris-shrinkage';

/** An agent with n conversations, mean `mean` and within-agent variance exactly `variance`. */
function agent(id: string, mean: number, n = 25, variance = 100): { id: string; summary: MeanSummary } {
  const sum = mean * n;
  return { id, summary: { n, sum, sumSq: (sum * sum) / n + variance * (n - 1) } };
}

const OPTIONS = { minSample: 20 };

describe('morrisShrinkage', () => {
  // Five agents of 25 conversations, σ² = 100, so V = 4 for each. Means 70, 74, 78, 82, 86: μ̂ = 78,
  // S = Σ(y − ȳ)² = 160, REML τ² = S/(k − 1) − V = 40 − 4 = 36. B̂ = (2/4)·4/40 = 0.05.
  // Agent at 86: θ̂ = 78 + 0.95·8 = 85.6; s² = 4·(1 − 0.8·0.05) + (2/2)·0.05²·64 = 3.84 + 0.16 = 4.0.
  // Agent at 78: θ̂ = 78; s² = 3.84.
  it('gives the hand-computed estimates and variances when agents differ', () => {
    const result = morrisShrinkage(
      [70, 74, 78, 82, 86].map((mean, i) => agent(`a${i}`, mean)),
      OPTIONS,
    );
    expect(result.vendorMean).toBeCloseTo(78, 10);
    expect(result.withinVariance).toBeCloseTo(100, 8);
    expect(result.betweenVariance?.estimate).toBeCloseTo(36, 8);
    expect(result.agentsDistinguishable).toBe(true);
    const top = result.agents[4];
    expect(top.shrinkageFactor).toBeCloseTo(0.05, 10);
    expect(top.estimate).toBeCloseTo(85.6, 8);
    expect(top.upper).toBeCloseTo(85.6 + Z_95 * 2, 8);
    expect(result.agents[2].lower).toBeCloseTo(78 - Z_95 * Math.sqrt(3.84), 8);
    expect(top.method).toBe('empirical-bayes-morris');
  });

  // Means 77, 78, 78, 79, 78 with V = 4: S = 2, REML τ² = 0 (0.5 < 4), B̂ = (2/4)·1 = 0.5.
  // Agent at 79: θ̂ = 78 + 0.5·1 = 78.5, s² = 4·(1 − 0.8·0.5) + 1·0.25·1 = 2.4 + 0.25 = 2.65.
  // Agent at 78: θ̂ = 78, s² = 2.4. The moment method pins every agent to 78 with variance Var(μ̂) = 4/5 = 0.8.
  it('keeps honest intervals when the between-agent variance is estimated at zero', () => {
    const agents = [77, 78, 78, 79, 78].map((mean, i) => agent(`a${i}`, mean));
    const result = morrisShrinkage(agents, OPTIONS);
    expect(result.betweenVariance?.estimate).toBe(0);
    expect(result.betweenVariance?.lower).toBe(0);
    expect(result.agentsDistinguishable).toBe(false);
    expect(result.agents[3].estimate).toBeCloseTo(78.5, 10);
    expect(result.agents[3].upper).toBeCloseTo(78.5 + Z_95 * Math.sqrt(2.65), 8);
    expect(result.agents[1].upper).toBeCloseTo(78 + Z_95 * Math.sqrt(2.4), 8);
    const moments = empiricalBayesShrinkage(agents, OPTIONS);
    expect(moments.agents[3].estimate).toBeCloseTo(78, 10);
    expect(moments.agents[3].upper).toBeCloseTo(78 + Z_95 * Math.sqrt(0.8), 8);
  });

  it('leaves agents below the minimum sample without an estimate but lets them inform the fit', () => {
    const agents = [...[70, 74, 78, 82, 86].map((mean, i) => agent(`a${i}`, mean)), agent('small', 90, 5)];
    const result = morrisShrinkage(agents, OPTIONS);
    expect(result.agents[5]).toMatchObject({ id: 'small', status: 'insufficient', estimate: null, rawMean: 90 });
    expect(result.betweenVariance?.groups).toBe(6);
  });

  it('needs four agents with data and some within-agent variation', () => {
    expect(
      morrisShrinkage(
        [70, 74, 78].map((mean, i) => agent(`a${i}`, mean)),
        OPTIONS,
      ),
    ).toMatchObject({
      vendorMean: null,
      betweenVariance: null,
      agentsDistinguishable: null,
    });
    const flat = [70, 74, 78, 82].map((mean, i) => agent(`a${i}`, mean, 25, 0));
    expect(morrisShrinkage(flat, OPTIONS).agents.every((a) => a.status === 'insufficient')).toBe(true);
  });
});

describe('morrisShrinkage coverage', () => {
  // 11 agents × 30 conversations, conversation SD 15 (V = 7.5), true agent SD 2 (τ² = 4): the moment estimate of τ²
  // is often 0, which pins agents to the vendor mean with too narrow intervals. Seeded, 300 vendors: Morris covered
  // 96.1% of 3,300 agents, the moment method 83.6%.
  it('covers the agents’ true means at about the nominal rate where the moment method does not', () => {
    const random = seededRandom(1983);
    let morrisCovers = 0;
    let momentCovers = 0;
    let total = 0;
    for (let vendor = 0; vendor < 300; vendor++) {
      const truths = Array.from({ length: 11 }, () => 80 + 2 * random.normal());
      const agents = truths.map((truth, i) => ({
        id: `a${i}`,
        summary: meanSummaryOf(Array.from({ length: 30 }, () => truth + 15 * random.normal())),
      }));
      const morris = morrisShrinkage(agents, OPTIONS).agents;
      const moments = empiricalBayesShrinkage(agents, OPTIONS).agents;
      truths.forEach((truth, i) => {
        morrisCovers += (morris[i].lower as number) <= truth && truth <= (morris[i].upper as number) ? 1 : 0;
        momentCovers += (moments[i].lower as number) <= truth && truth <= (moments[i].upper as number) ? 1 : 0;
        total += 1;
      });
    }
    expect(morrisCovers / total).toBeGreaterThanOrEqual(0.93);
    expect(momentCovers / total).toBeLessThan(0.9);
  });
});
