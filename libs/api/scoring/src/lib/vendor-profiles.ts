import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VendorLookup, VendorRow } from '@rapport/api-vendors';
import { DEFAULT_EXPECTED_FORMALITY } from '@rapport/scoring';
import type { VendorProfile } from './conversation-scorer';
import { fingerprint } from './scoring-settings/fingerprint';
import { toCalendar } from './vendor-calendar';

/**
 * The vendors a batch refers to, by slug or id, with what scoring needs (hours, time zone, formality) parsed and
 * fingerprinted; the rows come from the vendors feature's `VendorLookup`.
 */
@Injectable()
export class VendorProfiles {
  constructor(private readonly lookup: VendorLookup = new VendorLookup()) {}

  async bySlug(manager: EntityManager, slugs: readonly string[]): Promise<Map<string, VendorProfile>> {
    return toProfiles(await this.lookup.bySlug(manager, slugs));
  }

  async byId(manager: EntityManager, ids: readonly string[]): Promise<Map<string, VendorProfile>> {
    return toProfiles(await this.lookup.byId(manager, ids));
  }

  /** Id, slug and display name of every vendor, for matching the names files give them. */
  async identities(manager: EntityManager): Promise<Array<{ id: string; slug: string; name: string }>> {
    return this.lookup.identities(manager);
  }

  /** Every vendor: a client has a handful to a few hundred. */
  async all(manager: EntityManager): Promise<VendorProfile[]> {
    return (await this.lookup.all(manager)).map(toProfile);
  }
}

function toProfiles(rows: Map<string, VendorRow>): Map<string, VendorProfile> {
  return new Map([...rows].map(([key, row]) => [key, toProfile(row)]));
}

function toProfile(row: VendorRow): VendorProfile {
  const businessHours = JSON.parse(row.business_hours);
  const expectedFormality = JSON.parse(row.expected_formality);
  const calendar = toCalendar(row.time_zone, businessHours, JSON.parse(row.holidays ?? '[]'));
  return {
    id: row.id,
    slug: row.slug,
    timeZone: row.time_zone,
    businessHours,
    expectedFormality,
    holidays: calendar.holidays ?? [],
    // Of the calendar and norms as the scorer applies them: a profile that only spells out a default, or saves the
    // same hours in another shape, scores the same and needs no rescore.
    fingerprint: fingerprint({ calendar, expectedFormality: { ...DEFAULT_EXPECTED_FORMALITY, ...expectedFormality } }),
  };
}
