import { CONFIDENCE_LEVEL } from '../core/estimate';
import { chiSquareQuantile } from '../distributions/chi-square';

/** One group's estimate and the variance of that estimate (an agent's mean and σ²/n). */
export interface GroupEstimate {
  mean: number;
  samplingVariance: number;
}

export interface BetweenVarianceResult {
  /** REML estimate of the between-group variance τ², truncated at 0. */
  estimate: number;
  /** Q-profile interval for τ² (Viechtbauer 2007); the lower end is 0 when heterogeneity is not significant. */
  lower: number;
  upper: number;
  /** Cochran's Q at τ² = 0 and its k − 1 degrees of freedom. */
  q: number;
  groups: number;
  method: 'reml-q-profile';
}

const MAX_ITERATIONS = 500;
const TOLERANCE = 1e-12;

function assertGroups(groups: readonly GroupEstimate[]): void {
  groups.forEach(({ mean, samplingVariance }, index) => {
    if (!Number.isFinite(mean) || !(samplingVariance > 0) || !Number.isFinite(samplingVariance)) {
      throw new RangeError(`group ${index} needs a finite mean and a positive sampling variance`);
    }
  });
}

/** Precision-weighted mean μ̂(τ²) and the generalised Q(τ²) = Σ (yᵢ − μ̂)²/(vᵢ + τ²). */
function weightedFit(groups: readonly GroupEstimate[], tau2: number): { mean: number; q: number; weights: number[] } {
  const weights = groups.map((group) => 1 / (group.samplingVariance + tau2));
  const totalWeight = weights.reduce((total, w) => total + w, 0);
  const mean = groups.reduce((total, group, i) => total + weights[i] * group.mean, 0) / totalWeight;
  const q = groups.reduce((total, group, i) => total + weights[i] * (group.mean - mean) ** 2, 0);
  return { mean, q, weights };
}

/**
 * REML estimate of τ² in yᵢ ~ N(μ, vᵢ + τ²) by the fixed-point form of the REML equation (Viechtbauer 2005):
 * τ² = Σwᵢ²((yᵢ − μ̂)² − vᵢ)/Σwᵢ² + 1/Σwᵢ with wᵢ = 1/(vᵢ + τ²), truncated at 0.
 */
export function remlBetweenVariance(groups: readonly GroupEstimate[]): number {
  assertGroups(groups);
  if (groups.length < 2) {
    throw new RangeError('the between-group variance needs at least two groups');
  }
  let tau2 = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const { mean, weights } = weightedFit(groups, tau2);
    let numerator = 0;
    let sumW = 0;
    let sumW2 = 0;
    groups.forEach((group, i) => {
      const w2 = weights[i] * weights[i];
      numerator += w2 * ((group.mean - mean) ** 2 - group.samplingVariance);
      sumW += weights[i];
      sumW2 += w2;
    });
    const next = Math.max(0, numerator / sumW2 + 1 / sumW);
    if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
      return next;
    }
    tau2 = next;
  }
  return tau2;
}

/** τ² with Q(τ²) = target; Q falls monotonically from Q(0) towards 0 as τ² grows. */
function solveQ(groups: readonly GroupEstimate[], target: number): number {
  if (weightedFit(groups, 0).q <= target) {
    return 0;
  }
  let lo = 0;
  let hi = Math.max(...groups.map((group) => group.samplingVariance));
  while (weightedFit(groups, hi).q > target) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-14 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (weightedFit(groups, mid).q > target) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

/**
 * Between-group variance: REML point estimate and the Q-profile interval of Viechtbauer (2007), the τ² values where
 * the generalised Q statistic equals the χ²(k − 1) quantiles at (1 ± confidence)/2.
 */
export function betweenGroupVariance(
  groups: readonly GroupEstimate[],
  confidence: number = CONFIDENCE_LEVEL,
): BetweenVarianceResult {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  }
  const estimate = remlBetweenVariance(groups);
  const df = groups.length - 1;
  return {
    estimate,
    lower: solveQ(groups, chiSquareQuantile(0.5 + confidence / 2, df)),
    upper: solveQ(groups, chiSquareQuantile(0.5 - confidence / 2, df)),
    q: weightedFit(groups, 0).q,
    groups: groups.length,
    method: 'reml-q-profile',
  };
}
