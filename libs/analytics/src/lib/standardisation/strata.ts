import { MeanSummary, mergeMeanSummaries, sumOfSquaredDeviations } from '../summaries/mean-summary';
import { assertValidProportion, mergeProportionSummaries, ProportionSummary } from '../summaries/proportion-summary';

/**
 * Case-mix strata (for example channel × queue × hour band) of one group of conversations. Rows may
 * repeat a stratum (one per rollup row); they are merged.
 */
export interface StratumMeanSummary {
  stratum: string;
  summary: MeanSummary;
}

export interface StratumProportionSummary {
  stratum: string;
  summary: ProportionSummary;
}

export type StratifiedData =
  | { kind: 'mean'; strata: readonly StratumMeanSummary[] }
  | { kind: 'proportion'; strata: readonly StratumProportionSummary[] };

/** Stratum key from its parts, e.g. stratumKey(['chat', 'billing', 'weekend']) = 'chat|billing|weekend'. */
export function stratumKey(parts: readonly string[]): string {
  return parts.join('|');
}

/** Reference population: weight of each stratum (counts or shares; normalised over the strata used). */
export type StratumWeights = Readonly<Record<string, number>>;

export type MergedStrata =
  | { kind: 'mean'; byStratum: Map<string, MeanSummary> }
  | { kind: 'proportion'; byStratum: Map<string, ProportionSummary> };

export function mergeStrata(data: StratifiedData): MergedStrata {
  switch (data.kind) {
    case 'mean': {
      const byStratum = new Map<string, MeanSummary>();
      for (const { stratum, summary } of data.strata) {
        const previous = byStratum.get(stratum);
        byStratum.set(stratum, previous ? mergeMeanSummaries(previous, summary) : summary);
      }
      return { kind: 'mean', byStratum };
    }
    case 'proportion': {
      const byStratum = new Map<string, ProportionSummary>();
      for (const { stratum, summary } of data.strata) {
        assertValidProportion(summary);
        const previous = byStratum.get(stratum);
        byStratum.set(stratum, previous ? mergeProportionSummaries(previous, summary) : summary);
      }
      return { kind: 'proportion', byStratum };
    }
  }
}

export function hasData(strata: MergedStrata, stratum: string): boolean {
  return (strata.byStratum.get(stratum)?.n ?? 0) > 0;
}

export interface WeightPlan {
  /** Strata used, with weights normalised to sum to 1. */
  used: { stratum: string; weight: number }[];
  /** Reference strata with positive weight but no data in some group. */
  missingStrata: string[];
  /** Share of the reference weight carried by the strata used. */
  coverage: number;
}

export function planWeights(reference: StratumWeights, available: (stratum: string) => boolean): WeightPlan {
  const used: { stratum: string; weight: number }[] = [];
  const missingStrata: string[] = [];
  let total = 0;
  let covered = 0;
  for (const stratum of Object.keys(reference).sort()) {
    const weight = reference[stratum];
    if (!(weight >= 0) || weight === Infinity) {
      throw new RangeError(`stratum weights must be finite and non-negative, got ${weight} for ${stratum}`);
    }
    if (weight === 0) {
      continue;
    }
    total += weight;
    if (available(stratum)) {
      used.push({ stratum, weight });
      covered += weight;
    } else {
      missingStrata.push(stratum);
    }
  }
  return {
    used: used.map(({ stratum, weight }) => ({ stratum, weight: weight / covered })),
    missingStrata,
    coverage: total > 0 ? covered / total : 0,
  };
}

/**
 * A group standardised to a plan's weights. The sampling variance is unitVariance / effectiveN with
 * effectiveN = 1 / Σ wₖ²/nₖ: the unit variance is pooled within strata (means) or p(1 − p) at the
 * standardised proportion, which stays stable when strata hold only a few conversations.
 */
export interface StandardisedGroup {
  n: number;
  estimate: number;
  effectiveN: number;
  /** Means: pooled within-stratum variance (null without a stratum of two); proportions: p(1 − p). */
  unitVariance: number | null;
  /** Degrees of freedom of the unit variance (Σ(nₖ − 1) for means, Infinity for proportions). */
  df: number;
}

export function standardiseGroup(strata: MergedStrata, plan: WeightPlan): StandardisedGroup {
  let n = 0;
  let estimate = 0;
  let weightSquaredOverN = 0;
  let squaredDeviations = 0;
  let df = 0;
  for (const { stratum, weight } of plan.used) {
    const summary = strata.byStratum.get(stratum);
    if (!summary || summary.n <= 0) {
      throw new RangeError(`stratum ${stratum} has no data in this group`);
    }
    n += summary.n;
    weightSquaredOverN += (weight * weight) / summary.n;
    if ('successes' in summary) {
      estimate += (weight * summary.successes) / summary.n;
    } else {
      estimate += (weight * summary.sum) / summary.n;
      squaredDeviations += sumOfSquaredDeviations(summary);
      df += summary.n - 1;
    }
  }
  const effectiveN = weightSquaredOverN > 0 ? 1 / weightSquaredOverN : 0;
  if (strata.kind === 'proportion') {
    return { n, estimate, effectiveN, unitVariance: estimate * (1 - estimate), df: Infinity };
  }
  return { n, estimate, effectiveN, unitVariance: df > 0 ? squaredDeviations / df : null, df };
}
