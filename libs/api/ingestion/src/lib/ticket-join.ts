import type { EntityManager } from 'typeorm';
import type { WriteScope } from '@rapport/api-database';
import { ConversationToWrite, TicketTranscript, TicketTranscripts } from '@rapport/api-conversations';
import type { ImportErrorRow } from './import-batch';
import type { TicketPart } from './import-formats';

/** What a batch's ticket parts come to: the conversations to write, what was decided, and how many were removed. */
export interface JoinedTickets {
  conversations: ConversationToWrite[];
  notices: ImportErrorRow[];
  removed: number;
}

const key = (source: string, id: string): string => `${source}\u001f${id}`;

/**
 * Joins a batch's tickets, comments and deletions with what earlier imports left in `ticket_transcripts`, in any
 * order: of several copies of a ticket the one with the latest `updated_at` wins (older ones are counted as notices,
 * never errors); comments complete a ticket stored as transcript missing, which is then scored; comments of a ticket
 * not yet seen wait for it; a deleted ticket's conversation is removed and never created again. No Zendesk user id is
 * kept (see TranscriptIdentities): without a key to hash them, comments are joined only to a ticket of the same import.
 */
export async function joinTicketParts(
  manager: EntityManager,
  transcripts: TicketTranscripts,
  batch: readonly TicketPart[],
  scope: WriteScope,
  now: string,
  vendorIds: (slugs: readonly string[]) => Promise<ReadonlyMap<string, string>>,
): Promise<JoinedTickets> {
  const refused: ConversationToWrite[] = [];
  const parts = await ticketsOfScope(batch, scope, vendorIds, refused);
  const stored = await transcripts.load(
    manager,
    parts.map((part) => ({ source: part.source, externalId: part.ticketId })),
  );
  const state = new Map<string, TicketTranscript & { line: number; item: number | null }>();
  const notices: ImportErrorRow[] = [];
  for (const part of parts) {
    const id = key(part.source, part.ticketId);
    const current = state.get(id) ?? {
      ...(stored.get(id) ?? {
        source: part.source,
        externalId: part.ticketId,
        requesterKey: null,
        ticketUpdatedAt: null,
        ticket: null,
        comments: [],
        deleted: false,
      }),
      line: part.line,
      item: part.item,
    };
    state.set(id, current);
    if (part.kind === 'deleted') {
      Object.assign(current, { deleted: true, ticket: null, line: part.line, item: part.item });
    } else if (part.kind === 'comment') {
      const comment = transcripts.commentOf(part.comment);
      if (!current.comments.some((kept) => TicketTranscripts.commentKey(kept) === TicketTranscripts.commentKey(comment))) {
        current.comments = [...current.comments, comment];
      }
      current.line = part.line;
      current.item = part.item;
    } else if (current.ticketUpdatedAt !== null && part.meta.updatedAt < current.ticketUpdatedAt) {
      notices.push({
        line: part.line,
        item: part.item,
        field: 'updated_at',
        reason: `ticket ${part.ticketId}: a newer copy (updated ${current.ticketUpdatedAt}) is already stored; this older one was left out`,
      });
    } else if (!current.deleted) {
      const { messages: _messages, transcriptMissing: _missing, customerId: _customer, ...ticket } = part.conversation;
      Object.assign(current, {
        ticket: { ...ticket, messages: [] },
        requesterKey: transcripts.requesterKeyOf(part.meta.requesterId),
        ticketUpdatedAt: part.meta.updatedAt,
        line: part.line,
        item: part.item,
      });
      if (part.meta.comments !== null) {
        const known = new Set(current.comments.map(TicketTranscripts.commentKey));
        const carried = part.meta.comments.map((comment) => transcripts.commentOf(comment));
        current.comments = [...current.comments, ...carried.filter((c) => !known.has(TicketTranscripts.commentKey(c)))];
      }
    }
  }
  const kept = await withinScope([...state.values()], stored, scope, vendorIds, notices);
  const conversations: ConversationToWrite[] = [];
  const deleted: Array<{ source: string; externalId: string }> = [];
  for (const transcript of kept) {
    if (transcript.deleted) {
      deleted.push({ source: transcript.source, externalId: transcript.externalId });
      continue;
    }
    const { requesterKey } = transcript;
    if (transcript.ticket === null || requesterKey === null) {
      if (transcript.comments.length > 0) {
        notices.push(
          transcripts.keyed
            ? { line: transcript.line, item: transcript.item, field: 'ticket_id', reason: `ticket ${transcript.externalId}: its comments are kept until the ticket itself is imported` }
            : unkeyed(transcript),
        );
      }
      continue;
    }
    const messages = transcripts.messagesOf({ ...transcript, requesterKey });
    const conversation = { ...transcript.ticket, messages };
    if (messages.length === 0) {
      conversation.transcriptMissing = true;
      notices.push({
        line: transcript.line,
        item: transcript.item,
        field: 'comments',
        reason: `ticket ${transcript.externalId}: transcript missing (no comments yet): stored and counted, not scored nor in any figure until its comments are imported`,
      });
    }
    conversations.push({ line: transcript.line, conversation, customerKey: transcripts.customerKeyOf(transcript) });
  }
  conversations.push(...refused);
  await transcripts.save(manager, kept, now);
  const removed = await transcripts.removeConversations(manager, deleted, scope);
  return { conversations, notices, removed };
}

/**
 * A ticket a vendor-bound import names under another (or an unknown) vendor goes to the writer as it came, which
 * refuses it in the words it uses for every such record; it is neither joined with nor stored beside any transcript.
 */
async function ticketsOfScope(
  parts: readonly TicketPart[],
  scope: WriteScope,
  vendorIds: (slugs: readonly string[]) => Promise<ReadonlyMap<string, string>>,
  refused: ConversationToWrite[],
): Promise<readonly TicketPart[]> {
  if (scope.vendorScope === null) {
    return parts;
  }
  const ids = await vendorIds(parts.flatMap((part) => (part.kind === 'ticket' ? [part.conversation.vendor] : [])));
  return parts.filter((part) => {
    if (part.kind === 'ticket' && ids.get(part.conversation.vendor) !== scope.vendorScope) {
      refused.push({ line: part.line, conversation: part.conversation });
      return false;
    }
    return true;
  });
}

/**
 * A vendor-bound import (a partner's key, `--vendor`) may complete or delete only its own vendor's tickets: comments
 * or deletions of a ticket it cannot show to be its own are not kept, so nobody can plant messages in, or remove,
 * another vendor's conversation.
 */
async function withinScope<T extends TicketTranscript & { line: number; item: number | null }>(
  transcripts: T[],
  stored: ReadonlyMap<string, TicketTranscript>,
  scope: WriteScope,
  vendorIds: (slugs: readonly string[]) => Promise<ReadonlyMap<string, string>>,
  notices: ImportErrorRow[],
): Promise<T[]> {
  if (scope.vendorScope === null) {
    return transcripts;
  }
  const before = (t: T): TicketTranscript | undefined => stored.get(key(t.source, t.externalId));
  const ids = await vendorIds(
    transcripts.flatMap((t) => [t.ticket?.vendor, before(t)?.ticket?.vendor].filter((slug): slug is string => slug !== undefined)),
  );
  const ownSlug = (slug: string | undefined): boolean => slug !== undefined && ids.get(slug) === scope.vendorScope;
  return transcripts.filter((t) => {
    // What another vendor's ticket already holds (its comments) is never joined to, or changed by, this import.
    const previous = before(t);
    const own = ownSlug(t.ticket?.vendor) && (previous === undefined || previous.ticket === null || ownSlug(previous.ticket.vendor));
    if (!own) {
      notices.push({
        line: t.line,
        item: t.item,
        field: 'ticket_id',
        reason: `ticket ${t.externalId}: not known as this vendor's ticket, so its comments or deletion were not kept (an import bound to one vendor changes only that vendor's tickets)`,
      });
    }
    return own;
  });
}

function unkeyed(transcript: { line: number; item: number | null; externalId: string }): ImportErrorRow {
  return {
    line: transcript.line,
    item: transcript.item,
    field: 'comments',
    reason: `ticket ${transcript.externalId}: its comments were left out, the ticket is not in this import: comments are kept for a ticket of a later import only when CUSTOMER_ID_KEY or CONNECTOR_SECRET_KEY is set (npm start sets both), as no Zendesk user id is kept without a key to hash it`,
  };
}
