import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { selectInChunks } from '@rapport/api-database';
import type { VendorProfile } from './conversation-scorer';

interface VendorRow {
  id: string;
  slug: string;
  time_zone: string;
  business_hours: string;
  expected_formality: string;
}

/** Reads the vendors a batch refers to, by slug, with what scoring needs (hours, time zone, formality). */
@Injectable()
export class VendorProfiles {
  async bySlug(manager: EntityManager, slugs: readonly string[]): Promise<Map<string, VendorProfile>> {
    const rows = await selectInChunks<VendorRow>(manager, [...new Set(slugs)], (placeholders, chunk) => ({
      sql: `SELECT id, slug, time_zone, business_hours, expected_formality FROM vendors WHERE slug IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [row.slug, toProfile(row)]));
  }

  async byId(manager: EntityManager, ids: readonly string[]): Promise<Map<string, VendorProfile>> {
    const rows = await selectInChunks<VendorRow>(manager, [...new Set(ids)], (placeholders, chunk) => ({
      sql: `SELECT id, slug, time_zone, business_hours, expected_formality FROM vendors WHERE id IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [row.id, toProfile(row)]));
  }
}

function toProfile(row: VendorRow): VendorProfile {
  return {
    id: row.id,
    slug: row.slug,
    timeZone: row.time_zone,
    businessHours: JSON.parse(row.business_hours),
    expectedFormality: JSON.parse(row.expected_formality),
  };
}
