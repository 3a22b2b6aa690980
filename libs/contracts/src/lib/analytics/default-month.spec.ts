import { defaultReportMonth, isMonthToDate, runningMonth } from './default-month';

describe('the default month of a report', () => {
  const now = new Date('2026-12-07T09:30:00Z');

  it('is the latest complete month, not the one still running', () => {
    expect(defaultReportMonth(['2026-10', '2026-12', '2026-11'], now)).toBe('2026-11');
  });

  it('skips months after the running one too (conversations dated ahead)', () => {
    expect(defaultReportMonth(['2027-02', '2026-12', '2026-09'], now)).toBe('2026-09');
  });

  it('is the running month when it is the only month with data, and null without data', () => {
    expect(defaultReportMonth(['2026-12'], now)).toBe('2026-12');
    expect(defaultReportMonth([], now)).toBeNull();
  });

  it('takes the month in UTC: a minute before midnight UTC on the last day is still that month', () => {
    const lastMinute = new Date('2026-11-30T23:59:00Z');
    expect(runningMonth(lastMinute)).toBe('2026-11');
    expect(defaultReportMonth(['2026-10', '2026-11'], lastMinute)).toBe('2026-10');
    expect(defaultReportMonth(['2026-10', '2026-11'], new Date('2026-12-01T00:00:00Z'))).toBe('2026-11');
  });

  it('marks only the running month as month to date', () => {
    expect(isMonthToDate('2026-12', now)).toBe(true);
    expect(isMonthToDate('2026-11', now)).toBe(false);
  });
});
