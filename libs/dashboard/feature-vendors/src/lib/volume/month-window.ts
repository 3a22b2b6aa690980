import { addMonths, monthRange } from '@rapport/analytics';
import type { MonthlyVolumeDto } from '@rapport/contracts';

/** How many of the latest months a view covers; kept in the URL as `?months=`. */
export const MONTH_WINDOWS = [3, 6, 12, 24, 'all'] as const;
export type MonthWindow = (typeof MONTH_WINDOWS)[number];
export const DEFAULT_MONTH_WINDOW: MonthWindow = 12;

/** Reads `?months=`; anything that is not one of the offered windows falls back to the default. */
export function parseMonthWindow(param: string | null | undefined): MonthWindow {
  return MONTH_WINDOWS.find((window) => String(window) === param) ?? DEFAULT_MONTH_WINDOW;
}

export function monthWindowLabel(window: MonthWindow): string {
  return window === 'all' ? 'All months' : `Last ${window} months`;
}

/**
 * Consecutive months the view shows: the latest `window` months up to `lastMonth` (the page passes the latest
 * complete month; by default the latest month with data), never reaching back before the first month with data
 * (those months are unknown, not zero). Empty when there is no data.
 */
export function windowMonths(volumes: readonly MonthlyVolumeDto[], window: MonthWindow, lastMonth: string | null = null): string[] {
  if (volumes.length === 0) {
    return [];
  }
  // 'YYYY-MM' strings order the same way as the months they name.
  let first = volumes[0].month;
  let last = volumes[0].month;
  for (const { month } of volumes) {
    first = month < first ? month : first;
    last = month > last ? month : last;
  }
  last = lastMonth ?? last;
  if (window === 'all') {
    return monthRange(first, last);
  }
  const windowStart = addMonths(last, -(window - 1));
  return monthRange(windowStart > first ? windowStart : first, last);
}
