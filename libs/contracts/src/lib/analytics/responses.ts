import type { ScoreWeightsDto, SlaTargetDto } from '../settings';
import type { Channel } from '../vocabulary';
import type { AgentMetric, AnalyticsMetric, DriverDimension, GapMetric, MetricDirection, MetricInfo } from './metrics';
import type { AgentSort } from './filters';

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

export interface ScorecardMetricDto {
  current: StatEstimate;
  vsPreviousMonth: StatDifference;
  vsSameMonthLastYear: StatDifference;
  /** Competition rank among the vendors of this month; null when this cell or the month lacks data. */
  rank: number | null;
  rankedAmong: number;
}

export interface ScorecardRowDto {
  vendor: VendorRef;
  month: string;
  volume: { current: number; previousMonth: number; sameMonthLastYear: number };
  metrics: Record<AnalyticsMetric, ScorecardMetricDto>;
  /** How this vendor's intervals treat its agents in this month. */
  clustering: VendorClusteringDto;
  /** The conversations behind this row: a `GET /api/conversations` URL with the same filters. */
  conversations: string;
}

export interface ScorecardResponse extends AnalyticsResponseBase {
  months: string[];
  rows: ScorecardRowDto[];
  rankMethod: 'competition-rank';
  /** How the overall score weighs its dimensions, from the scoring settings in force (CSAT is not part of it). */
  weights: ScoreWeightsDto;
}

export type VendorPairDto = StatDifference & {
  vendorA: string;
  vendorB: string;
  /** q-value (Benjamini–Hochberg, or Benjamini–Yekutieli with fdr=by) across every pair of every metric. */
  qValue: number | null;
  /** q ≤ 0.05; never true for an insufficient pair. */
  significant: boolean;
};

export interface ComparisonMetricDto {
  metric: AnalyticsMetric;
  direction: MetricDirection;
  estimates: Array<StatEstimate & { vendorId: string }>;
  pairs: VendorPairDto[];
}

/** One vendor's conversations per channel in the period, and the share of them answered within the channel's target. */
export interface VendorChannelMixDto {
  vendorId: string;
  /** Channels with conversations, in the vocabulary's order. */
  channels: Array<{ channel: Channel; conversations: number; slaMeasured: number; withinSla: number | null }>;
}

export interface ComparisonResponse extends AnalyticsResponseBase {
  vendors: Array<VendorRef & { volume: number; conversations: string }>;
  metrics: ComparisonMetricDto[];
  /** Size of the false-discovery-rate family. */
  tests: number;
  multipleComparisons: FdrProcedureName;
  /** Per vendor: agents as clusters, design effect and intra-agent correlation (or why conversations count alone). */
  clustering: VendorClusteringDto[];
  /** Per vendor: conversations and within-target share per channel, which explain responsiveness beside the targets. */
  channelMix: VendorChannelMixDto[];
  /** Response-time targets per channel from the scoring settings in force, in seconds. */
  slaTargets: Record<Channel, SlaTargetDto>;
}

export type GapComparisonKind = 'same-vendor-other-languages' | 'other-vendors-same-language';

/** Case-mix dimensions a gap comparison can be adjusted for, finest last (`strata` of the gaps answer). */
export type GapStratumDimension = 'channel' | 'queue' | 'hour band';

/**
 * Why a comparison has no figure even unadjusted: the cell has fewer conversations than the minimum sample, the
 * comparison group has (no other vendor serves the language…), or both have enough but in no shared strata.
 */
export type GapShortfallReason = 'too-few-in-cell' | 'too-few-in-reference' | 'no-overlapping-strata';

export interface GapShortfallDto {
  reason: GapShortfallReason;
  /** Conversations of the cell and of its comparison group. */
  cellN: number;
  referenceN: number;
  /** Conversations each side needed (the minimum sample). */
  minimum: number;
}

export type GapComparisonDto = StatDifference & {
  comparison: GapComparisonKind;
  /** Share of the cell's conversations in strata the comparison group also has. */
  coverage: number;
  strataUsed: number;
  /** Strata of the cell the comparison group has no data in. */
  missingStrata: number;
  /**
   * Dimensions the figure is adjusted for: all of `strata` when the finest strata overlap enough, fewer after the
   * fallback to coarser strata (channel × queue, channel), none when unadjusted.
   */
  adjustedFor: GapStratumDimension[];
  /** Why there is no figure, with the counts; null when there is one. */
  shortfall: GapShortfallDto | null;
  intervalExcludesZero: boolean;
  qValue: number | null;
  /** Interval excludes zero and q ≤ 0.05 across the metric's matrix; never true without enough data. */
  flagged: boolean;
};

export interface GapCellDto {
  vendorId: string;
  language: string;
  /** The cell's own result over all its conversations. */
  cell: StatEstimate;
  vsOtherLanguages: GapComparisonDto;
  vsOtherVendors: GapComparisonDto;
  flagged: boolean;
  conversations: string;
}

export interface GapMetricDto {
  metric: GapMetric;
  direction: MetricDirection;
  /** Size of this metric's Benjamini–Hochberg family. */
  tests: number;
  cells: GapCellDto[];
}

export interface FlaggedGapDto {
  metric: GapMetric;
  vendorId: string;
  language: string;
  comparison: GapComparisonKind;
  difference: number;
  lower: number;
  upper: number;
  nA: number;
  nB: number;
  qValue: number;
  /** Whether the gap is in the metric's bad direction (lower score, higher mismatch rate…). */
  worse: boolean;
  /** Dimensions the gap is adjusted for (empty: unadjusted). */
  adjustedFor: GapStratumDimension[];
}

export interface GapsResponse extends AnalyticsResponseBase {
  vendors: VendorRef[];
  languages: string[];
  /** Case-mix strata each comparison is standardised over at the finest level. */
  strata: GapStratumDimension[];
  metrics: GapMetricDto[];
  /** Flagged gaps of every metric, largest first (absolute difference). */
  flagged: FlaggedGapDto[];
  /** The false-discovery-rate procedure applied to each metric's matrix (`fdr=bh|by`). */
  multipleComparisons: FdrProcedureName;
  /** Per vendor: agents as clusters, design effect and intra-agent correlation (or why conversations count alone). */
  clustering: VendorClusteringDto[];
}

export interface CoverageCellDto {
  /** 0–167 from Monday 00:00, vendor local time. */
  hourOfWeek: number;
  volume: number;
  firstResponseMedian: StatEstimate;
  withinSla: StatEstimate;
  /**
   * The counts behind `withinSla`, also where the hour alone has too few for an estimate: hours add up (inside vs
   * outside the promised hours) only from counts.
   */
  withinSlaCounts: { n: number; within: number };
  csat: StatEstimate;
}

export interface CoverageResponse extends AnalyticsResponseBase {
  rows: Array<{ vendor: VendorRef; timeZone: string; hours: CoverageCellDto[]; conversations: string }>;
}

export interface DriverDto {
  name: DriverDimension;
  correlation: StatEstimate;
  /** Standardised coefficient in the regression of CSAT on all dimensions together. */
  coefficient: StatEstimate;
}

export interface RuleEffectDto {
  rule: string;
  /** Surveyed conversations in which the rule fired. */
  withRule: number;
  /** Mean CSAT with the rule − without it. */
  effect: StatDifference;
  qValue: number | null;
  significant: boolean;
}

export interface DriverGroupDto {
  vendorId: string | null;
  language: string | null;
  n: number;
  status: 'ok' | 'insufficient';
  /** Share of CSAT variance the dimensions explain together. */
  rSquared: number | null;
  dimensions: DriverDto[];
  /** Does the overall score track what customers feel? Its correlation with CSAT. */
  overallCorrelation: StatEstimate;
  /**
   * CSAT's dependence on the agent in this group: the rule effects are cluster-robust (agents as clusters) where two or
   * more agents have surveys; coefficients and correlations treat conversations as independent.
   */
  clustering: { agents: number; designEffect: number | null; intraAgentCorrelation: number | null };
  rules: RuleEffectDto[];
}

export interface DriversResponse extends AnalyticsResponseBase {
  groups: DriverGroupDto[];
}

export interface AgentRankDto {
  agent: { id: string; externalId: string; displayName: string | null };
  n: number;
  /** The agent's own mean; on its own it is noisy for small n. */
  rawMean: number | null;
  /** Empirical-Bayes estimate shrunk towards the vendor mean, with its Morris-corrected 95% interval. */
  shrunk: StatEstimate;
  shrinkageFactor: number | null;
  rank: number | null;
  rankedAmong: number;
  conversations: string;
}

export interface AgentRankingResponse extends AnalyticsResponseBase {
  vendor: VendorRef;
  metric: AgentMetric;
  direction: MetricDirection;
  vendorMean: number | null;
  withinVariance: number | null;
  /** REML estimate of the between-agent variance τ² (`reml-q-profile`). */
  betweenVariance: number | null;
  /** Q-profile 95% interval of τ²; a lower end of 0 means the data are compatible with all agents being alike. */
  betweenVarianceInterval: { lower: number; upper: number } | null;
  /**
   * `distinguishable`: agents differ detectably and are ranked; `indistinguishable`: the data show no detectable
   * difference between agents, so nobody is ranked (say so in words); `too-few-agents`: fewer than 4 agents with data.
   */
  agentDifferences: 'distinguishable' | 'indistinguishable' | 'too-few-agents';
  sort: AgentSort;
  page: number;
  pageSize: number;
  total: number;
  items: AgentRankDto[];
}
