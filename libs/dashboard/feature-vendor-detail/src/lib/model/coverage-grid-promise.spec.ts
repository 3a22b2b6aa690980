import { COVERAGE } from '../../testing/detail-fixtures';
import { toCoverageGrid } from './coverage-grid';

describe('coverage grid and the promise', () => {
  it('marks each heatmap cell in and out of the promise the coverage answer carries, in words as well', () => {
    // The fixture's vendor opens on Mondays from 00:00 to 01:00 only: hour 0 of the week.
    const grid = toCoverageGrid(COVERAGE, 'v-lis', 'volume');
    const monday = grid?.rows[0]?.cells ?? [];
    expect(monday[0]?.promised).toBe(true);
    expect(monday[0]?.label).toMatch(/; within promised hours$/);
    expect(monday[1]?.promised).toBe(false);
    expect(monday[1]?.label).toMatch(/; outside promised hours$/);
    expect(grid?.promise).toBe('Promised: 1 of 168 hours a week');
  });
});
