import { planPeriod } from './period-plan';

describe('planPeriod', () => {
  it('keeps whole months whole', () => {
    expect(planPeriod('2024-01-01', '2024-03-31')).toEqual({ months: ['2024-01', '2024-02', '2024-03'], dayRanges: [] });
  });

  it('splits off the partial months at both edges', () => {
    expect(planPeriod('2024-01-15', '2024-04-10')).toEqual({
      months: ['2024-02', '2024-03'],
      dayRanges: [
        { from: '2024-01-15', to: '2024-01-31' },
        { from: '2024-04-01', to: '2024-04-10' },
      ],
    });
  });

  it('knows leap years and year ends', () => {
    expect(planPeriod('2024-02-01', '2024-02-29').months).toEqual(['2024-02']);
    expect(planPeriod('2023-02-01', '2023-02-28').months).toEqual(['2023-02']);
    expect(planPeriod('2023-12-31', '2024-01-01')).toEqual({
      months: [],
      dayRanges: [
        { from: '2023-12-31', to: '2023-12-31' },
        { from: '2024-01-01', to: '2024-01-01' },
      ],
    });
  });

  it('is empty when the period ends before it starts', () => {
    expect(planPeriod('2024-03-02', '2024-03-01')).toEqual({ months: [], dayRanges: [] });
  });
});
