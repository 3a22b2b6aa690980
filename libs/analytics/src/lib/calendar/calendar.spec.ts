import { hourBand, hourOfWeek, isAfterHours, isWeekend } from './hour-of-week';
import { addMonths, isMonth, monthRange, previousMonth, sameMonthLastYear } from './months';

describe('months', () => {
  it.each([
    ['2024-03', '2024-02', '2023-03'],
    ['2024-01', '2023-12', '2023-01'],
    ['2000-12', '2000-11', '1999-12'],
    ['0001-01', '0000-12', '0000-01'],
  ])('%s: previous %s, same month last year %s', (month, previous, lastYear) => {
    expect(previousMonth(month)).toBe(previous);
    expect(sameMonthLastYear(month)).toBe(lastYear);
  });

  it.each([
    ['2024-11', 2, '2025-01'],
    ['2024-01', -13, '2022-12'],
    ['2024-06', 0, '2024-06'],
    ['2024-06', 30, '2026-12'],
  ])('%s + %s months = %s', (month, delta, expected) => {
    expect(addMonths(month, delta)).toBe(expected);
  });

  it.each(['2024-13', '2024-00', '24-01', '2024-1', '2024-01-15', ''])('rejects %j', (value) => {
    expect(isMonth(value)).toBe(false);
    expect(() => previousMonth(value)).toThrow(RangeError);
  });

  it('rejects fractional offsets and years out of range', () => {
    expect(() => addMonths('2024-01', 0.5)).toThrow(RangeError);
    expect(() => previousMonth('0000-01')).toThrow(RangeError);
  });

  it('lists a range of months', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthRange('2024-02', '2024-01')).toEqual([]);
  });
});

describe('hour of week', () => {
  it.each([
    [1, 0, 0],
    [1, 23, 23],
    [3, 9, 57],
    [6, 0, 120],
    [7, 23, 167],
  ])('ISO weekday %s, hour %s → %s', (weekday, hour, expected) => {
    expect(hourOfWeek(weekday, hour)).toBe(expected);
  });

  it.each([
    [0, 0],
    [8, 0],
    [1, 24],
    [1, 1.5],
  ])('rejects weekday %s hour %s', (weekday, hour) => {
    expect(() => hourOfWeek(weekday, hour)).toThrow(RangeError);
  });

  it.each([
    [57, false, false, 'weekday-business'], // Wednesday 09:00
    [7, false, true, 'weekday-night'], // Monday 07:00
    [18, false, true, 'weekday-evening'], // Monday 18:00
    [21, false, true, 'weekday-evening'],
    [22, false, true, 'weekday-night'],
    [119, false, true, 'weekday-night'], // Friday 23:00
    [130, true, true, 'weekend'], // Saturday 10:00
    [167, true, true, 'weekend'],
  ])('hour %s: weekend %s, after hours %s, band %s', (how, weekend, afterHours, band) => {
    expect(isWeekend(how)).toBe(weekend);
    expect(isAfterHours(how)).toBe(afterHours);
    expect(hourBand(how)).toBe(band);
  });

  it('honours custom business hours', () => {
    const hours = { startHour: 6, endHour: 14 };
    expect(isAfterHours(7, hours)).toBe(false);
    expect(hourBand(15, hours)).toBe('weekday-evening');
  });

  it.each([-1, 168, 2.5])('rejects hour of week %s', (how) => {
    expect(() => isWeekend(how)).toThrow(RangeError);
  });
});
