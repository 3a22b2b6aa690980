import type { MeanSummary } from './mean-summary';

/** Count of outcomes and of successes; additive like every rollup summary. */
export interface ProportionSummary {
  n: number;
  successes: number;
}

export function emptyProportionSummary(): ProportionSummary {
  return { n: 0, successes: 0 };
}

export function addToProportionSummary(summary: ProportionSummary, success: boolean): ProportionSummary {
  return { n: summary.n + 1, successes: summary.successes + (success ? 1 : 0) };
}

export function proportionSummaryOf(outcomes: readonly boolean[]): ProportionSummary {
  return outcomes.reduce(addToProportionSummary, emptyProportionSummary());
}

export function mergeProportionSummaries(...summaries: readonly ProportionSummary[]): ProportionSummary {
  let n = 0;
  let successes = 0;
  for (const summary of summaries) {
    n += summary.n;
    successes += summary.successes;
  }
  return { n, successes };
}

export function assertValidProportion(summary: ProportionSummary): void {
  const { n, successes } = summary;
  if (!(n >= 0) || !(successes >= 0) || successes > n) {
    throw new RangeError(`invalid proportion summary: ${successes} successes out of ${n}`);
  }
}

/** The same data seen as 0/1 values, so mean-based methods (shrinkage) apply to rates too. */
export function proportionAsMeanSummary(summary: ProportionSummary): MeanSummary {
  return { n: summary.n, sum: summary.successes, sumSq: summary.successes };
}
