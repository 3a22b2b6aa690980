import type { BusinessDay, OpeningHoursDto } from '../settings';
import type { AgentMetric, DriverDimension, MetricDirection } from './metrics';
import type { AgentSort } from './filters';
import type { AnalyticsResponseBase, StatDifference, StatEstimate, VendorRef } from './responses';

// Coverage, CSAT driver and agent ranking answers.

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
  rows: Array<{
    vendor: VendorRef;
    timeZone: string;
    /** The hours the vendor promises to answer in (its opening hours, vendor local time), so every reader of its coverage sees the promise beside it. */
    businessHours: Record<BusinessDay, OpeningHoursDto[]>;
    hours: CoverageCellDto[];
    conversations: string;
  }>;
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
