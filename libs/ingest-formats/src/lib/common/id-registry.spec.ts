import { IdRegistry } from './id-registry';
import type { IdRunStore } from './id-runs';

/** A store in memory, as the import's temporary file would be, that counts its block reads. */
class WordStore implements IdRunStore {
  words = new Uint32Array(0);
  reads = 0;

  append(run: Uint32Array): number {
    const at = this.words.length;
    const grown = new Uint32Array(at + run.length);
    grown.set(this.words);
    grown.set(run, at);
    this.words = grown;
    return at;
  }

  read(at: number, into: Uint32Array): void {
    this.reads++;
    into.set(this.words.subarray(at, at + into.length));
  }
}


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
    const ids = new IdRegistry(undefined, 4);
    for (let i = 0; i < 50_000; i++) {
      expect(ids.add(`ticket-${i}`, i + 1)).toBeUndefined();
    }
    expect(ids.size).toBe(50_000);
    expect([ids.lineOf('ticket-0'), ids.lineOf('ticket-31337'), ids.lineOf('ticket-49999'), ids.lineOf('ticket-50000')]).toEqual([
      1, 31338, 50000, undefined,
    ]);
  });

  it('keeps at most the given number of ids in memory and still finds every earlier one, with its first line', () => {
    const store = new WordStore();
    const ids = new IdRegistry({ store, maxIdsInMemory: 1000 });
    for (let i = 0; i < 10_500; i++) {
      expect(ids.add(`conv-${i}`, i + 2)).toBeUndefined();
    }
    expect(ids.spilledRuns).toBe(10);
    expect(store.words.length).toBe(10_000 * 3);
    expect(ids.size).toBe(10_500);
    // Seen again: in the first run, a middle one, the last one, and among the 500 still in memory.
    expect([0, 4321, 9999, 10_499].map((i) => ids.add(`conv-${i}`, 20_000 + i))).toEqual([2, 4323, 10_001, 10_501]);
    expect(ids.lineOf('conv-10500')).toBeUndefined();
    expect(ids.size).toBe(10_500);
    // A new id is looked up in one block of each run.
    const before = store.reads;
    expect(ids.add('conv-new', 30_000)).toBeUndefined();
    expect(store.reads - before).toBe(10);
  });
});
