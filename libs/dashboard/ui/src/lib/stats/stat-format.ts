import type { MetricUnit, StatDifference, StatEstimate } from '@rapport/contracts';

/**
 * Words and numbers for statistics, shared by every page so a value reads the same in a tile, a table and a
 * screen reader. Scores are 0–100, proportions 0–1 (shown as %), durations in seconds.
 */

const ONE_DECIMAL = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const MINUS = '\u2212';

export const NOT_ENOUGH_DATA = 'Not enough data';

function signed(text: string, value: number): string {
  if (value > 0) {
    return `+${text}`;
  }
  return value < 0 ? `${MINUS}${text}` : text;
}

/** A duration as the two largest units that matter: "45 s", "3 min 20 s", "2 h 5 min", "1 d 3 h". */
export function formatDuration(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  if (total < 60) {
    return `${total} s`;
  }
  const units: Array<[string, number]> = [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = total;
  for (const [name, size] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) {
      parts.push(`${count} ${name}`);
    }
    if (parts.length === 2) {
      break;
    }
  }
  // "2 h 0 min" says nothing more than "2 h".
  return parts.filter((part, index) => index === 0 || !part.startsWith('0 ')).join(' ');
}

/** A metric value in its unit: "82.4", "82.4%", "3 min 20 s". */
export function formatMetricValue(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'score':
      return ONE_DECIMAL.format(value);
    case 'proportion':
      return `${ONE_DECIMAL.format(value * 100)}%`;
    case 'seconds':
      return formatDuration(value);
  }
}

/** A 95% interval as "80.1–84.7" in the metric's unit. */
export function formatInterval(lower: number, upper: number, unit: MetricUnit): string {
  return `${formatMetricValue(lower, unit)}–${formatMetricValue(upper, unit)}`;
}

/** A change with its sign: "+2.1 pts" for scores and percentages, "+12 s" for durations. */
export function formatChange(difference: number, unit: MetricUnit): string {
  switch (unit) {
    case 'score':
      return `${signed(ONE_DECIMAL.format(Math.abs(difference)), difference)} pts`;
    case 'proportion':
      return `${signed(ONE_DECIMAL.format(Math.abs(difference) * 100), difference)} pts`;
    case 'seconds':
      return signed(formatDuration(difference), Math.round(difference));
  }
}

/** Relative change of a count: "+4.2%"; null when there is nothing to compare with. */
export function formatRelativeChange(current: number, previous: number): string | null {
  if (previous <= 0) {
    return null;
  }
  const change = ((current - previous) / previous) * 100;
  return `${signed(ONE_DECIMAL.format(Math.abs(change)), Math.round(change * 10))}%`;
}

/** A sample size: "n = 1,234". */
export function formatSampleSize(n: number): string {
  return `n = ${WHOLE.format(n)}`;
}

/** A whole count: "1,234". */
export function formatCount(count: number): string {
  return WHOLE.format(count);
}

/** One sentence for an estimate, for screen readers and tooltips. */
export function describeEstimate(stat: StatEstimate, unit: MetricUnit): string {
  if (stat.status === 'insufficient') {
    return `${NOT_ENOUGH_DATA}, ${formatSampleSize(stat.n)}`;
  }
  return `${formatMetricValue(stat.estimate, unit)}, 95% interval ${formatMetricValue(stat.lower, unit)} to ${formatMetricValue(stat.upper, unit)}, ${formatSampleSize(stat.n)}`;
}

/** One sentence for a difference between two groups. */
export function describeDifference(difference: StatDifference, unit: MetricUnit): string {
  if (difference.status === 'insufficient') {
    return `${NOT_ENOUGH_DATA}, ${formatSampleSize(difference.nA)} and ${formatSampleSize(difference.nB)}`;
  }
  return `${formatChange(difference.difference, unit)}, 95% interval ${formatChange(difference.lower, unit)} to ${formatChange(difference.upper, unit)}`;
}
