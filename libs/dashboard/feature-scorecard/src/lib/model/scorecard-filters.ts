import { addMonths } from '@rapport/analytics';
import { CHANNELS, isMonthString } from '@rapport/contracts';
import type { AnalyticsSelection } from '@rapport/dashboard-data-access';

/** Months of history behind the trend charts: the scorecard API's maximum per request. */
export const TREND_MONTHS = 12;

/** What the scorecard URL holds: `?month=2025-05&channels=chat,email&languages=de`. */
export interface ScorecardFilters {
  /** The month shown; null means the latest month with data. */
  month: string | null;
  channels: string[];
  languages: string[];
}

const LANGUAGE = /^[a-z]{2,3}$/;

/** A comma-separated list parameter as distinct, trimmed values accepted by `valid`. */
export function parseListParam(param: string | null | undefined, valid: (value: string) => boolean): string[] {
  const values = (param ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '' && valid(value));
  return [...new Set(values)];
}

/** Reads the URL's query parameters; anything malformed is dropped rather than sent to the API. */
export function parseScorecardFilters(params: { month?: string | null; channels?: string | null; languages?: string | null }): ScorecardFilters {
  return {
    month: params.month && isMonthString(params.month) ? params.month : null,
    channels: parseListParam(params.channels, (value) => (CHANNELS as readonly string[]).includes(value)),
    languages: parseListParam(params.languages, (value) => LANGUAGE.test(value)),
  };
}

/** The scorecard request for a month: the twelve months up to it, so trends and the month come in one answer. */
export function scorecardSelection(filters: ScorecardFilters, month: string): AnalyticsSelection {
  return { from: addMonths(month, -(TREND_MONTHS - 1)), to: month, channels: filters.channels, languages: filters.languages };
}

/** Months with data, newest first, for the month picker. */
export function monthOptions(monthsWithData: readonly string[]): string[] {
  return [...new Set(monthsWithData)].sort().reverse();
}
