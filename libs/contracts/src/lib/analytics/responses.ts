import type { Channel } from '../vocabulary';
import type { AnalyticsMetric, MetricInfo } from './metrics';

// The shapes every analytics answer shares: methods, estimates with intervals, differences, filters echoed back.
// Each page's answer has a file of its own beside this one.

/** Methods named in every statistic's `method` field; each is described in libs/analytics/METHODS.md. */
export type AnalyticsMethod =
  | 'wilson-score'
  | 'student-t'
  | 'welch-satterthwaite'
  | 'newcombe-hybrid-score'
  | 'histogram-quantile'
  | 'mover-quantile-difference'
  | 'direct-standardisation-t'
  | 'direct-standardisation-wilson'
  | 'standardised-difference-satterthwaite'
  | 'standardised-difference-mover'
  | 'benjamini-hochberg'
  | 'empirical-bayes-normal-moments'
  | 'fisher-z'
  | 'standardised-regression'
  | 'competition-rank'
  | 'cluster-robust-cr2-t'
  | 'cluster-robust-cr2-wilson'
  | 'cluster-robust-cr2-welch'
  | 'cluster-robust-cr2-mover'
  | 'clustered-standardised-difference-satterthwaite'
  | 'clustered-standardised-difference-mover'
  | 'benjamini-yekutieli'
  | 'reml-q-profile'
  | 'empirical-bayes-morris';

/** False-discovery-rate procedure across a family of comparisons (`fdr=bh|by` on compare and gaps). */
export type FdrProcedureName = 'benjamini-hochberg' | 'benjamini-yekutieli';

/**
 * How much a vendor's conversations depend on their agent. Present on an estimate whose interval is cluster-robust
 * (agents as clusters, `cluster-robust-cr2-*`); absent where agent ids are missing and conversations are treated
 * as independent.
 */
export interface DesignEffectDto {
  /** Agents with data behind the estimate. */
  agents?: number;
  /** Variance of the estimate over the variance if conversations were independent (1 = no effect of agents). */
  designEffect?: number | null;
  /** Share of the variance between agents (one-way ANOVA, truncated at 0). */
  intraAgentCorrelation?: number | null;
}

/** Per vendor: how its intervals treat agents. `independent` when its conversations carry fewer than two agent ids. */
export interface VendorClusteringDto {
  vendorId: string;
  /** Agents with conversations in the period. */
  agents: number;
  /** Conversations without an agent id (each counts on its own). */
  unattributed: number;
  method: 'agents-as-clusters' | 'independent';
  /** Design effect and intra-agent correlation of the overall score (the metric most pages lead with). */
  designEffect: number | null;
  intraAgentCorrelation: number | null;
}

/**
 * A value with its 95% interval and sample size. Below the minimum sample it is `insufficient` and every number
 * is null: show "not enough data", never a rank or a flag.
 */
export type StatEstimate = (
  | { status: 'ok'; estimate: number; lower: number; upper: number; n: number; method: AnalyticsMethod }
  | { status: 'insufficient'; estimate: null; lower: null; upper: null; n: number; method: AnalyticsMethod }
) &
  DesignEffectDto;

/** a − b with its 95% interval, both sample sizes and a two-sided p-value. */
export type StatDifference =
  | {
      status: 'ok';
      difference: number;
      lower: number;
      upper: number;
      nA: number;
      nB: number;
      pValue: number;
      method: AnalyticsMethod;
    }
  | {
      status: 'insufficient';
      difference: null;
      lower: null;
      upper: null;
      nA: number;
      nB: number;
      pValue: null;
      method: AnalyticsMethod;
    };

export interface VendorRef {
  id: string;
  slug: string;
  name: string;
}

/** The selection a response was computed on, echoed back with the period resolved to days. */
export interface AppliedFilters {
  from: string;
  to: string;
  vendors: string[];
  channels: Channel[];
  languages: string[];
  queues: string[];
  sites: string[];
}

export interface AnalyticsResponseBase {
  /** Conversations (or survey answers, for CSAT) below which a cell is `insufficient`. */
  minimumSample: number;
  filters: AppliedFilters;
  metricInfo: Partial<Record<AnalyticsMetric, MetricInfo>>;
}
