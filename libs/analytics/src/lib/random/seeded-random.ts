/**
 * Deterministic pseudo-random numbers (mulberry32) for seeded bootstraps and simulation tests: the same seed gives
 * the same sequence on every platform, so results that resample stay reproducible.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Integer in [0, bound). */
  integer(bound: number): number;
  /** True with probability p. */
  bernoulli(p: number): boolean;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    integer: (bound) => Math.floor(next() * bound),
    bernoulli: (p) => next() < p,
  };
}
