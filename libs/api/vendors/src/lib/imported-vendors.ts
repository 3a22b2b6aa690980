import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Vendor, WeeklyHours } from './vendor.entity';

/** What a vendor created from an import starts with; the administrator sets the real values in Settings. */
export const IMPORTED_VENDOR_DEFAULTS = {
  /** ISO 3166 user-assigned "unknown": the profile form asks for the real country before it saves. */
  country: 'ZZ',
  timeZone: 'UTC',
  /** Monday–Friday 09:00–17:00. */
  businessHours: { 0: [], 1: [[540, 1020]], 2: [[540, 1020]], 3: [[540, 1020]], 4: [[540, 1020]], 5: [[540, 1020]], 6: [] } as WeeklyHours,
};

/** A slug from a display name: lower case, accents dropped, anything else than letters and digits a single dash. */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90);
  return slug === '' ? 'vendor' : slug;
}

/**
 * Creates one vendor per name, in the caller's transaction, with the defaults above; a slug already taken gets
 * `-2`, `-3`… Returns the vendors created, in the order of the names.
 */
export async function createImportedVendors(manager: EntityManager, names: readonly string[], now: string): Promise<Vendor[]> {
  const repository = manager.getRepository(Vendor);
  const taken = new Set((await repository.find({ select: { slug: true } })).map((vendor) => vendor.slug));
  const created: Vendor[] = [];
  for (const name of names) {
    const base = slugFromName(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) {
      slug = `${base}-${n}`;
    }
    taken.add(slug);
    created.push(
      await repository.save(
        repository.create({
          id: randomUUID(),
          slug,
          name: name.trim().slice(0, 200),
          country: IMPORTED_VENDOR_DEFAULTS.country,
          timeZone: IMPORTED_VENDOR_DEFAULTS.timeZone,
          sites: [],
          businessHours: IMPORTED_VENDOR_DEFAULTS.businessHours,
          expectedFormality: {},
          createdAt: now,
        }),
      ),
    );
  }
  return created;
}
