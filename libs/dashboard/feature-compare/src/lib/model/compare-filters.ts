import { addMonths } from '@rapport/analytics';
import { CHANNELS, MAX_COMPARED_VENDOR_COUNT, MIN_COMPARED_VENDOR_COUNT, isMonthString } from '@rapport/contracts';
import type { AnalyticsSelection } from '@rapport/dashboard-data-access';

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
}

const LANGUAGE = /^[a-z]{2,3}$/;

function list(param: string | null | undefined, valid: (value: string) => boolean = () => true): string[] {
  const values = (param ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '' && valid(value));
  return [...new Set(values)];
}

function month(param: string | null | undefined): string | null {
  return param && isMonthString(param) ? param : null;
}

/** Reads the URL; malformed values are dropped and at most eight vendors are kept. */
export function parseCompareFilters(params: {
  vendors?: string | null;
  from?: string | null;
  to?: string | null;
  channels?: string | null;
  languages?: string | null;
}): CompareFilters {
  return {
    vendors: list(params.vendors).slice(0, MAX_COMPARED_VENDOR_COUNT),
    from: month(params.from),
    to: month(params.to),
    channels: list(params.channels, (value) => (CHANNELS as readonly string[]).includes(value)),
    languages: list(params.languages, (value) => LANGUAGE.test(value)),
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
  return { ...comparePeriod(filters, latestMonth), vendors: filters.vendors, channels: filters.channels, languages: filters.languages };
}
