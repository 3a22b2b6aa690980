import { Injectable } from '@nestjs/common';
import { nativeConversationSchema, RowError } from '@rapport/contracts';
import { ConversationWriter } from './conversation-writer';
import { ConversationToWrite, countOutcomes, WriteCounts, WriteOutcome } from './conversation-write.types';

export const MAX_BATCH_ITEMS = 10_000;

export interface BatchResult {
  counts: WriteCounts;
  items: WriteOutcome[];
}

/** REST batch ingestion: validates each item on its own so one bad item never rejects the others. */
@Injectable()
export class ConversationBatchService {
  constructor(private readonly writer: ConversationWriter) {}

  async ingest(items: unknown[], now: string): Promise<BatchResult> {
    const valid: ConversationToWrite[] = [];
    const outcomes: WriteOutcome[] = [];
    items.forEach((item, index) => {
      const parsed = nativeConversationSchema.safeParse(item);
      if (parsed.success) {
        valid.push({ line: index, conversation: parsed.data });
      } else {
        const issue = parsed.error.issues[0];
        const error: RowError = { line: index, field: issue?.path.join('.') || undefined, reason: issue?.message ?? 'invalid item' };
        outcomes.push({ line: index, externalId: externalIdOf(item), status: 'failed', error });
      }
    });
    outcomes.push(...(await this.writer.write(valid, now)));
    outcomes.sort((a, b) => a.line - b.line);
    return { counts: countOutcomes(outcomes), items: outcomes };
  }
}

function externalIdOf(item: unknown): string {
  const id = (item as { externalId?: unknown } | null)?.externalId;
  return typeof id === 'string' ? id : '';
}
