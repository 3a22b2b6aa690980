import type { EntityManager } from 'typeorm';
import { dialectOf } from '@rapport/api-database';

/** The recontact window of the scorer (`DEFAULT_RECONTACT_WINDOW_SECONDS`): 72 hours. */
export const RECONTACT_WINDOW_MS = 72 * 3_600_000;

export interface CustomerContact {
  vendorId: string;
  customerKey: string | null;
  createdAt: string;
}

/**
 * Whether a conversation is a recontact depends on the same customer's earlier conversations with the vendor, so it
 * is read when the conversation is scored (the rescorer looks up the latest earlier contact). Imports arrive in any
 * order: when a conversation is stored, the same customer's conversations with the vendor that start within 72 hours
 * after it may have just gained (or, for a replaced one, lost) their previous contact. They are set back to `pending`,
 * so the scoring worker scores them again and their facts and rollups follow.
 */
export async function markLaterContactsForRescoring(
  manager: EntityManager,
  contacts: readonly CustomerContact[],
  written: ReadonlySet<string>,
): Promise<void> {
  const dialect = dialectOf(manager);
  const seen = new Set<string>();
  for (const contact of contacts) {
    const start = Date.parse(contact.createdAt);
    const key = `${contact.vendorId}\u0000${contact.customerKey}\u0000${contact.createdAt}`;
    if (contact.customerKey === null || Number.isNaN(start) || seen.has(key)) {
      continue;
    }
    seen.add(key);
    const candidates: Array<{ id: string }> = await manager.query(
      `SELECT id FROM conversations
        WHERE vendor_id = ${dialect.param(0)} AND customer_key = ${dialect.param(1)}
          AND created_at > ${dialect.param(2)} AND created_at <= ${dialect.param(3)}`,
      [contact.vendorId, contact.customerKey, new Date(start).toISOString(), new Date(start + RECONTACT_WINDOW_MS).toISOString()],
    );
    const later = candidates.map((row) => row.id).filter((id) => !written.has(id));
    for (const id of later) {
      await manager.query(`UPDATE conversations SET score_status = 'pending' WHERE id = ${dialect.param(0)}`, [id]);
    }
  }
}
