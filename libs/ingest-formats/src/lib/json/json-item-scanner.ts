import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, isSpace, LF, OPEN_BRACE, OPEN_BRACKET, QUOTE } from './json-chars';

/** The raw text of one item of a JSON export, or why it could not be cut out. `item` is 1-based. */
export type JsonItem =
  | { line: number; item: number; raw: string; key?: string; error?: undefined; fatal?: undefined }
  | { line: number; item: number; error: string; fatal?: boolean; raw?: undefined };

const enum Container {
  /** Before the first value, or between top-level values of a JSON Lines / concatenated file. */
  Top,
  /** Inside the array whose elements are the items (top-level array or a wrapper key's array). */
  Items,
  /** After a top-level items array closed: anything left is ignored. */
  Done,
}

const enum Kind {
  /** An object or array: ends when its brackets balance. */
  Nested,
  /** A string item: ends at its closing quote. */
  Text,
  /** A number, literal or garbage: ends at a separator (items array) or line end (top level). */
  Bare,
  /** The rest of a wrapper object after its items array: scanned for structure, never emitted. */
  WrapperTail,
}

/** Cached search position not computed yet. */
const UNKNOWN = -2;

/**
 * Cuts a streamed JSON export into items without parsing the whole document, so a 1 GB array never sits in memory.
 * Accepted layouts: a top-level array of items; objects whose `wrapperKeys` key (e.g. `tickets`) holds the items
 * array, one or several pages in a row; or top-level item objects one after another (JSON Lines). Only structure is
 * tracked here (depth, strings, escapes); each item's text then goes to JSON.parse, so a malformed item costs that
 * item only. The scanning state survives chunk boundaries, so every character is read once.
 */
export class JsonItemScanner {
  private buf = '';
  private scan = 0;
  private line = 1;
  private ended = false;
  private container = Container.Top;
  private items = 0;
  private inItem = false;
  private kind = Kind.Nested;
  private itemStart = 0;
  private itemLine = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private oversized = false;
  // Wrapper detection: watching the keys of a top-level object.
  private probing = false;
  private expectKey = false;
  private keyStart = -1;
  private wrapperKeyMatched = false;
  /** The wrapper key last read, and the one whose array is being read (items carry it as `key`). */
  private matchedKey = '';
  private wrapperKey = '';
  private afterWrapperColon = false;
  private insideWrapper = false;
  // Next backslash and line break at or after the scan position (-1: none in the buffer), so strings are crossed
  // with indexOf and each character is searched once.
  private backslash = UNKNOWN;
  private newline = UNKNOWN;
  private started = false;

  constructor(
    private readonly wrapperKeys: readonly string[],
    private readonly maxItemChars: number,
  ) {}

  push(text: string): void {
    const keep = this.inItem && !this.oversized ? this.itemStart : this.scan;
    this.buf = keep < this.buf.length ? this.buf.slice(keep) + text : text;
    this.scan -= keep;
    this.itemStart -= keep;
    if (this.keyStart >= 0) {
      this.keyStart -= keep;
    }
    this.backslash = UNKNOWN;
    this.newline = UNKNOWN;
  }

  end(): void {
    this.ended = true;
  }

  next(): JsonItem | undefined {
    const buf = this.buf;
    const len = buf.length;
    let p = this.scan;
    while (p < len) {
      const c = buf.charCodeAt(p);
      if (this.inItem && this.kind === Kind.Bare && !this.inString) {
        const ends = this.container === Container.Items ? isSpace(c) || c === COMMA || c === CLOSE_BRACKET : c === LF;
        if (ends) {
          // The separator is not part of the item: it is read again (and its line counted) after the item.
          return this.completeItem(p);
        }
        p++;
        continue;
      }
      if (!this.inItem) {
        if (c === LF) {
          this.line++;
        }
        const result = this.between(c, p);
        if (result !== undefined) {
          return result;
        }
        p++;
        continue;
      }
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          if (c === LF) {
            this.line++;
          }
          p++;
          continue;
        }
        // Jump to the next quote or backslash instead of walking the string character by character.
        const quote = buf.indexOf('"', p);
        if (this.backslash === UNKNOWN || (this.backslash !== -1 && this.backslash < p)) {
          this.backslash = buf.indexOf('\\', p);
        }
        const stop = quote === -1 ? len : quote;
        if (this.backslash !== -1 && this.backslash < stop) {
          this.countLines(buf, p, this.backslash);
          this.escaped = true;
          p = this.backslash + 1;
          continue;
        }
        this.countLines(buf, p, stop);
        if (quote === -1) {
          p = len;
          break;
        }
        this.inString = false;
        if (this.kind === Kind.Text) {
          return this.completeItem(quote + 1);
        }
        if (this.keyStart >= 0) {
          this.matchedKey = buf.slice(this.keyStart + 1, quote);
          this.wrapperKeyMatched = this.wrapperKeys.includes(this.matchedKey);
          this.keyStart = -1;
        }
        p = quote + 1;
        continue;
      }
      if (c === LF) {
        this.line++;
      }
      if (this.afterWrapperColon && !isSpace(c)) {
        this.afterWrapperColon = false;
        if (c === OPEN_BRACKET) {
          // `{"tickets": [` : this object is a wrapper, not an item; its array elements are the items. Several keys of
          // one wrapper may hold arrays (a page's `tickets`, then sideloaded `groups` and `brands`).
          if (this.kind !== Kind.WrapperTail) {
            this.items--;
          }
          this.inItem = false;
          this.insideWrapper = true;
          this.wrapperKey = this.matchedKey;
          this.container = Container.Items;
          p++;
          continue;
        }
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.probing && this.depth === 1 && this.expectKey) {
          this.keyStart = p;
          this.expectKey = false;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth === 0) {
          if (this.kind !== Kind.WrapperTail) {
            return this.completeItem(p + 1);
          }
          this.inItem = false;
        }
      } else if (this.probing && this.depth === 1) {
        if (c === COMMA) {
          this.expectKey = true;
        } else if (c === COLON) {
          this.afterWrapperColon = this.wrapperKeyMatched;
          this.wrapperKeyMatched = false;
        }
      }
      p++;
    }
    this.scan = p;
    if (this.inItem && !this.oversized && len - this.itemStart > this.maxItemChars) {
      this.oversized = true;
    }
    return this.ended ? this.finishAtEnd() : undefined;
  }

  /** Counts line breaks inside a string, buf[from, to): JSON forbids raw ones, but broken files have them. */
  private countLines(buf: string, from: number, to: number): void {
    if (this.newline === UNKNOWN || (this.newline !== -1 && this.newline < from)) {
      this.newline = buf.indexOf('\n', from);
    }
    while (this.newline !== -1 && this.newline < to) {
      this.line++;
      this.newline = buf.indexOf('\n', this.newline + 1);
    }
  }

  /** Handles a character outside any item; returns a fatal error when the file does not start like JSON. */
  private between(c: number, p: number): JsonItem | undefined {
    if (isSpace(c) || this.container === Container.Done) {
      return undefined;
    }
    if (this.container === Container.Items) {
      if (c === COMMA) {
        return undefined;
      }
      if (c === CLOSE_BRACKET) {
        if (this.insideWrapper) {
          // The items array closed; the wrapper object's other keys and closing brace are skipped.
          this.insideWrapper = false;
          this.container = Container.Top;
          this.startItem(p, Kind.WrapperTail);
        } else {
          this.container = Container.Done;
        }
        return undefined;
      }
      this.startItem(p, kindOf(c));
      return undefined;
    }
    if (!this.started) {
      this.started = true;
      if (c === OPEN_BRACKET) {
        this.container = Container.Items;
        return undefined;
      }
      if (c !== OPEN_BRACE) {
        this.scan = this.buf.length;
        this.container = Container.Done;
        return {
          line: this.line,
          item: 1,
          error: `expected a JSON array or object, found ${JSON.stringify(String.fromCharCode(c))}`,
          fatal: true,
        };
      }
    }
    this.startItem(p, c === OPEN_BRACE ? Kind.Nested : Kind.Bare);
    return undefined;
  }

  private startItem(p: number, kind: Kind): void {
    this.inItem = true;
    this.kind = kind;
    this.itemStart = p;
    this.itemLine = this.line;
    this.oversized = false;
    this.inString = kind === Kind.Text;
    this.escaped = false;
    this.depth = kind === Kind.Nested || kind === Kind.WrapperTail ? 1 : 0;
    this.probing = this.container === Container.Top && (kind === Kind.Nested || kind === Kind.WrapperTail);
    // In a wrapper's tail the next key comes after a comma.
    this.expectKey = this.probing && kind !== Kind.WrapperTail;
    this.keyStart = -1;
    this.wrapperKeyMatched = false;
    this.afterWrapperColon = false;
    if (kind !== Kind.WrapperTail) {
      this.items++;
    }
  }

  private completeItem(end: number): JsonItem {
    this.inItem = false;
    this.scan = end;
    const base = { line: this.itemLine, item: this.items };
    if (this.oversized) {
      return { ...base, error: `item is larger than ${this.maxItemChars} characters` };
    }
    const raw = this.buf.slice(this.itemStart, end);
    return this.insideWrapper ? { ...base, raw, key: this.wrapperKey } : { ...base, raw };
  }

  private finishAtEnd(): JsonItem | undefined {
    if (this.inItem) {
      this.inItem = false;
      if (this.kind === Kind.Bare) {
        return this.completeItem(this.buf.length);
      }
      if (this.kind === Kind.WrapperTail) {
        return undefined;
      }
      this.container = Container.Done;
      return { line: this.itemLine, item: this.items, error: 'the file ends inside this item (unclosed brackets or string)' };
    }
    if (this.container === Container.Items) {
      this.container = Container.Done;
      return { line: this.line, item: this.items + 1, error: 'the file ends before the closing ] of the array' };
    }
    return undefined;
  }
}

function kindOf(c: number): Kind {
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    return Kind.Nested;
  }
  return c === QUOTE ? Kind.Text : Kind.Bare;
}
