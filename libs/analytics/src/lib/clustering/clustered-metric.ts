import {
  Difference,
  Estimate,
  insufficientDifference,
  insufficientEstimate,
  resolveMinSample,
  SampleOptions,
  Z_95,
} from '../core/estimate';
import { tQuantile } from '../distributions/student-t';
import { differenceOfMeans, moverDifference } from '../intervals/differences';
import { satterthwaiteInterval } from '../intervals/satterthwaite';
import { wilsonBounds } from '../intervals/wilson';
import { MeanSummary, sampleVariance } from '../summaries/mean-summary';
import { ProportionSummary, proportionAsMeanSummary } from '../summaries/proportion-summary';
import { ClusterRobustCore, clusterRobustCore } from './cluster-robust';

/**
 * A group's observations split by cluster (agent): one summary per agent, and the observations without an agent
 * summed in `unclustered` (each counts as a cluster of one).
 */
export interface Clustering<S> {
  clusters: readonly S[];
  unclustered: S;
}

/** What clustering did to an estimate: reported beside it so a reader sees how much agents matter. */
export interface DesignReport {
  /** Agents with data. */
  agents: number;
  /** CR2 variance over the variance that treats conversations as independent; null without variation. */
  designEffect: number | null;
  /** One-way ANOVA intra-agent correlation, truncated at 0. */
  intraAgentCorrelation: number | null;
}

export type ClusteredEstimate = Estimate & Partial<DesignReport>;

function realClusters(clusters: readonly MeanSummary[]): number {
  return clusters.reduce((count, cluster) => count + (cluster.n > 0 ? 1 : 0), 0);
}

/** The CR2 core of a clustered mean summary, or null when fewer than two agents have data (no clustering to use). */
export function clusteredCore(clustering: Clustering<MeanSummary> | undefined): ClusterRobustCore | null {
  if (!clustering || realClusters(clustering.clusters) < 2) {
    return null;
  }
  return clusterRobustCore(clustering.clusters, clustering.unclustered);
}

export function proportionClustering(clustering: Clustering<ProportionSummary>): Clustering<MeanSummary> {
  return {
    clusters: clustering.clusters.map(proportionAsMeanSummary),
    unclustered: proportionAsMeanSummary(clustering.unclustered),
  };
}

function report(core: ClusterRobustCore, clustering: Clustering<MeanSummary>): DesignReport {
  return {
    agents: realClusters(clustering.clusters),
    designEffect: core.designEffect,
    intraAgentCorrelation: core.intraClusterCorrelation,
  };
}

/**
 * Mean with the CR2 t interval when the clustering has two or more agents (`cluster-robust-cr2-t`); null otherwise,
 * so the caller falls back to the interval for independent conversations.
 */
export function clusteredMeanEstimate(
  summary: MeanSummary,
  clustering: Clustering<MeanSummary> | undefined,
  options?: SampleOptions,
): ClusteredEstimate | null {
  const core = clusteredCore(clustering);
  if (core === null || !clustering) {
    return null;
  }
  if (summary.n < Math.max(2, resolveMinSample(options))) {
    return { ...insufficientEstimate(summary.n, 'cluster-robust-cr2-t'), ...report(core, clustering) };
  }
  const halfWidth = core.variance > 0 ? tQuantile(0.975, core.df) * Math.sqrt(core.variance) : 0;
  return {
    status: 'ok',
    n: core.n,
    estimate: core.estimate,
    lower: core.estimate - halfWidth,
    upper: core.estimate + halfWidth,
    method: 'cluster-robust-cr2-t',
    ...report(core, clustering),
  };
}

function clusteredWilson(core: ClusterRobustCore): { lower: number; upper: number } {
  const p = core.estimate;
  const effectiveN = core.variance > 0 ? (p * (1 - p)) / core.variance : core.n;
  return wilsonBounds(p, effectiveN, tQuantile(0.975, core.df));
}

/**
 * Proportion with the cluster-aware Wilson interval (`cluster-robust-cr2-wilson`: Wilson at n* = p̂(1 − p̂)/V_CR2
 * with t(df)) when two or more agents have data; null otherwise.
 */
export function clusteredProportionEstimate(
  summary: ProportionSummary,
  clustering: Clustering<ProportionSummary> | undefined,
  options?: SampleOptions,
): ClusteredEstimate | null {
  const asMeans = clustering ? proportionClustering(clustering) : undefined;
  const core = clusteredCore(asMeans);
  if (core === null || !asMeans) {
    return null;
  }
  if (summary.n < Math.max(1, resolveMinSample(options))) {
    return { ...insufficientEstimate(summary.n, 'cluster-robust-cr2-wilson'), ...report(core, asMeans) };
  }
  return {
    status: 'ok',
    n: core.n,
    estimate: core.estimate,
    ...clusteredWilson(core),
    method: 'cluster-robust-cr2-wilson',
    ...report(core, asMeans),
  };
}

/** One side of a difference: its CR2 core when clustered, else the independent variance s²/n on n − 1 df. */
function sideCore(summary: MeanSummary, clustering: Clustering<MeanSummary> | undefined): ClusterRobustCore | null {
  const clustered = clusteredCore(clustering);
  if (clustered) {
    return clustered;
  }
  const variance = sampleVariance(summary);
  if (variance === null || summary.n < 2) {
    return null;
  }
  return {
    n: summary.n,
    clusters: summary.n,
    estimate: summary.sum / summary.n,
    variance: variance / summary.n,
    df: summary.n - 1,
    designEffect: null,
    intraClusterCorrelation: null,
  };
}

/**
 * a − b of two means when at least one side is clustered by agent: each side's CR2 variance (or the independent
 * variance of a side without agents) combined as in Welch's test, Satterthwaite df (`cluster-robust-cr2-welch`).
 * Null when neither side is clustered: the caller uses Welch's interval.
 */
export function clusteredMeanDifference(
  a: MeanSummary,
  b: MeanSummary,
  clusteringA: Clustering<MeanSummary> | undefined,
  clusteringB: Clustering<MeanSummary> | undefined,
  options?: SampleOptions,
): Difference | null {
  if (clusteredCore(clusteringA) === null && clusteredCore(clusteringB) === null) {
    return null;
  }
  const method = 'cluster-robust-cr2-welch';
  const minimum = Math.max(2, resolveMinSample(options));
  const coreA = a.n >= minimum ? sideCore(a, clusteringA) : null;
  const coreB = b.n >= minimum ? sideCore(b, clusteringB) : null;
  if (coreA === null || coreB === null) {
    return insufficientDifference(a.n, b.n, method);
  }
  const difference = differenceOfMeans(coreA.estimate, coreB.estimate);
  const { lower, upper, pValue } = satterthwaiteInterval(difference, [
    { variance: coreA.variance, df: coreA.df },
    { variance: coreB.variance, df: coreB.df },
  ]);
  return { status: 'ok', nA: a.n, nB: b.n, difference, lower, upper, pValue, method };
}

/**
 * a − b of two proportions when at least one side is clustered: MOVER from each side's cluster-aware Wilson interval
 * (plain Wilson for a side without agents), p-value from the t test on the two variances (`cluster-robust-cr2-mover`).
 * Null when neither side is clustered: the caller uses Newcombe's interval.
 */
export function clusteredProportionDifference(
  a: ProportionSummary,
  b: ProportionSummary,
  clusteringA: Clustering<ProportionSummary> | undefined,
  clusteringB: Clustering<ProportionSummary> | undefined,
  options?: SampleOptions,
): Difference | null {
  const meansA = clusteringA ? proportionClustering(clusteringA) : undefined;
  const meansB = clusteringB ? proportionClustering(clusteringB) : undefined;
  if (clusteredCore(meansA) === null && clusteredCore(meansB) === null) {
    return null;
  }
  const method = 'cluster-robust-cr2-mover';
  const minimum = Math.max(1, resolveMinSample(options));
  const coreA = a.n >= minimum ? sideCore(proportionAsMeanSummary(a), meansA) : null;
  const coreB = b.n >= minimum ? sideCore(proportionAsMeanSummary(b), meansB) : null;
  if (coreA === null || coreB === null) {
    return insufficientDifference(a.n, b.n, method);
  }
  const bounds = (core: ClusterRobustCore, clustered: boolean) =>
    clustered ? clusteredWilson(core) : wilsonBounds(core.estimate, core.n, Z_95);
  const difference = coreA.estimate - coreB.estimate;
  const mover = moverDifference(
    { estimate: coreA.estimate, ...bounds(coreA, clusteredCore(meansA) !== null) },
    { estimate: coreB.estimate, ...bounds(coreB, clusteredCore(meansB) !== null) },
  );
  const { pValue } = satterthwaiteInterval(difference, [
    { variance: coreA.variance, df: coreA.df },
    { variance: coreB.variance, df: coreB.df },
  ]);
  return { status: 'ok', nA: a.n, nB: b.n, difference, ...mover, pValue, method };
}

/**
 * A group's design for `GapMatrixOptions.cellDesigns` and standardised comparisons: the CR2 design effect (1 without
 * variation) and Bell–McCaffrey df of its conversations clustered by agent; null with fewer than two agents.
 */
export function designOf(clustering: Clustering<MeanSummary>): { designEffect: number; df: number } | null {
  const core = clusteredCore(clustering);
  return core ? { designEffect: core.designEffect ?? 1, df: core.df } : null;
}
