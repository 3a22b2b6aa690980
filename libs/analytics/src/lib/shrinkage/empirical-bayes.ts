import { Estimate, insufficientEstimate, resolveMinSample, SampleOptions, Z_95 } from '../core/estimate';
import { MeanSummary, mergeMeanSummaries, sumOfSquaredDeviations } from '../summaries/mean-summary';

export interface AgentInput {
  id: string;
  summary: MeanSummary;
}

export type ShrunkAgent = Estimate & {
  id: string;
  /** The agent's own mean, null without conversations. */
  rawMean: number | null;
  /** Weight B on the vendor mean: estimate = B·vendorMean + (1 − B)·rawMean. */
  shrinkageFactor: number | null;
};

export interface ShrinkageResult {
  /** Conversation-weighted mean of the vendor's agents: the value every agent is shrunk towards. */
  vendorMean: number | null;
  /** Pooled within-agent variance σ². */
  withinVariance: number | null;
  /** Method-of-moments between-agent variance τ² (DerSimonian–Laird), truncated at 0. */
  betweenVariance: number | null;
  agents: ShrunkAgent[];
}

const METHOD = 'empirical-bayes-normal-moments';

/**
 * Empirical-Bayes shrinkage of agents' means towards their vendor's mean under the normal–normal model
 * yᵢ ~ N(θᵢ, σ²/nᵢ), θᵢ ~ N(μ, τ²). σ² is pooled within agents, τ² is the DerSimonian–Laird moment
 * estimate, and θ̂ᵢ = Bᵢμ + (1 − Bᵢ)yᵢ with Bᵢ = (σ²/nᵢ)/(σ²/nᵢ + τ²). The interval is normal with
 * variance (1 − Bᵢ)σ²/nᵢ + Bᵢ²·Var(μ̂) (Morris 1983, without the term for τ²'s own uncertainty).
 * Every agent with data informs μ, σ² and τ²; only agents with at least minSample conversations get a result.
 */
export function empiricalBayesShrinkage(agents: readonly AgentInput[], options?: SampleOptions): ShrinkageResult {
  const minSample = Math.max(1, resolveMinSample(options));
  const { withData, pooled, vendorMean, withinDf, withinSquares } = agentMoments(agents);
  const insufficientAgent = (agent: AgentInput): ShrunkAgent => ({
    ...insufficientEstimate(agent.summary.n, METHOD),
    id: agent.id,
    rawMean: agent.summary.n > 0 ? agent.summary.sum / agent.summary.n : null,
    shrinkageFactor: null,
  });
  if (vendorMean === null || withData.length < 2 || withinDf <= 0) {
    return { vendorMean, withinVariance: null, betweenVariance: null, agents: agents.map(insufficientAgent) };
  }
  const mu = vendorMean;
  const sigma2 = withinSquares / withinDf;
  const betweenVariance = sigma2 > 0 ? derSimonianLaird(withData, mu, sigma2) : 0;
  // Variance of the conversation-weighted vendor mean under the model.
  const muVariance =
    withData.reduce((total, { summary: { n } }) => total + n * n * (sigma2 / n + betweenVariance), 0) /
    (pooled.n * pooled.n);
  return {
    vendorMean,
    withinVariance: sigma2,
    betweenVariance,
    agents: agents.map((agent): ShrunkAgent => {
      const { n, sum } = agent.summary;
      if (n < minSample) {
        return insufficientAgent(agent);
      }
      const rawMean = sum / n;
      const samplingVariance = sigma2 / n;
      const total = samplingVariance + betweenVariance;
      const factor = total > 0 ? samplingVariance / total : 1;
      const estimate = factor * mu + (1 - factor) * rawMean;
      const halfWidth = Z_95 * Math.sqrt((1 - factor) * samplingVariance + factor * factor * muVariance);
      return {
        status: 'ok',
        n,
        estimate,
        lower: estimate - halfWidth,
        upper: estimate + halfWidth,
        method: METHOD,
        id: agent.id,
        rawMean,
        shrinkageFactor: factor,
      };
    }),
  };
}

export interface AgentMoments {
  /** Agents with at least one conversation. */
  withData: AgentInput[];
  pooled: MeanSummary;
  /** Conversation-weighted mean of all agents, null without conversations. */
  vendorMean: number | null;
  /** Σ(nᵢ − 1) and Σ of within-agent squared deviations: σ² = withinSquares/withinDf. */
  withinDf: number;
  withinSquares: number;
}

export function agentMoments(agents: readonly AgentInput[]): AgentMoments {
  const withData = agents.filter((agent) => agent.summary.n > 0);
  const pooled = mergeMeanSummaries(...withData.map((agent) => agent.summary));
  return {
    withData,
    pooled,
    vendorMean: pooled.n > 0 ? pooled.sum / pooled.n : null,
    withinDf: withData.reduce((total, agent) => total + agent.summary.n - 1, 0),
    withinSquares: withData.reduce((total, agent) => total + sumOfSquaredDeviations(agent.summary), 0),
  };
}

/** τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)) with wᵢ = nᵢ/σ² and Q = Σwᵢ(yᵢ − μ)². */
function derSimonianLaird(agents: readonly AgentInput[], mu: number, sigma2: number): number {
  let q = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (const { summary } of agents) {
    const w = summary.n / sigma2;
    const deviation = summary.sum / summary.n - mu;
    q += w * deviation * deviation;
    sumW += w;
    sumW2 += w * w;
  }
  const scale = sumW - sumW2 / sumW;
  return scale > 0 ? Math.max(0, (q - (agents.length - 1)) / scale) : 0;
}
