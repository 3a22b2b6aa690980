/**
 * The month every report opens on when none is chosen, decided here once for the API and the dashboard: the latest
 * complete month with data. The month `now` falls in is still running (its figures cover a few days and change every
 * hour), so it is shown only when chosen, and marked "month to date". Times are UTC, as every month bound is.
 */

/** The month (YYYY-MM, UTC) that `now` falls in: the one still running. */
export function runningMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/** Whether a month is the one still running at `now` (its figures are month to date, not a whole month). */
export function isMonthToDate(month: string, now: Date): boolean {
  return month === runningMonth(now);
}

/**
 * The default month of a report among the months with data: the newest month before the running one; when every
 * month with data is the running one or later (a first import), the newest month with data; null when there is none.
 */
export function defaultReportMonth(monthsWithData: Iterable<string>, now: Date): string | null {
  const running = runningMonth(now);
  let complete: string | null = null;
  let newest: string | null = null;
  for (const month of monthsWithData) {
    // 'YYYY-MM' strings order the same way as the months they name.
    if (newest === null || month > newest) {
      newest = month;
    }
    if (month < running && (complete === null || month > complete)) {
      complete = month;
    }
  }
  return complete ?? newest;
}
