/**
 * Additive sufficient statistics of a numeric metric. Every field is a plain sum, so a database
 * `SUM()` over rollup rows rebuilds the summary of any slice exactly.
 */
export interface MeanSummary {
  n: number;
  sum: number;
  sumSq: number;
}

export function emptyMeanSummary(): MeanSummary {
  return { n: 0, sum: 0, sumSq: 0 };
}

export function addToMeanSummary(summary: MeanSummary, value: number): MeanSummary {
  if (!Number.isFinite(value)) {
    throw new RangeError(`mean summaries take finite values, got ${value}`);
  }
  return { n: summary.n + 1, sum: summary.sum + value, sumSq: summary.sumSq + value * value };
}

export function meanSummaryOf(values: readonly number[]): MeanSummary {
  return values.reduce(addToMeanSummary, emptyMeanSummary());
}

export function mergeMeanSummaries(...summaries: readonly MeanSummary[]): MeanSummary {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (const summary of summaries) {
    n += summary.n;
    sum += summary.sum;
    sumSq += summary.sumSq;
  }
  return { n, sum, sumSq };
}

export function meanOf(summary: MeanSummary): number | null {
  return summary.n > 0 ? summary.sum / summary.n : null;
}

/** Sum of squared deviations from the mean; clamped at 0 because sumSq − sum²/n can cancel to a tiny negative. */
export function sumOfSquaredDeviations(summary: MeanSummary): number {
  if (summary.n === 0) {
    return 0;
  }
  return Math.max(0, summary.sumSq - (summary.sum * summary.sum) / summary.n);
}

/** Unbiased sample variance (divisor n − 1); null below two observations. */
export function sampleVariance(summary: MeanSummary): number | null {
  return summary.n >= 2 ? sumOfSquaredDeviations(summary) / (summary.n - 1) : null;
}
