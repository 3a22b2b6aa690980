import type { ConversationMessageDto } from '@rapport/contracts';
import {
  MAX_COMMENTS,
  addComment,
  commentSections,
  commentsByMessage,
  editComment,
  removeComment,
  toCommentDrafts,
  toComments,
} from './review-comments';

const message = (position: number, role: ConversationMessageDto['role'], text: string, agent?: string): ConversationMessageDto => ({
  position,
  role,
  at: `2026-03-03T10:0${position}:00.000Z`,
  text,
  language: 'en',
  internal: false,
  agent: agent ? { id: `id-${agent}`, externalId: agent, displayName: null } : null,
});

describe('review comments model', () => {
  it('adds, edits and removes comments on messages and general ones, and sends the non-empty ones trimmed', () => {
    let drafts = toCommentDrafts([{ messagePosition: 1, text: 'Saved before' }]);
    drafts = addComment(drafts, 0);
    drafts = addComment(drafts, null);
    drafts = addComment(drafts, 1);
    expect(drafts.map((draft) => [draft.key, draft.messagePosition])).toEqual([
      [0, 1],
      [1, 0],
      [2, null],
      [3, 1],
    ]);
    drafts = editComment(drafts, 1, '  Greets by name  ');
    drafts = editComment(drafts, 2, 'Overall fine');
    drafts = removeComment(drafts, 0);
    expect(toComments(drafts)).toEqual([
      { messagePosition: 0, text: 'Greets by name' },
      { messagePosition: null, text: 'Overall fine' },
    ]);
    // A key is never reused after a removal, so a box keeps its text while others come and go.
    expect(addComment(drafts, 2).at(-1)?.key).toBe(4);
  });

  it('stops at the API’s 50 comments and cuts a text at 2000 characters', () => {
    let drafts = toCommentDrafts([]);
    for (let index = 0; index < 55; index++) {
      drafts = addComment(drafts, null);
    }
    expect(drafts).toHaveLength(MAX_COMMENTS);
    expect(editComment(drafts, 0, 'x'.repeat(2500))[0]?.text).toHaveLength(2000);
  });

  it('groups comments under the message they anchor to, with its number and author, and keeps the general ones apart', () => {
    const messages = [
      message(0, 'customer', 'Where is   my parcel?'),
      message(1, 'agent', `It left the depot this morning; ${'tracking '.repeat(12)}`, 'ana'),
    ];
    const grouped = commentsByMessage(messages, [
      { messagePosition: 1, text: 'No tracking link' },
      { messagePosition: null, text: 'General' },
      { messagePosition: 0, text: 'Clear question' },
      { messagePosition: 1, text: 'Polite' },
      { messagePosition: 9, text: 'Message gone' },
    ]);
    expect(grouped.messages.map((entry) => [entry.label, entry.comments.map((comment) => comment.text)])).toEqual([
      ['Message 1 · Customer', ['Clear question']],
      ['Message 2 · Agent · ana', ['No tracking link', 'Polite']],
    ]);
    expect(grouped.messages[0]?.excerpt).toBe('Where is my parcel?');
    expect(grouped.messages[1]?.excerpt).toHaveLength(80);
    expect(grouped.messages[1]?.excerpt.endsWith('…')).toBe(true);
    expect(grouped.general.map((comment) => comment.text)).toEqual(['General', 'Message gone']);
  });
});

describe('comment sections of a submitted review', () => {
  const comments = [
    { messagePosition: 2, text: 'Late answer' },
    { messagePosition: null, text: 'Good overall' },
    { messagePosition: 0, text: 'Clear question' },
    { messagePosition: 2, text: 'No apology' },
  ];

  it('lists only commented messages in transcript order, then the general comments', () => {
    const messages = [message(0, 'customer', 'Hello?'), message(1, 'agent', 'Hi', 'ana'), message(2, 'agent', 'Sorry', 'ana')];
    expect(commentSections(messages, comments)).toEqual([
      { position: 0, label: 'Message 1 · Customer', excerpt: 'Hello?', texts: ['Clear question'] },
      { position: 2, label: 'Message 3 · Agent · ana', excerpt: 'Sorry', texts: ['Late answer', 'No apology'] },
      { position: null, label: 'General', excerpt: '', texts: ['Good overall'] },
    ]);
  });

  it('still names the message by number when the transcript could not be loaded', () => {
    expect(commentSections(null, comments).map((section) => [section.label, section.texts.length])).toEqual([
      ['Message 1', 1],
      ['Message 3', 2],
      ['General', 1],
    ]);
    expect(commentSections(null, [])).toEqual([]);
  });
});
