/**
 * Where an IdRegistry keeps the ids it moves out of memory: runs of 32-bit words, written once and read back a block
 * at a time. The parsers stay free of any file system; whoever runs an import supplies the store (a temporary file).
 */
export interface IdRunStore {
  /** Appends a run; returns the word offset it starts at, for reads. */
  append(words: Uint32Array): number;
  /** Fills `into` with the words starting at word offset `at`. */
  read(at: number, into: Uint32Array): void;
}

/** Lets a registry hold a bounded number of ids in memory, the rest in sorted runs on a store. */
export interface IdSpill {
  store: IdRunStore;
  /** Ids kept in memory; when there are this many, they are written out as one sorted run. */
  maxIdsInMemory: number;
}

/** An entry is an id's 64-bit fingerprint (two words) and its first line. */
export const ENTRY_WORDS = 3;
/** Entries per block: one read of 3 KB finds an id in a run, from one key per block kept in memory. */
const BLOCK_ENTRIES = 256;

function compareKeys(a1: number, b1: number, a2: number, b2: number): number {
  if (a1 !== a2) {
    return a1 < a2 ? -1 : 1;
  }
  return b1 === b2 ? 0 : b1 < b2 ? -1 : 1;
}

/** One run on the store, sorted by fingerprint, with the first fingerprint of every block in memory. */
class SortedRun {
  constructor(
    private readonly store: IdRunStore,
    private readonly at: number,
    private readonly entries: number,
    private readonly blockKeys: Uint32Array,
  ) {}

  lineOf(a: number, b: number, buffer: Uint32Array): number | undefined {
    // The last block whose first key is not above the id's: the only block that can hold it.
    let low = 0;
    let high = this.blockKeys.length / 2 - 1;
    let block = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(this.blockKeys[middle * 2] ?? 0, this.blockKeys[middle * 2 + 1] ?? 0, a, b) <= 0) {
        block = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (block < 0) {
      return undefined;
    }
    const count = Math.min(BLOCK_ENTRIES, this.entries - block * BLOCK_ENTRIES);
    const words = buffer.subarray(0, count * ENTRY_WORDS);
    this.store.read(this.at + block * BLOCK_ENTRIES * ENTRY_WORDS, words);
    low = 0;
    high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compareKeys(words[middle * ENTRY_WORDS] ?? 0, words[middle * ENTRY_WORDS + 1] ?? 0, a, b);
      if (order === 0) {
        return words[middle * ENTRY_WORDS + 2];
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return undefined;
  }
}

/** The ids a registry has written out: each lookup reads one block of every run. */
export class IdRuns {
  private readonly runs: SortedRun[] = [];
  private readonly buffer = new Uint32Array(BLOCK_ENTRIES * ENTRY_WORDS);

  constructor(private readonly store: IdRunStore) {}

  get count(): number {
    return this.runs.length;
  }

  /** Writes `entries` (fingerprint and line triples, in any order) out as one sorted run. */
  write(entries: Uint32Array): void {
    const total = entries.length / ENTRY_WORDS;
    const order = new Uint32Array(total).map((_, index) => index);
    order.sort((x, y) => compareKeys(entries[x * ENTRY_WORDS] ?? 0, entries[x * ENTRY_WORDS + 1] ?? 0, entries[y * ENTRY_WORDS] ?? 0, entries[y * ENTRY_WORDS + 1] ?? 0));
    const sorted = new Uint32Array(entries.length);
    const blockKeys = new Uint32Array(Math.ceil(total / BLOCK_ENTRIES) * 2);
    order.forEach((from, to) => {
      sorted.set(entries.subarray(from * ENTRY_WORDS, from * ENTRY_WORDS + ENTRY_WORDS), to * ENTRY_WORDS);
      if (to % BLOCK_ENTRIES === 0) {
        blockKeys[(to / BLOCK_ENTRIES) * 2] = entries[from * ENTRY_WORDS] ?? 0;
        blockKeys[(to / BLOCK_ENTRIES) * 2 + 1] = entries[from * ENTRY_WORDS + 1] ?? 0;
      }
    });
    this.runs.push(new SortedRun(this.store, this.store.append(sorted), total, blockKeys));
  }

  lineOf(a: number, b: number): number | undefined {
    for (const run of this.runs) {
      const line = run.lineOf(a, b, this.buffer);
      if (line !== undefined) {
        return line;
      }
    }
    return undefined;
  }
}
