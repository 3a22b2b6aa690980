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

export interface CommentSection {
  /** Null for the general comments. */
  position: number | null;
  label: string;
  excerpt: string;
  texts: string[];
}

/**
 * A submitted review's comments for reading: one section per commented message in the transcript's order (number,
 * author and the start of the message when the transcript is at hand, the number alone otherwise), then the general ones.
 */
export function commentSections(messages: readonly ConversationMessageDto[] | null, comments: readonly ReviewComment[]): CommentSection[] {
  const texts = (list: readonly ReviewComment[]) => list.map((comment) => comment.text);
  if (messages === null) {
    const positions = [...new Set(comments.flatMap((comment) => (comment.messagePosition === null ? [] : [comment.messagePosition])))];
    const anchored = positions
      .sort((a, b) => a - b)
      .map((position) => ({
        position,
        label: `Message ${position + 1}`,
        excerpt: '',
        texts: texts(comments.filter((comment) => comment.messagePosition === position)),
      }));
    const general = comments.filter((comment) => comment.messagePosition === null);
    return general.length > 0 ? [...anchored, { position: null, label: 'General', excerpt: '', texts: texts(general) }] : anchored;
  }
  const grouped = commentsByMessage(messages, comments);
  const anchored = grouped.messages
    .filter((entry) => entry.comments.length > 0)
    .map((entry) => ({ position: entry.position, label: entry.label, excerpt: entry.excerpt, texts: texts(entry.comments) }));
  return grouped.general.length > 0
    ? [...anchored, { position: null, label: 'General', excerpt: '', texts: texts(grouped.general) }]
    : anchored;
}

/** The texts of the comments anchored to each message the transcript has, by position, in the review's order. */
export function anchoredTexts(messages: readonly ConversationMessageDto[], comments: readonly ReviewComment[]): Map<number, string[]> {
  const known = new Set(messages.map((message) => message.position));
  const texts = new Map<number, string[]>();
  for (const comment of comments) {
    if (comment.messagePosition !== null && known.has(comment.messagePosition)) {
      texts.set(comment.messagePosition, [...(texts.get(comment.messagePosition) ?? []), comment.text]);
    }
  }
  return texts;
}
