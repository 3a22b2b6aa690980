const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
/** `Mon Oct 30 22:10:47 +0000 2017` (Twitter API) */
const TWITTER = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/;
/** `Mon, 30 Oct 2017 22:10:47 +0000` (RFC 2822, e-mail exports) */
const RFC2822 = /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|GMT|UT|Z)$/;
const EPOCH = /^(\d{9,10}|\d{12,13})(?:\.(\d{1,9}))?$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Normalises a timestamp to ISO 8601 UTC (`2017-10-30T22:10:47.000Z`), or null when it cannot be read.
 *
 * Accepted: ISO 8601 with `Z` or an offset (`+02:00`, `+0200`, `+02`); ISO without offset and `YYYY-MM-DD HH:mm:ss`,
 * both taken as UTC; a bare date (midnight UTC); epoch seconds (9–10 digits, optional fraction) and epoch
 * milliseconds (12–13 digits); the Twitter format `Mon Oct 30 22:10:47 +0000 2017`; RFC 2822 dates.
 * Ambiguous shapes (`01/02/2024`, 8 or 11 digit numbers) are refused rather than guessed.
 */
export function normaliseTimestamp(raw: string): string | null {
  const text = raw.trim();
  if (text.length === 0) {
    return null;
  }
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    return fromCanonical(text) ?? fromIso(text) ?? fromEpoch(text) ?? fromRfc2822(text);
  }
  return fromTwitter(text) ?? fromRfc2822(text);
}

/**
 * Fast path for what most files already hold, `2024-03-01T10:00:00.000Z` or `2024-03-01T10:00:00Z`: checked in
 * place without a regex or a Date, since imports normalise one timestamp per row.
 */
function fromCanonical(text: string): string | null {
  const length = text.length;
  if ((length !== 24 && length !== 20) || text.charCodeAt(length - 1) !== 0x5a) {
    return null;
  }
  if (
    text.charCodeAt(4) !== 0x2d ||
    text.charCodeAt(7) !== 0x2d ||
    text.charCodeAt(10) !== 0x54 ||
    text.charCodeAt(13) !== 0x3a ||
    text.charCodeAt(16) !== 0x3a ||
    (length === 24 && text.charCodeAt(19) !== 0x2e)
  ) {
    return null;
  }
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  const s = digits(text, 17, 2);
  const ms = length === 24 ? digits(text, 20, 3) : 0;
  if (Math.min(h, mi, s, ms) < 0 || y < 1000 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) {
    return null;
  }
  return length === 24 ? text : `${text.slice(0, 19)}.000Z`;
}

/** The number written by `count` ASCII digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) {
      return -1;
    }
    value = value * 10 + c;
  }
  return value;
}

function fromIso(text: string): string | null {
  const m = ISO.exec(text);
  if (m === null) {
    return null;
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = m;
  const millis = Number((fraction + '00').slice(0, 3));
  return build(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), millis, offsetMinutes(zone));
}

function fromEpoch(text: string): string | null {
  const m = EPOCH.exec(text);
  if (m === null) {
    return null;
  }
  const [, whole = '', fraction] = m;
  const millis = whole.length <= 10 ? Number(whole) * 1000 + Number(((fraction ?? '') + '000').slice(0, 3)) : Number(whole);
  if (whole.length > 10 && fraction !== undefined) {
    return null;
  }
  return new Date(millis).toISOString();
}

function fromTwitter(text: string): string | null {
  const m = TWITTER.exec(text);
  if (m === null) {
    return null;
  }
  const [, mon = '', d, h, mi, s, zone = '', y] = m;
  return build(Number(y), MONTHS.indexOf(mon) + 1, Number(d), Number(h), Number(mi), Number(s), 0, offsetMinutes(zone));
}

function fromRfc2822(text: string): string | null {
  const m = RFC2822.exec(text);
  if (m === null) {
    return null;
  }
  const [, d, mon = '', y, h, mi, s = '0', zone = ''] = m;
  return build(Number(y), MONTHS.indexOf(mon) + 1, Number(d), Number(h), Number(mi), Number(s), 0, offsetMinutes(zone));
}

/** Minutes east of UTC, or NaN for a malformed offset. */
function offsetMinutes(zone: string): number {
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT' || upper === 'UT') {
    return 0;
  }
  const sign = zone.charCodeAt(0) === 0x2d ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (digits.length !== 2 && digits.length !== 4) {
    return NaN;
  }
  if (hours > 18 || minutes > 59) {
    return NaN;
  }
  return sign * (hours * 60 + minutes);
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): string | null {
  if (Number.isNaN(offset) || y < 1000 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) {
    return null;
  }
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000).toISOString();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}
