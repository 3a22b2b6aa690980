import { MeanSummary } from '../summaries/mean-summary';
import { assertValidProportion, ProportionSummary } from '../summaries/proportion-summary';

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

/**
 * One group's summaries over a fixed, sorted list of strata, as columns: entry k belongs to stratum k of the
 * list (0 where the group has none). Means keep n, Σx and Σx²; proportions n and successes in `total`.
 * Standardisation always walks the strata in the list's order, so equal inputs give bitwise equal results
 * however the columns were assembled.
 */
export interface StratumColumns {
  kind: 'mean' | 'proportion';
  n: Float64Array;
  /** Means: Σx; proportions: successes. */
  total: Float64Array;
  /** Means: Σx² (unused for proportions). */
  sumSq: Float64Array;
}

export function emptyStratumColumns(kind: StratumColumns['kind'], strata: number): StratumColumns {
  return stratumColumnsIn(kind, new Float64Array(3 * strata), 0, strata);
}

/**
 * Columns over `strata` strata as views into `buffer` from `offset` (3 × strata numbers), so a caller laying out
 * many groups allocates one buffer instead of three arrays per group.
 */
export function stratumColumnsIn(kind: StratumColumns['kind'], buffer: Float64Array, offset: number, strata: number): StratumColumns {
  return {
    kind,
    n: buffer.subarray(offset, offset + strata),
    total: buffer.subarray(offset + strata, offset + 2 * strata),
    sumSq: buffer.subarray(offset + 2 * strata, offset + 3 * strata),
  };
}

/** Sets every stratum of the columns back to no data. */
export function clearStratumColumns(columns: StratumColumns): void {
  columns.n.fill(0);
  columns.total.fill(0);
  columns.sumSq.fill(0);
}

/** Adds one summary to stratum `index` of the columns (repeated strata merge by adding, as summaries do). */
export function addToStratumColumns(columns: StratumColumns, index: number, summary: MeanSummary | ProportionSummary): void {
  columns.n[index] += summary.n;
  if ('successes' in summary) {
    assertValidProportion(summary);
    columns.total[index] += summary.successes;
  } else {
    columns.total[index] += summary.sum;
    columns.sumSq[index] += summary.sumSq;
  }
}

/** Adds every stratum of `from` to `into` (both over the same strata list). */
export function addStratumColumns(into: StratumColumns, from: StratumColumns): void {
  for (let index = 0; index < into.n.length; index++) {
    into.n[index] += from.n[index];
    into.total[index] += from.total[index];
    into.sumSq[index] += from.sumSq[index];
  }
}

/** A group's stratified data as columns over `strata` (sorted); strata outside the list are ignored. */
export function stratumColumnsOf(data: StratifiedData, strata: readonly string[]): StratumColumns {
  const position = new Map(strata.map((stratum, index) => [stratum, index]));
  const columns = emptyStratumColumns(data.kind, strata.length);
  for (const { stratum, summary } of data.strata) {
    const index = position.get(stratum);
    if (index !== undefined) {
      addToStratumColumns(columns, index, summary);
    } else if ('successes' in summary) {
      assertValidProportion(summary);
    }
  }
  return columns;
}

export interface WeightPlan {
  /** Strata used (positions in the strata list, in its order), with weights normalised to sum to 1. */
  used: { index: number; weight: number }[];
  /** Positions of reference strata with positive weight but no data in some group. */
  missing: number[];
  /** Share of the reference weight carried by the strata used. */
  coverage: number;
}

/**
 * Weights of the reference strata that have data (`available`), renormalised; `weights[k]` is the reference
 * weight of stratum k of the list, 0 for strata outside the reference.
 */
export function planWeights(weights: ArrayLike<number>, available: (index: number) => boolean): WeightPlan {
  const used: { index: number; weight: number }[] = [];
  const missing: number[] = [];
  let total = 0;
  let covered = 0;
  for (let index = 0; index < weights.length; index++) {
    const weight = weights[index];
    if (!(weight >= 0) || weight === Infinity) {
      throw new RangeError(`stratum weights must be finite and non-negative, got ${weight} at stratum ${index}`);
    }
    if (weight === 0) {
      continue;
    }
    total += weight;
    if (available(index)) {
      used.push({ index, weight });
      covered += weight;
    } else {
      missing.push(index);
    }
  }
  for (const entry of used) {
    entry.weight /= covered;
  }
  return { used, missing, coverage: total > 0 ? covered / total : 0 };
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

export function standardiseGroup(columns: StratumColumns, plan: WeightPlan): StandardisedGroup {
  let n = 0;
  let estimate = 0;
  let weightSquaredOverN = 0;
  let squaredDeviations = 0;
  let df = 0;
  for (const { index, weight } of plan.used) {
    const count = columns.n[index];
    if (!(count > 0)) {
      throw new RangeError(`stratum ${index} has no data in this group`);
    }
    const total = columns.total[index];
    n += count;
    weightSquaredOverN += (weight * weight) / count;
    // The stratum's own mean first, then its weight: two groups with the same stratum means get bitwise the
    // same estimate whatever their counts, so a true tie is an exact zero difference.
    estimate += weight * (total / count);
    if (columns.kind === 'mean') {
      // Σ(x − x̄)² = Σx² − (Σx)²/n, clamped because the subtraction can cancel to a tiny negative.
      squaredDeviations += Math.max(0, columns.sumSq[index] - (total * total) / count);
      df += count - 1;
    }
  }
  const effectiveN = weightSquaredOverN > 0 ? 1 / weightSquaredOverN : 0;
  if (columns.kind === 'proportion') {
    return { n, estimate, effectiveN, unitVariance: estimate * (1 - estimate), df: Infinity };
  }
  return { n, estimate, effectiveN, unitVariance: df > 0 ? squaredDeviations / df : null, df };
}

/** The reference as weights over its own strata, sorted (the order every standardisation sums in). */
export function referenceWeights(reference: StratumWeights): { strata: string[]; weights: Float64Array } {
  const strata = Object.keys(reference).sort();
  return { strata, weights: Float64Array.from(strata, (stratum) => reference[stratum]) };
}
