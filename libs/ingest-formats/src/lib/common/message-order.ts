/** The parts of a message that make two rows the same message. */
export interface OrderableMessage {
  at: string;
  role: string;
  agentId?: string;
  text: string;
}

export interface MessageOrder {
  /** Indices into the input, in time order, without exact duplicates. */
  kept: number[];
  /** Input index of the first message that was earlier than the one before it, or -1 when already in order. */
  firstOutOfOrder: number;
  /** Exact duplicates left out: `index` repeats `of` (input indices). */
  duplicates: { index: number; of: number }[];
}

/**
 * Time order for a conversation's messages, as exports often break it (rows sorted by another column, a reply
 * exported before the message it answers): a stable sort by time, so messages of the same time keep their file
 * order. Exact duplicates — same time, author and text, a row exported twice — are left out; they always have the
 * same time, so after the sort they sit in the same run of equal times: only that run's texts are indexed.
 */
export function orderMessages(messages: readonly OrderableMessage[]): MessageOrder {
  const indices = messages.map((_, i) => i);
  let firstOutOfOrder = -1;
  for (let i = 1; i < messages.length && firstOutOfOrder < 0; i++) {
    if ((messages[i]?.at ?? '') < (messages[i - 1]?.at ?? '')) {
      firstOutOfOrder = i;
    }
  }
  if (firstOutOfOrder >= 0) {
    const at = (i: number): string => messages[i]?.at ?? '';
    indices.sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0));
  }
  const kept: number[] = [];
  const duplicates: { index: number; of: number }[] = [];
  let runAt: string | undefined;
  const run = new Map<string, number>();
  for (const index of indices) {
    const message = messages[index];
    if (message === undefined) {
      continue;
    }
    if (message.at !== runAt) {
      runAt = message.at;
      run.clear();
    }
    const key = messageKey(message);
    const of = run.get(key);
    if (of === undefined) {
      run.set(key, index);
      kept.push(index);
    } else {
      duplicates.push({ index, of });
    }
  }
  return { kept, firstOutOfOrder, duplicates };
}

/** Equal for two messages with the same author and text (the time is compared separately). */
export function messageKey(message: OrderableMessage): string {
  return `${message.role}\u0000${message.agentId ?? ''}\u0000${message.text}`;
}
