import type { NativeMessage } from '@rapport/contracts';
import type { ParsedNotice } from '../stream/parsed-record';

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

/** How a format words its notices: where the first message that went back in time is, and which message repeats. */
export interface OrderNotices {
  outOfOrder(index: number): ParsedNotice;
  duplicate(index: number, of: number): ParsedNotice;
}

/**
 * Puts a conversation's messages in time order and leaves out exact duplicates, in place, returning a notice for each
 * change (none when the messages were already in order and distinct).
 */
export function putInTimeOrder(conversation: { messages: NativeMessage[] }, say: OrderNotices): ParsedNotice[] {
  const messages = conversation.messages;
  const order = orderMessages(messages);
  const notices = [
    ...(order.firstOutOfOrder >= 0 ? [say.outOfOrder(order.firstOutOfOrder)] : []),
    ...order.duplicates.map((duplicate) => say.duplicate(duplicate.index, duplicate.of)),
  ];
  if (notices.length > 0) {
    conversation.messages = order.kept.flatMap((index) => messages[index] ?? []);
  }
  return notices;
}
