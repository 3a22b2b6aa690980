import { creditedAgent } from './agent-credit';

describe('creditedAgent', () => {
  const replies = [
    { agentId: 'ana', at: '2026-03-02T10:02:00.000Z' },
    { agentId: 'ben', at: '2026-03-02T10:30:00.000Z' },
    { agentId: 'ana', at: '2026-03-02T11:00:00.000Z' },
  ];

  it.each([
    ['after the last reply', '2026-03-02T12:00:00.000Z', 'ana'],
    ['between two replies', '2026-03-02T10:45:00.000Z', 'ben'],
    ['exactly at a reply', '2026-03-02T10:30:00.000Z', 'ben'],
    ['before every reply (clock skew)', '2026-03-02T09:00:00.000Z', 'ana'],
  ])('credits the right agent when answered %s', (_case, answeredAt, expected) => {
    expect(creditedAgent(replies, answeredAt)).toBe(expected);
  });

  it('credits nobody when no agent replied', () => {
    expect(creditedAgent([], '2026-03-02T12:00:00.000Z')).toBeNull();
  });
});
