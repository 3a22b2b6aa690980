import type { StatDifference, StatEstimate } from '@rapport/contracts';
import { describeDifference, describeEstimate, formatChange, formatRelativeChange, formatDuration, formatInterval, formatMetricValue, formatSampleSize } from './stat-format';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [44.6, '45 s'],
    [60, '1 min'],
    [200, '3 min 20 s'],
    [3_600, '1 h'],
    [7_500, '2 h 5 min'],
    [7_205, '2 h'],
    [97_200, '1 d 3 h'],
    [-90, '1 min 30 s'],
  ])('%p seconds read as %p', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('formatMetricValue', () => {
  it.each([
    [82.44, 'score', '82.4'],
    [100, 'score', '100.0'],
    [0.8246, 'proportion', '82.5%'],
    [0, 'proportion', '0.0%'],
    [200, 'seconds', '3 min 20 s'],
  ] as const)('%p as %s is %p', (value, unit, expected) => {
    expect(formatMetricValue(value, unit)).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each([
    [2.14, 'score', '+2.1 pts'],
    [-3, 'score', '\u22123.0 pts'],
    [0, 'score', '0.0 pts'],
    [0.032, 'proportion', '+3.2 pts'],
    [-0.1, 'proportion', '\u221210.0 pts'],
    [12, 'seconds', '+12 s'],
    [-200, 'seconds', '\u22123 min 20 s'],
    [0.2, 'seconds', '0 s'],
  ] as const)('%p as %s is %p', (value, unit, expected) => {
    expect(formatChange(value, unit)).toBe(expected);
  });
});

describe('formatInterval and formatSampleSize', () => {
  it('joins bounds with an en dash in the unit', () => {
    expect(formatInterval(0.801, 0.847, 'proportion')).toBe('80.1%–84.7%');
  });

  it('groups thousands', () => {
    expect(formatSampleSize(12345)).toBe('n = 12,345');
  });
});

describe('describeEstimate', () => {
  it('reads an estimate with its interval and sample', () => {
    const stat: StatEstimate = { status: 'ok', estimate: 82.44, lower: 80.1, upper: 84.72, n: 320, method: 'student-t' };
    expect(describeEstimate(stat, 'score')).toBe('82.4, 95% interval 80.1 to 84.7, n = 320');
  });

  it('says not enough data, with n, for an insufficient estimate', () => {
    const stat: StatEstimate = { status: 'insufficient', estimate: null, lower: null, upper: null, n: 12, method: 'wilson-score' };
    expect(describeEstimate(stat, 'proportion')).toBe('Not enough data, n = 12');
  });
});

describe('describeDifference', () => {
  it('reads a difference with a signed interval', () => {
    const difference: StatDifference = { status: 'ok', difference: 2, lower: -0.5, upper: 4.5, nA: 100, nB: 90, pValue: 0.1, method: 'welch-satterthwaite' };
    expect(describeDifference(difference, 'score')).toBe('+2.0 pts, 95% interval \u22120.5 pts to +4.5 pts');
  });

  it('gives both sample sizes when there is not enough data', () => {
    const difference: StatDifference = { status: 'insufficient', difference: null, lower: null, upper: null, nA: 5, nB: 200, pValue: null, method: 'welch-satterthwaite' };
    expect(describeDifference(difference, 'score')).toBe('Not enough data, n = 5 and n = 200');
  });
});

describe('formatRelativeChange', () => {
  it.each([
    [110, 100, '+10.0%'],
    [90, 100, '\u221210.0%'],
    [100, 100, '0.0%'],
    [100.01, 100, '0.0%'],
    [5, 0, null],
  ])('%p against %p is %p', (current, previous, expected) => {
    expect(formatRelativeChange(current, previous)).toBe(expected);
  });
});
