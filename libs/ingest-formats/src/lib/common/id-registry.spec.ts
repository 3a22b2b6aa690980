import { IdRegistry } from './id-registry';

describe('IdRegistry', () => {
  it('returns the first line of an id seen before', () => {
    const ids = new IdRegistry();
    expect(ids.add('c-1', 2)).toBeUndefined();
    expect(ids.add('c-2', 3)).toBeUndefined();
    expect(ids.add('c-1', 9)).toBe(2);
    expect(ids.lineOf('c-2')).toBe(3);
    expect(ids.lineOf('c-3')).toBeUndefined();
    expect(ids.size).toBe(2);
  });

  it('keeps every id while it grows', () => {
    const ids = new IdRegistry(4);
    for (let i = 0; i < 50_000; i++) {
      expect(ids.add(`ticket-${i}`, i + 1)).toBeUndefined();
    }
    expect(ids.size).toBe(50_000);
    expect([ids.lineOf('ticket-0'), ids.lineOf('ticket-31337'), ids.lineOf('ticket-49999'), ids.lineOf('ticket-50000')]).toEqual([
      1, 31338, 50000, undefined,
    ]);
  });
});
