import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { selectInChunks } from '@rapport/api-database';
import { DEFAULT_EXPECTED_FORMALITY } from '@rapport/scoring';
import type { VendorProfile } from './conversation-scorer';
import { fingerprint } from './scoring-settings/fingerprint';
import { toCalendar } from './vendor-calendar';

interface VendorRow {
  id: string;
  slug: string;
  time_zone: string;
  business_hours: string;
  expected_formality: string;
  holidays: string | null;
}

const COLUMNS = 'id, slug, time_zone, business_hours, expected_formality, holidays';

/** Reads the vendors a batch refers to, by slug or id, with what scoring needs (hours, time zone, formality). */
@Injectable()
export class VendorProfiles {
  async bySlug(manager: EntityManager, slugs: readonly string[]): Promise<Map<string, VendorProfile>> {
    const rows = await selectInChunks<VendorRow>(manager, [...new Set(slugs)], (placeholders, chunk) => ({
      sql: `SELECT ${COLUMNS} FROM vendors WHERE slug IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [row.slug, toProfile(row)]));
  }

  async byId(manager: EntityManager, ids: readonly string[]): Promise<Map<string, VendorProfile>> {
    const rows = await selectInChunks<VendorRow>(manager, [...new Set(ids)], (placeholders, chunk) => ({
      sql: `SELECT ${COLUMNS} FROM vendors WHERE id IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [row.id, toProfile(row)]));
  }

  /** Id, slug and display name of every vendor, for matching the names files give them. */
  async identities(manager: EntityManager): Promise<Array<{ id: string; slug: string; name: string }>> {
    return manager.query(`SELECT id, slug, name FROM vendors ORDER BY id`);
  }

  /** Every vendor: a client has a handful to a few hundred. */
  async all(manager: EntityManager): Promise<VendorProfile[]> {
    const rows: VendorRow[] = await manager.query(`SELECT ${COLUMNS} FROM vendors ORDER BY id`);
    return rows.map(toProfile);
  }
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
