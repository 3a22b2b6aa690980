import type { NativeConversation, RowError } from '@rapport/contracts';

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
}

export function countOutcomes(outcomes: ReadonlyArray<{ status: WriteStatus }>): WriteCounts {
  const counts: WriteCounts = { received: outcomes.length, created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const outcome of outcomes) {
    counts[outcome.status]++;
  }
  return counts;
}
