const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(month: string): { year: string; index: number } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
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
