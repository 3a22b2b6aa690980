import { rocAuc, spearman } from '../validation/metrics';

/** Deterministic PRNG (mulberry32): folds and bootstrap samples depend on the seed only. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold of each unit: units shuffled by the seed, then dealt round-robin. */
export function assignFolds(units: readonly string[], folds: number, seed: number): Map<string, number> {
  const distinct = [...new Set(units)];
  const next = random(seed);
  for (let i = distinct.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [distinct[i], distinct[j]] = [distinct[j] as string, distinct[i] as string];
  }
  return new Map(distinct.map((u, i) => [u, i % folds]));
}

export interface Interval {
  readonly value: number;
  /** 95 % percentile bootstrap interval. */
  readonly low: number;
  readonly high: number;
}

const BOOTSTRAP = 400;

/** A statistic with its 95 % bootstrap interval over resampled units (indices). */
export function withInterval(n: number, statistic: (indices: readonly number[]) => number, seed: number): Interval {
  const all = Array.from({ length: n }, (_, i) => i);
  const next = random(seed);
  const values: number[] = [];
  for (let b = 0; b < BOOTSTRAP; b++) {
    const sample = all.map(() => Math.floor(next() * n));
    const v = statistic(sample);
    if (Number.isFinite(v)) {
      values.push(v);
    }
  }
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] as number;
  return { value: round3(statistic(all)), low: round3(at(0.025)), high: round3(at(0.975)) };
}

export function aucOf(scores: readonly number[], ys: readonly number[]) {
  return (idx: readonly number[]) =>
    rocAuc(
      idx.map((i) => scores[i] as number),
      idx.map((i) => ys[i] === 1),
    );
}

export function spearmanOf(scores: readonly number[], ratings: readonly number[]) {
  return (idx: readonly number[]) =>
    spearman(
      idx.map((i) => scores[i] as number),
      idx.map((i) => ratings[i] as number),
    );
}

/** Expected calibration error: 10 equal-width probability bins, weighted |mean p − observed rate|. */
export function expectedCalibrationError(probabilities: readonly number[], ys: readonly number[]): number {
  const bins = 10;
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  const count = new Float64Array(bins);
  probabilities.forEach((p, i) => {
    const b = Math.min(bins - 1, Math.floor(p * bins));
    sumP[b] = (sumP[b] as number) + p;
    sumY[b] = (sumY[b] as number) + (ys[i] as number);
    count[b] = (count[b] as number) + 1;
  });
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    if ((count[b] as number) > 0) {
      ece += Math.abs((sumP[b] as number) - (sumY[b] as number)) / probabilities.length;
    }
  }
  return round3(ece);
}

/**
 * Pair accuracy: share of pairs whose formal rendering scores above its informal one (ties count half).
 * `pairs` holds [formal index, informal index].
 */
export function pairAccuracyOf(scores: readonly number[], pairs: readonly (readonly [number, number])[]) {
  return (idx: readonly number[]) => {
    let hits = 0;
    for (const i of idx) {
      const [f, inf] = pairs[i] as readonly [number, number];
      const d = (scores[f] as number) - (scores[inf] as number);
      hits += d > 1e-9 ? 1 : Math.abs(d) <= 1e-9 ? 0.5 : 0;
    }
    return hits / idx.length;
  };
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
