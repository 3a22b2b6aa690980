import { CONFIDENCE_LEVEL } from '../core/estimate';
import { tQuantile, tTwoSidedPValue } from '../distributions/student-t';

/** One independent source of sampling variance and the degrees of freedom of its estimate. */
export interface VarianceComponent {
  variance: number;
  df: number;
}

export interface TBasedInterval {
  lower: number;
  upper: number;
  df: number;
  /** Two-sided p-value for the null hypothesis that the true value is 0. */
  pValue: number;
}

/**
 * t interval (95% unless `confidence` says otherwise) for an estimate whose variance is a sum of independent
 * components, with Welch–Satterthwaite degrees of freedom (V²/Σ vᵢ²/dfᵢ). With one component this is the plain t
 * interval; with one component per group it is Welch's interval.
 */
export function satterthwaiteInterval(
  estimate: number,
  components: readonly VarianceComponent[],
  confidence: number = CONFIDENCE_LEVEL,
): TBasedInterval {
  const variance = components.reduce((total, c) => total + c.variance, 0);
  if (variance <= 0) {
    // No spread at all: the data pin the value down; only a zero estimate is compatible with the null (callers
    // comparing means pass differences from differenceOfMeans, which are exactly 0 for ties within rounding).
    return { lower: estimate, upper: estimate, df: Infinity, pValue: estimate === 0 ? 1 : 0 };
  }
  const denominator = components.reduce((total, c) => total + (c.variance * c.variance) / c.df, 0);
  const df = denominator > 0 ? (variance * variance) / denominator : Infinity;
  const se = Math.sqrt(variance);
  const halfWidth = tQuantile(0.5 + confidence / 2, df) * se;
  return {
    lower: estimate - halfWidth,
    upper: estimate + halfWidth,
    df,
    pValue: tTwoSidedPValue(estimate / se, df),
  };
}
