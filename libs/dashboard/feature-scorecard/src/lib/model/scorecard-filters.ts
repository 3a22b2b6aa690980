import { addMonths } from '@rapport/analytics';
import { CHANNELS, SURVEY_METRICS, type SurveyMetric } from '@rapport/contracts';
import type { AnalyticsSelection } from '@rapport/dashboard-data-access';
import { type SelectOption, isLanguageCode, oneOf, parseListParam, parseMonthParam } from '@rapport/dashboard-ui';

/** Months of history behind the trend charts: the scorecard API's maximum per request. */
export const TREND_MONTHS = 12;

/** What the scorecard URL holds: `?month=2025-05&channels=chat,email&languages=de&survey=effort`. */
export interface ScorecardFilters {
  /** The month shown; null means the latest month with data. */
  month: string | null;
  channels: string[];
  languages: string[];
  /** The survey question the ranking shows (CSAT unless the URL picks another). */
  survey: SurveyMetric;
}

/** Reads the URL's query parameters; anything malformed is dropped rather than sent to the API. */
export function parseScorecardFilters(params: { month?: string | null; channels?: string | null; languages?: string | null; survey?: string | null }): ScorecardFilters {
  return {
    survey: SURVEY_METRICS.find((metric) => metric === params.survey) ?? 'csat',
    month: parseMonthParam(params.month),
    channels: parseListParam(params.channels, oneOf(CHANNELS)),
    languages: parseListParam(params.languages, isLanguageCode),
  };
}

/** The scorecard request for a month: the twelve months up to it, so trends and the month come in one answer. */
export function scorecardSelection(filters: ScorecardFilters, month: string): AnalyticsSelection {
  return { from: addMonths(month, -(TREND_MONTHS - 1)), to: month, channels: filters.channels, languages: filters.languages };
}

/**
 * Choices of a filter the URL may hold several values of, offered as one select: all, each value, and (when the
 * URL names several) those together, so the select shows what is applied.
 */
export function singleChoiceOptions(allLabel: string, options: readonly SelectOption[], picked: readonly string[]): SelectOption[] {
  const together = picked.length > 1 ? [{ value: picked.join(','), label: picked.join(', ') }] : [];
  return [{ value: '', label: allLabel }, ...options, ...together];
}
