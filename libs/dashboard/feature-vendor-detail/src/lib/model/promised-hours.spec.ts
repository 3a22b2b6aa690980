import type { VendorProfileDto } from '@rapport/contracts';
import { COVERAGE } from '../../testing/detail-fixtures';
import { toCoverageGrid } from './coverage-grid';
import { promiseWords, promisedHoursOfWeek } from './promised-hours';

const closed = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };
const allDay = [{ from: '00:00', to: '24:00' }];

describe('promised hours', () => {
  it('turns opening hours into hours of the week, Monday 00:00 first, counting an hour any part of which is open', () => {
    const hours: VendorProfileDto['businessHours'] = { ...closed, mon: [{ from: '08:30', to: '10:00' }], sun: [{ from: '23:00', to: '24:00' }] };
    // Monday 08 and 09; Sunday is the week's last day: 6 × 24 + 23 = 167.
    expect([...promisedHoursOfWeek(hours)].sort((a, b) => a - b)).toEqual([8, 9, 167]);
  });

  it('says round the clock only when every hour is promised', () => {
    const always = { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay };
    expect(promiseWords(promisedHoursOfWeek(always))).toBe('Promised: round the clock (24/7)');
    expect(promiseWords(promisedHoursOfWeek({ ...always, sun: [] }))).toBe('Promised: 144 of 168 hours a week');
  });

  it('marks each heatmap cell in and out of the promise, in words as well', () => {
    const grid = toCoverageGrid(COVERAGE, 'v-lis', 'volume', new Set([0]));
    const monday = grid?.rows[0]?.cells ?? [];
    expect(monday[0]?.promised).toBe(true);
    expect(monday[0]?.label).toMatch(/; within promised hours$/);
    expect(monday[1]?.promised).toBe(false);
    expect(monday[1]?.label).toMatch(/; outside promised hours$/);
    expect(grid?.promise).toBe('Promised: 1 of 168 hours a week');
    expect(toCoverageGrid(COVERAGE, 'v-lis', 'volume')?.rows[0]?.cells[0]?.promised).toBeNull();
  });
});
