/**
 * Hour of week 0..167 counts from Monday 00:00 in the customer-facing time zone chosen by the caller
 * (ISO weekday order: Monday = 0..23, …, Sunday = 144..167).
 */

export const HOURS_PER_WEEK = 168;

/** Hour of week from an ISO weekday (1 = Monday … 7 = Sunday) and an hour 0..23. */
export function hourOfWeek(isoWeekday: number, hour: number): number {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) {
    throw new RangeError(`ISO weekday must be 1..7, got ${isoWeekday}`);
  }
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`hour must be 0..23, got ${hour}`);
  }
  return (isoWeekday - 1) * 24 + hour;
}

function assertHourOfWeek(value: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= HOURS_PER_WEEK) {
    throw new RangeError(`hour of week must be 0..167, got ${value}`);
  }
}

export function isWeekend(how: number): boolean {
  assertHourOfWeek(how);
  return how >= 5 * 24;
}

/** Weekday business hours [startHour, endHour); default 08:00–18:00. */
export interface BusinessHours {
  startHour: number;
  endHour: number;
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { startHour: 8, endHour: 18 };

export function isAfterHours(how: number, businessHours: BusinessHours = DEFAULT_BUSINESS_HOURS): boolean {
  if (isWeekend(how)) {
    return true;
  }
  const hour = how % 24;
  return hour < businessHours.startHour || hour >= businessHours.endHour;
}

export type HourBand = 'weekday-business' | 'weekday-evening' | 'weekday-night' | 'weekend';

/** Last hour (exclusive) of the weekday evening band; later hours are night. */
const EVENING_ENDS = 22;

/**
 * Coarse band of an hour of week for case-mix strata: 168 single hours would leave most strata with a
 * handful of conversations, so standardisation uses these four bands instead.
 */
export function hourBand(how: number, businessHours: BusinessHours = DEFAULT_BUSINESS_HOURS): HourBand {
  if (isWeekend(how)) {
    return 'weekend';
  }
  const hour = how % 24;
  if (hour >= businessHours.startHour && hour < businessHours.endHour) {
    return 'weekday-business';
  }
  if (hour >= businessHours.endHour && hour < Math.max(EVENING_ENDS, businessHours.endHour)) {
    return 'weekday-evening';
  }
  return 'weekday-night';
}
