import { toHttpParams } from './query-params';

describe('toHttpParams', () => {
  it('sorts names, joins lists with commas and leaves out empty values', () => {
    const params = toHttpParams({ to: '2025-06', vendors: ['manila-desk', 'lisboa-contact'], from: '2025-01', languages: [], channels: undefined, queue: null, month: '', minSample: 30 });
    expect(params.toString()).toBe('from=2025-01&minSample=30&to=2025-06&vendors=manila-desk,lisboa-contact');
  });

  it('gives the same string for the same filters in any order', () => {
    expect(toHttpParams({ b: '1', a: ['x'] }).toString()).toBe(toHttpParams({ a: ['x'], b: '1' }).toString());
  });
});
