import type { MetricUnit, StatDifference, StatEstimate } from '@rapport/contracts';

/**
 * Numbers as the printed report writes them. The standard PDF fonts only know WinAnsi characters, so a plain
 * hyphen stands for minus and an en dash joins interval bounds.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const NOT_ENOUGH_DATA = 'Not enough data';

export function monthName(month: string): string {
  const [year, number] = month.split('-');
  const name = MONTHS[Number(number) - 1];
  if (!year || !name) {
    throw new RangeError(`expected a month as YYYY-MM, got '${month}'`);
  }
  return `${name} ${year}`;
}

/** First and last day of a month, YYYY-MM-DD. */
export function monthDays(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function formatValue(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'score':
      return value.toFixed(1);
    case 'proportion':
      return `${(value * 100).toFixed(1)}%`;
    case 'seconds':
      return value < 60 ? `${Math.round(value)} s` : `${Math.round(value / 60)} min`;
  }
}

export function formatCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

/** "82.4 (80.1–84.7)" and "n = 320", or "Not enough data" and n. */
export function formatEstimate(stat: StatEstimate, unit: MetricUnit): { value: string; detail: string } {
  if (stat.status === 'insufficient') {
    return { value: NOT_ENOUGH_DATA, detail: `n = ${formatCount(stat.n)}` };
  }
  return { value: `${formatValue(stat.estimate, unit)} (${formatValue(stat.lower, unit)}\u2013${formatValue(stat.upper, unit)})`, detail: `n = ${formatCount(stat.n)}` };
}

/** "+2.1 (better)", "-3.0 (worse)", "+0.4 (no clear change)": a change named only when its interval leaves out zero. */
export function formatScoreChange(difference: StatDifference): string {
  if (difference.status === 'insufficient') {
    return NOT_ENOUGH_DATA;
  }
  const sign = difference.difference > 0 ? '+' : difference.difference < 0 ? '-' : '';
  const verdict = difference.lower > 0 ? 'better' : difference.upper < 0 ? 'worse' : 'no clear change';
  return `${sign}${Math.abs(difference.difference).toFixed(1)} (${verdict})`;
}
