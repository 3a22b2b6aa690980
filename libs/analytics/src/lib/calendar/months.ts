/** Calendar months as 'YYYY-MM' strings; pure string arithmetic, no clock and no time zone. */

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

function parseMonth(month: string): { year: number; monthIndex: number } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) {
    throw new RangeError(`expected a month as YYYY-MM, got '${month}'`);
  }
  return { year: Number(match[1]), monthIndex: Number(match[2]) - 1 };
}

function formatMonth(totalMonths: number): string {
  const year = Math.floor(totalMonths / 12);
  if (year < 0 || year > 9999) {
    throw new RangeError(`month out of range: year ${year}`);
  }
  const month = totalMonths - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: string, delta: number): string {
  if (!Number.isInteger(delta)) {
    throw new RangeError(`month offsets are whole numbers, got ${delta}`);
  }
  const { year, monthIndex } = parseMonth(month);
  return formatMonth(year * 12 + monthIndex + delta);
}

export function previousMonth(month: string): string {
  return addMonths(month, -1);
}

export function sameMonthLastYear(month: string): string {
  return addMonths(month, -12);
}

/** Months from `from` to `to` inclusive, in order; empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const start = parseMonth(from);
  const end = parseMonth(to);
  const first = start.year * 12 + start.monthIndex;
  const last = end.year * 12 + end.monthIndex;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => formatMonth(first + i));
}
