import type { WeeklyHours } from '@rapport/api-vendors';
import { clockTime } from '@rapport/contracts';
import { BusinessCalendar, OpeningInterval, Weekday, WEEKDAYS } from '@rapport/scoring';

/**
 * Vendor opening hours (weekday 0 = Sunday → [openMinute, closeMinute) pairs) and holidays (local dates) in the
 * scorer's calendar shape.
 */
export function toCalendar(timeZone: string, hours: WeeklyHours, holidays: ReadonlyArray<{ date: string }> = []): BusinessCalendar {
  const weeklyHours: Partial<Record<Weekday, OpeningInterval[]>> = {};
  WEEKDAYS.forEach((day, index) => {
    const intervals = hours[index] ?? [];
    if (intervals.length > 0) {
      weeklyHours[day] = intervals.map(([open, close]) => ({ from: clockTime(open), to: clockTime(close) }));
    }
  });
  // Only the dates reach the scorer (and the profile's fingerprint): renaming a holiday needs no rescore.
  const dates = [...new Set(holidays.map((holiday) => holiday.date))].sort();
  return dates.length > 0 ? { timeZone, weeklyHours, holidays: dates } : { timeZone, weeklyHours };
}
