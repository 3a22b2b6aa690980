import { nextRefillAfter } from './refill-schedule';

describe('nextRefillAfter', () => {
  it('is one period after creation', () => {
    const created = '2026-03-02T09:00:00.000Z';
    expect(nextRefillAfter(created, 'weekly', new Date(created))).toBe('2026-03-09T09:00:00.000Z');
    expect(nextRefillAfter(created, 'daily', new Date(created))).toBe('2026-03-03T09:00:00.000Z');
  });

  it('keeps the weekday and hour, and makes up missed periods with one refill', () => {
    const due = '2026-03-09T09:00:00.000Z';
    expect(nextRefillAfter(due, 'weekly', new Date('2026-03-09T09:00:30.000Z'))).toBe('2026-03-16T09:00:00.000Z');
    // Three weeks late: the next is the first Monday 09:00 after now, not the one after the missed refill.
    expect(nextRefillAfter(due, 'weekly', new Date('2026-03-31T12:00:00.000Z'))).toBe('2026-04-06T09:00:00.000Z');
    expect(nextRefillAfter(due, 'daily', new Date('2026-03-11T08:59:59.000Z'))).toBe('2026-03-11T09:00:00.000Z');
  });
});
