import { parseHolidayCalendar } from './parse-holiday-calendar';

const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Holidays//EN', ...lines, 'END:VCALENDAR'].join('\r\n');

describe('parseHolidayCalendar', () => {
  it('reads all-day events as named holidays, sorted by date', () => {
    const text = calendar(
      'BEGIN:VEVENT', 'UID:2', 'DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261226', 'SUMMARY:Christtag', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:1', 'DTSTART;VALUE=DATE:20261208', 'SUMMARY:Mariä Empfängnis', 'END:VEVENT',
    );
    expect(parseHolidayCalendar(text)).toEqual({
      holidays: [
        { date: '2026-12-08', name: 'Mariä Empfängnis' },
        { date: '2026-12-25', name: 'Christtag' },
      ],
      errors: [],
    });
  });

  it('gives one holiday per day of a multi-day event (DTEND is exclusive), also with DURATION', () => {
    const text = calendar(
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:Year end closure', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260406', 'DURATION:P2D', 'SUMMARY:Easter', 'END:VEVENT',
    );
    expect(parseHolidayCalendar(text).holidays.map((holiday) => holiday.date)).toEqual(['2026-04-06', '2026-04-07', '2026-12-31', '2027-01-01']);
  });

  it('unfolds continued lines and unescapes the summary', () => {
    const text = calendar('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260501', 'SUMMARY:Labour Day\\, public', ' holiday', 'END:VEVENT');
    expect(parseHolidayCalendar(text).holidays).toEqual([{ date: '2026-05-01', name: 'Labour Day, publicholiday' }]);
  });

  it('reports bad lines by their line number and keeps every readable event', () => {
    const text = calendar(
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260230', 'SUMMARY:No such day', 'END:VEVENT', // lines 4–7
      'this line is broken', // line 8
      'BEGIN:VEVENT', 'DTSTART:20260615T090000Z', 'SUMMARY:Team meeting', 'END:VEVENT', // lines 9–12
      'BEGIN:VEVENT', 'SUMMARY:No start', 'END:VEVENT', // lines 13–15
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261026', 'SUMMARY:Nationalfeiertag', 'END:VEVENT', // lines 16–19
    );
    const { holidays, errors } = parseHolidayCalendar(text);
    expect(holidays).toEqual([{ date: '2026-10-26', name: 'Nationalfeiertag' }]);
    expect(errors.map((error) => error.line)).toEqual([5, 8, 10, 13]);
    expect(errors[0]?.message).toContain('not a date');
    expect(errors[1]?.message).toContain('not a NAME:value line');
    expect(errors[2]?.message).toContain('only all-day events');
    expect(errors[3]?.message).toContain('no DTSTART');
  });

  it('says so when the file is not a calendar at all', () => {
    expect(parseHolidayCalendar('date,name').errors).toEqual([{ line: 1, message: '"date,name" is not a NAME:value line' }]);
    expect(parseHolidayCalendar('').errors).toEqual([{ line: 1, message: 'this is not an iCalendar file (no BEGIN:VCALENDAR)' }]);
  });
});
