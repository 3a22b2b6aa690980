import type { DurationHistogram, MeanSummary, MetricData, ProportionSummary } from '@rapport/analytics';
import type { AnalyticsMetric } from '@rapport/contracts';
import type { Sums } from '../rollups/rollup-reader';
import { HISTOGRAM_COLUMNS } from '../rollups/rollup-measures';

/** Rollup columns of a MeanSummary (count, Σx, Σx²). */
export interface MeanColumns {
  kind: 'mean';
  n: string;
  sum: string;
  sumSq: string;
}

/** Rollup columns of a ProportionSummary (count, successes). */
export interface ProportionColumns {
  kind: 'proportion';
  n: string;
  successes: string;
}

/** Which rollup columns hold each metric's summary. */
type MetricSource = MeanColumns | ProportionColumns | { kind: 'quantile'; quantile: number };

const mean = (prefix: string): MeanColumns => ({ kind: 'mean', n: `${prefix}_n`, sum: `${prefix}_sum`, sumSq: `${prefix}_sum_sq` });
const proportion = (prefix: string): ProportionColumns => ({ kind: 'proportion', n: `${prefix}_n`, successes: `${prefix}_yes` });

const METRIC_SOURCES: Readonly<Record<AnalyticsMetric, MetricSource>> = {
  csat: mean('csat'),
  satisfied: proportion('satisfied'),
  responseRate: { kind: 'proportion', n: 'n', successes: 'csat_n' },
  responsiveness: mean('responsiveness'),
  firstResponseMedian: { kind: 'quantile', quantile: 0.5 },
  firstResponseP90: { kind: 'quantile', quantile: 0.9 },
  withinSla: proportion('sla'),
  afterHoursCoverage: proportion('after_hours_sla'),
  weekendCoverage: proportion('weekend_sla'),
  courtesy: mean('courtesy'),
  comprehension: mean('comprehension'),
  overall: mean('overall'),
  languageMismatch: proportion('mismatch'),
  clarificationRequests: proportion('clarification'),
  asksOtherAgent: proportion('other_agent'),
  recontact: proportion('recontact'),
  effort: mean('effort'),
  resolved: proportion('resolved'),
  nps: mean('nps'),
};

/** Rollup columns a set of metrics needs, always with the conversation count `n`. */
export function measuresFor(metrics: readonly AnalyticsMetric[]): string[] {
  const columns = new Set<string>(['n']);
  for (const metric of metrics) {
    const source = METRIC_SOURCES[metric];
    switch (source.kind) {
      case 'mean':
        [source.n, source.sum, source.sumSq].forEach((column) => columns.add(column));
        break;
      case 'proportion':
        [source.n, source.successes].forEach((column) => columns.add(column));
        break;
      case 'quantile':
        HISTOGRAM_COLUMNS.forEach((column) => columns.add(column));
        break;
    }
  }
  return [...columns];
}

/** The columns of a mean or proportion metric (quantiles have a histogram instead). */
export function summaryColumnsOf(metric: AnalyticsMetric): MeanColumns | ProportionColumns {
  const source = METRIC_SOURCES[metric];
  if (source.kind === 'quantile') {
    throw new TypeError(`${metric} is a quantile`);
  }
  return source;
}

const read = (sums: Sums, column: string): number => sums[column] ?? 0;

export function meanSummaryOf(metric: AnalyticsMetric, sums: Sums): MeanSummary {
  const source = METRIC_SOURCES[metric];
  if (source.kind !== 'mean') {
    throw new TypeError(`${metric} is not a mean`);
  }
  return { n: read(sums, source.n), sum: read(sums, source.sum), sumSq: read(sums, source.sumSq) };
}

export function proportionSummaryOf(metric: AnalyticsMetric, sums: Sums): ProportionSummary {
  const source = METRIC_SOURCES[metric];
  if (source.kind !== 'proportion') {
    throw new TypeError(`${metric} is not a proportion`);
  }
  return { n: read(sums, source.n), successes: read(sums, source.successes) };
}

export function histogramOf(sums: Sums): DurationHistogram {
  return { counts: HISTOGRAM_COLUMNS.map((column) => read(sums, column)) };
}

/** The summary behind a metric, ready for `estimateMetric`, `compareMetric` and `metricWithChanges`. */
export function metricData(metric: AnalyticsMetric, sums: Sums): MetricData {
  const source = METRIC_SOURCES[metric];
  switch (source.kind) {
    case 'mean':
      return { kind: 'mean', summary: meanSummaryOf(metric, sums) };
    case 'proportion':
      return { kind: 'proportion', summary: proportionSummaryOf(metric, sums) };
    case 'quantile':
      return { kind: 'quantile', histogram: histogramOf(sums), quantile: source.quantile };
  }
}
