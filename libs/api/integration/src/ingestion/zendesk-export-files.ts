/** One Zendesk export split as the API pages it: tickets, one ticket's comments, satisfaction ratings. */
export const tickets = JSON.stringify({
  tickets: [201, 202].map((id) => ({
    id,
    via: { channel: 'email' },
    created_at: '2026-03-02T08:00:00Z',
    updated_at: '2026-03-02T08:30:00Z',
    subject: 'Refund',
    status: 'solved',
    requester_id: 501,
    assignee_id: 601,
    group_id: 360010,
  })),
  groups: [{ id: 360010, name: 'Manila Team' }],
  end_of_stream: true,
});
const comments = JSON.stringify({
  comments: [
    { id: 9001, author_id: 501, plain_body: 'Where is my refund?', public: true, created_at: '2026-03-02T08:00:00Z' },
    {
      id: 9002,
      author_id: 601,
      plain_body: 'Sorry for the wait! Your refund was sent today.',
      public: true,
      created_at: '2026-03-02T08:20:00Z',
    },
  ],
});
const ratings = JSON.stringify({
  satisfaction_ratings: [
    {
      id: 62,
      ticket_id: 201,
      assignee_id: 601,
      score: 'good',
      created_at: '2026-03-02T12:00:00Z',
      updated_at: '2026-03-02T12:00:00Z',
    },
    { id: 63, ticket_id: 202, assignee_id: 601, score: 'sideways', created_at: '2026-03-02T12:00:00Z' },
  ],
});
export const FILES = [
  { name: 'tickets.json', content: tickets },
  { name: 'tickets-201-comments.json', content: comments },
  { name: 'satisfaction-ratings.json', content: ratings },
];
export const FIELDS = { format: 'zendesk', options: JSON.stringify({ vendorByGroup: { 'Manila Team': 'acme' } }) };
export const REJECTED_RATING = [
  {
    line: 1,
    field: 'score',
    reason:
      'file satisfaction-ratings.json: satisfaction rating 2 (ticket 202): unknown score "sideways" (expected good, bad, offered or unoffered)',
  },
];
