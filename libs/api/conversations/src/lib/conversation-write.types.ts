import type { NativeConversation, RowError } from '@rapport/contracts';
import type { VendorRow } from '@rapport/api-vendors';

export type WriteStatus = 'created' | 'updated' | 'unchanged' | 'failed';

export interface WriteOutcome {
  /** Position of the item in the batch (0-based) or its line in an import file. */
  line: number;
  externalId: string;
  status: WriteStatus;
  id?: string;
  error?: RowError;
  /** What was changed without rejecting the item: messages sorted into time order, exact repeats left out. */
  notices?: string[];
}

export interface WriteCounts {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface ConversationToWrite {
  line: number;
  conversation: NativeConversation;
  /**
   * The customer key computed before (a joined help-desk ticket keeps only its requester's keyed hash): used instead
   * of one from `conversation.customerId`, so the same customer gets the same key whichever way it came.
   */
  customerKey?: string | null;
}

export function countOutcomes(outcomes: ReadonlyArray<{ status: WriteStatus }>): WriteCounts {
  const counts: WriteCounts = { received: outcomes.length, created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const outcome of outcomes) {
    counts[outcome.status]++;
  }
  return counts;
}

/** A conversation accepted for storage in this batch. */
export interface AcceptedConversation {
  conversation: NativeConversation;
  id: string;
  vendor: VendorRow;
  hash: string;
  replaces: boolean;
  /** The customer id's keyed hash (null: none given, or no key configured). */
  customerKey: string | null;
}
