import { cellConversationsQuery, cellFocus, queryOfConversationsUrl } from './cell-conversations';

const URL = '/api/conversations?from=2025-03-01&to=2025-05-31&vendors=v1&channels=chat%2Cemail&languages=de';

describe('queryOfConversationsUrl', () => {
  it('reads the drill-down filters', () => {
    expect(queryOfConversationsUrl(URL)).toEqual({ from: '2025-03-01', to: '2025-05-31', vendors: 'v1', channels: 'chat,email', languages: 'de' });
  });

  it('is empty without a query string', () => {
    expect(queryOfConversationsUrl('/api/conversations')).toEqual({});
  });
});

describe('cellConversationsQuery', () => {
  it.each([
    ['overall', { sort: 'overall' }],
    ['courtesy', { sort: 'courtesy' }],
    ['csat', { sort: 'csat', csat: 'any' }],
    ['satisfied', { sort: 'csat', csat: 'unsatisfied' }],
    ['withinSla', { sort: '-firstResponse', signals: ['missed-sla'] }],
    ['languageMismatch', { sort: '-createdAt', signals: ['language-mismatch'] }],
  ] as const)('lists %s conversations in the order that explains it', (metric, expected) => {
    const query = cellConversationsQuery(URL, metric);
    expect(query).toMatchObject({ vendors: 'v1', languages: 'de', pageSize: 10, ...expected });
  });

  it('says what it lists', () => {
    expect(cellFocus('asksOtherAgent')).toBe('the customer asked for another agent');
  });
});
