import type { SelectOption } from '../forms/multi-select';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether a string is a month as 'YYYY-MM'. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function parts(month: string): { year: string; index: number } {
  const match = MONTH.exec(month);
  if (!match) {
    throw new RangeError(`expected a month as YYYY-MM, got '${month}'`);
  }
  return { year: match[1], index: Number(match[2]) - 1 };
}

/** 'YYYY-MM' as 'May 2025': short enough for an axis, the same in every locale. */
export function formatShortMonth(month: string): string {
  const { year, index } = parts(month);
  return `${MONTH_NAMES[index]} ${year}`;
}

/** 'YYYY-MM' as 'May 2025' in full words ('September 2025'), for headings. */
export function formatLongMonth(month: string): string {
  const { year, index } = parts(month);
  return `${LONG_MONTH_NAMES[index]} ${year}`;
}

/** A period of whole months in words: one month alone ('May 2025'), or both ends ('March 2025 to May 2025'). */
export function formatMonthRange(from: string, to: string, format: (month: string) => string = formatLongMonth): string {
  return from === to ? format(from) : `${format(from)} to ${format(to)}`;
}

/** Distinct months ('YYYY-MM'), newest first: the order of every month picker. */
export function monthsNewestFirst(months: Iterable<string>): string[] {
  // 'YYYY-MM' strings sort the same way as the months they name.
  return [...new Set(months)].sort().reverse();
}

/** Words added to the running month wherever it is named: its figures cover only the days so far. */
export const MONTH_TO_DATE = 'month to date';

/**
 * Months as the options of a month picker, labelled in words ('May 2025' by default); the running month, when given,
 * is labelled 'December 2026 (month to date)' so nobody takes its partial figures for a whole month.
 */
export function toMonthOptions(
  months: readonly string[],
  format: (month: string) => string = formatLongMonth,
  running: string | null = null,
): SelectOption[] {
  return months.map((month) => ({ value: month, label: month === running ? `${format(month)} (${MONTH_TO_DATE})` : format(month) }));
}
