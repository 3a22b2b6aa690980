import type { VendorProfileDto } from '@rapport/contracts';
import { describePromise, promiseWords, promisedHoursOfWeek } from './promised-hours';

const closed: VendorProfileDto['businessHours'] = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };
const allDay = [{ from: '00:00', to: '24:00' }];
const office = [{ from: '08:00', to: '18:00' }];

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
    expect(describePromise(always)).toBe('Round the clock (24/7)');
    // Six full days: 6 × 24 = 144.
    expect(describePromise({ ...always, sun: [] })).toBe('Mon–Sat 00:00–24:00: 144 of 168 hours a week');
  });

  it('spells out the opening days and hours, neighbouring days with the same hours in one range', () => {
    const weekdays = { ...closed, mon: office, tue: office, wed: office, thu: office, fri: office };
    // 08:00–18:00 is ten hours (08 … 17), five days: 5 × 10 = 50.
    expect(describePromise(weekdays)).toBe('Mon–Fri 08:00–18:00: 50 of 168 hours a week');
    // Monday closes at noon (4 hours) and splits the run, Tuesday–Friday 4 × 10 = 40, Saturday 10–14 adds 4: 48.
    const mixed = { ...weekdays, mon: [{ from: '08:00', to: '12:00' }], sat: [{ from: '10:00', to: '14:00' }] };
    expect(describePromise(mixed)).toBe('Mon 08:00–12:00; Tue–Fri 08:00–18:00; Sat 10:00–14:00: 48 of 168 hours a week');
    const everyDay = { sun: office, mon: office, tue: office, wed: office, thu: office, fri: office, sat: office };
    // 7 × 10 = 70.
    expect(describePromise(everyDay)).toBe('Every day 08:00–18:00: 70 of 168 hours a week');
    expect(describePromise(closed)).toBe('No opening hours set');
  });
});
