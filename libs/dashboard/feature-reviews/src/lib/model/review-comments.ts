import type { ConversationMessageDto, ReviewComment } from '@rapport/contracts';
import { toTranscriptView } from '@rapport/dashboard-ui';

/** The API's limits on a draft's comments (`reviewCommentSchema` / `reviewDraftSchema`). */
export const MAX_COMMENTS = 50;
export const MAX_COMMENT_LENGTH = 2000;

/** A comment being written: `key` tells comments apart while they are edited (positions repeat, texts change). */
export interface CommentDraft {
  key: number;
  messagePosition: number | null;
  text: string;
}

/** The draft's comments as the form edits them, keyed in their order. */
export function toCommentDrafts(comments: readonly ReviewComment[]): CommentDraft[] {
  return comments.map((comment, key) => ({ key, messagePosition: comment.messagePosition, text: comment.text }));
}

/** Adds an empty comment on a message (or a general one, position null); nothing once the API's limit is reached. */
export function addComment(drafts: readonly CommentDraft[], messagePosition: number | null): CommentDraft[] {
  if (drafts.length >= MAX_COMMENTS) {
    return [...drafts];
  }
  const key = drafts.reduce((max, draft) => Math.max(max, draft.key + 1), 0);
  return [...drafts, { key, messagePosition, text: '' }];
}

export function editComment(drafts: readonly CommentDraft[], key: number, text: string): CommentDraft[] {
  return drafts.map((draft) => (draft.key === key ? { ...draft, text: text.slice(0, MAX_COMMENT_LENGTH) } : draft));
}

export function removeComment(drafts: readonly CommentDraft[], key: number): CommentDraft[] {
  return drafts.filter((draft) => draft.key !== key);
}

/** The comments to send: trimmed, empty boxes left out (the API refuses empty text). */
export function toComments(drafts: readonly CommentDraft[]): ReviewComment[] {
  return drafts.flatMap((draft): ReviewComment[] => {
    const text = draft.text.trim();
    return text ? [{ messagePosition: draft.messagePosition, text }] : [];
  });
}

export interface MessageComments<T> {
  position: number;
  /** "Message 3 · Agent · Ana": the position counted from 1, as people read it. */
  label: string;
  excerpt: string;
  comments: T[];
}

const EXCERPT = 80;
const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
};

/**
 * Comments beside the message they anchor to, in the transcript's order, and the general ones (position null).
 * A comment naming a position the transcript does not have is kept among the general ones rather than lost.
 */
export function commentsByMessage<T extends { messagePosition: number | null }>(
  messages: readonly ConversationMessageDto[],
  comments: readonly T[],
): { messages: Array<MessageComments<T>>; general: T[] } {
  const views = toTranscriptView(messages, []);
  const known = new Set(views.map((view) => view.position));
  return {
    messages: views.map((view, index) => ({
      position: view.position,
      label: `Message ${view.position + 1} · ${view.author}`,
      excerpt: excerpt(messages[index]?.text ?? ''),
      comments: comments.filter((comment) => comment.messagePosition === view.position),
    })),
    general: comments.filter((comment) => comment.messagePosition === null || !known.has(comment.messagePosition)),
  };
}
