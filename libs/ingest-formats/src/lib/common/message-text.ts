import { redactPiiBounded, totalRedactions } from '../pii/redact-pii';

export type PreparedText = { text: string; redactions: number; error?: undefined } | { error: string };

/**
 * Checks a message or comment text and applies PII redaction when asked; texts of only whitespace are refused. A text
 * beyond `MAX_TEXT_WORK_CHARS` to be redacted is stored as its redacted prefix with a note (see `redactPiiBounded`).
 */
export function prepareText(raw: string, redact: boolean): PreparedText {
  if (raw.trim().length === 0) {
    return { error: 'text is empty' };
  }
  if (!redact) {
    return { text: raw, redactions: 0 };
  }
  const redacted = redactPiiBounded(raw);
  return { text: redacted.text, redactions: totalRedactions(redacted.redactions) };
}

/** Optional free text (survey comment): undefined when blank, redacted when asked. */
export function prepareOptionalText(raw: string | undefined, redact: boolean): { text?: string; redactions: number } {
  if (raw === undefined || raw.trim().length === 0) {
    return { redactions: 0 };
  }
  const prepared = prepareText(raw, redact);
  return prepared.error === undefined ? { text: prepared.text, redactions: prepared.redactions } : { redactions: 0 };
}

/** The error for a message whose time is before the previous kept message of the same conversation. */
export function outOfOrder(at: string, previousAt: string, previousWhere: string): string {
  return `message time ${at} is earlier than the previous message of this conversation (${previousAt}, ${previousWhere}): messages must be in time order`;
}
