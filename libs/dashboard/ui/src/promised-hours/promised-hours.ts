import { BUSINESS_DAYS, type BusinessDay, type VendorProfileDto, clockMinutes } from '@rapport/contracts';

const HOURS_PER_DAY = 24;
export const HOURS_PER_WEEK = 168;
/** Monday first, as the heatmap and most readers count the week. */
const WEEK: ReadonlyArray<{ day: BusinessDay; short: string }> = [
  { day: 'mon', short: 'Mon' },
  { day: 'tue', short: 'Tue' },
  { day: 'wed', short: 'Wed' },
  { day: 'thu', short: 'Thu' },
  { day: 'fri', short: 'Fri' },
  { day: 'sat', short: 'Sat' },
  { day: 'sun', short: 'Sun' },
];

/**
 * The hours of the week (0 = Monday 00:00, the heatmap's order) the vendor promises to answer in, from its opening
 * hours: an hour counts when any part of it is open. Business days run Sunday first, the heatmap Monday first.
 */
export function promisedHoursOfWeek(businessHours: VendorProfileDto['businessHours']): Set<number> {
  const promised = new Set<number>();
  BUSINESS_DAYS.forEach((day, sundayFirst) => {
    const mondayFirst = (sundayFirst + 6) % 7;
    for (const interval of businessHours[day]) {
      const open = clockMinutes(interval.from);
      const close = clockMinutes(interval.to);
      for (let hour = Math.floor(open / 60); hour * 60 < close && hour < HOURS_PER_DAY; hour += 1) {
        promised.add(mondayFirst * HOURS_PER_DAY + hour);
      }
    }
  });
  return promised;
}

/** The promise in words: round the clock, or how many hours a week. */
export function promiseWords(promised: ReadonlySet<number>): string {
  if (promised.size === HOURS_PER_WEEK) {
    return 'Promised: round the clock (24/7)';
  }
  return promised.size === 0 ? 'Promised: no opening hours set' : `Promised: ${promised.size} of 168 hours a week`;
}

/**
 * The promise spelt out: "Round the clock (24/7)", or the opening days and hours with the hours a week it adds up
 * to, e.g. "Mon–Fri 08:00–18:00: 50 of 168 hours a week". Neighbouring days with the same hours share one range.
 */
export function describePromise(businessHours: VendorProfileDto['businessHours']): string {
  const promised = promisedHoursOfWeek(businessHours);
  if (promised.size === HOURS_PER_WEEK) {
    return 'Round the clock (24/7)';
  }
  if (promised.size === 0) {
    return 'No opening hours set';
  }
  const runs: Array<{ first: string; last: string; hours: string }> = [];
  for (const { day, short } of WEEK) {
    const hours = businessHours[day].map((interval) => `${interval.from}–${interval.to}`).join(', ');
    const previous = runs[runs.length - 1];
    if (hours === '') {
      runs.push({ first: short, last: short, hours });
    } else if (previous && previous.hours === hours) {
      previous.last = short;
    } else {
      runs.push({ first: short, last: short, hours });
    }
  }
  const open = runs.filter((run) => run.hours !== '');
  const days = open.map((run) => `${run.first === run.last ? run.first : `${run.first}–${run.last}`} ${run.hours}`);
  const text = open.length === 1 && open[0]?.first === 'Mon' && open[0].last === 'Sun' ? `Every day ${open[0].hours}` : days.join('; ');
  return `${text}: ${promised.size} of 168 hours a week`;
}
