import { Z_95 } from '../core/estimate';

export type KappaWeights = 'linear' | 'quadratic' | 'unweighted';

export interface WeightedKappaResult {
  /** Null when undefined: no pairs, fewer than two categories, or both raters always in one category. */
  kappa: number | null;
  /** Large-sample (non-null) standard error of Fleiss, Cohen & Everitt (1969). */
  standardError: number | null;
  /** 95% interval κ ± 1.96·SE, the upper end capped at 1. */
  low: number | null;
  high: number | null;
  /** Pairs of ratings. */
  n: number;
  /** Weighted observed and chance-expected agreement p_o(w), p_e(w). */
  observedAgreement: number | null;
  expectedAgreement: number | null;
}

/** Agreement weight of categories i and j out of k ordered ones (1 on the diagonal, Cohen 1968). */
function agreementWeight(weights: KappaWeights, i: number, j: number, k: number): number {
  switch (weights) {
    case 'unweighted':
      return i === j ? 1 : 0;
    case 'linear':
      return 1 - Math.abs(i - j) / (k - 1);
    case 'quadratic':
      return 1 - ((i - j) / (k - 1)) ** 2;
  }
}

/**
 * Cohen's (1968) weighted kappa of two raters' paired ratings a[i], b[i] on the ordered `categories`, with linear,
 * quadratic or no weights on the categories' positions, and the large-sample variance of Fleiss, Cohen & Everitt
 * (1969): Var(κ) = [Σ p_ij (w_ij − (w̄_i. + w̄_.j)(1 − κ))² − (κ − p_e(1 − κ))²] / (n (1 − p_e)²),
 * where w̄_i. = Σ_j p_.j w_ij and w̄_.j = Σ_i p_i. w_ij.
 */
export function weightedKappa(
  a: readonly number[],
  b: readonly number[],
  categories: readonly number[],
  weights: KappaWeights,
): WeightedKappaResult {
  if (a.length !== b.length) {
    throw new RangeError(`paired ratings needed: ${a.length} against ${b.length}`);
  }
  const position = new Map(categories.map((category, index) => [category, index]));
  if (position.size !== categories.length) {
    throw new RangeError('categories must be distinct');
  }
  const k = categories.length;
  const n = a.length;
  const undefinedKappa: WeightedKappaResult = {
    kappa: null,
    standardError: null,
    low: null,
    high: null,
    n,
    observedAgreement: null,
    expectedAgreement: null,
  };
  const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  a.forEach((rating, index) => {
    const i = position.get(rating);
    const j = position.get(b[index]);
    if (i === undefined || j === undefined) {
      throw new RangeError(`pair ${index} (${rating}, ${b[index]}) is outside the categories`);
    }
    table[i][j] += 1 / n;
  });
  if (n === 0 || k < 2) {
    return undefinedKappa;
  }
  const rows = table.map((row) => row.reduce((total, p) => total + p, 0));
  const columns = table[0].map((_, j) => table.reduce((total, row) => total + row[j], 0));
  const w = (i: number, j: number) => agreementWeight(weights, i, j, k);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      observed += w(i, j) * table[i][j];
      expected += w(i, j) * rows[i] * columns[j];
    }
  }
  if (!(1 - expected > 1e-12)) {
    return undefinedKappa;
  }
  const kappa = (observed - expected) / (1 - expected);
  const rowMeans = rows.map((_, i) => columns.reduce((total, pj, j) => total + pj * w(i, j), 0));
  const columnMeans = columns.map((_, j) => rows.reduce((total, pi, i) => total + pi * w(i, j), 0));
  let spread = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      spread += table[i][j] * (w(i, j) - (rowMeans[i] + columnMeans[j]) * (1 - kappa)) ** 2;
    }
  }
  const variance = Math.max(0, spread - (kappa - expected * (1 - kappa)) ** 2) / (n * (1 - expected) ** 2);
  const standardError = Math.sqrt(variance);
  return {
    kappa,
    standardError,
    low: kappa - Z_95 * standardError,
    high: Math.min(1, kappa + Z_95 * standardError),
    n,
    observedAgreement: observed,
    expectedAgreement: expected,
  };
}
