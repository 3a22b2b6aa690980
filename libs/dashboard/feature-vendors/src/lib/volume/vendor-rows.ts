import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { countryName } from '@rapport/dashboard-ui';

/** One line of the vendors table. */
export interface VendorRow {
  id: string;
  name: string;
  country: string;
  timeZone: string;
  sites: string;
  conversations: number;
}

// One country naming for every page (the vendor page says 'Austria' as this list does).
export { countryName };

/** Vendors as table rows, in the order given (the API sorts by name), with their conversations summed over the given months. */
export function toVendorRows(
  vendors: readonly VendorDto[],
  volumes: readonly MonthlyVolumeDto[],
  months: readonly string[],
): VendorRow[] {
  const inWindow = new Set(months);
  const totals = new Map<string, number>();
  for (const volume of volumes) {
    if (inWindow.has(volume.month)) {
      totals.set(volume.vendorId, (totals.get(volume.vendorId) ?? 0) + volume.conversations);
    }
  }
  return vendors.map((vendor) => ({
    id: vendor.id,
    name: vendor.name,
    country: countryName(vendor.country),
    timeZone: vendor.timeZone,
    sites: vendor.sites.join(', '),
    conversations: totals.get(vendor.id) ?? 0,
  }));
}
