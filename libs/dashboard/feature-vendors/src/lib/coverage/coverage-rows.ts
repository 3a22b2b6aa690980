import { type Estimate, proportionDifferenceInterval, wilsonInterval } from '@rapport/analytics';
import type { CoverageResponse, VendorProfileDto } from '@rapport/contracts';
import { NOT_ENOUGH_DATA, formatChange, formatCount, formatMetricValue, formatSampleSize } from '@rapport/dashboard-ui';
import { HOURS_PER_WEEK, describePromise, promisedHoursOfWeek } from '@rapport/dashboard-ui/promised-hours';

/** Conversations and answers within the response target, summed over a set of hours of the week. */
interface HoursTally {
  conversations: number;
  /** Conversations whose response time is known, and how many of them came within the target. */
  n: number;
  within: number;
}

/** One vendor: its promise, and how it answers inside and outside the hours it promised. */
export interface CoverageRow {
  id: string;
  name: string;
  /** "Round the clock (24/7)" or "Mon–Fri 08:00–18:00: 50 of 168 hours a week". */
  promise: string;
  /** Null where the promise is not known (no opening hours) or leaves no hours outside it (24/7). */
  inside: HoursSummary | null;
  outside: HoursSummary | null;
  /** The gap between outside and inside in words. */
  difference: string;
}

export interface HoursSummary {
  conversations: number;
  /** "92.0% (88.1%–94.8%), n = 250" (the range is the 95% interval), or "Not enough data, n = 12". */
  withinTarget: string;
  estimate: Estimate;
}

const NO_PROMISE = 'Opening hours not set';

function tally(hours: CoverageResponse['rows'][number]['hours'], keep: (hourOfWeek: number) => boolean): HoursTally {
  const total: HoursTally = { conversations: 0, n: 0, within: 0 };
  for (const cell of hours) {
    if (keep(cell.hourOfWeek)) {
      // Counts add up across hours; the hours' own percentages would weigh a quiet night like a busy morning.
      total.conversations += cell.volume;
      total.n += cell.withinSlaCounts.n;
      total.within += cell.withinSlaCounts.within;
    }
  }
  return total;
}

function summarise(total: HoursTally, minSample: number): HoursSummary {
  const estimate = wilsonInterval({ n: total.n, successes: total.within }, { minSample });
  const withinTarget =
    estimate.status === 'ok'
      ? `${formatMetricValue(estimate.estimate, 'proportion')} (${formatMetricValue(estimate.lower, 'proportion')}–${formatMetricValue(estimate.upper, 'proportion')}), ${formatSampleSize(estimate.n)}`
      : `${NOT_ENOUGH_DATA}, ${formatSampleSize(total.n)}`;
  return { conversations: total.conversations, withinTarget, estimate };
}

/** Outside minus inside, in words, with its 95% interval (Newcombe); "no clear difference" when it spans zero. */
function differenceWords(inside: HoursTally, outside: HoursTally, minSample: number): string {
  const difference = proportionDifferenceInterval(
    { n: outside.n, successes: outside.within },
    { n: inside.n, successes: inside.within },
    { minSample },
  );
  if (difference.status === 'insufficient') {
    return `${NOT_ENOUGH_DATA} to compare (${formatSampleSize(inside.n)} inside, ${formatSampleSize(outside.n)} outside)`;
  }
  const interval = `95% interval ${formatChange(difference.lower, 'proportion')} to ${formatChange(difference.upper, 'proportion')}`;
  const size = formatChange(Math.abs(difference.difference), 'proportion').replace(/^\+/, '');
  if (difference.upper < 0) {
    return `${size} lower outside promised hours (${interval})`;
  }
  if (difference.lower > 0) {
    return `${size} higher outside promised hours (${interval})`;
  }
  return `No clear difference (${formatChange(difference.difference, 'proportion')}, ${interval})`;
}

/**
 * Every vendor's answers inside and outside the hours it promised, from the coverage heatmap's hourly counts:
 * conversations, the share answered within the response target with its 95% Wilson interval, and the gap.
 * Vendors are sorted by name; a vendor without a profile here reads "Opening hours not set".
 */
export function toCoverageRows(response: CoverageResponse, profiles: readonly VendorProfileDto[]): CoverageRow[] {
  const minSample = response.minimumSample;
  return response.rows
    .map((row): CoverageRow => {
      const profile = profiles.find((candidate) => candidate.id === row.vendor.id);
      const base = { id: row.vendor.id, name: row.vendor.name };
      if (!profile) {
        return { ...base, promise: NO_PROMISE, inside: null, outside: null, difference: 'Not known without opening hours' };
      }
      const promised = promisedHoursOfWeek(profile.businessHours);
      const promise = describePromise(profile.businessHours);
      if (promised.size === 0) {
        return { ...base, promise, inside: null, outside: null, difference: 'Not known without opening hours' };
      }
      const inside = tally(row.hours, (hour) => promised.has(hour));
      const outside = tally(row.hours, (hour) => !promised.has(hour));
      return {
        ...base,
        promise,
        inside: summarise(inside, minSample),
        outside: promised.size === HOURS_PER_WEEK ? null : summarise(outside, minSample),
        difference:
          promised.size === HOURS_PER_WEEK ? 'No hours outside the promise' : differenceWords(inside, outside, minSample),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A count for the table, or a dash where there are no such hours. */
export function conversationsText(summary: HoursSummary | null): string {
  return summary ? formatCount(summary.conversations) : '–';
}
