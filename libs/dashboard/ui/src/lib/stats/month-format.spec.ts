import { formatLongMonth, formatShortMonth } from './month-format';

describe('month formats', () => {
  it.each([
    ['2025-01', 'Jan 2025', 'January 2025'],
    ['2024-09', 'Sep 2024', 'September 2024'],
  ])('%s reads %s and %s', (month, short, long) => {
    expect(formatShortMonth(month)).toBe(short);
    expect(formatLongMonth(month)).toBe(long);
  });

  it.each(['2025-13', '2025-1', 'May', ''])('rejects %p', (month) => {
    expect(() => formatShortMonth(month)).toThrow(RangeError);
  });
});
