import { Injectable } from '@nestjs/common';
import { ALL_VENDORS, WriteScope } from '@rapport/api-database';
import { parseNativeJsonl } from '@rapport/ingest-formats';
import { ConversationToWrite, ConversationWriter, countOutcomes, WriteCounts, WriteOutcome } from '@rapport/api-conversations';

export const MAX_BATCH_ITEMS = 10_000;

export interface BatchResult {
  counts: WriteCounts;
  items: WriteOutcome[];
}

export interface BatchOptions {
  redactPii: boolean;
}

/**
 * REST batch ingestion: validates each item on its own so one bad item never rejects the others. Items go through
 * the same parser as JSON Lines files (one item per line), so both paths normalise timestamps, check message order
 * and texts, and redact PII identically.
 */
@Injectable()
export class ConversationBatchService {
  constructor(private readonly writer: ConversationWriter) {}

  /** Items without a source take the API key's own source; `scope` then rejects items outside the key's source or vendor. */
  async ingest(items: unknown[], options: BatchOptions, now: string, scope: WriteScope = ALL_VENDORS): Promise<BatchResult> {
    const valid: ConversationToWrite[] = [];
    const outcomes: WriteOutcome[] = [];
    const notices = new Map<number, string[]>();
    const lines = items.map((item) => JSON.stringify(item)).join('\n');
    for await (const record of parseNativeJsonl([lines], { source: scope.source ?? 'api', redactPii: options.redactPii })) {
      if (record.kind === 'ok') {
        valid.push({ line: record.line - 1, conversation: record.value });
      } else if (record.kind === 'notice') {
        const index = record.notice.line - 1;
        notices.set(index, [...(notices.get(index) ?? []), record.notice.reason]);
      } else {
        const index = record.error.line - 1;
        outcomes.push({ line: index, externalId: externalIdOf(items[index]), status: 'failed', error: { ...record.error, line: index } });
      }
    }
    outcomes.push(...(await this.writer.write(valid, now, scope)));
    for (const outcome of outcomes) {
      const found = notices.get(outcome.line);
      if (found !== undefined && outcome.status !== 'failed') {
        outcome.notices = found;
      }
    }
    outcomes.sort((a, b) => a.line - b.line);
    return { counts: countOutcomes(outcomes), items: outcomes };
  }
}

/** The conversation id an item names, to label its outcome even when the item is invalid. */
export function externalIdOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) {
    return '';
  }
  const record = item as Record<string, unknown>;
  const id = record['externalId'] ?? record['conversationExternalId'];
  return typeof id === 'string' ? id : '';
}
