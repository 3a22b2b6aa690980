import { ClusteredEstimate } from '../clustering/clustered-metric';
import { Difference, SampleOptions } from '../core/estimate';
import { controlFalseDiscoveryRate, FdrProcedure } from '../multiple-testing/benjamini-hochberg';
import { compareMetric, estimateMetric, MetricData } from './metric';

export const MIN_COMPARED_VENDORS = 2;
export const MAX_COMPARED_VENDORS = 8;

export interface VendorMetricInput {
  metric: string;
  vendors: readonly { vendor: string; data: MetricData }[];
}

export type VendorEstimate = ClusteredEstimate & { vendor: string };

export type VendorPairComparison = Difference & {
  vendorA: string;
  vendorB: string;
  /** q-value (BH, or BY when asked) across every pair of every metric in the comparison. */
  qValue: number | null;
  /** q ≤ 0.05; never true for an insufficient pair. */
  significant: boolean;
};

export interface VendorComparison {
  vendors: string[];
  metrics: { metric: string; estimates: VendorEstimate[]; pairs: VendorPairComparison[] }[];
  /** Size of the false-discovery-rate family. */
  tests: number;
  /** The procedure applied across the family. */
  multipleComparisons: FdrProcedure;
}

export interface VendorComparisonOptions extends SampleOptions {
  /** Benjamini–Hochberg (default) or Benjamini–Yekutieli (valid under any dependence between the pairs). */
  falseDiscoveryRate?: FdrProcedure;
}

/**
 * Side-by-side comparison of 2–8 vendors on several metrics: each vendor's estimate and every pairwise
 * difference (vendorA − vendorB, in the order vendors first appear) with its 95% interval. Significance
 * is controlled across all pairs of all metrics at once with Benjamini–Hochberg, or Benjamini–Yekutieli when asked.
 */
export function compareVendors(
  metrics: readonly VendorMetricInput[],
  options?: VendorComparisonOptions,
): VendorComparison {
  const vendors = [...new Set(metrics.flatMap((metric) => metric.vendors.map((entry) => entry.vendor)))];
  if (vendors.length < MIN_COMPARED_VENDORS || vendors.length > MAX_COMPARED_VENDORS) {
    throw new RangeError(`compare ${MIN_COMPARED_VENDORS}–${MAX_COMPARED_VENDORS} vendors, got ${vendors.length}`);
  }
  const perMetric = metrics.map(({ metric, vendors: entries }) => {
    const ordered = [...entries].sort((x, y) => vendors.indexOf(x.vendor) - vendors.indexOf(y.vendor));
    const pairs: { vendorA: string; vendorB: string; difference: Difference }[] = [];
    for (let i = 0; i < ordered.length; i++) {
      for (let j = i + 1; j < ordered.length; j++) {
        pairs.push({
          vendorA: ordered[i].vendor,
          vendorB: ordered[j].vendor,
          difference: compareMetric(ordered[i].data, ordered[j].data, options),
        });
      }
    }
    return {
      metric,
      estimates: ordered.map((entry) => vendorEstimate(estimateMetric(entry.data, options), entry.vendor)),
      pairs,
    };
  });
  const procedure = options?.falseDiscoveryRate ?? 'benjamini-hochberg';
  const family = controlFalseDiscoveryRate(
    perMetric.flatMap((m) => m.pairs.map((pair) => pair.difference.pValue)),
    procedure,
  );
  let position = 0;
  return {
    vendors,
    metrics: perMetric.map(({ metric, estimates, pairs }) => ({
      metric,
      estimates,
      pairs: pairs.map(({ vendorA, vendorB, difference }): VendorPairComparison => {
        const index = position++;
        const { status, nA, nB, lower, upper, pValue, method } = difference;
        // Field by field rather than by spreading: see vendorEstimate.
        return {
          status,
          nA,
          nB,
          difference: difference.difference,
          lower,
          upper,
          pValue,
          method,
          vendorA,
          vendorB,
          qValue: family.qValues[index] ?? null,
          significant: family.rejected[index] ?? false,
        } as VendorPairComparison;
      }),
    })),
    tests: family.tests,
    multipleComparisons: procedure,
  };
}

/**
 * The estimate with its vendor, built field by field: estimates come in several shapes (ok or insufficient, from
 * different intervals), and spreading such a mix at one place drops V8 to a slow generic copy.
 */
function vendorEstimate(estimate: ClusteredEstimate, vendor: string): VendorEstimate {
  const { status, n, lower, upper, method } = estimate;
  const result = { status, n, estimate: estimate.estimate, lower, upper, method, vendor } as VendorEstimate;
  if (estimate.agents !== undefined) {
    result.agents = estimate.agents;
    result.designEffect = estimate.designEffect ?? null;
    result.intraAgentCorrelation = estimate.intraAgentCorrelation ?? null;
  }
  return result;
}
