import type { StatDifference } from '@rapport/contracts';
import { changeTone, changeToneLabel } from './change-tone';

const difference = (value: number, lower: number, upper: number): StatDifference => ({
  status: 'ok',
  difference: value,
  lower,
  upper,
  nA: 100,
  nB: 100,
  pValue: 0.01,
  method: 'welch-satterthwaite',
});

const INSUFFICIENT: StatDifference = { status: 'insufficient', difference: null, lower: null, upper: null, nA: 3, nB: 100, pValue: null, method: 'welch-satterthwaite' };

describe('changeTone', () => {
  it.each([
    ['a clear rise of a higher-is-better metric', difference(3, 1, 5), 'higher-is-better', undefined, 'better'],
    ['a clear fall of a higher-is-better metric', difference(-3, -5, -1), 'higher-is-better', undefined, 'worse'],
    ['a clear rise of a lower-is-better metric', difference(3, 1, 5), 'lower-is-better', undefined, 'worse'],
    ['a clear fall of a lower-is-better metric', difference(-3, -5, -1), 'lower-is-better', undefined, 'better'],
    ['an interval spanning zero', difference(3, -1, 7), 'higher-is-better', undefined, 'unclear'],
    ['a clear interval the API did not find significant', difference(3, 1, 5), 'higher-is-better', false, 'unclear'],
    ['a significant rise', difference(3, 1, 5), 'higher-is-better', true, 'better'],
    ['too little data', INSUFFICIENT, 'higher-is-better', true, 'insufficient'],
  ] as const)('calls %s %p', (_case, change, direction, significant, expected) => {
    expect(changeTone(change, direction, significant)).toBe(expected);
  });
});

describe('changeToneLabel', () => {
  it.each([
    ['better', 'Better'],
    ['worse', 'Worse'],
    ['unclear', 'No clear change'],
    ['insufficient', 'Not enough data'],
  ] as const)('words %p as %p', (tone, label) => {
    expect(changeToneLabel(tone)).toBe(label);
  });
});
