import { BusinessCalendar, WEEKDAYS } from '../types';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** 1970-01-01 was a Thursday; weekdays count from Sunday = 0. */
const EPOCH_WEEKDAY = 4;
/** Spans longer than this are counted by whole weeks first, keeping the per-day loop short. */
const WEEK = 7 * DAY;

interface CompiledCalendar {
  readonly timeZone: string;
  /** Per weekday (0 = Sunday): sorted [fromMs, toMs) offsets within the local day. */
  readonly intervals: readonly (readonly [number, number])[][];
  readonly weeklyOpenMs: number;
  /** Local day numbers (days since the epoch, local calendar) that are holidays. */
  readonly holidays: ReadonlySet<number>;
}

function parseClock(value: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || minutes > 24 * 60 || Number(m[2]) > 59) {
    throw new Error(
      `Invalid opening time "${value}": expected HH:MM between 00:00 and 24:00`,
    );
  }
  return minutes * MINUTE;
}

function localDayNumber(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) {
    throw new Error(`Invalid holiday "${isoDate}": expected YYYY-MM-DD`);
  }
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY;
}

// Calendars come from configuration and are reused for every conversation of a vendor: compile each once.
const compiledCalendars = new WeakMap<BusinessCalendar, CompiledCalendar>();

export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const cached = compiledCalendars.get(calendar);
  if (cached) {
    return cached;
  }
  offsetMs(calendar.timeZone, 0);
  const intervals = WEEKDAYS.map((day) =>
    (calendar.weeklyHours[day] ?? [])
      .map((i): [number, number] => [parseClock(i.from), parseClock(i.to)])
      .filter(([from, to]) => to > from)
      .sort((a, b) => a[0] - b[0]),
  );
  const compiled: CompiledCalendar = {
    timeZone: calendar.timeZone,
    intervals,
    weeklyOpenMs: intervals.reduce(
      (sum, day) => sum + day.reduce((s, [from, to]) => s + to - from, 0),
      0,
    ),
    holidays: new Set((calendar.holidays ?? []).map(localDayNumber)),
  };
  compiledCalendars.set(calendar, compiled);
  return compiled;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** UTC offsets per zone and UTC hour: zone rules only change on (at least) hour boundaries in practice. */
const offsetCache = new Map<string, number>();
const OFFSET_CACHE_LIMIT = 100_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      throw new Error(
        `Unknown time zone "${timeZone}": expected an IANA name such as "Europe/Lisbon"`,
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset of local time from UTC at the given instant, in milliseconds. */
export function offsetMs(timeZone: string, utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR);
  const key = `${timeZone}|${hour}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) {
    return cached;
  }
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(hour * HOUR)) {
    if (p.type !== 'literal') {
      parts[p.type] = Number(p.value);
    }
  }
  const asUtc = Date.UTC(
    parts['year'] ?? 1970,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
  );
  const offset = asUtc - hour * HOUR;
  if (offsetCache.size >= OFFSET_CACHE_LIMIT) {
    offsetCache.clear();
  }
  offsetCache.set(key, offset);
  return offset;
}

function toLocal(calendar: CompiledCalendar, utcMs: number): number {
  return utcMs + offsetMs(calendar.timeZone, utcMs);
}

function weekdayOf(localMs: number): number {
  return (((Math.floor(localMs / DAY) + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

export function isBusinessTime(
  calendar: CompiledCalendar,
  utcMs: number,
): boolean {
  const local = toLocal(calendar, utcMs);
  const day = Math.floor(local / DAY);
  if (calendar.holidays.has(day)) {
    return false;
  }
  const within = local - day * DAY;
  return (calendar.intervals[weekdayOf(local)] ?? []).some(
    ([from, to]) => within >= from && within < to,
  );
}

export function isWeekend(calendar: CompiledCalendar, utcMs: number): boolean {
  const weekday = weekdayOf(toLocal(calendar, utcMs));
  return weekday === 0 || weekday === 6;
}

/** Open business time between two instants, in seconds (local wall-clock arithmetic within the vendor's zone). */
export function businessSecondsBetween(
  calendar: CompiledCalendar,
  fromUtc: number,
  toUtc: number,
): number {
  if (toUtc <= fromUtc) {
    return 0;
  }
  const from = toLocal(calendar, fromUtc);
  let to = toLocal(calendar, toUtc);
  let total = 0;
  // Whole weeks contribute the weekly opening time (holidays inside them are then not subtracted: rare for long waits).
  const wholeWeeks = Math.floor((to - from) / WEEK) - 1;
  if (wholeWeeks > 0) {
    total += wholeWeeks * calendar.weeklyOpenMs;
    to -= wholeWeeks * WEEK;
  }
  for (let day = Math.floor(from / DAY); day * DAY < to; day++) {
    if (calendar.holidays.has(day)) {
      continue;
    }
    const dayStart = day * DAY;
    for (const [open, close] of calendar.intervals[weekdayOf(dayStart)] ?? []) {
      const overlap =
        Math.min(dayStart + close, to) - Math.max(dayStart + open, from);
      if (overlap > 0) {
        total += overlap;
      }
    }
  }
  return Math.round(total / 1000);
}
