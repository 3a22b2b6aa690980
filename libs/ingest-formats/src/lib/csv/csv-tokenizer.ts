/** One CSV record: its fields, or why it was rejected. `line` is the physical line where it starts. */
export type CsvRow = { line: number; fields: string[]; error?: undefined } | { line: number; error: string; fields?: undefined };

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const NEED_MORE = null;

/**
 * Streaming RFC 4180 tokenizer. Text is pushed in chunks of any size; `next()` returns complete records only,
 * re-reading an incomplete record from its start once more text arrives (cheap: one record at most).
 *
 * Recovery from malformed quoting: a bad record is reported at the line where it starts and parsing resumes at the
 * following physical line, so one stray quote costs one row, not the rest of the file. Records longer than
 * `maxRecordChars` (usually an unclosed quote swallowing the file) are reported and skipped the same way, which keeps
 * memory bounded. Blank lines are skipped. Line ends are `\n` or `\r\n`; `\r\n` inside quoted fields becomes `\n`.
 */
export class CsvTokenizer {
  /** Set after the header: records with another field count are rejected. */
  expectedFields: number | undefined;
  private buf = '';
  private pos = 0;
  private line = 1;
  private ended = false;
  private resync = false;
  private readonly delimiter: number;

  constructor(
    private readonly maxRecordChars: number,
    delimiter = ',',
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(text: string): void {
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
  }

  end(): void {
    this.ended = true;
  }

  next(): CsvRow | undefined {
    for (;;) {
      if (this.resync && !this.skipFirstLine()) {
        return undefined;
      }
      if (this.pos >= this.buf.length) {
        return undefined;
      }
      const c = this.buf.charCodeAt(this.pos);
      if (c === LF) {
        this.pos++;
        this.line++;
        continue;
      }
      if (c === CR && this.buf.charCodeAt(this.pos + 1) === LF) {
        this.pos += 2;
        this.line++;
        continue;
      }
      if (c === CR && this.pos + 1 >= this.buf.length && !this.ended) {
        return undefined;
      }
      const row = this.readRecord();
      if (row !== NEED_MORE) {
        return row;
      }
      if (this.buf.length - this.pos > this.maxRecordChars) {
        return this.fail(
          this.line,
          `row is longer than ${this.maxRecordChars} characters: probably a quoted field that is never closed`,
        );
      }
      return undefined;
    }
  }

  /** Moves past the first physical line of a rejected record; false when that line's end has not arrived yet. */
  private skipFirstLine(): boolean {
    const nl = this.buf.indexOf('\n', this.pos);
    if (nl < 0) {
      this.pos = this.buf.length;
      return false;
    }
    this.pos = nl + 1;
    this.line++;
    this.resync = false;
    return true;
  }

  private fail(line: number, reason: string): CsvRow {
    this.resync = true;
    return { line, error: reason };
  }

  private readRecord(): CsvRow | typeof NEED_MORE {
    const buf = this.buf;
    const len = buf.length;
    const delimiter = this.delimiter;
    const ended = this.ended;
    const line = this.line;
    const fields: string[] = [];
    let newlines = 0;
    let p = this.pos;
    for (;;) {
      if (p < len && buf.charCodeAt(p) === QUOTE) {
        let from = p + 1;
        let escaped: string | undefined;
        let value: string;
        for (;;) {
          const q = buf.indexOf('"', from);
          if (q < 0) {
            return ended ? this.fail(line, `quoted field ${fields.length + 1} is never closed`) : NEED_MORE;
          }
          if (q + 1 >= len && !ended) {
            return NEED_MORE;
          }
          if (buf.charCodeAt(q + 1) === QUOTE) {
            escaped = (escaped ?? '') + buf.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value = escaped === undefined ? buf.slice(from, q) : escaped + buf.slice(from, q);
          p = q + 1;
          break;
        }
        newlines += countNewlines(value);
        fields.push(value.indexOf('\r') >= 0 ? value.replace(/\r\n/g, '\n') : value);
        if (p >= len) {
          return this.finish(line, fields, p, newlines, false);
        }
        const c = buf.charCodeAt(p);
        if (c === delimiter) {
          p++;
          continue;
        }
        if (c === LF) {
          return this.finish(line, fields, p + 1, newlines, true);
        }
        if (c === CR) {
          if (p + 1 >= len && !ended) {
            return NEED_MORE;
          }
          if (buf.charCodeAt(p + 1) === LF) {
            return this.finish(line, fields, p + 2, newlines, true);
          }
        }
        return this.fail(line, `unexpected text after the closing quote of field ${fields.length}`);
      }
      let q = p;
      let c = 0;
      while (q < len) {
        c = buf.charCodeAt(q);
        if (c === delimiter || c === LF || c === QUOTE) {
          break;
        }
        q++;
      }
      if (q >= len) {
        if (!ended) {
          return NEED_MORE;
        }
        fields.push(buf.slice(p, q));
        return this.finish(line, fields, q, newlines, false);
      }
      if (c === QUOTE) {
        return this.fail(line, `quote inside unquoted field ${fields.length + 1}: quote the whole field and double the inner quotes`);
      }
      const end = c === LF && q > p && buf.charCodeAt(q - 1) === CR ? q - 1 : q;
      fields.push(buf.slice(p, end));
      if (c === delimiter) {
        p = q + 1;
        continue;
      }
      return this.finish(line, fields, q + 1, newlines, true);
    }
  }

  /** `innerNewlines`: line breaks inside quoted fields; `terminated`: the record ended with a line break, not the file end. */
  private finish(line: number, fields: string[], next: number, innerNewlines: number, terminated: boolean): CsvRow {
    const expected = this.expectedFields;
    if (expected !== undefined && fields.length !== expected && innerNewlines > 0) {
      // A multi-line record with the wrong shape is usually a stray quote that joined lines: re-read those lines.
      return this.fail(
        line,
        `row has ${fields.length} fields, expected ${expected} (an unclosed quote may have joined the following lines)`,
      );
    }
    this.pos = next;
    this.line += innerNewlines + (terminated ? 1 : 0);
    if (expected !== undefined && fields.length !== expected) {
      return { line, error: `row has ${fields.length} fields, expected ${expected}` };
    }
    return { line, fields };
  }
}

function countNewlines(text: string): number {
  let count = 0;
  let i = text.indexOf('\n');
  while (i >= 0) {
    count++;
    i = text.indexOf('\n', i + 1);
  }
  return count;
}
