import type { NativeConversation, NativeMessage } from '@rapport/contracts';
import { MAX_MESSAGES } from '../../common/limits';
import { prepareText } from '../../common/message-text';
import { readBoolean } from '../../common/vocabulary-values';
import { fieldPositions, resolveColumns, RowReader } from '../../csv/column-mapping';
import type { CsvRowSink } from '../../csv/read-csv';
import type { ParsedRecord } from '../../stream/parsed-record';
import { rowError } from '../../stream/parsed-record';
import { normaliseTimestamp } from '../../timestamps/normalise-timestamp';
import type { TwcsField } from './twcs-fields';
import { TWCS_FIELDS } from './twcs-fields';
import type { Tweet, TweetThread } from './tweet-threads';
import { TweetThreads } from './tweet-threads';
import type { IdSpill } from '../../common/id-runs';

export interface TwcsAssemblerOptions {
  source: string;
  vendorByBrand: Readonly<Record<string, string>>;
  stripLeadingMentions: boolean;
  redactPii: boolean;
  windowRows: number;
  maxOpenThreads: number;
  idSpill?: IdSpill;
}

type Records = ParsedRecord<NativeConversation>[];

const CLOSE_CHECK_EVERY = 1024;
const COL = fieldPositions(TWCS_FIELDS);
const LEADING_MENTIONS = /^(?:@\w+[\s,:]*)+/u;

/** Turns twcs rows into social conversations: one per reply thread, the brand account as the agent side. */
export class TwcsAssembler implements CsvRowSink<NativeConversation> {
  private reader: RowReader | undefined;
  private readonly threads: TweetThreads;
  private rows = 0;

  constructor(private readonly options: TwcsAssemblerOptions) {
    this.threads = new TweetThreads(options.windowRows, options.maxOpenThreads, options.idSpill);
  }

  header(fields: readonly string[]): string[] | undefined {
    const resolved = resolveColumns(fields, TWCS_FIELDS);
    if (resolved.problems !== undefined) {
      return resolved.problems;
    }
    this.reader = new RowReader(TWCS_FIELDS, resolved.columns, {});
    return undefined;
  }

  row(fields: readonly string[], line: number, out: Records): void {
    const reader = this.reader;
    if (reader === undefined) {
      return;
    }
    this.rows++;
    if (this.rows % CLOSE_CHECK_EVERY === 0 || this.threads.openThreads > this.options.maxOpenThreads) {
      this.threads.closeStale(this.rows).forEach((thread) => this.emit(thread, out));
    }
    const get = (position: number): string => reader.read(fields, position);
    const id = tweetId(get(COL.tweet_id));
    if (id === '') {
      out.push(rowError(line, 'tweet_id is empty', 'tweet_id'));
      return;
    }
    const first = this.threads.firstLineOf(id);
    if (first !== undefined) {
      out.push(rowError(line, `duplicate tweet_id ${JSON.stringify(id)} (first on line ${first})`, 'tweet_id'));
      return;
    }
    const parentId = tweetId(get(COL.in_response_to_tweet_id)) || undefined;
    const replies = get(COL.response_tweet_id).split(',').map(tweetId).filter((r) => r !== '');
    const tweet: Tweet = { id, line, authorId: '', inbound: true, at: '', text: '', parentId, rejected: false, redactions: 0 };
    const problem = this.fill(tweet, get);
    if (problem !== undefined) {
      // Keep the rejected tweet in its thread so the tweets around it still link up.
      tweet.rejected = true;
      out.push(rowError(line, problem.reason, problem.field));
    }
    const complete = this.threads.add(tweet, parentId === undefined ? replies : [parentId, ...replies], this.rows);
    if (complete !== undefined) {
      this.emit(complete, out);
    }
  }

  finish(out: Records): void {
    this.threads.closeAll().forEach((thread) => this.emit(thread, out));
  }

  private fill(tweet: Tweet, get: (position: number) => string): { field: TwcsField; reason: string } | undefined {
    tweet.authorId = get(COL.author_id).trim();
    if (tweet.authorId === '') {
      return { field: 'author_id', reason: 'author_id is empty' };
    }
    const inbound = readBoolean(get(COL.inbound));
    if (inbound === undefined || inbound === null) {
      return { field: 'inbound', reason: `inbound must be True or False, not ${JSON.stringify(get(COL.inbound))}` };
    }
    tweet.inbound = inbound;
    const at = normaliseTimestamp(get(COL.created_at));
    if (at === null) {
      return { field: 'created_at', reason: `cannot read timestamp ${JSON.stringify(get(COL.created_at))}` };
    }
    tweet.at = at;
    const raw = get(COL.text);
    const stripped = this.options.stripLeadingMentions ? raw.replace(LEADING_MENTIONS, '') : raw;
    const text = prepareText(stripped.trim() === '' ? raw : stripped, this.options.redactPii);
    if (text.error !== undefined) {
      return { field: 'text', reason: text.error };
    }
    tweet.text = text.text;
    tweet.redactions = text.redactions;
    return undefined;
  }

  private emit(thread: TweetThread, out: Records): void {
    const tweets = [...thread.tweets.values()].sort(byTimeThenLine);
    const kept: Tweet[] = [];
    for (const tweet of tweets) {
      if (tweet.rejected) {
        continue;
      }
      const parent = tweet.parentId === undefined ? undefined : thread.tweets.get(tweet.parentId);
      if (parent !== undefined && !parent.rejected && tweet.at < parent.at) {
        out.push(
          rowError(
            tweet.line,
            `tweet ${tweet.id} (${tweet.at}) is earlier than the tweet it replies to (${parent.id} on line ${parent.line}, ${parent.at}): messages out of order`,
            'created_at',
          ),
        );
        continue;
      }
      if (kept.length >= MAX_MESSAGES) {
        out.push(rowError(tweet.line, `thread already has ${MAX_MESSAGES} tweets, the most one conversation can hold`));
        continue;
      }
      kept.push(tweet);
    }
    const first = kept[0];
    if (first === undefined) {
      return;
    }
    const line = Math.min(...kept.map((t) => t.line));
    const brand = kept.find((t) => !t.inbound)?.authorId;
    if (brand === undefined) {
      out.push(
        rowError(
          line,
          `thread of tweet ${first.id} has no brand reply (no tweet with inbound=False), so its vendor is unknown`,
          'inbound',
        ),
      );
      return;
    }
    const mapped = Object.hasOwn(this.options.vendorByBrand, brand) ? this.options.vendorByBrand[brand] : undefined;
    const vendor = (mapped ?? brand).slice(0, 100);
    const root = kept.find((t) => t.parentId === undefined || !thread.tweets.has(t.parentId)) ?? first;
    const messages: NativeMessage[] = kept.map((t) => ({ role: t.inbound ? 'customer' : 'agent', at: t.at, text: t.text }));
    const openingMissing = openingNotInData(first, kept);
    // The customer is the author of the thread's customer tweets (twcs anonymises them as numbers).
    const customerId = kept.find((t) => t.inbound)?.authorId.slice(0, 200);
    out.push({
      kind: 'ok',
      line,
      value: {
        source: this.options.source,
        externalId: root.id,
        vendor,
        channel: 'social',
        createdAt: first.at,
        ...(openingMissing ? { openingMissing } : {}),
        ...(customerId ? { customerId } : {}),
        messages,
      },
      ...(this.options.redactPii ? { redactions: kept.reduce((sum, t) => sum + t.redactions, 0) } : {}),
    });
  }
}

/**
 * A thread opens in the data when its earliest kept tweet is a customer's tweet that replies to nothing. A brand
 * tweet first, or a customer tweet answering a tweet that is not in the thread (missing from the file, or rejected),
 * means the opening is elsewhere: there is no first response to measure.
 */
function openingNotInData(first: Tweet, kept: readonly Tweet[]): boolean {
  if (!first.inbound) {
    return true;
  }
  return first.parentId !== undefined && !kept.some((tweet) => tweet.id === first.parentId);
}

/** Tweet ids as written by spreadsheet tools may carry a float suffix (`123.0`). */
function tweetId(raw: string): string {
  const id = raw.trim();
  return id.endsWith('.0') ? id.slice(0, -2) : id;
}

function byTimeThenLine(a: Tweet, b: Tweet): number {
  if (a.at !== b.at) {
    return a.at < b.at ? -1 : 1;
  }
  return a.line - b.line;
}
