import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { countryName, toVendorRows } from './vendor-rows';

const VENDORS: VendorDto[] = [
  { id: 'v-and', slug: 'andes-support', name: 'Andes Support', country: 'CO', timeZone: 'America/Bogota', sites: ['Bogotá', 'Medellín'] },
  { id: 'v-man', slug: 'manila-desk', name: 'Manila Desk', country: 'PH', timeZone: 'Asia/Manila', sites: ['Manila'] },
  { id: 'v-new', slug: 'new-desk', name: 'New Desk', country: 'se', timeZone: 'Europe/Stockholm', sites: [] },
];

const VOLUMES: MonthlyVolumeDto[] = [
  { vendorId: 'v-and', month: '2025-01', conversations: 100 },
  { vendorId: 'v-and', month: '2025-02', conversations: 150 },
  { vendorId: 'v-man', month: '2025-02', conversations: 400 },
  { vendorId: 'v-man', month: '2024-12', conversations: 999 },
];

describe('toVendorRows', () => {
  it('lists every vendor in the order given with conversations summed over the months shown', () => {
    expect(toVendorRows(VENDORS, VOLUMES, ['2025-01', '2025-02'])).toEqual([
      { id: 'v-and', name: 'Andes Support', country: 'Colombia', timeZone: 'America/Bogota', sites: 'Bogotá, Medellín', conversations: 250 },
      { id: 'v-man', name: 'Manila Desk', country: 'Philippines', timeZone: 'Asia/Manila', sites: 'Manila', conversations: 400 },
      { id: 'v-new', name: 'New Desk', country: 'Sweden', timeZone: 'Europe/Stockholm', sites: '', conversations: 0 },
    ]);
  });

  it('counts nothing when no month is shown', () => {
    expect(toVendorRows(VENDORS, VOLUMES, []).map((row) => row.conversations)).toEqual([0, 0, 0]);
  });
});

describe('countryName', () => {
  it.each([
    ['PT', 'Portugal'],
    ['at', 'Austria'],
    ['ZZ', 'Unknown Region'],
    ['QQ', 'QQ'],
    ['not a code', 'not a code'],
  ])('names %p as %p', (code, expected) => {
    expect(countryName(code)).toBe(expected);
  });
});
