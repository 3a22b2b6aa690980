import { addMonths } from '@rapport/analytics';
import { ANALYTICS_METRICS, CHANNELS, MAX_COMPARED_VENDOR_COUNT, METRIC_INFO, MIN_COMPARED_VENDOR_COUNT, SURVEY_METRICS } from '@rapport/contracts';
import type { AnalyticsSelection } from '@rapport/dashboard-data-access';
import { type SelectOption, isLanguageCode, oneOf, parseListParam, parseMonthParam } from '@rapport/dashboard-ui';

/** Months a comparison covers when the URL names no period: the latest three with data. */
export const DEFAULT_PERIOD_MONTHS = 3;

/** What the compare URL holds: `?vendors=a,b&from=2025-03&to=2025-05&channels=chat&languages=de`. */
export interface CompareFilters {
  /** Vendor slugs (or ids) in the order picked. */
  vendors: string[];
  from: string | null;
  to: string | null;
  channels: string[];
  languages: string[];
  /** Metrics compared (`?metrics=csat,effort`); empty: every metric. */
  metrics: string[];
}

/**
 * What the metric select offers: every metric, the survey questions together, or one survey question or the recontact
 * rate alone; the API corrects for multiple comparisons across the metrics compared.
 */
export function compareMetricChoices(picked: readonly string[]): SelectOption[] {
  const choices: SelectOption[] = [
    { value: '', label: 'All metrics' },
    { value: SURVEY_METRICS.join(','), label: 'Survey questions' },
    ...[...SURVEY_METRICS, 'recontact' as const].map((metric) => ({ value: metric, label: METRIC_INFO[metric].label })),
  ];
  const current = picked.join(',');
  return current === '' || choices.some((choice) => choice.value === current)
    ? choices
    : [...choices, { value: current, label: picked.map((metric) => METRIC_INFO[metric as keyof typeof METRIC_INFO]?.label ?? metric).join(', ') }];
}

/** Reads the URL; malformed values are dropped and at most eight vendors are kept. */
export function parseCompareFilters(params: {
  vendors?: string | null;
  from?: string | null;
  to?: string | null;
  channels?: string | null;
  languages?: string | null;
  metrics?: string | null;
}): CompareFilters {
  return {
    vendors: parseListParam(params.vendors).slice(0, MAX_COMPARED_VENDOR_COUNT),
    from: parseMonthParam(params.from),
    to: parseMonthParam(params.to),
    channels: parseListParam(params.channels, oneOf(CHANNELS)),
    languages: parseListParam(params.languages, isLanguageCode),
    metrics: parseListParam(params.metrics, oneOf(ANALYTICS_METRICS)),
  };
}

/** The period compared: the URL's, else the latest months with data; bounds given the wrong way round are swapped. */
export function comparePeriod(filters: CompareFilters, latestMonth: string): { from: string; to: string } {
  const to = filters.to ?? (filters.from && filters.from > latestMonth ? filters.from : latestMonth);
  const from = filters.from ?? addMonths(to, -(DEFAULT_PERIOD_MONTHS - 1));
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The comparison request, or null while fewer than two vendors are picked. */
export function comparisonSelection(filters: CompareFilters, latestMonth: string): AnalyticsSelection | null {
  if (filters.vendors.length < MIN_COMPARED_VENDOR_COUNT) {
    return null;
  }
  return {
    ...comparePeriod(filters, latestMonth),
    vendors: filters.vendors,
    channels: filters.channels,
    languages: filters.languages,
    ...(filters.metrics.length > 0 ? { metrics: filters.metrics } : {}),
  };
}
