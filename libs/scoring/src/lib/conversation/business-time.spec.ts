import { ALWAYS_OPEN_CALENDAR } from '../context';
import { BusinessCalendar } from '../types';
import {
  businessSecondsBetween,
  compileCalendar,
  isBusinessTime,
  isWeekend,
  offsetMs,
} from './business-time';

const LISBON: BusinessCalendar = {
  timeZone: 'Europe/Lisbon',
  weeklyHours: {
    mon: [
      { from: '09:00', to: '13:00' },
      { from: '14:00', to: '18:00' },
    ],
    tue: [{ from: '09:00', to: '18:00' }],
    wed: [{ from: '09:00', to: '18:00' }],
    thu: [{ from: '09:00', to: '18:00' }],
    fri: [{ from: '09:00', to: '18:00' }],
  },
  holidays: ['2024-06-13'],
};
const lisbon = compileCalendar(LISBON);
const at = (iso: string): number => Date.parse(iso);
const HOUR = 3600;

describe('offsetMs', () => {
  it.each([
    ['Europe/Lisbon', '2024-01-15T12:00:00Z', 0],
    ['Europe/Lisbon', '2024-07-15T12:00:00Z', 1],
    ['America/Sao_Paulo', '2024-07-15T12:00:00Z', -3],
    ['Asia/Kolkata', '2024-07-15T12:00:00Z', 5.5],
  ])('%s at %s is UTC%+d h', (zone, iso, hours) => {
    expect(offsetMs(zone, at(iso))).toBe(hours * 3_600_000);
  });
});

describe('isBusinessTime / isWeekend (Lisbon, summer time UTC+1)', () => {
  it.each([
    ['Monday 10:00 local', '2024-06-10T09:00:00Z', true, false],
    ['Monday lunch 13:30 local', '2024-06-10T12:30:00Z', false, false],
    ['Tuesday 18:30 local', '2024-06-11T17:30:00Z', false, false],
    ['holiday Thursday 10:00', '2024-06-13T09:00:00Z', false, false],
    ['Saturday 10:00', '2024-06-15T09:00:00Z', false, true],
    ['Sunday 23:30 local is still Sunday', '2024-06-16T22:30:00Z', false, true],
  ])('%s', (_label, iso, open, weekend) => {
    expect(isBusinessTime(lisbon, at(iso))).toBe(open);
    expect(isWeekend(lisbon, at(iso))).toBe(weekend);
  });
});

describe('businessSecondsBetween', () => {
  it.each([
    [
      'within one morning',
      '2024-06-11T08:00:00Z',
      '2024-06-11T09:30:00Z',
      1.5 * HOUR,
    ],
    [
      'across the Monday lunch break',
      '2024-06-10T11:00:00Z',
      '2024-06-10T14:00:00Z',
      2 * HOUR,
    ],
    [
      'Friday evening to Monday 10:00 local',
      '2024-06-14T18:00:00Z',
      '2024-06-17T09:00:00Z',
      1 * HOUR,
    ],
    [
      'over the Thursday holiday',
      '2024-06-12T16:00:00Z',
      '2024-06-14T09:00:00Z',
      2 * HOUR,
    ],
    ['entirely at night', '2024-06-11T20:00:00Z', '2024-06-12T06:00:00Z', 0],
    ['reversed interval', '2024-06-11T10:00:00Z', '2024-06-11T09:00:00Z', 0],
  ])('%s', (_label, from, to, seconds) => {
    expect(businessSecondsBetween(lisbon, at(from), at(to))).toBe(seconds);
  });

  it('counts whole weeks by the weekly opening time', () => {
    // Three weeks from a Tuesday 09:00 local: 3 × (8 h Monday + 4 × 9 h) minus the one holiday (9 h) not subtracted in whole weeks.
    const from = at('2024-07-02T08:00:00Z');
    const to = from + 21 * 86_400_000;
    expect(businessSecondsBetween(lisbon, from, to)).toBe(3 * 44 * HOUR);
  });

  it('equals wall time for a 24/7 vendor', () => {
    const open = compileCalendar(ALWAYS_OPEN_CALENDAR);
    expect(
      businessSecondsBetween(
        open,
        at('2024-06-15T22:00:00Z'),
        at('2024-06-16T03:00:00Z'),
      ),
    ).toBe(5 * HOUR);
  });

  it('rejects unknown time zones and malformed hours clearly', () => {
    expect(() =>
      compileCalendar({ timeZone: 'Mars/Olympus', weeklyHours: {} }),
    ).toThrow(/Unknown time zone "Mars\/Olympus"/);
    expect(() =>
      compileCalendar({
        timeZone: 'UTC',
        weeklyHours: { mon: [{ from: '9am', to: '17:00' }] },
      }),
    ).toThrow(/Invalid opening time "9am"/);
  });
});
