import type { MonthlyVolumeDto } from '@rapport/contracts';
import { monthWindowLabel, parseMonthWindow, windowMonths } from './month-window';

const volume = (month: string, conversations = 1, vendorId = 'v1'): MonthlyVolumeDto => ({ vendorId, month, conversations });

describe('parseMonthWindow', () => {
  it.each([
    ['3', 3],
    ['6', 6],
    ['12', 12],
    ['24', 24],
    ['all', 'all'],
    [undefined, 12],
    [null, 12],
    ['', 12],
    ['7', 12],
    ['12abc', 12],
    ['ALL', 12],
  ])('reads %p as %p', (param, expected) => {
    expect(parseMonthWindow(param)).toBe(expected);
  });
});

describe('monthWindowLabel', () => {
  it.each([
    [3, 'Last 3 months'],
    [12, 'Last 12 months'],
    ['all', 'All months'],
  ] as const)('labels %p as %p', (window, label) => {
    expect(monthWindowLabel(window)).toBe(label);
  });
});

describe('windowMonths', () => {
  const volumes = [volume('2025-03'), volume('2024-11'), volume('2025-01', 4, 'v2')];

  it.each([
    ['all', ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03']],
    [3, ['2025-01', '2025-02', '2025-03']],
    [6, ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03']],
  ] as const)('window %p gives consecutive months up to the latest with data', (window, expected) => {
    expect(windowMonths(volumes, window)).toEqual(expected);
  });

  it('crosses year boundaries', () => {
    expect(windowMonths([volume('2023-06'), volume('2025-02')], 3)).toEqual(['2024-12', '2025-01', '2025-02']);
  });

  it('is a single month when all data falls in one month', () => {
    expect(windowMonths([volume('2025-05'), volume('2025-05', 3, 'v2')], 12)).toEqual(['2025-05']);
  });

  it('is empty without data', () => {
    expect(windowMonths([], 12)).toEqual([]);
  });

  it('ends at the month it is given (the latest complete one), leaving a running month out', () => {
    const volumes = [volume('2026-09'), volume('2026-10'), volume('2026-11'), volume('2026-12')];
    expect(windowMonths(volumes, 3, '2026-11')).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(windowMonths(volumes, 'all', '2026-11')).toEqual(['2026-09', '2026-10', '2026-11']);
  });
});
