import type { DemoVendor } from './demo-vendors';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Weekday (0 = Sunday), month-day (MM-DD) and minute of the day at an instant, in the vendor's own time zone. */
function localClock(timeZone: string, at: number): { weekday: number; monthDay: string; minute: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return {
    weekday: WEEKDAY_INDEX[parts['weekday'] ?? 'Mon'] ?? 1,
    monthDay: `${parts['month']}-${parts['day']}`,
    minute: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

export function isDemoVendorOpen(vendor: DemoVendor, at: number): boolean {
  const { open, close, weekends } = vendor.hours;
  const { weekday, monthDay, minute } = localClock(vendor.timeZone, at);
  if (!weekends && (weekday === 0 || weekday === 6)) {
    return false;
  }
  if (vendor.holidays.some((holiday) => holiday.monthDay === monthDay)) {
    return false;
  }
  return minute >= open * 60 && minute < close * 60;
}

/**
 * The first instant at or after `at` when the vendor's desk is staffed. A desk that is closed at night and at the
 * weekend does not answer then: its customers wait until the next opening, which is the coverage gap the demo
 * plants for the vendors without round-the-clock hours. Walks in whole minutes up to the hour, then hours, so a
 * daylight-saving change inside the wait is handled by the time zone, not by arithmetic.
 */
export function nextDemoOpening(vendor: DemoVendor, at: number): number {
  if (isDemoVendorOpen(vendor, at)) {
    return at;
  }
  let clock = Math.ceil(at / HOUR) * HOUR;
  // Two weeks are longer than any closure a weekly schedule with holidays can have.
  for (let step = 0; step < 14 * 24; step++, clock += HOUR) {
    if (isDemoVendorOpen(vendor, clock)) {
      return clock;
    }
  }
  return at;
}
