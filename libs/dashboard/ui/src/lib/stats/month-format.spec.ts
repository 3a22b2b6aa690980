import { formatLongMonth, formatMonthRange, formatShortMonth, monthsNewestFirst, toMonthOptions } from './month-format';

describe('month formats', () => {
  it.each([
    ['2025-01', 'Jan 2025', 'January 2025'],
    ['2024-09', 'Sep 2024', 'September 2024'],
    ['2024-12', 'Dec 2024', 'December 2024'],
    ['0999-06', 'Jun 0999', 'June 0999'],
  ])('%s reads %s and %s', (month, short, long) => {
    expect(formatShortMonth(month)).toBe(short);
    expect(formatLongMonth(month)).toBe(long);
  });

  it.each(['2025-13', '2025-00', '2025-1', 'May', 'March', ''])('rejects %p', (month) => {
    expect(() => formatShortMonth(month)).toThrow(RangeError);
  });

  it('names one month alone and a longer period by both ends', () => {
    expect(formatMonthRange('2025-05', '2025-05')).toBe('May 2025');
    expect(formatMonthRange('2025-03', '2025-05')).toBe('March 2025 to May 2025');
    expect(formatMonthRange('2024-10', '2025-03', formatShortMonth)).toBe('Oct 2024 to Mar 2025');
  });

  it('lists each month once, newest first, for month pickers', () => {
    expect(monthsNewestFirst(['2025-03', '2025-05', '2025-03', '2025-04', '2024-12'])).toEqual(['2025-05', '2025-04', '2025-03', '2024-12']);
  });

  it('offers months to a picker labelled in words', () => {
    expect(toMonthOptions(['2025-05', '2025-04'])).toEqual([
      { value: '2025-05', label: 'May 2025' },
      { value: '2025-04', label: 'April 2025' },
    ]);
    expect(toMonthOptions(['2025-05'], formatShortMonth)).toEqual([{ value: '2025-05', label: 'May 2025' }]);
  });

  it('labels the running month as month to date', () => {
    expect(toMonthOptions(['2026-12', '2026-11'], formatLongMonth, '2026-12')).toEqual([
      { value: '2026-12', label: 'December 2026 (month to date)' },
      { value: '2026-11', label: 'November 2026' },
    ]);
  });
});
