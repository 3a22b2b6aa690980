import { IdRegistry } from '../../common/id-registry';
import type { IdSpill } from '../../common/id-runs';
import { RecencyWindow } from '../../common/recency-window';

/** A tweet row after validation. Rejected rows stay in their thread (so replies around them still link) but are not output. */
export interface Tweet {
  id: string;
  line: number;
  authorId: string;
  inbound: boolean;
  at: string;
  text: string;
  parentId: string | undefined;
  rejected: boolean;
  redactions: number;
}

export interface TweetThread {
  lastRow: number;
  tweets: Map<string, Tweet>;
  /** Ids that tweets of this thread refer to (as parent or reply) and that have not been read yet. */
  pending: Set<string>;
}

/**
 * Rebuilds reply threads from tweets that arrive in any order (the public dataset is ordered by tweet id, and a reply
 * often comes before the tweet it answers). Every tweet links itself to its parent and its replies; linked tweets form
 * one thread. A thread is complete as soon as every id it refers to has been read. One that still waits for missing
 * tweets (the dataset is a sample, references dangle) is closed when no row touched it within `windowRows` rows, or
 * when more than `maxOpen` threads are open. Only open threads are indexed, so memory stays bounded.
 */
export class TweetThreads {
  private readonly index = new Map<string, TweetThread>();
  private readonly window: RecencyWindow<TweetThread, TweetThread>;
  private readonly seen: IdRegistry;

  constructor(windowRows: number, maxOpen: number, idSpill?: IdSpill) {
    this.window = new RecencyWindow(windowRows, maxOpen);
    this.seen = new IdRegistry(idSpill);
  }

  /** The line where a tweet id was already read, to reject duplicates. */
  firstLineOf(id: string): number | undefined {
    return this.seen.lineOf(id);
  }

  /** Adds a tweet (ids must be new); returns the thread if that tweet completed it. */
  add(tweet: Tweet, references: readonly string[], row: number): TweetThread | undefined {
    this.seen.add(tweet.id, tweet.line);
    let thread = this.index.get(tweet.id);
    for (const ref of references) {
      const other = this.index.get(ref);
      if (other !== undefined && other !== thread) {
        thread = thread === undefined ? other : this.merge(thread, other);
      }
    }
    if (thread === undefined) {
      thread = { lastRow: row, tweets: new Map(), pending: new Set() };
    }
    thread.tweets.set(tweet.id, tweet);
    thread.pending.delete(tweet.id);
    this.index.set(tweet.id, thread);
    for (const ref of references) {
      if (ref === tweet.id || thread.tweets.has(ref) || thread.pending.has(ref) || this.seen.lineOf(ref) !== undefined) {
        continue; // already linked, or read earlier in a thread that is already closed
      }
      thread.pending.add(ref);
      this.index.set(ref, thread);
    }
    this.window.touch(thread, thread, row);
    if (thread.pending.size > 0) {
      return undefined;
    }
    this.forget(thread);
    return thread;
  }

  /** Threads that waited too long for missing tweets, oldest first. */
  closeStale(row: number): TweetThread[] {
    const closed = this.window.closeStale(row);
    closed.forEach((thread) => this.unindex(thread));
    return closed;
  }

  closeAll(): TweetThread[] {
    const closed = this.window.closeAll();
    closed.forEach((thread) => this.unindex(thread));
    return closed;
  }

  get openThreads(): number {
    return this.window.size;
  }

  private merge(a: TweetThread, b: TweetThread): TweetThread {
    const [big, small] = a.tweets.size + a.pending.size >= b.tweets.size + b.pending.size ? [a, b] : [b, a];
    for (const [id, tweet] of small.tweets) {
      big.tweets.set(id, tweet);
      big.pending.delete(id);
      this.index.set(id, big);
    }
    for (const id of small.pending) {
      if (!big.tweets.has(id)) {
        big.pending.add(id);
        this.index.set(id, big);
      }
    }
    this.window.delete(small);
    return big;
  }

  private forget(thread: TweetThread): void {
    this.window.delete(thread);
    this.unindex(thread);
  }

  private unindex(thread: TweetThread): void {
    for (const id of thread.tweets.keys()) {
      this.index.delete(id);
    }
    for (const id of thread.pending) {
      this.index.delete(id);
    }
  }
}
