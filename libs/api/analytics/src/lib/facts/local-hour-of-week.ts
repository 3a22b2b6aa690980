import { hourOfWeek } from '@rapport/analytics';

const ISO_WEEKDAY: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Formatters are costly to build and immutable: one per time zone is kept. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Hour of week (0 = Monday 00:00 … 167 = Sunday 23:00) of an instant in an IANA time zone, daylight saving included.
 * An unknown time zone counts as UTC rather than failing the whole ingestion batch.
 */
export function localHourOfWeek(instant: string, timeZone: string): number {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`not a timestamp: '${instant}'`);
  }
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatterFor(timeZone).formatToParts(date);
  } catch {
    parts = formatterFor('UTC').formatToParts(date);
  }
  const weekday = ISO_WEEKDAY[parts.find((part) => part.type === 'weekday')?.value ?? ''];
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  if (weekday === undefined || !Number.isInteger(hour)) {
    throw new RangeError(`cannot tell the local hour of '${instant}' in ${timeZone}`);
  }
  return hourOfWeek(weekday, hour);
}
