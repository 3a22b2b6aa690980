import { resolveMinSample, SampleOptions, Status } from '../core/estimate';
import { differenceOfMeans, moverDifference } from '../intervals/differences';
import { satterthwaiteInterval } from '../intervals/satterthwaite';
import { MeanSummary } from '../summaries/mean-summary';
import { ProportionSummary, proportionAsMeanSummary } from '../summaries/proportion-summary';
import { ClusterRobustCore, clusterRobustCore, clusterRobustProportion } from './cluster-robust';

export interface ClusterRobustDifference {
  status: Status;
  nA: number;
  nB: number;
  clustersA: number;
  clustersB: number;
  /** a − b. */
  difference: number | null;
  lower: number | null;
  upper: number | null;
  /** Two-sided p-value of the t test on the CR2 variances with Satterthwaite degrees of freedom. */
  pValue: number | null;
  df: number | null;
  method: 'cluster-robust-cr2-welch' | 'cluster-robust-cr2-mover';
}

type Method = ClusterRobustDifference['method'];

function sizes(clusters: readonly MeanSummary[]): { n: number; clusters: number } {
  const present = clusters.filter((cluster) => cluster.n > 0);
  return { n: present.reduce((total, cluster) => total + cluster.n, 0), clusters: present.length };
}

function cores(
  a: readonly MeanSummary[],
  b: readonly MeanSummary[],
  minimum: number,
  method: Method,
): { result: ClusterRobustDifference; coreA: ClusterRobustCore | null; coreB: ClusterRobustCore | null } {
  const sizeA = sizes(a);
  const sizeB = sizes(b);
  const coreA = sizeA.n >= minimum ? clusterRobustCore(a) : null;
  const coreB = sizeB.n >= minimum ? clusterRobustCore(b) : null;
  const result: ClusterRobustDifference = {
    status: 'insufficient',
    nA: sizeA.n,
    nB: sizeB.n,
    clustersA: sizeA.clusters,
    clustersB: sizeB.clusters,
    difference: null,
    lower: null,
    upper: null,
    pValue: null,
    df: null,
    method,
  };
  return { result, coreA, coreB };
}

/**
 * Difference of two groups' means (two vendors, or a cell and its comparison group) when each group's observations
 * are clustered by agent: CR2 variance of each mean, combined as in Welch's test with Satterthwaite degrees of freedom
 * from the two Bell–McCaffrey df. With every cluster of size one this is close to Welch's interval.
 */
export function clusterRobustMeanDifference(
  a: readonly MeanSummary[],
  b: readonly MeanSummary[],
  options?: SampleOptions,
): ClusterRobustDifference {
  const { result, coreA, coreB } = cores(a, b, Math.max(2, resolveMinSample(options)), 'cluster-robust-cr2-welch');
  if (coreA === null || coreB === null) {
    return result;
  }
  const difference = differenceOfMeans(coreA.estimate, coreB.estimate);
  const { lower, upper, pValue, df } = satterthwaiteInterval(difference, [
    { variance: coreA.variance, df: coreA.df },
    { variance: coreB.variance, df: coreB.df },
  ]);
  return { ...result, status: 'ok', difference, lower, upper, pValue, df: Number.isFinite(df) ? df : null };
}

/**
 * Difference of two clustered proportions: MOVER (Zou & Donner 2008) from the two cluster-aware Wilson intervals of
 * `clusterRobustProportion`, and the t test on the CR2 variances with Satterthwaite df.
 */
export function clusterRobustProportionDifference(
  a: readonly ProportionSummary[],
  b: readonly ProportionSummary[],
  options?: SampleOptions,
): ClusterRobustDifference {
  const minimum = Math.max(1, resolveMinSample(options));
  const { result, coreA, coreB } = cores(
    a.map(proportionAsMeanSummary),
    b.map(proportionAsMeanSummary),
    minimum,
    'cluster-robust-cr2-mover',
  );
  const intervalA = clusterRobustProportion(a, { minSample: minimum });
  const intervalB = clusterRobustProportion(b, { minSample: minimum });
  if (coreA === null || coreB === null || intervalA.status !== 'ok' || intervalB.status !== 'ok') {
    return result;
  }
  const bounds = moverDifference(
    { estimate: coreA.estimate, lower: intervalA.lower as number, upper: intervalA.upper as number },
    { estimate: coreB.estimate, lower: intervalB.lower as number, upper: intervalB.upper as number },
  );
  const difference = coreA.estimate - coreB.estimate;
  const { pValue, df } = satterthwaiteInterval(difference, [
    { variance: coreA.variance, df: coreA.df },
    { variance: coreB.variance, df: coreB.df },
  ]);
  return { ...result, status: 'ok', difference, ...bounds, pValue, df: Number.isFinite(df) ? df : null };
}
