import { conversationsLink } from './drill-down';
import { Selection } from './selection';

const selection: Selection = {
  from: '2024-05-01',
  to: '2024-05-31',
  vendorIds: ['v1', 'v2'],
  channels: ['chat', 'email'],
  languages: [],
  queues: ['billing'],
  sites: [],
};

describe('conversationsLink', () => {
  it('carries the selection in the aggregates’ query syntax', () => {
    expect(conversationsLink(selection)).toBe('/api/conversations?from=2024-05-01&to=2024-05-31&vendors=v1%2Cv2&channels=chat%2Cemail&queues=billing');
  });

  it('narrows to one cell', () => {
    const link = new URL(conversationsLink(selection, { vendorId: 'v2', language: 'de', hourOfWeek: 130, agent: 'a7' }), 'http://x');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      from: '2024-05-01',
      to: '2024-05-31',
      vendors: 'v2',
      channels: 'chat,email',
      languages: 'de',
      queues: 'billing',
      hourOfWeek: '130',
      agent: 'a7',
    });
  });

  it('leaves the vendors out when the selection covers every vendor', () => {
    expect(conversationsLink({ ...selection, vendorIds: null, channels: [], queues: [] })).toBe('/api/conversations?from=2024-05-01&to=2024-05-31');
  });
});
