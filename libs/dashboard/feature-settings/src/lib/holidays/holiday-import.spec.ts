import { importSummary, mergeHolidayCalendar } from './holiday-import';

const FILE = [
  'BEGIN:VCALENDAR',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261224',
  'DTEND;VALUE=DATE:20261227',
  'SUMMARY:Weihnachten',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:2026130',
  'SUMMARY:Broken',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\n');

describe('mergeHolidayCalendar', () => {
  it('adds the new dates of a file, keeps the names already given and reports bad lines', () => {
    const result = mergeHolidayCalendar([{ date: '2026-12-25', name: 'Christtag' }], FILE);
    expect(result.holidays).toEqual([
      { date: '2026-12-24', name: 'Weihnachten' },
      { date: '2026-12-25', name: 'Christtag' },
      { date: '2026-12-26', name: 'Weihnachten' },
    ]);
    expect(result.added).toBe(2);
    expect(result.errors).toEqual([{ line: 8, message: 'DTSTART "2026130" is not a date (YYYYMMDD)' }]);
    expect(importSummary('feiertage.ics', result)).toBe('Added 2 holidays from feiertage.ics. 1 line was not read:');
  });
});
