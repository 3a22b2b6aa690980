import { toConversationsLink } from './conversations-link';

describe('toConversationsLink', () => {
  it('turns the API drill-down URL into the Conversations page with the same filters', () => {
    expect(toConversationsLink('/api/conversations?from=2025-05-01&to=2025-05-31&vendors=v1&languages=de%2Cfr')).toEqual({
      path: '/conversations',
      queryParams: { from: '2025-05-01', to: '2025-05-31', vendors: 'v1', languages: 'de,fr' },
    });
  });

  it('adds or overrides parameters, e.g. a sort order for examples', () => {
    expect(toConversationsLink('/api/conversations?vendors=v1&sort=-createdAt', { sort: 'overall', rule: 'courtesy.curt-reply' }).queryParams).toEqual({
      vendors: 'v1',
      sort: 'overall',
      rule: 'courtesy.curt-reply',
    });
  });

  it('accepts a URL without parameters', () => {
    expect(toConversationsLink('/api/conversations')).toEqual({ path: '/conversations', queryParams: {} });
  });

  it('rejects anything but the conversation list', () => {
    expect(() => toConversationsLink('/api/vendors?x=1')).toThrow(RangeError);
  });
});
