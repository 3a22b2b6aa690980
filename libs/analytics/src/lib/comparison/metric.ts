import { Difference, Estimate, SampleOptions } from '../core/estimate';
import { meanDifferenceInterval, proportionDifferenceInterval } from '../intervals/differences';
import { quantileDifferenceInterval, quantileInterval } from '../intervals/quantile';
import { tInterval } from '../intervals/t-interval';
import { wilsonInterval } from '../intervals/wilson';
import { DurationHistogram } from '../summaries/duration-histogram';
import { MeanSummary } from '../summaries/mean-summary';
import { ProportionSummary } from '../summaries/proportion-summary';
import {
  ClusteredEstimate,
  clusteredMeanDifference,
  clusteredMeanEstimate,
  clusteredProportionDifference,
  clusteredProportionEstimate,
  Clustering,
} from '../clustering/clustered-metric';

/**
 * The summary behind one scorecard metric: a mean (CSAT 0–100, courtesy, comprehension, overall), a
 * proportion (% satisfied, response rate, % within SLA, coverage) or a quantile of a duration histogram
 * (first response median = 0.5, p90 = 0.9). Means and proportions may come with their `clustering` by agent: with two or
 * more agents the intervals are cluster-robust (CR2), otherwise they treat conversations as independent.
 */
export type MetricData =
  | { kind: 'mean'; summary: MeanSummary; clustering?: Clustering<MeanSummary> }
  | { kind: 'proportion'; summary: ProportionSummary; clustering?: Clustering<ProportionSummary> }
  | { kind: 'quantile'; histogram: DurationHistogram; quantile: number };

export function estimateMetric(data: MetricData, options?: SampleOptions): ClusteredEstimate {
  switch (data.kind) {
    case 'mean':
      return clusteredMeanEstimate(data.summary, data.clustering, options) ?? tInterval(data.summary, options);
    case 'proportion':
      return (
        clusteredProportionEstimate(data.summary, data.clustering, options) ?? wilsonInterval(data.summary, options)
      );
    case 'quantile':
      return quantileInterval(data.histogram, data.quantile, options);
  }
}

/** a − b for two summaries of the same metric. */
export function compareMetric(a: MetricData, b: MetricData, options?: SampleOptions): Difference {
  switch (a.kind) {
    case 'mean':
      if (b.kind === 'mean') {
        return (
          clusteredMeanDifference(a.summary, b.summary, a.clustering, b.clustering, options) ??
          meanDifferenceInterval(a.summary, b.summary, options)
        );
      }
      break;
    case 'proportion':
      if (b.kind === 'proportion') {
        return (
          clusteredProportionDifference(a.summary, b.summary, a.clustering, b.clustering, options) ??
          proportionDifferenceInterval(a.summary, b.summary, options)
        );
      }
      break;
    case 'quantile':
      if (b.kind === 'quantile' && b.quantile === a.quantile) {
        return quantileDifferenceInterval(a.histogram, b.histogram, a.quantile, options);
      }
      break;
  }
  throw new TypeError(`cannot compare a ${a.kind} metric with a ${b.kind} metric`);
}
