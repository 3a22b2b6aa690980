/**
 * Longest text the scorer reads of one message, in UTF-16 units (64 Ki, about 10,000 words, far beyond any support
 * message). A longer message is scored on this prefix and its evidence says so (rule `text.scored-prefix`), so the
 * cost of one message stays bounded whatever it holds; messages themselves may be up to 4 MB. The same limit bounds
 * PII redaction (`MAX_TEXT_WORK_CHARS`, contracts).
 */
// Written out, not imported: this was the scorer's only value import from the contracts library, and loading that
// library cost a tenth of the scorer's start-up; long-text.spec.ts checks that both limits stay equal.
export const MAX_SCORED_CHARS = 65_536;

/** The part of a text the scorer reads: all of it, or its first MAX_SCORED_CHARS units without splitting a pair. */
export function scoredPrefix(text: string): string {
  if (text.length <= MAX_SCORED_CHARS) {
    return text;
  }
  const last = text.charCodeAt(MAX_SCORED_CHARS - 1);
  const isHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, isHighSurrogate ? MAX_SCORED_CHARS - 1 : MAX_SCORED_CHARS);
}
