import { Difference, SampleOptions } from '../core/estimate';
import { ClusteredEstimate } from '../clustering/clustered-metric';
import { compareMetric, estimateMetric, MetricData } from './metric';

export interface MetricPeriods {
  current: MetricData;
  previousMonth?: MetricData | null;
  sameMonthLastYear?: MetricData | null;
}

export interface MetricWithChanges {
  current: ClusteredEstimate;
  /** current − previous month; null when that month was not supplied. */
  vsPreviousMonth: Difference | null;
  /** current − same month last year; null when that month was not supplied. */
  vsSameMonthLastYear: Difference | null;
}

/** A scorecard value with its change against the previous month and the same month last year. */
export function metricWithChanges(periods: MetricPeriods, options?: SampleOptions): MetricWithChanges {
  const change = (baseline: MetricData | null | undefined): Difference | null =>
    baseline ? compareMetric(periods.current, baseline, options) : null;
  return {
    current: estimateMetric(periods.current, options),
    vsPreviousMonth: change(periods.previousMonth),
    vsSameMonthLastYear: change(periods.sameMonthLastYear),
  };
}
