import type { EntityManager } from 'typeorm';
import type { WriteScope } from '@rapport/api-database';
import type { ConversationToWrite } from '@rapport/api-conversations';
import type { VendorProfiles } from '@rapport/api-scoring';
import type { ImportErrorRow } from './import-batch';

export interface VendorIdentity {
  id: string;
  slug: string;
  name: string;
}

type MatchedBy = 'its id' | 'its slug, ignoring case' | 'its display name';

/**
 * The vendor a file's vendor value names: its slug as stored (no notice), else its id, its slug in another case or
 * its display name ignoring case (a help desk exports "Acme BPO" for the vendor whose slug is `acme-bpo`). A name
 * two vendors share matches neither. A vendor-bound writer matches its own vendor only, so a notice never tells it
 * about another vendor.
 */
export function matchVendor(value: string, vendors: readonly VendorIdentity[], scope: WriteScope): { vendor: VendorIdentity; by: MatchedBy | null } | null {
  const candidates = scope.vendorScope ? vendors.filter((vendor) => vendor.id === scope.vendorScope) : vendors;
  const exact = candidates.find((vendor) => vendor.slug === value);
  if (exact) {
    return { vendor: exact, by: null };
  }
  const lower = value.trim().toLowerCase();
  const tries: Array<[MatchedBy, (vendor: VendorIdentity) => boolean]> = [
    ['its id', (vendor) => vendor.id === value.trim()],
    ['its slug, ignoring case', (vendor) => vendor.slug.toLowerCase() === lower],
    ['its display name', (vendor) => vendor.name.trim().toLowerCase() === lower],
  ];
  for (const [by, test] of tries) {
    const found = candidates.filter(test);
    if (found.length === 1 && found[0]) {
      return { vendor: found[0], by };
    }
  }
  return null;
}

/**
 * Rewrites the vendor of each conversation that names its vendor by id, another case or display name to the
 * vendor's slug, and returns one notice per value the first time the import meets it (`announced` spans the run).
 * Values that match nothing are left as they are, for the writer to reject.
 */
export async function matchBatchVendors(
  manager: EntityManager,
  profiles: Pick<VendorProfiles, 'identities'>,
  conversations: ConversationToWrite[],
  scope: WriteScope,
  announced: Set<string>,
  create?: (manager: EntityManager, names: readonly string[]) => Promise<VendorIdentity[]>,
): Promise<ImportErrorRow[]> {
  if (conversations.length === 0) {
    return [];
  }
  const vendors = await profiles.identities(manager);
  const notices: ImportErrorRow[] = [];
  const matches = new Map<string, ReturnType<typeof matchVendor>>();
  for (const entry of conversations) {
    const value = entry.conversation.vendor;
    if (!matches.has(value)) {
      matches.set(value, matchVendor(value, vendors, scope));
    }
  }
  // Only a client-wide writer that asked for it creates vendors (the caller passes `create` only then).
  const missing = [...matches].filter(([value, match]) => match === null && value.trim() !== '').map(([value]) => value);
  const created = create && !scope.vendorScope && missing.length > 0 ? await create(manager, missing) : [];
  created.forEach((vendor, index) => matches.set(missing[index] ?? '', { vendor, by: null }));
  const createdNames = new Set(missing.slice(0, created.length));
  for (const entry of conversations) {
    const value = entry.conversation.vendor;
    const match = matches.get(value);
    if (!match || (match.by === null && !createdNames.has(value))) {
      continue;
    }
    entry.conversation = { ...entry.conversation, vendor: match.vendor.slug };
    if (!announced.has(value)) {
      announced.add(value);
      const reason = createdNames.has(value)
        ? `created vendor ${match.vendor.slug} from ${JSON.stringify(value)} (time zone UTC, country unknown: set them in Settings)`
        : `vendor ${JSON.stringify(value)} matched vendor ${match.vendor.slug} by ${match.by}`;
      notices.push({ line: entry.line, item: null, field: 'vendor', reason });
    }
  }
  return notices;
}
