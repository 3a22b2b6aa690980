import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';

export interface VendorSeries {
  vendorId: string;
  name: string;
  /** Conversations per month, aligned with the months asked for; 0 where the vendor had none. */
  conversations: number[];
}

/**
 * One series per vendor in the order given, so each vendor keeps its colour whatever the window. Volume for a
 * vendor missing from the list is still shown (under its id) rather than silently dropped.
 */
export function toVendorSeries(
  vendors: readonly VendorDto[],
  volumes: readonly MonthlyVolumeDto[],
  months: readonly string[],
): VendorSeries[] {
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const series = new Map<string, VendorSeries>();
  const seriesFor = (vendorId: string, name: string): VendorSeries => {
    const existing = series.get(vendorId);
    if (existing) {
      return existing;
    }
    const created = { vendorId, name, conversations: months.map(() => 0) };
    series.set(vendorId, created);
    return created;
  };
  for (const vendor of vendors) {
    seriesFor(vendor.id, vendor.name);
  }
  for (const volume of volumes) {
    const vendorSeries = seriesFor(volume.vendorId, `Unknown vendor (${volume.vendorId})`);
    const index = monthIndex.get(volume.month);
    if (index !== undefined) {
      vendorSeries.conversations[index] += volume.conversations;
    }
  }
  return [...series.values()];
}
