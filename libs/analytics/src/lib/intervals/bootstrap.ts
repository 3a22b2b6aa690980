import { CONFIDENCE_LEVEL } from '../core/estimate';
import { seededRandom } from '../random/seeded-random';

export interface BootstrapOptions {
  /** Two-sided coverage of the percentile interval; default 0.95. */
  confidence?: number;
  /** Resamples drawn; default 1,000, at most 10,000 (work is bounded; more does not sharpen a 95% interval usefully). */
  samples?: number;
  /** Seed of the generator; the same seed and data give the same interval. Default 1. */
  seed?: number;
}

export interface BootstrapInterval {
  low: number | null;
  high: number | null;
  /** Resamples whose statistic was defined (a resample may have no variation at all). */
  samples: number;
}

export const DEFAULT_BOOTSTRAP_SAMPLES = 1000;
export const MAX_BOOTSTRAP_SAMPLES = 10_000;
export const DEFAULT_BOOTSTRAP_SEED = 1;

/**
 * Percentile bootstrap over `units` independent units: each resample draws `units` units with replacement
 * and passes their multiplicities (how often each unit was drawn) to `statistic`; the interval is read from
 * the sorted statistics. Deterministic for a given seed.
 */
export function percentileBootstrap(
  units: number,
  statistic: (multiplicities: readonly number[]) => number | null,
  options?: BootstrapOptions,
): BootstrapInterval {
  const confidence = options?.confidence ?? CONFIDENCE_LEVEL;
  const samples = options?.samples ?? DEFAULT_BOOTSTRAP_SAMPLES;
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  }
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_BOOTSTRAP_SAMPLES) {
    throw new RangeError(`samples must be a whole number from 1 to ${MAX_BOOTSTRAP_SAMPLES}, got ${samples}`);
  }
  const random = seededRandom(options?.seed ?? DEFAULT_BOOTSTRAP_SEED);
  const statistics: number[] = [];
  const multiplicities = new Array<number>(units).fill(0);
  for (let sample = 0; sample < samples && units > 0; sample++) {
    multiplicities.fill(0);
    for (let draw = 0; draw < units; draw++) {
      multiplicities[random.integer(units)] += 1;
    }
    const value = statistic(multiplicities);
    if (value !== null && Number.isFinite(value)) {
      statistics.push(value);
    }
  }
  if (statistics.length === 0) {
    return { low: null, high: null, samples: 0 };
  }
  statistics.sort((x, y) => x - y);
  const tail = (1 - confidence) / 2;
  return {
    low: sortedQuantile(statistics, tail),
    high: sortedQuantile(statistics, 1 - tail),
    samples: statistics.length,
  };
}

/** Quantile p of sorted values, linear between order statistics (Hyndman & Fan 1996, type 7). */
export function sortedQuantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0 || !(p >= 0 && p <= 1)) {
    throw new RangeError(`need values and 0 ≤ p ≤ 1, got ${sorted.length} values and p = ${p}`);
  }
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
