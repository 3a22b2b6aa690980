export interface VendorDto {
  id: string;
  slug: string;
  name: string;
  country: string;
  timeZone: string;
  sites: string[];
  /**
   * The vendor's place in creation order (0 for the first vendor created): charts draw each vendor in the style of
   * this index, so a vendor keeps its colour for good when others are added. Present in every answer of the API.
   */
  colourIndex?: number;
}

export interface MonthlyVolumeDto {
  vendorId: string;
  month: string; // YYYY-MM
  conversations: number;
}
