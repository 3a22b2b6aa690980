/** A stretch of message text a rule points at: `start`/`end` are UTF-16 offsets into the original text. */
export interface HighlightSpan {
  start: number;
  end: number;
}

/** A run of text covered by the same evidence (none for plain text), rendered as one text node or one mark. */
export interface TextSegment<E extends HighlightSpan> {
  text: string;
  start: number;
  end: number;
  /** Every piece of evidence covering this run, in the order given; empty for plain text. */
  evidence: readonly E[];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair (inside one emoji, say). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Where a span really lies in this text: clamped to the text, widened so it never cuts a character in half, or
 * null when nothing of it is left (negative, reversed, non-integer or wholly outside offsets).
 */
export function placeSpan(text: string, span: HighlightSpan): HighlightSpan | null {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) {
    return null;
  }
  let start = Math.max(0, span.start);
  let end = Math.min(text.length, span.end);
  if (start >= end) {
    return null;
  }
  if (splitsPair(text, start)) {
    start -= 1;
  }
  if (splitsPair(text, end)) {
    end += 1;
  }
  return { start, end };
}

/**
 * Splits a message into consecutive segments at every evidence boundary, so the page can render each segment
 * with interpolation (never HTML) and mark the ones evidence covers. Overlapping evidence yields segments that
 * list every piece covering them. The segments always join back to exactly `text`.
 */
export function toHighlightSegments<E extends HighlightSpan>(text: string, evidence: readonly E[]): TextSegment<E>[] {
  if (text.length === 0) {
    return [];
  }
  const placed = evidence.flatMap((item) => {
    const span = placeSpan(text, item);
    return span ? [{ item, span }] : [];
  });
  const cuts = new Set<number>([0, text.length]);
  for (const { span } of placed) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment<E>[] = [];
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const start = boundaries[index] as number;
    const end = boundaries[index + 1] as number;
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      evidence: placed.filter(({ span }) => span.start <= start && span.end >= end).map(({ item }) => item),
    });
  }
  return segments;
}
