import type { Channel } from '@rapport/contracts';

/**
 * A validated, resolved selection: the period as inclusive UTC days, the vendors as ids (already narrowed to the
 * caller's scope; null = every vendor, which only client-side roles get) and the case-mix dimension filters
 * (empty = no filter).
 */
export interface Selection {
  from: string;
  to: string;
  vendorIds: string[] | null;
  channels: Channel[];
  languages: string[];
  queues: string[];
  sites: string[];
}

export interface VendorInfo {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
}

export function hasDimensionFilter(selection: Selection): boolean {
  return selection.channels.length + selection.languages.length + selection.queues.length + selection.sites.length > 0;
}
