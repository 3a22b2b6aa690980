import type { AssignmentDto } from '@rapport/contracts';
import { myQueueView, SUBMITTED_SHOWN } from './my-queue';

const item = (id: number, reviewStatus: AssignmentDto['reviewStatus']): AssignmentDto => ({
  id: `a${id}`,
  queueId: 'q',
  queueName: 'Weekly sample',
  kind: 'sampling',
  conversationId: `c${id}`,
  vendor: { id: 'v', slug: 'v', name: 'V' },
  language: 'de',
  channel: 'chat',
  reason: 'v × de × chat',
  reviewerId: 'r',
  reviewStatus,
});

describe('myQueueView', () => {
  it('lists open and draft work in order, and only the latest submitted ones, newest first', () => {
    const items = [
      item(1, 'submitted'),
      item(2, null),
      item(3, 'draft'),
      ...Array.from({ length: 12 }, (_, i) => item(10 + i, 'submitted')),
    ];
    const view = myQueueView(items);
    expect(view.open.map((a) => a.id)).toEqual(['a2', 'a3']);
    expect(view.submittedCount).toBe(13);
    expect(view.submitted).toHaveLength(SUBMITTED_SHOWN);
    expect(view.submitted[0]?.id).toBe('a21');
    expect(view.submitted.at(-1)?.id).toBe('a12');
  });
});
