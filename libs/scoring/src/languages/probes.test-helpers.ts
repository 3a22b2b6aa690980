/** Hand-written probes of one language: realistic support-agent messages, rude and polite, some noisy. */
export interface Probes {
  readonly rude: readonly string[];
  readonly polite: readonly string[];
}

/** Probability that a random positive scores above a random negative (ties count half), by counting pairs. */
export function pairwiseAuc(positives: readonly number[], negatives: readonly number[]): number {
  let wins = 0;
  for (const p of positives) {
    for (const n of negatives) {
      wins += p > n ? 1 : p === n ? 0.5 : 0;
    }
  }
  return wins / (positives.length * negatives.length);
}
