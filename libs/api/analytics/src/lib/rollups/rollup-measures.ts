import { DURATION_BUCKET_COUNT } from '@rapport/analytics';
import type { FactColumn } from '../facts/facts-row';

/**
 * The additive columns of every rollup table, defined once: each says how one conversation contributes (for
 * incremental upkeep in TypeScript) and the matching SQL aggregate (for rebuilding from `conversation_facts`).
 * Together they hold the mergeable summaries of @rapport/analytics: MeanSummary (n, sum, sumSq),
 * ProportionSummary (n, successes) and the first-response DurationHistogram (one count per bucket).
 */
export type MeasureSource =
  | { kind: 'count' }
  | { kind: 'nonNull'; column: FactColumn }
  | { kind: 'sum'; column: FactColumn }
  | { kind: 'sumSq'; column: FactColumn }
  | { kind: 'bucket'; column: FactColumn; bucket: number };

export interface Measure {
  name: string;
  type: 'int' | 'real';
  source: MeasureSource;
}

function meanMeasures(prefix: string, column: FactColumn): Measure[] {
  return [
    { name: `${prefix}_n`, type: 'int', source: { kind: 'nonNull', column } },
    { name: `${prefix}_sum`, type: 'real', source: { kind: 'sum', column } },
    { name: `${prefix}_sum_sq`, type: 'real', source: { kind: 'sumSq', column } },
  ];
}

function proportionMeasures(prefix: string, column: FactColumn): Measure[] {
  return [
    { name: `${prefix}_n`, type: 'int', source: { kind: 'nonNull', column } },
    { name: `${prefix}_yes`, type: 'int', source: { kind: 'sum', column } },
  ];
}

export function histogramColumn(bucket: number): string {
  return `frt_${String(bucket).padStart(2, '0')}`;
}

export const HISTOGRAM_COLUMNS: readonly string[] = Array.from({ length: DURATION_BUCKET_COUNT }, (_, bucket) => histogramColumn(bucket));

export const ROLLUP_MEASURES: readonly Measure[] = [
  { name: 'n', type: 'int', source: { kind: 'count' } },
  ...meanMeasures('csat', 'csat'),
  ...proportionMeasures('satisfied', 'csat_satisfied'),
  ...meanMeasures('responsiveness', 'responsiveness'),
  ...meanMeasures('courtesy', 'courtesy'),
  ...meanMeasures('comprehension', 'comprehension'),
  ...meanMeasures('overall', 'overall'),
  ...proportionMeasures('sla', 'within_sla'),
  ...proportionMeasures('after_hours_sla', 'sla_after_hours'),
  ...proportionMeasures('weekend_sla', 'sla_weekend'),
  ...proportionMeasures('mismatch', 'language_mismatch'),
  ...proportionMeasures('clarification', 'clarification'),
  ...proportionMeasures('other_agent', 'asks_other_agent'),
  ...HISTOGRAM_COLUMNS.map((name, bucket): Measure => ({ name, type: 'int', source: { kind: 'bucket', column: 'frt_bucket', bucket } })),
  // Added later (migration 1765000005000), so after the histogram: the order is the tables' column order.
  ...proportionMeasures('recontact', 'recontact'),
  ...meanMeasures('effort', 'effort'),
  ...proportionMeasures('resolved', 'resolved'),
  ...meanMeasures('nps', 'nps'),
];

export const MEASURE_NAMES: readonly string[] = ROLLUP_MEASURES.map((measure) => measure.name);

/** A measure as an SQL aggregate over `conversation_facts` rows: what both incremental refreshes and rebuilds add up. */
export function aggregateSql(measure: Measure): string {
  const { source } = measure;
  switch (source.kind) {
    case 'count':
      return 'COUNT(*)';
    case 'nonNull':
      return `COUNT(${source.column})`;
    case 'sum':
      return `COALESCE(SUM(${source.column}), 0)`;
    case 'sumSq':
      return `COALESCE(SUM(${source.column} * ${source.column}), 0)`;
    case 'bucket':
      return `SUM(CASE WHEN ${source.column} = ${source.bucket} THEN 1 ELSE 0 END)`;
  }
}
