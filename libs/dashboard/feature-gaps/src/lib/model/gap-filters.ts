import { addMonths } from '@rapport/analytics';
import { CHANNELS, type FdrSetting, GAP_METRICS, type GapComparisonKind, type GapMetric } from '@rapport/contracts';
import type { GapsQuery } from '@rapport/dashboard-data-access';
import { oneOf, parseListParam, parseMonthParam } from '@rapport/dashboard-ui';

/** Months the gap analysis covers when the URL names no period: more months, more cells with enough data. */
export const DEFAULT_GAP_MONTHS = 3;

/** Which comparison colours the heatmap: the same language at other vendors, or the same vendor in other languages. */
export type GapComparison = 'vendors' | 'languages';

export const COMPARISON_KINDS: Record<GapComparison, GapComparisonKind> = {
  vendors: 'other-vendors-same-language',
  languages: 'same-vendor-other-languages',
};

/** What the gaps URL holds: `?metric=courtesy&compare=vendors&from=2025-01&to=2025-03&vendors=a,b&channels=chat&cell=<vendorId>:de&fdr=by`. */
export interface GapFilters {
  metric: GapMetric;
  compare: GapComparison;
  from: string | null;
  to: string | null;
  vendors: string[];
  channels: string[];
  /** The opened cell, `vendorId:language`. */
  cell: string | null;
  /** False-discovery check: `bh` Benjamini–Hochberg (default), `by` Benjamini–Yekutieli (strict). */
  fdr: FdrSetting;
}

export interface GapParams {
  metric?: string | null;
  compare?: string | null;
  from?: string | null;
  to?: string | null;
  vendors?: string | null;
  channels?: string | null;
  cell?: string | null;
  fdr?: string | null;
}

/** Reads the URL; anything malformed falls back to its default rather than breaking the page. */
export function parseGapFilters(params: GapParams): GapFilters {
  const metric = (GAP_METRICS as readonly string[]).includes(params.metric ?? '')
    ? (params.metric as GapMetric)
    : 'overall';
  return {
    metric,
    compare: params.compare === 'languages' ? 'languages' : 'vendors',
    from: parseMonthParam(params.from),
    to: parseMonthParam(params.to),
    vendors: parseListParam(params.vendors),
    channels: parseListParam(params.channels, oneOf(CHANNELS)),
    cell: params.cell && /^[^:]+:[a-z]{2,3}$/.test(params.cell) ? params.cell : null,
    fdr: params.fdr === 'by' ? 'by' : 'bh',
  };
}

/** The period analysed: the URL's, else the latest months with data; reversed bounds are put right. */
export function gapPeriod(filters: GapFilters, latestMonth: string): { from: string; to: string } {
  const to = filters.to ?? (filters.from && filters.from > latestMonth ? filters.from : latestMonth);
  const from = filters.from ?? addMonths(to, -(DEFAULT_GAP_MONTHS - 1));
  return from <= to ? { from, to } : { from: to, to: from };
}

/**
 * The gap request. It asks for every metric at once, so switching metric or comparison redraws without a new
 * request; the metric and the opened cell are views of the same answer.
 */
export function gapsQuery(filters: GapFilters, latestMonth: string): GapsQuery {
  return {
    ...gapPeriod(filters, latestMonth),
    vendors: filters.vendors,
    channels: filters.channels,
    ...(filters.fdr === 'by' ? { fdr: 'by' } : {}),
  };
}

export function cellKey(vendorId: string, language: string): string {
  return `${vendorId}:${language}`;
}

export function parseCellKey(key: string): { vendorId: string; language: string } | null {
  const index = key.lastIndexOf(':');
  return index > 0 ? { vendorId: key.slice(0, index), language: key.slice(index + 1) } : null;
}
