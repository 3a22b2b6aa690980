import { vendorProfileSchema } from '@rapport/contracts';
import { toBusinessHoursDto, toVendorFields, toWeeklyHours } from './vendor-profile.mapping';
import type { WeeklyHours } from './vendor.entity';

describe('vendor profile mapping', () => {
  it('reads stored hours as named days with HH:MM intervals, closed days empty', () => {
    const stored: WeeklyHours = { 0: [], 1: [[780, 1080], [480, 720]], 6: [[0, 1440]] };
    expect(toBusinessHoursDto(stored)).toEqual({
      sun: [],
      mon: [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '18:00' },
      ],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [{ from: '00:00', to: '24:00' }],
    });
  });

  it('stores hours by weekday number in minutes, sorted', () => {
    const input = vendorProfileSchema.parse({
      slug: 'manila-desk',
      name: 'Manila Desk',
      country: 'PH',
      timeZone: 'Asia/Manila',
      businessHours: { fri: [{ from: '13:30', to: '22:00' }, { from: '06:00', to: '12:00' }] },
    });
    expect(toWeeklyHours(input.businessHours)).toEqual({ 0: [], 1: [], 2: [], 3: [], 4: [], 5: [[360, 720], [810, 1320]], 6: [] });
    expect(toVendorFields(input)).toMatchObject({ slug: 'manila-desk', country: 'PH', sites: [], expectedFormality: {} });
  });

  it('round-trips', () => {
    const stored: WeeklyHours = { 0: [], 1: [[480, 1080]], 2: [[480, 1080]], 3: [], 4: [], 5: [[0, 1440]], 6: [] };
    const days = toBusinessHoursDto(stored);
    expect(toWeeklyHours(days)).toEqual(stored);
  });
});
