import { tQuantile } from '../distributions/student-t';
import {
  Difference,
  Estimate,
  insufficientDifference,
  insufficientEstimate,
  MethodId,
  resolveMinSample,
  SampleOptions,
  Z_95,
} from '../core/estimate';
import { differenceOfMeans, moverDifference, pooledProportionPValue } from '../intervals/differences';
import { satterthwaiteInterval } from '../intervals/satterthwaite';
import { wilsonBounds } from '../intervals/wilson';
import {
  planWeights,
  referenceWeights,
  StandardisedGroup,
  standardiseGroup,
  StratifiedData,
  StratumColumns,
  stratumColumnsOf,
  StratumWeights,
  WeightPlan,
} from './strata';

export interface StandardisationOptions extends SampleOptions {
  /** Least share of the reference weight that must have data; default 0.75. */
  minCoverage?: number;
}

export const DEFAULT_MIN_COVERAGE = 0.75;

interface StandardisationDetails {
  coverage: number;
  strataUsed: number;
  missingStrata: string[];
}

export type StandardisedEstimate = Estimate & StandardisationDetails & { effectiveN: number | null };
export type StandardisedDifference = Difference & StandardisationDetails;

function details(plan: WeightPlan, strata: readonly string[]): StandardisationDetails {
  return {
    coverage: plan.coverage,
    strataUsed: plan.used.length,
    missingStrata: plan.missing.map((index) => strata[index]),
  };
}

function resolveMinCoverage(options: StandardisationOptions | undefined): number {
  const minCoverage = options?.minCoverage ?? DEFAULT_MIN_COVERAGE;
  if (!(minCoverage >= 0 && minCoverage <= 1)) {
    throw new RangeError(`minCoverage must be in [0, 1], got ${minCoverage}`);
  }
  return minCoverage;
}

function enoughData(group: StandardisedGroup, plan: WeightPlan, options: StandardisationOptions | undefined): boolean {
  return (
    plan.used.length > 0 &&
    plan.coverage >= resolveMinCoverage(options) &&
    group.n >= Math.max(1, resolveMinSample(options)) &&
    group.unitVariance !== null
  );
}

/**
 * Directly standardised mean or proportion: Σ wₖ·estimateₖ over the reference strata, so groups with
 * different case mixes are compared as if they had handled the reference mix. Reference strata without
 * data are dropped (listed in `missingStrata`) and the remaining weights renormalised.
 */
export function directStandardisation(
  data: StratifiedData,
  reference: StratumWeights,
  options?: StandardisationOptions,
): StandardisedEstimate {
  const { strata, weights } = referenceWeights(reference);
  const columns = stratumColumnsOf(data, strata);
  const plan = planWeights(weights, (index) => columns.n[index] > 0);
  const method: MethodId = data.kind === 'mean' ? 'direct-standardisation-t' : 'direct-standardisation-wilson';
  const group = standardiseGroup(columns, plan);
  if (!enoughData(group, plan, options) || group.unitVariance === null) {
    return { ...insufficientEstimate(group.n, method), ...details(plan, strata), effectiveN: null };
  }
  const bounds =
    data.kind === 'mean'
      ? satterthwaiteInterval(group.estimate, [{ variance: group.unitVariance / group.effectiveN, df: group.df }])
      : wilsonBounds(group.estimate, group.effectiveN);
  return {
    status: 'ok',
    n: group.n,
    estimate: group.estimate,
    lower: bounds.lower,
    upper: bounds.upper,
    method,
    ...details(plan, strata),
    effectiveN: group.effectiveN,
  };
}

/**
 * Difference a − b of two groups standardised to the same reference weights, on the strata where both
 * have data. Means: Welch–Satterthwaite t interval; proportions: MOVER from Wilson intervals at the
 * effective sample sizes (Newcombe's method when there is one stratum).
 */
export function standardisedDifference(
  a: StratifiedData,
  b: StratifiedData,
  reference: StratumWeights,
  options?: StandardisationOptions,
): StandardisedDifference {
  if (a.kind !== b.kind) {
    throw new TypeError(`cannot compare a ${a.kind} metric with a ${b.kind} metric`);
  }
  const { strata, weights } = referenceWeights(reference);
  return standardisedColumnsDifference(
    stratumColumnsOf(a, strata),
    stratumColumnsOf(b, strata),
    weights,
    strata,
    options,
  );
}

/**
 * `standardisedDifference` on groups already laid out as columns over one sorted strata list (`strata` names
 * them), with the reference weights over the same list: for callers that compare many groups on shared strata.
 */
export function standardisedColumnsDifference(
  a: StratumColumns,
  b: StratumColumns,
  weights: ArrayLike<number>,
  strata: readonly string[],
  options?: StandardisationOptions,
  design?: { a: SideDesign; b: SideDesign },
): StandardisedDifference {
  if (a.kind !== b.kind) {
    throw new TypeError(`cannot compare a ${a.kind} metric with a ${b.kind} metric`);
  }
  const plan = planWeights(weights, (index) => a.n[index] > 0 && b.n[index] > 0);
  const method: MethodId = design
    ? a.kind === 'mean'
      ? 'clustered-standardised-difference-satterthwaite'
      : 'clustered-standardised-difference-mover'
    : a.kind === 'mean'
      ? 'standardised-difference-satterthwaite'
      : 'standardised-difference-mover';
  const groupA = applyDesign(standardiseGroup(a, plan), design?.a);
  const groupB = applyDesign(standardiseGroup(b, plan), design?.b);
  if (
    !enoughData(groupA, plan, options) ||
    !enoughData(groupB, plan, options) ||
    groupA.unitVariance === null ||
    groupB.unitVariance === null
  ) {
    return { ...insufficientDifference(groupA.n, groupB.n, method), ...details(plan, strata) };
  }
  if (a.kind === 'mean') {
    const difference = differenceOfMeans(groupA.estimate, groupB.estimate);
    const { lower, upper, pValue } = satterthwaiteInterval(difference, [
      { variance: groupA.unitVariance / groupA.effectiveN, df: groupA.df },
      { variance: groupB.unitVariance / groupB.effectiveN, df: groupB.df },
    ]);
    return {
      status: 'ok',
      nA: groupA.n,
      nB: groupB.n,
      difference,
      lower,
      upper,
      pValue,
      method,
      ...details(plan, strata),
    };
  }
  const difference = groupA.estimate - groupB.estimate;
  const bounds = moverDifference(
    { estimate: groupA.estimate, ...wilsonBounds(groupA.estimate, groupA.effectiveN, criticalValue(groupA.df)) },
    { estimate: groupB.estimate, ...wilsonBounds(groupB.estimate, groupB.effectiveN, criticalValue(groupB.df)) },
  );
  const pooled =
    (groupA.estimate * groupA.effectiveN + groupB.estimate * groupB.effectiveN) /
    (groupA.effectiveN + groupB.effectiveN);
  return {
    status: 'ok',
    nA: groupA.n,
    nB: groupB.n,
    difference,
    ...bounds,
    pValue: pooledProportionPValue(difference, pooled, groupA.effectiveN, groupB.effectiveN),
    method,
    ...details(plan, strata),
  };
}

/**
 * A side's design under clustering by agent: its design effect (≥ 1; the variance inflation against independent
 * conversations) and the degrees of freedom the clustering leaves (about agents − 1).
 */
export interface SideDesign {
  designEffect: number;
  df: number;
}

/** Kish's effective sample size (n* over the design effect), and no more degrees of freedom than the clusters give. */
function applyDesign<G extends { effectiveN: number; df: number }>(group: G, design: SideDesign | undefined): G {
  if (!design) {
    return group;
  }
  return {
    ...group,
    effectiveN: group.effectiveN / Math.max(1, design.designEffect),
    df: Math.min(group.df, design.df),
  };
}

/** t quantiles already worked out, by df: clustered df are agent counts, so a gap matrix asks for the same few often. */
const CRITICAL_VALUES = new Map<number, number>();
const MAX_CRITICAL_VALUES = 4096;

/** z for independent proportions (df = ∞), t(df) once clustering has limited the degrees of freedom. */
function criticalValue(df: number): number {
  if (!Number.isFinite(df)) {
    return Z_95;
  }
  let value = CRITICAL_VALUES.get(df);
  if (value === undefined) {
    value = tQuantile(0.975, df);
    if (CRITICAL_VALUES.size >= MAX_CRITICAL_VALUES) {
      CRITICAL_VALUES.clear();
    }
    CRITICAL_VALUES.set(df, value);
  }
  return value;
}
