/**
 * Groups still open while a file streams (conversations of a message CSV, tweet threads), oldest activity first.
 * A group is closed when no row touched it in the last `windowRows` rows, or when more than `maxOpen` groups are
 * open; that bound is what keeps memory flat on files of any size.
 */
export class RecencyWindow<K, V extends { lastRow: number }> {
  private readonly open = new Map<K, V>();
  private newest: K | undefined;

  constructor(
    private readonly windowRows: number,
    private readonly maxOpen: number,
  ) {}

  get size(): number {
    return this.open.size;
  }

  get(key: K): V | undefined {
    return this.open.get(key);
  }

  /** Marks the group as touched by `row` (adds it when new) and moves it to the newest end. */
  touch(key: K, value: V, row: number): void {
    value.lastRow = row;
    if (this.newest === key) {
      return;
    }
    this.open.delete(key);
    this.open.set(key, value);
    this.newest = key;
  }

  delete(key: K): void {
    this.open.delete(key);
    if (this.newest === key) {
      this.newest = undefined;
    }
  }

  /** Removes and returns the groups that fell out of the window at `row`, oldest first. */
  closeStale(row: number): V[] {
    const closed: V[] = [];
    for (const [key, value] of this.open) {
      if (value.lastRow + this.windowRows > row && this.open.size <= this.maxOpen) {
        break;
      }
      this.delete(key);
      closed.push(value);
    }
    return closed;
  }

  /** Removes and returns every open group, oldest first (end of file). */
  closeAll(): V[] {
    const closed = [...this.open.values()];
    this.open.clear();
    this.newest = undefined;
    return closed;
  }
}
