import { describeRule, describeSchedule, newQueueForm, queueProgress, toQueueRequest } from './queue-draft';

describe('queue form', () => {
  it('starts on the last complete month, also across a year boundary', () => {
    expect(newQueueForm(new Date('2026-12-07T09:00:00Z'))).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(newQueueForm(new Date('2026-01-15T00:00:00Z'))).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
  });

  it.each([
    ['random', { kind: 'random', perVendorWeek: 7 }],
    ['stratified', { kind: 'stratified', perStratum: 7 }],
    ['low-csat', { kind: 'low-csat', below: 35, limit: 7 }],
    ['low-score', { kind: 'low-score', below: 35, limit: 7 }],
    ['rule-fired', { kind: 'rule-fired', rule: 'courtesy.blame', limit: 7 }],
    ['adaptive', { kind: 'adaptive', limit: 7, minReviews: 12 }],
  ] as const)('sends the %s rule with its number', (kind, rule) => {
    const form = { ...newQueueForm(new Date('2026-12-07T00:00:00Z')), kind, n: 7, below: 35, rule: 'courtesy.blame', minReviews: 12 };
    expect(toQueueRequest({ ...form, name: 'Q', rubricId: 'r', reviewerIds: ['a'] })).toEqual({
      name: 'Q',
      rubricId: 'r',
      seed: 1,
      from: '2026-11-01',
      to: '2026-11-30',
      vendorIds: [],
      rule,
      reviewerIds: ['a'],
      refill: null,
    });
  });

  it('sends the refill schedule chosen', () => {
    const form = { ...newQueueForm(new Date('2026-12-07T00:00:00Z')), name: 'Q', rubricId: 'r', reviewerIds: ['a'], refill: 'weekly' as const };
    expect(toQueueRequest(form).refill).toBe('weekly');
  });

  it('describes rules and progress in words', () => {
    expect(describeRule({ kind: 'low-csat', below: 40, limit: 20 })).toBe('CSAT below 40, at most 20');
    expect(describeRule(null)).toBe('Calibration: every reviewer grades every conversation');
    expect(queueProgress({ items: 40, submitted: 12 })).toBe('12 of 40 reviewed (30%)');
    expect(queueProgress({ items: 0, submitted: 0 })).toBe('0 of 0 reviewed (0%)');
  });
});

describe('describeSchedule', () => {
  it('says how often and when next, or that the queue is refilled on request only', () => {
    expect(describeSchedule({ refill: 'weekly', nextRefillAt: '2026-12-14T13:05:00.000Z' })).toBe('Every week · next refill 14 Dec 2026, 13:05 UTC');
    expect(describeSchedule({ refill: 'daily', nextRefillAt: null })).toBe('Every day');
    expect(describeSchedule({ refill: null, nextRefillAt: null })).toBe('On request only');
  });
});
