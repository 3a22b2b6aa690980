import { ENTRY_WORDS, IdRuns, IdSpill } from './id-runs';

/** Tables an id's fingerprint chooses among; each grows on its own, so growing never holds two copies of them all. */
const SHARDS = 64;
/** A table grows (doubles) once this share of its slots is taken: 20–40 bytes per id, short linear probes. */
const MAX_LOAD = 0.6;

/** One open-addressing table: per slot the 64-bit fingerprint (two words) and the line, side by side. */
interface Shard {
  slots: Uint32Array;
  mask: number;
  count: number;
}

/**
 * Remembers which ids a file has already used, and on which line, in 12 bytes per slot: a 64-bit fingerprint and the
 * line, in open-addressing typed arrays. A set of the id strings would cost 5–10 times more on a multi-gigabyte file.
 * Two distinct ids share a fingerprint with probability about n²/2⁶⁵ (below one in a million for 5 million ids).
 * The slots are split among many small tables so that growing one copies a sliver, not the whole registry: on a
 * file of millions of ids, a single table would briefly hold its old and its doubled arrays, 50% more memory.
 * With a spill, at most `maxIdsInMemory` ids stay in memory: the rest go to sorted runs on the spill's store, so
 * memory stays bounded whatever the file's size (each new id then costs one block read per run).
 */
export class IdRegistry {
  private shards: Shard[];
  private inMemory = 0;
  private count = 0;
  private readonly runs: IdRuns | null;

  constructor(
    private readonly spill?: IdSpill,
    private readonly initialCapacity = 1024,
  ) {
    this.shards = emptyShards(initialCapacity);
    this.runs = spill ? new IdRuns(spill.store) : null;
  }

  get size(): number {
    return this.count;
  }

  /** Sorted runs written out to the spill's store so far. */
  get spilledRuns(): number {
    return this.runs?.count ?? 0;
  }

  /** Records `id` first seen at `line` (≥ 1). Returns the earlier line when the id was already recorded. */
  add(id: string, line: number): number | undefined {
    return this.find(id, Math.max(1, line));
  }

  /** The line where `id` was recorded, if it was. */
  lineOf(id: string): number | undefined {
    return this.find(id, 0);
  }

  /** Looks `id` up; when absent and `insertLine` > 0, inserts it. */
  private find(id: string, insertLine: number): number | undefined {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a >>>= 0;
    b = (b ^ id.length) >>> 0;
    // The shard comes from the second word, the slot from the first, so slots within a shard stay well spread.
    const shard = this.shards[b % SHARDS] as Shard;
    const slots = shard.slots;
    let slot = a & shard.mask;
    for (;;) {
      const seen = slots[slot * 3 + 2] ?? 0;
      if (seen === 0) {
        break;
      }
      if (slots[slot * 3] === a && slots[slot * 3 + 1] === b) {
        return seen;
      }
      slot = (slot + 1) & shard.mask;
    }
    const written = this.runs?.lineOf(a, b);
    if (written !== undefined || insertLine === 0) {
      return written;
    }
    slots[slot * 3] = a;
    slots[slot * 3 + 1] = b;
    slots[slot * 3 + 2] = insertLine;
    shard.count++;
    this.count++;
    this.inMemory++;
    if (shard.count > (shard.mask + 1) * MAX_LOAD) {
      grow(shard);
    }
    if (this.spill && this.inMemory >= this.spill.maxIdsInMemory) {
      this.writeOut();
    }
    return undefined;
  }

  /** Moves every id held in memory to a sorted run and starts again with small tables. */
  private writeOut(): void {
    const entries = new Uint32Array(this.inMemory * ENTRY_WORDS);
    let at = 0;
    for (const { slots } of this.shards) {
      for (let i = 0; i < slots.length; i += 3) {
        if ((slots[i + 2] ?? 0) !== 0) {
          entries.set(slots.subarray(i, i + 3), at);
          at += 3;
        }
      }
    }
    this.shards = emptyShards(this.initialCapacity);
    this.inMemory = 0;
    this.runs?.write(entries);
  }
}

function emptyShards(initialCapacity: number): Shard[] {
  let capacity = 16;
  while (capacity * SHARDS < initialCapacity * 2) {
    capacity *= 2;
  }
  return Array.from({ length: SHARDS }, () => ({ slots: new Uint32Array(capacity * 3), mask: capacity - 1, count: 0 }));
}

function grow(shard: Shard): void {
  const old = shard.slots;
  const capacity = (shard.mask + 1) * 2;
  const slots = new Uint32Array(capacity * 3);
  const mask = capacity - 1;
  for (let i = 0; i < old.length; i += 3) {
    const line = old[i + 2] ?? 0;
    if (line === 0) {
      continue;
    }
    const a = old[i] ?? 0;
    let slot = a & mask;
    while ((slots[slot * 3 + 2] ?? 0) !== 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot * 3] = a;
    slots[slot * 3 + 1] = old[i + 1] ?? 0;
    slots[slot * 3 + 2] = line;
  }
  shard.slots = slots;
  shard.mask = mask;
}
