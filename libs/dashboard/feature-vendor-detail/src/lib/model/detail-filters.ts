import { addMonths } from '@rapport/analytics';
import { AGENT_METRICS, type AgentMetric, isMonthString } from '@rapport/contracts';
import type { AnalyticsSelection } from '@rapport/dashboard-data-access';

/** How many months up to the chosen one the breakdowns cover; trends always show twelve. */
export const DETAIL_WINDOWS = [1, 3, 6, 12] as const;
export type DetailWindow = (typeof DETAIL_WINDOWS)[number];
export const DEFAULT_DETAIL_WINDOW: DetailWindow = 3;
export const TREND_MONTHS = 12;

export const COVERAGE_MEASURES = ['volume', 'withinSla', 'firstResponseMedian', 'csat'] as const;
export type CoverageMeasure = (typeof COVERAGE_MEASURES)[number];

/** What the vendor detail URL holds besides the vendor: `?month=&months=&coverage=&agentMetric=&agentsPage=`. */
export interface DetailFilters {
  month: string | null;
  window: DetailWindow;
  coverage: CoverageMeasure;
  agentMetric: AgentMetric;
  agentsPage: number;
}

export function parseDetailFilters(params: {
  month?: string | null;
  months?: string | null;
  coverage?: string | null;
  agentMetric?: string | null;
  agentsPage?: string | null;
}): DetailFilters {
  const page = Number(params.agentsPage);
  return {
    month: params.month && isMonthString(params.month) ? params.month : null,
    window: DETAIL_WINDOWS.find((window) => String(window) === params.months) ?? DEFAULT_DETAIL_WINDOW,
    coverage: COVERAGE_MEASURES.find((measure) => measure === params.coverage) ?? 'volume',
    agentMetric: AGENT_METRICS.find((metric) => metric === params.agentMetric) ?? 'overall',
    agentsPage: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

export function windowLabel(window: DetailWindow): string {
  return window === 1 ? 'The month only' : `${window} months to the month`;
}

/** The period the breakdowns cover: `window` months ending with `month`. */
export function detailSelection(vendorId: string, month: string, window: DetailWindow): AnalyticsSelection {
  return { from: addMonths(month, -(window - 1)), to: month, vendors: [vendorId] };
}

/**
 * Months the agent list covers at least: with about 13 conversations per agent a month, one month ranks nobody at the
 * minimum sample of 30, three months do.
 */
export const MIN_AGENT_MONTHS = 3;

/** The period the agent list covers: the breakdowns' window, but never less than three months ending with `month`. */
export function agentSelection(vendorId: string, month: string, window: DetailWindow): AnalyticsSelection {
  return detailSelection(vendorId, month, Math.max(window, MIN_AGENT_MONTHS) as DetailWindow);
}

/** The twelve months of trend up to `month`, for this vendor only. */
export function trendSelection(vendorId: string, month: string): AnalyticsSelection {
  return { from: addMonths(month, -(TREND_MONTHS - 1)), to: month, vendors: [vendorId] };
}
