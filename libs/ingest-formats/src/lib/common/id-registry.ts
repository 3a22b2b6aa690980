/**
 * Remembers which ids a file has already used, and on which line, in 12 bytes per id: a 64-bit fingerprint and the
 * line, in open-addressing typed arrays. A set of the id strings would cost 5–10 times more on a multi-gigabyte file.
 * Two distinct ids share a fingerprint with probability about n²/2⁶⁵ (below one in a million for 5 million ids).
 */
export class IdRegistry {
  private hashA: Uint32Array;
  private hashB: Uint32Array;
  private lines: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity * 2) {
      capacity *= 2;
    }
    this.hashA = new Uint32Array(capacity);
    this.hashB = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
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
    let slot = a & this.mask;
    for (;;) {
      const seen = this.lines[slot] ?? 0;
      if (seen === 0) {
        break;
      }
      if (this.hashA[slot] === a && this.hashB[slot] === b) {
        return seen;
      }
      slot = (slot + 1) & this.mask;
    }
    if (insertLine === 0) {
      return undefined;
    }
    this.hashA[slot] = a;
    this.hashB[slot] = b;
    this.lines[slot] = insertLine;
    this.count++;
    if (this.count * 2 > this.mask) {
      this.grow();
    }
    return undefined;
  }

  private grow(): void {
    const oldA = this.hashA;
    const oldB = this.hashB;
    const oldLines = this.lines;
    const capacity = oldA.length * 2;
    this.hashA = new Uint32Array(capacity);
    this.hashB = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < oldA.length; i++) {
      const line = oldLines[i] ?? 0;
      if (line === 0) {
        continue;
      }
      const a = oldA[i] ?? 0;
      let slot = a & this.mask;
      while ((this.lines[slot] ?? 0) !== 0) {
        slot = (slot + 1) & this.mask;
      }
      this.hashA[slot] = a;
      this.hashB[slot] = oldB[i] ?? 0;
      this.lines[slot] = line;
    }
  }
}
