import type { GapMetric, MetricDirection } from './metrics';
import type { AnalyticsResponseBase, FdrProcedureName, StatDifference, StatEstimate, VendorClusteringDto, VendorRef } from './responses';

// Language and culture gap answers.

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
