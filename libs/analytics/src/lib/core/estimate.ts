import type { AnalyticsMethod } from '@rapport/contracts';

/**
 * Result shapes shared by every analytics function. A cell below the minimum sample is
 * `insufficient` and carries no number, so no caller can rank or flag it by accident.
 */

export type Status = 'ok' | 'insufficient';

/** Identifiers of the methods documented in METHODS.md, returned with every result (the API's `method` field). */
export type MethodId = AnalyticsMethod;

interface EstimateBase {
  n: number;
  method: MethodId;
}

export interface OkEstimate extends EstimateBase {
  status: 'ok';
  estimate: number;
  lower: number;
  upper: number;
}

export interface InsufficientEstimate extends EstimateBase {
  status: 'insufficient';
  estimate: null;
  lower: null;
  upper: null;
}

/** A value with its 95% interval and sample size; narrow on `status` to read the numbers. */
export type Estimate = OkEstimate | InsufficientEstimate;

interface DifferenceBase {
  nA: number;
  nB: number;
  method: MethodId;
}

export interface OkDifference extends DifferenceBase {
  status: 'ok';
  difference: number;
  lower: number;
  upper: number;
  /** Two-sided p-value for the null hypothesis of no difference. */
  pValue: number;
}

export interface InsufficientDifference extends DifferenceBase {
  status: 'insufficient';
  difference: null;
  lower: null;
  upper: null;
  pValue: null;
}

/** Difference `a − b` with its 95% interval, the two sample sizes and a two-sided p-value. */
export type Difference = OkDifference | InsufficientDifference;

export interface SampleOptions {
  /** Conversations (or responses) below which a cell is `insufficient`. Default 30. */
  minSample?: number;
}

export const DEFAULT_MIN_SAMPLE = 30;
export const CONFIDENCE_LEVEL = 0.95;
/** Standard normal 0.975 quantile (Wichura 1988, to double precision). */
export const Z_95 = 1.959963984540054;
export const FDR_LEVEL = 0.05;

export function resolveMinSample(options: SampleOptions | undefined): number {
  const minSample = options?.minSample ?? DEFAULT_MIN_SAMPLE;
  if (!Number.isFinite(minSample) || minSample < 0) {
    throw new RangeError(`minSample must be a non-negative number, got ${minSample}`);
  }
  return minSample;
}

export function insufficientEstimate(n: number, method: MethodId): InsufficientEstimate {
  return { status: 'insufficient', n, estimate: null, lower: null, upper: null, method };
}

export function insufficientDifference(nA: number, nB: number, method: MethodId): InsufficientDifference {
  return { status: 'insufficient', nA, nB, difference: null, lower: null, upper: null, pValue: null, method };
}

/** True when a finished difference's interval lies entirely on one side of zero. */
export function intervalExcludesZero(difference: Difference): boolean {
  return difference.status === 'ok' &&
    ( difference.lower > 0 || difference.upper < 0);
}
