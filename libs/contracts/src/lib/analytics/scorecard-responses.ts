import type { ScoreWeightsDto, SlaTargetDto } from '../settings';
import type { Channel } from '../vocabulary';
import type { AnalyticsMetric, MetricDirection } from './metrics';
import type { AnalyticsResponseBase, FdrProcedureName, StatDifference, StatEstimate, VendorClusteringDto, VendorRef } from './responses';

// Scorecard and vendor comparison answers.

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
