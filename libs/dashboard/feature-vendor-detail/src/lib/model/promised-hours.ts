import { BUSINESS_DAYS, type VendorProfileDto, clockMinutes } from '@rapport/contracts';

const HOURS_PER_DAY = 24;
const HOURS_PER_WEEK = 168;

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
