import { Estimate, insufficientEstimate, resolveMinSample, SampleOptions, Status, Z_95 } from '../core/estimate';
import { satterthwaiteInterval } from '../intervals/satterthwaite';
import { covarianceMatrix, CrossProductSummary } from './cross-product-summary';
import { invertMatrix } from './linear-algebra';

export interface DriverResult {
  name: string;
  /** Pearson correlation with CSAT, 95% Fisher-z interval. */
  correlation: Estimate;
  /** Standardised regression coefficient (β in SD units, all drivers together), 95% t interval. */
  coefficient: Estimate;
}

export interface CsatDriversResult {
  status: Status;
  n: number;
  /** Share of CSAT variance explained by all drivers together. */
  rSquared: number | null;
  drivers: DriverResult[];
}

/** Fisher-z 95% interval for a correlation r on n pairs: tanh(atanh r ± z/√(n − 3)). */
export function fisherZInterval(r: number, n: number, options?: SampleOptions): Estimate {
  if (n < Math.max(4, resolveMinSample(options)) || !(Math.abs(r) <= 1)) {
    return insufficientEstimate(n, 'fisher-z');
  }
  if (Math.abs(r) === 1) {
    return { status: 'ok', n, estimate: r, lower: r, upper: r, method: 'fisher-z' };
  }
  const z = Math.atanh(r);
  const halfWidth = Z_95 / Math.sqrt(n - 3);
  return { status: 'ok', n, estimate: r, lower: Math.tanh(z - halfWidth), upper: Math.tanh(z + halfWidth), method: 'fisher-z' };
}

/**
 * How much each quality dimension explains CSAT. Variable 0 of the summary is CSAT, variables 1..k are
 * the drivers named in `driverNames`. Returns each driver's correlation with CSAT (Fisher-z interval) and
 * its standardised coefficient in the regression of CSAT on all drivers, with
 * SE(βⱼ) = √((1 − R²)/(n − k − 1) · (R⁻¹)ⱼⱼ) on the drivers' correlation matrix R and t(n − k − 1).
 */
export function csatDrivers(summary: CrossProductSummary, driverNames: readonly string[], options?: SampleOptions): CsatDriversResult {
  const k = driverNames.length;
  if (summary.sums.length !== k + 1) {
    throw new RangeError(`summary has ${summary.sums.length} variables; expected CSAT plus ${k} drivers`);
  }
  const { n } = summary;
  const covariance = covarianceMatrix(summary);
  const sd = covariance?.map((row, i) => Math.sqrt(row[i])) ?? [];
  const usable = covariance !== null && sd.every((value) => value > 0) && n >= Math.max(resolveMinSample(options), k + 2);
  if (!usable) {
    return {
      status: 'insufficient',
      n,
      rSquared: null,
      drivers: driverNames.map((name) => ({
        name,
        correlation: insufficientEstimate(n, 'fisher-z'),
        coefficient: insufficientEstimate(n, 'standardised-regression'),
      })),
    };
  }
  const correlation = (i: number, j: number): number => Math.max(-1, Math.min(1, covariance[i][j] / (sd[i] * sd[j])));
  const withCsat = driverNames.map((_, j) => correlation(0, j + 1));
  const inverse = invertMatrix(driverNames.map((_, i) => driverNames.map((__, j) => correlation(i + 1, j + 1))));
  const betas = inverse?.map((row) => row.reduce((total, value, j) => total + value * withCsat[j], 0)) ?? null;
  const rSquared = betas ? betas.reduce((total, beta, j) => total + beta * withCsat[j], 0) : null;
  const df = n - k - 1;
  return {
    status: 'ok',
    n,
    rSquared,
    drivers: driverNames.map((name, j) => {
      let coefficient: Estimate = insufficientEstimate(n, 'standardised-regression');
      if (inverse && betas && rSquared !== null) {
        const variance = (Math.max(0, 1 - rSquared) / df) * inverse[j][j];
        const { lower, upper } = satterthwaiteInterval(betas[j], [{ variance, df }]);
        coefficient = { status: 'ok', n, estimate: betas[j], lower, upper, method: 'standardised-regression' };
      }
      return { name, correlation: fisherZInterval(withCsat[j], n, options), coefficient };
    }),
  };
}
