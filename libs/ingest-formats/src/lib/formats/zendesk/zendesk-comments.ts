import type { NativeMessage } from '@rapport/contracts';
import { MAX_MESSAGES } from '../../common/limits';
import { prepareText } from '../../common/message-text';
import { normaliseTimestamp } from '../../timestamps/normalise-timestamp';

/**
 * One Zendesk comment as read from any shape that carries comments (a ticket's `comments`, `comments.json` pages,
 * audits' Comment events, incremental ticket events' Comment child events), before the ticket's requester is known.
 * Its role is decided when it is joined to its ticket (see `zendeskMessages`), which may be in another import.
 */
export interface ZendeskComment {
  /** Zendesk's comment id, when the shape gives one: the same comment read twice is kept once. */
  id?: string;
  authorId?: string;
  public: boolean;
  text: string;
  at: string;
}

/** Zendesk's author id for system comments (triggers, automations). */
const SYSTEM_AUTHOR = '-1';

/**
 * Reads one raw comment: `plain_body` (else `body`), `author_id`, `public`, `created_at` (else `fallbackAt`, the
 * audit's or event's time). Returns the reason it cannot be used (no text, attachment only; unreadable time).
 */
export function readZendeskComment(
  raw: Record<string, unknown>,
  redact: boolean,
  fallbackAt?: unknown,
): { comment: ZendeskComment; redactions: number; error?: undefined } | { error: string; field: string } {
  const body = raw['plain_body'] ?? raw['body'];
  const text = prepareText(typeof body === 'string' ? body : '', redact);
  if (text.error !== undefined) {
    return { error: 'has no text (attachment only?) and was left out', field: 'body' };
  }
  const rawAt = raw['created_at'] ?? fallbackAt;
  const at = normaliseTimestamp(String(rawAt ?? ''));
  if (at === null) {
    return { error: `cannot read timestamp ${JSON.stringify(rawAt ?? null)}`, field: 'created_at' };
  }
  const comment: ZendeskComment = { public: raw['public'] !== false, text: text.text, at };
  const id = idText(raw['id']);
  if (id !== undefined) {
    comment.id = id;
  }
  const author = idText(raw['author_id']);
  if (author !== undefined) {
    comment.authorId = author;
  }
  return { comment, redactions: text.redactions };
}

/** The identity of a comment for de-duplication: its id, else its time, author and text. */
export function zendeskCommentKey(comment: ZendeskComment): string {
  return comment.id !== undefined ? `id:${comment.id}` : JSON.stringify([comment.at, comment.authorId, comment.text]);
}

/**
 * A ticket's comments as messages, in time order (equal times keep their order), each comment once: the requester is
 * the customer, author -1 the system, anyone else the agent side; non-public comments are internal notes. At most
 * MAX_MESSAGES are kept.
 */
export function zendeskMessages(comments: readonly ZendeskComment[], requesterId: string): NativeMessage[] {
  const seen = new Set<string>();
  const unique = comments.filter((comment) => {
    const key = zendeskCommentKey(comment);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
  const ordered = unique
    .map((comment, index) => ({ comment, index }))
    .sort((a, b) => (a.comment.at < b.comment.at ? -1 : a.comment.at > b.comment.at ? 1 : a.index - b.index))
    .slice(0, MAX_MESSAGES);
  return ordered.map(({ comment }) => {
    const role =
      comment.authorId === SYSTEM_AUTHOR ? 'system' : comment.authorId === requesterId ? 'customer' : 'agent';
    const message: NativeMessage = { role, at: comment.at, text: comment.text };
    if (role === 'agent' && comment.authorId !== undefined) {
      message.agentId = comment.authorId;
    }
    if (!comment.public) {
      message.internal = true;
    }
    return message;
  });
}

export function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
