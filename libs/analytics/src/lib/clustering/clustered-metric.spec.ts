import { compareMetric, estimateMetric } from '../comparison/metric';
import { meanDifferenceInterval } from '../intervals/differences';
import { tInterval } from '../intervals/t-interval';
import { meanSummaryOf, mergeMeanSummaries } from '../summaries/mean-summary';
import { clusterRobustMean, clusterRobustProportion } from './cluster-robust';
import { clusterRobustMeanDifference } from './cluster-robust-difference';
import { clusteredMeanDifference, designOf } from './clustered-metric';

const ANY_N = { minSample: 0 };
const EMPTY = { n: 0, sum: 0, sumSq: 0 };
const agents = [[70, 75, 80], [60, 65], [90], [85, 88, 92, 95]];

describe('clustered metrics', () => {
  it('gives the CR2 interval of clusterRobustMean for a mean with agents', () => {
    const clusters = agents.map(meanSummaryOf);
    const summary = mergeMeanSummaries(...clusters);
    const result = estimateMetric({ kind: 'mean', summary, clustering: { clusters, unclustered: EMPTY } }, ANY_N);
    const reference = clusterRobustMean(clusters, ANY_N);
    expect(result).toMatchObject({ method: 'cluster-robust-cr2-t', agents: 4, estimate: reference.estimate });
    expect(result.lower).toBeCloseTo(reference.lower as number, 12);
    expect(result.designEffect).toBeCloseTo(reference.designEffect as number, 12);
  });

  it('counts conversations without an agent as clusters of one each', () => {
    const clusters = agents.map(meanSummaryOf);
    const loose = [71, 99, 55];
    const summary = mergeMeanSummaries(...clusters, meanSummaryOf(loose));
    const result = estimateMetric(
      { kind: 'mean', summary, clustering: { clusters, unclustered: meanSummaryOf(loose) } },
      ANY_N,
    );
    const singletons = clusterRobustMean([...clusters, ...loose.map((value) => meanSummaryOf([value]))], ANY_N);
    expect(result.lower).toBeCloseTo(singletons.lower as number, 10);
    expect(result.upper).toBeCloseTo(singletons.upper as number, 10);
  });

  it('falls back to the independent interval with fewer than two agents', () => {
    const summary = meanSummaryOf([1, 2, 3, 4]);
    const clustering = { clusters: [summary], unclustered: EMPTY };
    expect(estimateMetric({ kind: 'mean', summary, clustering }, ANY_N)).toEqual(tInterval(summary, ANY_N));
    expect(compareMetric({ kind: 'mean', summary, clustering }, { kind: 'mean', summary }, ANY_N)).toEqual(
      meanDifferenceInterval(summary, summary, ANY_N),
    );
  });

  it('matches clusterRobustMeanDifference when both sides have agents', () => {
    const a = agents.map(meanSummaryOf);
    const b = [
      [60, 62],
      [70, 71, 75],
      [66, 64, 61],
    ].map(meanSummaryOf);
    const result = clusteredMeanDifference(
      mergeMeanSummaries(...a),
      mergeMeanSummaries(...b),
      { clusters: a, unclustered: EMPTY },
      { clusters: b, unclustered: EMPTY },
      ANY_N,
    );
    const reference = clusterRobustMeanDifference(a, b, ANY_N);
    expect(result?.lower).toBeCloseTo(reference.lower as number, 10);
    expect(result?.pValue).toBeCloseTo(reference.pValue as number, 10);
  });

  it('gives the cluster-aware Wilson interval for a proportion with agents', () => {
    const clusters = [
      { n: 10, successes: 9 },
      { n: 12, successes: 3 },
      { n: 8, successes: 5 },
    ];
    const summary = { n: 30, successes: 17 };
    const result = estimateMetric(
      { kind: 'proportion', summary, clustering: { clusters, unclustered: { n: 0, successes: 0 } } },
      ANY_N,
    );
    const reference = clusterRobustProportion(clusters, ANY_N);
    expect(result).toMatchObject({ method: 'cluster-robust-cr2-wilson', agents: 3 });
    expect(result.lower).toBeCloseTo(reference.lower as number, 12);
    expect(result.upper).toBeCloseTo(reference.upper as number, 12);
  });

  it('reports a design of 1 without variation and null with a single agent', () => {
    expect(designOf({ clusters: [meanSummaryOf([5, 5]), meanSummaryOf([5])], unclustered: EMPTY })).toEqual({
      designEffect: 1,
      df: expect.any(Number),
    });
    expect(designOf({ clusters: [meanSummaryOf([5, 6])], unclustered: EMPTY })).toBeNull();
  });
});
