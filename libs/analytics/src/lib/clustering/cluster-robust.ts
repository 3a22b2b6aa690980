import { CONFIDENCE_LEVEL, resolveMinSample, SampleOptions, Status } from '../core/estimate';
import { tQuantile } from '../distributions/student-t';
import { wilsonBounds } from '../intervals/wilson';
import { MeanSummary, mergeMeanSummaries, sampleVariance, sumOfSquaredDeviations } from '../summaries/mean-summary';
import { assertValidProportion, ProportionSummary, proportionAsMeanSummary } from '../summaries/proportion-summary';

export type ClusterRobustMethod = 'cluster-robust-cr2-t' | 'cluster-robust-cr2-wilson';

export interface ClusterRobustEstimate {
  status: Status;
  /** Observations (conversations) over all clusters. */
  n: number;
  /** Clusters (agents) with at least one observation. */
  clusters: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** CR2 standard error of the estimate. */
  standardError: number | null;
  /** Bell–McCaffrey degrees of freedom (G − 1 for equal clusters). */
  df: number | null;
  /** CR2 variance over the variance that treats observations as independent (s²/n); null without variation. */
  designEffect: number | null;
  /** One-way ANOVA intra-cluster correlation, truncated at 0; null when no cluster has two observations. */
  intraClusterCorrelation: number | null;
  method: ClusterRobustMethod;
}

export interface ClusterRobustOptions extends SampleOptions {
  /** Two-sided coverage; default 0.95. */
  confidence?: number;
}

export interface ClusterRobustCore {
  n: number;
  clusters: number;
  estimate: number;
  variance: number;
  df: number;
  designEffect: number | null;
  intraClusterCorrelation: number | null;
}

const EMPTY_SUMMARY: MeanSummary = { n: 0, sum: 0, sumSq: 0 };

/**
 * CR2 variance of the overall (observation-weighted) mean with clusters as independent units (Bell & McCaffrey
 * 2002). For the intercept-only model the adjustment (I − H_gg)^(−1/2) acts on cluster g's residual sum only, so
 * V = Σ_g E_g² / (1 − n_g/N) / N² with E_g = sum_g − n_g·ȳ, and the Bell–McCaffrey degrees of freedom under the
 * independence working model are N²/S with S = Σ n_g² + ((Σ u_g)² − Σ u_g²)/N², u_g = N·n_g²/(N − n_g).
 * Everything follows from each cluster's {n, sum, sumSq}, so rollups by agent suffice. Observations without a
 * cluster (conversations without an agent) come summed in `unclustered` and count as clusters of one each; with no
 * clusters at all this is exactly the independent variance s²/N on N − 1 df. Null below two (real) clusters.
 */
export function clusterRobustCore(
  clusters: readonly MeanSummary[],
  unclustered: MeanSummary = EMPTY_SUMMARY,
): ClusterRobustCore | null {
  const present = clusters.filter((cluster) => cluster.n > 0);
  const total = mergeMeanSummaries(...present, unclustered);
  const N = total.n;
  const G = present.length + unclustered.n;
  if (present.length < 2) {
    return null;
  }
  const mean = total.sum / N;
  let meat = 0;
  let squaredSizes = 0;
  let sumU = 0;
  let sumU2 = 0;
  let betweenSquares = 0;
  let withinSquares = 0;
  for (const { n, sum, sumSq } of present) {
    const residualSum = sum - n * mean;
    meat += (residualSum * residualSum) / (1 - n / N);
    squaredSizes += n * n;
    const u = (N * n * n) / (N - n);
    sumU += u;
    sumU2 += u * u;
    betweenSquares += (residualSum * residualSum) / n;
    withinSquares += sumOfSquaredDeviations({ n, sum, sumSq });
  }
  if (unclustered.n > 0) {
    // Each observation without a cluster is a cluster of one: E = y − ȳ, n_g = 1, u = N/(N − 1).
    const residualSquares = Math.max(0, unclustered.sumSq - 2 * mean * unclustered.sum + unclustered.n * mean * mean);
    meat += residualSquares / (1 - 1 / N);
    squaredSizes += unclustered.n;
    const u = N / (N - 1);
    sumU += unclustered.n * u;
    sumU2 += unclustered.n * u * u;
    betweenSquares += residualSquares;
  }
  const variance = meat / (N * N);
  const df = (N * N) / (squaredSizes + (sumU * sumU - sumU2) / (N * N));
  const naiveVariance = sampleVariance(total);
  return {
    n: N,
    clusters: G,
    estimate: mean,
    variance,
    df,
    designEffect: naiveVariance && naiveVariance > 0 ? variance / (naiveVariance / N) : null,
    intraClusterCorrelation: anovaIntraClusterCorrelation(betweenSquares, withinSquares, N, G, squaredSizes),
  };
}

/** ICC = (MSB − MSW)/(MSB + (n₀ − 1)·MSW), n₀ = (N − Σn_g²/N)/(G − 1) (one-way ANOVA, unequal clusters). */
function anovaIntraClusterCorrelation(
  betweenSquares: number,
  withinSquares: number,
  N: number,
  G: number,
  squaredSizes: number,
): number | null {
  if (N - G < 1) {
    return null;
  }
  const msb = betweenSquares / (G - 1);
  const msw = withinSquares / (N - G);
  const n0 = (N - squaredSizes / N) / (G - 1);
  const denominator = msb + (n0 - 1) * msw;
  return denominator > 0 ? Math.max(0, (msb - msw) / denominator) : null;
}

function assertConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  }
}

function insufficient(n: number, clusters: number, method: ClusterRobustMethod): ClusterRobustEstimate {
  return {
    status: 'insufficient',
    n,
    clusters,
    estimate: null,
    lower: null,
    upper: null,
    standardError: null,
    df: null,
    designEffect: null,
    intraClusterCorrelation: null,
    method,
  };
}

function counts(clusters: readonly MeanSummary[]): { n: number; clusters: number } {
  const present = clusters.filter((cluster) => cluster.n > 0);
  return { n: present.reduce((total, cluster) => total + cluster.n, 0), clusters: present.length };
}

/**
 * Mean over all observations with a cluster-robust t interval: CR2 standard error and Bell–McCaffrey degrees of
 * freedom, one MeanSummary per cluster (agent). Needs at least two clusters and `minSample` observations.
 */
export function clusterRobustMean(
  clusters: readonly MeanSummary[],
  options?: ClusterRobustOptions,
): ClusterRobustEstimate {
  const confidence = options?.confidence ?? CONFIDENCE_LEVEL;
  assertConfidence(confidence);
  const method = 'cluster-robust-cr2-t';
  const size = counts(clusters);
  const core = size.n >= Math.max(2, resolveMinSample(options)) ? clusterRobustCore(clusters) : null;
  if (core === null) {
    return insufficient(size.n, size.clusters, method);
  }
  const standardError = Math.sqrt(core.variance);
  const halfWidth = standardError > 0 ? tQuantile(0.5 + confidence / 2, core.df) * standardError : 0;
  return {
    status: 'ok',
    n: core.n,
    clusters: core.clusters,
    estimate: core.estimate,
    lower: core.estimate - halfWidth,
    upper: core.estimate + halfWidth,
    standardError,
    df: core.df,
    designEffect: core.designEffect,
    intraClusterCorrelation: core.intraClusterCorrelation,
    method,
  };
}

/**
 * Proportion over all observations with a cluster-aware interval: the Wilson score interval at the effective
 * sample size n* = p̂(1 − p̂)/V_CR2 with the Bell–McCaffrey t quantile in place of z (Korn & Graubard 1998 use the
 * same effective size and degrees of freedom with Clopper–Pearson). It stays inside [0, 1]; at p̂ = 0 or 1 the
 * residuals vanish and n* falls back to n.
 */
export function clusterRobustProportion(
  clusters: readonly ProportionSummary[],
  options?: ClusterRobustOptions,
): ClusterRobustEstimate {
  clusters.forEach(assertValidProportion);
  const confidence = options?.confidence ?? CONFIDENCE_LEVEL;
  assertConfidence(confidence);
  const method = 'cluster-robust-cr2-wilson';
  const asMeans = clusters.map(proportionAsMeanSummary);
  const size = counts(asMeans);
  const core = size.n >= Math.max(1, resolveMinSample(options)) ? clusterRobustCore(asMeans) : null;
  if (core === null) {
    return insufficient(size.n, size.clusters, method);
  }
  const p = core.estimate;
  const effectiveN = core.variance > 0 ? (p * (1 - p)) / core.variance : core.n;
  const { lower, upper } = wilsonBounds(p, effectiveN, tQuantile(0.5 + confidence / 2, core.df));
  return {
    status: 'ok',
    n: core.n,
    clusters: core.clusters,
    estimate: p,
    lower,
    upper,
    standardError: Math.sqrt(core.variance),
    df: core.df,
    designEffect: core.designEffect,
    intraClusterCorrelation: core.intraClusterCorrelation,
    method,
  };
}
