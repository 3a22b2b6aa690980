/** A day off read from a calendar file: local date YYYY-MM-DD and the event's summary. */
export interface CalendarHoliday {
  date: string;
  name: string;
}

/** A line of the file that could not be read, numbered from 1 as an editor shows it. */
export interface CalendarLineError {
  line: number;
  message: string;
}

export interface HolidayCalendar {
  holidays: CalendarHoliday[];
  errors: CalendarLineError[];
}

/** No public holiday lasts longer; a longer all-day event (a season, a project) is a mistake, not a closure. */
const MAX_EVENT_DAYS = 31;
const DAY_MS = 86_400_000;

interface PhysicalLine {
  number: number;
  text: string;
}

/** RFC 5545 folds long lines: a line starting with a space or tab continues the previous one. */
function unfold(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const previous = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && previous) {
      previous.text += raw.slice(1);
    } else if (raw.trim() !== '') {
      lines.push({ number: index + 1, text: raw });
    }
  });
  return lines;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? ' ' : char)).trim();
}

/** '20261225' (or '2026-12-25') as a UTC midnight, null when it is not a real date. */
function parseDate(value: string): number | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (!match) {
    return null;
  }
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null;
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

interface OpenEvent {
  line: number;
  start?: number;
  end?: number;
  days?: number;
  name: string;
  broken: boolean;
}

/**
 * Reads the all-day events of an iCalendar (.ics) file as holidays: `DTSTART;VALUE=DATE` (or a bare date) with an
 * exclusive `DTEND` or a `DURATION` of whole days gives one holiday per day, named by `SUMMARY`. Timed events are
 * not days off and are reported, as are lines that are not `NAME:value` and dates that do not exist; every
 * readable event is kept. Pure: the caller reads the file and bounds its size.
 */
export function parseHolidayCalendar(text: string): HolidayCalendar {
  const holidays = new Map<string, CalendarHoliday>();
  const errors: CalendarLineError[] = [];
  let event: OpenEvent | null = null;
  let sawCalendar = false;
  const fail = (line: number, message: string) => {
    errors.push({ line, message });
    if (event) {
      event.broken = true;
    }
  };

  for (const { number, text: content } of unfold(text.replace(/^\uFEFF/, ''))) {
    const colon = content.indexOf(':');
    if (colon <= 0) {
      fail(number, `"${content.slice(0, 40)}" is not a NAME:value line`);
      continue;
    }
    const [name = '', ...params] = content.slice(0, colon).split(';');
    const key = name.toUpperCase();
    const value = content.slice(colon + 1);
    if (key === 'BEGIN' && value.toUpperCase() === 'VCALENDAR') {
      sawCalendar = true;
    } else if (key === 'BEGIN' && value.toUpperCase() === 'VEVENT') {
      event = { line: number, name: '', broken: false };
    } else if (key === 'END' && value.toUpperCase() === 'VEVENT') {
      if (event) {
        closeEvent(event, holidays, errors);
      }
      event = null;
    } else if (event) {
      readProperty(event, key, params, value, number, fail);
    }
  }
  if (event) {
    errors.push({ line: event.line, message: 'the event that starts here has no END:VEVENT' });
  }
  if (!sawCalendar && holidays.size === 0 && errors.length === 0) {
    errors.push({ line: 1, message: 'this is not an iCalendar file (no BEGIN:VCALENDAR)' });
  }
  return { holidays: [...holidays.values()].sort((a, b) => a.date.localeCompare(b.date)), errors };
}

function readProperty(event: OpenEvent, key: string, params: string[], value: string, line: number, fail: (line: number, message: string) => void): void {
  const isDateValue = params.some((param) => param.toUpperCase() === 'VALUE=DATE');
  if (key === 'SUMMARY') {
    event.name = unescapeText(value).slice(0, 100);
  } else if (key === 'DTSTART' || key === 'DTEND') {
    if (!isDateValue && value.includes('T')) {
      fail(line, `${key} ${value} has a time: only all-day events (${key};VALUE=DATE:YYYYMMDD) are holidays`);
      return;
    }
    const date = parseDate(value);
    if (date === null) {
      fail(line, `${key} "${value}" is not a date (YYYYMMDD)`);
      return;
    }
    event[key === 'DTSTART' ? 'start' : 'end'] = date;
  } else if (key === 'DURATION') {
    const match = /^P(\d+)D$/i.exec(value.trim()) ?? /^P(\d+)W$/i.exec(value.trim());
    if (!match) {
      fail(line, `DURATION "${value}" is not a whole number of days (e.g. P2D)`);
      return;
    }
    event.days = Number(match[1]) * (/W$/i.test(value.trim()) ? 7 : 1);
  }
}

function closeEvent(event: OpenEvent, holidays: Map<string, CalendarHoliday>, errors: CalendarLineError[]): void {
  if (event.broken) {
    return;
  }
  if (event.start === undefined) {
    errors.push({ line: event.line, message: 'the event that starts here has no DTSTART' });
    return;
  }
  const days = event.end !== undefined ? Math.round((event.end - event.start) / DAY_MS) : (event.days ?? 1);
  if (days < 1 || days > MAX_EVENT_DAYS) {
    errors.push({ line: event.line, message: `the event that starts here lasts ${days} days; a holiday lasts 1 to ${MAX_EVENT_DAYS}` });
    return;
  }
  for (let day = 0; day < days; day++) {
    const date = isoDate(event.start + day * DAY_MS);
    if (!holidays.has(date)) {
      holidays.set(date, { date, name: event.name });
    }
  }
}
