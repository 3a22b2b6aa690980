import type { ConversationMessageDto, ReviewRevisionDto, RubricCriterion } from '@rapport/contracts';
import { conversationAgents, historyRows, ratingRows, toDecision } from './review-detail';

const criterion = (key: string, scale: RubricCriterion['scale'], critical = false): RubricCriterion => ({
  key,
  label: key.toUpperCase(),
  group: 'courtesy',
  weight: 1,
  scale,
  allowNa: true,
  critical,
  description: '',
});

describe('review detail', () => {
  it('shows each criterion’s rating in words: yes/no, N/A, not rated', () => {
    const rows = ratingRows({
      criteria: [criterion('a', 'yes-no', true), criterion('b', '1-5'), criterion('c', '1-3'), criterion('d', '0-100')],
      ratings: [
        { criterion: 'a', value: 0 },
        { criterion: 'b', value: 4 },
        { criterion: 'c', value: null },
      ],
    });
    expect(rows.map((row) => [row.label, row.rating, row.critical])).toEqual([
      ['A', 'no', true],
      ['B', '4', false],
      ['C', 'N/A', false],
      ['D', 'not rated', false],
    ]);
  });

  it('lists the history newest first, saying why each version was made', () => {
    const revision = (version: number, reason: ReviewRevisionDto['reason'], total: number | null): ReviewRevisionDto => ({
      version,
      reason,
      total,
      criticalFailed: false,
      ratings: [],
      at: '2026-03-02T10:15:30Z',
      by: null,
    });
    expect(historyRows([revision(1, 'submit', 62.5), revision(2, 'dispute', 75)]).map((row) => [row.version, row.what, row.total, row.at])).toEqual([
      [2, 'changed by an accepted dispute', '75.0', '2026-03-02 10:15'],
      [1, 'submitted', '62.5', '2026-03-02 10:15'],
    ]);
  });

  it('names each agent of the conversation once', () => {
    const message = (agent: ConversationMessageDto['agent']): ConversationMessageDto => ({ position: 0, role: agent ? 'agent' : 'customer', at: '', text: '', language: null, internal: false, agent });
    expect(
      conversationAgents([
        message(null),
        message({ id: 'a1', externalId: 'x1', displayName: 'Ana' }),
        message({ id: 'a2', externalId: 'x2', displayName: null }),
        message({ id: 'a1', externalId: 'x1', displayName: 'Ana' }),
      ]),
    ).toEqual([
      { id: 'a1', name: 'Ana' },
      { id: 'a2', name: 'x2' },
    ]);
  });

  it('sends adjusted ratings only when accepting', () => {
    expect(toDecision('accept', 'Fair point', { a: 4, b: 'na', c: '' })).toEqual({
      decision: 'accept',
      reply: 'Fair point',
      ratings: [
        { criterion: 'a', value: 4 },
        { criterion: 'b', value: null },
      ],
    });
    expect(toDecision('reject', 'The grade stands', { a: 4 })).toEqual({ decision: 'reject', reply: 'The grade stands' });
  });
});
