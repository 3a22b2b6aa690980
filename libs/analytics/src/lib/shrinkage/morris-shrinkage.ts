import { resolveMinSample, SampleOptions, Status, Z_95 } from '../core/estimate';
import { BetweenVarianceResult, betweenGroupVariance } from './between-agent-variance';
import { AgentInput, agentMoments } from './empirical-bayes';

export interface MorrisShrunkAgent {
  id: string;
  status: Status;
  n: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** The agent's own mean, null without conversations. */
  rawMean: number | null;
  /** Weight B̂ on the vendor mean: estimate = B̂·vendorMean + (1 − B̂)·rawMean. */
  shrinkageFactor: number | null;
  method: 'empirical-bayes-morris';
}

export interface MorrisShrinkageResult {
  /** Precision-weighted mean of the agents at the REML τ². */
  vendorMean: number | null;
  /** Pooled within-agent variance σ². */
  withinVariance: number | null;
  /** REML τ² with its Q-profile interval. */
  betweenVariance: BetweenVarianceResult | null;
  /**
   * False when the interval for τ² reaches 0: the data are compatible with all agents being alike, so differences
   * between their estimates should not be read as differences between agents.
   */
  agentsDistinguishable: boolean | null;
  agents: MorrisShrunkAgent[];
}

/** Morris's correction needs k − 3 > 0. */
const MIN_AGENTS = 4;

/**
 * Empirical-Bayes shrinkage of agents' means whose intervals account for the uncertainty of the between-agent variance
 * (Morris 1983; unequal variances as in Carlin & Louis 2000, §3.5.1). With Vᵢ = σ²/nᵢ, the REML τ̂² and the
 * precision-weighted mean μ̂ over the k agents with data:
 *   B̂ᵢ = min(1, ((k − 3)/(k − 1))·Vᵢ/(Vᵢ + τ̂²)),  θ̂ᵢ = μ̂ + (1 − B̂ᵢ)(yᵢ − μ̂),
 *   sᵢ² = Vᵢ(1 − ((k − 1)/k)·B̂ᵢ) + (2/(k − 3))·B̂ᵢ²·(yᵢ − μ̂)²,
 * and the interval θ̂ᵢ ± 1.96·sᵢ. When τ̂² = 0, B̂ stays below 1 and the last term widens the interval of an agent
 * far from the mean, instead of pinning every agent to the vendor mean with a narrow interval.
 */
export function morrisShrinkage(agents: readonly AgentInput[], options?: SampleOptions): MorrisShrinkageResult {
  const minSample = Math.max(1, resolveMinSample(options));
  const { withData, withinDf, withinSquares } = agentMoments(agents);
  const k = withData.length;
  const sigma2 = withinDf > 0 ? withinSquares / withinDf : 0;
  const insufficientAgent = (agent: AgentInput): MorrisShrunkAgent => ({
    id: agent.id,
    status: 'insufficient',
    n: agent.summary.n,
    estimate: null,
    lower: null,
    upper: null,
    rawMean: agent.summary.n > 0 ? agent.summary.sum / agent.summary.n : null,
    shrinkageFactor: null,
    method: 'empirical-bayes-morris',
  });
  if (k < MIN_AGENTS || !(sigma2 > 0)) {
    return {
      vendorMean: null,
      withinVariance: withinDf > 0 ? sigma2 : null,
      betweenVariance: null,
      agentsDistinguishable: null,
      agents: agents.map(insufficientAgent),
    };
  }
  const groups = withData.map(({ summary }) => ({
    mean: summary.sum / summary.n,
    samplingVariance: sigma2 / summary.n,
  }));
  const between = betweenGroupVariance(groups);
  const tau2 = between.estimate;
  const weights = groups.map((group) => 1 / (group.samplingVariance + tau2));
  const totalWeight = weights.reduce((total, w) => total + w, 0);
  const mu = groups.reduce((total, group, i) => total + weights[i] * group.mean, 0) / totalWeight;
  return {
    vendorMean: mu,
    withinVariance: sigma2,
    betweenVariance: between,
    agentsDistinguishable: between.lower > 0,
    agents: agents.map((agent): MorrisShrunkAgent => {
      const { n, sum } = agent.summary;
      if (n < minSample) {
        return insufficientAgent(agent);
      }
      const rawMean = sum / n;
      const v = sigma2 / n;
      const factor = Math.min(1, ((k - 3) / (k - 1)) * (v / (v + tau2)));
      const estimate = mu + (1 - factor) * (rawMean - mu);
      const variance = v * (1 - ((k - 1) / k) * factor) + (2 / (k - 3)) * factor * factor * (rawMean - mu) ** 2;
      const halfWidth = Z_95 * Math.sqrt(variance);
      return {
        id: agent.id,
        status: 'ok',
        n,
        estimate,
        lower: estimate - halfWidth,
        upper: estimate + halfWidth,
        rawMean,
        shrinkageFactor: factor,
        method: 'empirical-bayes-morris',
      };
    }),
  };
}
