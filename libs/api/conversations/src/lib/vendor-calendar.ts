import type { WeeklyHours } from '@rapport/api-vendors';
import { clockTime } from '@rapport/contracts';
import { BusinessCalendar, OpeningInterval, Weekday, WEEKDAYS } from '@rapport/scoring';

/** Vendor opening hours (weekday 0 = Sunday → [openMinute, closeMinute) pairs) in the scorer's calendar shape. */
export function toCalendar(timeZone: string, hours: WeeklyHours): BusinessCalendar {
  const weeklyHours: Partial<Record<Weekday, OpeningInterval[]>> = {};
  WEEKDAYS.forEach((day, index) => {
    const intervals = hours[index] ?? [];
    if (intervals.length > 0) {
      weeklyHours[day] = intervals.map(([open, close]) => ({ from: clockTime(open), to: clockTime(close) }));
    }
  });
  return { timeZone, weeklyHours };
}
