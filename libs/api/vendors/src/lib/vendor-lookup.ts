import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { dialectOf, selectInChunks, VendorScope, vendorScopeClause } from '@rapport/api-database';

/** A stored vendor as other features read it: identity and the working-time columns scoring needs, still as stored. */
export interface VendorRow {
  id: string;
  slug: string;
  time_zone: string;
  business_hours: string;
  expected_formality: string;
  holidays: string | null;
}

/** A vendor as the analytics selections name it. */
export interface VendorIdentityRow {
  id: string;
  slug: string;
  name: string;
  time_zone: string;
}

const COLUMNS = 'id, slug, time_zone, business_hours, expected_formality, holidays';

/**
 * The vendors table's exported queries: writers and the scorer look vendors up through here, in their own
 * transaction (hence the manager argument), instead of naming the table themselves.
 */
@Injectable()
export class VendorLookup {
  async bySlug(manager: EntityManager, slugs: readonly string[]): Promise<Map<string, VendorRow>> {
    const rows = await selectInChunks<VendorRow>(manager, [...new Set(slugs)], (placeholders, chunk) => ({
      sql: `SELECT ${COLUMNS} FROM vendors WHERE slug IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [row.slug, row]));
  }

  async byId(manager: EntityManager, ids: readonly string[]): Promise<Map<string, VendorRow>> {
    const rows = await selectInChunks<VendorRow>(manager, [...new Set(ids)], (placeholders, chunk) => ({
      sql: `SELECT ${COLUMNS} FROM vendors WHERE id IN (${placeholders})`,
      params: chunk,
    }));
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Id, slug and display name of every vendor, for matching the names files give them. */
  async identities(manager: EntityManager): Promise<Array<{ id: string; slug: string; name: string }>> {
    return manager.query(`SELECT id, slug, name FROM vendors ORDER BY id`);
  }

  /** The vendors the caller may see, by name. */
  async inScope(manager: EntityManager, scope: VendorScope): Promise<VendorIdentityRow[]> {
    const inScope = vendorScopeClause(scope, 'id', dialectOf(manager));
    return manager.query(`SELECT id, slug, name, time_zone FROM vendors WHERE ${inScope.sql} ORDER BY name`, inScope.params);
  }

  /** Every vendor: a client has a handful to a few hundred. */
  async all(manager: EntityManager): Promise<VendorRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM vendors ORDER BY id`);
  }
}
