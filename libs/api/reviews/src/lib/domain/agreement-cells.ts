import { meanDifference, spearmanWithInterval, weightedKappa } from '@rapport/analytics';
import { AGREEMENT_WEAK_BELOW, type AgreementCellDto } from '@rapport/contracts';

/** One review's grade of a dimension beside the automatic score of the same conversation, both on 0–100. */
export interface GradePair {
  human: number;
  automatic: number;
}

const BANDS = [1, 2, 3, 4, 5];

/** 0–19 → 1, 20–39 → 2, …, 80–100 → 5: the 1–5 scale the default rubric grades on. */
export function band(score: number): number {
  return Math.min(5, Math.floor(Math.max(0, score) / 20) + 1);
}

export type AgreementStatistics = Pick<AgreementCellDto, 'n' | 'status' | 'spearman' | 'kappa' | 'bias' | 'weak'>;

/** The agreement statistics of one cell; below `minReviews` pairs only n, and "not enough reviews". */
export function agreementOf(pairs: readonly GradePair[], minReviews: number): AgreementStatistics {
  const n = pairs.length;
  if (n < minReviews) {
    return { n, status: 'insufficient', spearman: null, kappa: null, bias: null, weak: false };
  }
  const human = pairs.map((pair) => pair.human);
  const automatic = pairs.map((pair) => pair.automatic);
  const rho = spearmanWithInterval(automatic, human);
  const kappa = weightedKappa(automatic.map(band), human.map(band), BANDS, 'quadratic');
  const bias = meanDifference(human, automatic);
  const weak =
    (rho.rho !== null && rho.rho < AGREEMENT_WEAK_BELOW) ||
    (kappa.kappa !== null && kappa.kappa < AGREEMENT_WEAK_BELOW);
  return {
    n,
    status: 'ok',
    spearman: { rho: rho.rho, low: rho.low, high: rho.high },
    kappa: { kappa: kappa.kappa, low: kappa.low, high: kappa.high },
    bias: { mean: bias.mean, low: bias.low, high: bias.high },
    weak,
  };
}
