export interface VendorDto {
  id: string;
  slug: string;
  name: string;
  country: string;
  timeZone: string;
  sites: string[];
}

export interface MonthlyVolumeDto {
  vendorId: string;
  month: string; // YYYY-MM
  conversations: number;
}
