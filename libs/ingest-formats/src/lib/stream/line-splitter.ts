/** One physical line without its terminator (`\n` or `\r\n`). */
export interface TextLine {
  line: number;
  text: string;
}

/**
 * Splits streamed text into lines. A line longer than `maxLineChars` is reported as too long and skipped up to its
 * end, so a file without newlines cannot grow memory without bound.
 */
export class LineSplitter {
  private buf = '';
  private pos = 0;
  private line = 1;
  private skipping = false;
  private ended = false;

  constructor(private readonly maxLineChars: number) {}

  push(text: string): void {
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
  }

  end(): void {
    this.ended = true;
  }

  /** The next complete line, `{line, tooLong: true}` for an oversized one, or undefined when more text is needed. */
  next(): (TextLine & { tooLong?: false }) | { line: number; tooLong: true } | undefined {
    for (;;) {
      const nl = this.buf.indexOf('\n', this.pos);
      if (this.skipping) {
        if (nl < 0) {
          this.pos = this.buf.length;
          return undefined;
        }
        this.skipping = false;
        this.pos = nl + 1;
        this.line++;
        continue;
      }
      if (nl < 0) {
        if (this.buf.length - this.pos > this.maxLineChars) {
          this.skipping = !this.ended;
          const line = this.line;
          this.pos = this.buf.length;
          return { line, tooLong: true };
        }
        if (!this.ended || this.pos >= this.buf.length) {
          return undefined;
        }
        return this.take(this.buf.length, this.buf.length);
      }
      if (nl - this.pos > this.maxLineChars) {
        const line = this.line;
        this.pos = nl + 1;
        this.line++;
        return { line, tooLong: true };
      }
      return this.take(nl, nl + 1);
    }
  }

  private take(end: number, next: number): TextLine {
    const stop = end > this.pos && this.buf.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const result = { line: this.line, text: this.buf.slice(this.pos, stop) };
    this.pos = next;
    this.line++;
    return result;
  }
}
