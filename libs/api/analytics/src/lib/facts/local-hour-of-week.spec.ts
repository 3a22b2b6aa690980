import { localHourOfWeek } from './local-hour-of-week';

describe('localHourOfWeek', () => {
  it.each([
    // Monday 2026-03-02 09:30 UTC is 09:30 in Lisbon (winter time): Monday hour 9.
    ['2026-03-02T09:30:00.000Z', 'Europe/Lisbon', 9],
    // After the switch to summer time (29 March 2026) Lisbon is UTC+1: Monday 2026-03-30 09:30 UTC → 10:30.
    ['2026-03-30T09:30:00.000Z', 'Europe/Lisbon', 10],
    // Manila is UTC+8: Monday 2026-03-02 20:00 UTC is Tuesday 04:00 → 24 + 4.
    ['2026-03-02T20:00:00.000Z', 'Asia/Manila', 28],
    // Bogotá is UTC−5: Monday 2026-03-02 03:00 UTC is Sunday 22:00 → 6·24 + 22.
    ['2026-03-02T03:00:00.000Z', 'America/Bogota', 166],
    ['2026-03-08T23:59:59.000Z', 'UTC', 167],
  ])('%s in %s is hour %s of the week', (instant, timeZone, expected) => {
    expect(localHourOfWeek(instant, timeZone)).toBe(expected);
  });

  it('counts an unknown time zone as UTC instead of failing', () => {
    expect(localHourOfWeek('2026-03-04T13:00:00.000Z', 'Nowhere/Atlantis')).toBe(2 * 24 + 13);
  });

  it('refuses what is not a timestamp', () => {
    expect(() => localHourOfWeek('yesterday', 'UTC')).toThrow(RangeError);
  });
});
