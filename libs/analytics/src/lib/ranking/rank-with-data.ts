import { resolveMinSample, SampleOptions, Status } from '../core/estimate';

export type RankDirection = 'higher-is-better' | 'lower-is-better';

export interface RankCandidate {
  id: string;
  n: number;
  estimate: number | null;
  status?: Status;
}

export interface RankedEntry {
  id: string;
  n: number;
  estimate: number | null;
  status: Status;
  /** Competition rank ("1224"): 1 + number of ranked entries strictly better; null when insufficient. */
  rank: number | null;
  /** How many entries received a rank. */
  rankedAmong: number;
  method: 'competition-rank';
}

export interface RankOptions extends SampleOptions {
  direction: RankDirection;
}

/**
 * Ranks only entries with a finite estimate, no `insufficient` status and at least minSample
 * conversations; the others keep their place in the output with rank null and status `insufficient`.
 * Equal estimates share a rank. Output order is input order.
 */
export function rankWithData(candidates: readonly RankCandidate[], options: RankOptions): RankedEntry[] {
  const minSample = resolveMinSample(options);
  const isEligible = (c: RankCandidate): c is RankCandidate & { estimate: number } =>
    c.status !== 'insufficient' && c.estimate !== null && Number.isFinite(c.estimate) && c.n >= minSample && c.n > 0;
  const eligible = candidates.filter(isEligible).map((c) => c.estimate);
  const better = (a: number, b: number): boolean => (options.direction === 'higher-is-better' ? a > b : a < b);
  return candidates.map((candidate) => {
    if (!isEligible(candidate)) {
      return { ...pick(candidate), status: 'insufficient', rank: null, rankedAmong: eligible.length, method: 'competition-rank' };
    }
    const rank = 1 + eligible.filter((other) => better(other, candidate.estimate)).length;
    return { ...pick(candidate), status: 'ok', rank, rankedAmong: eligible.length, method: 'competition-rank' };
  });
}

function pick(candidate: RankCandidate): Pick<RankedEntry, 'id' | 'n' | 'estimate'> {
  return { id: candidate.id, n: candidate.n, estimate: candidate.estimate };
}
