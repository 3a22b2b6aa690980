import { MAX_TEXT_WORK_CHARS } from '@rapport/contracts';

export interface PiiRedactions {
  email: number;
  phone: number;
  card: number;
}

export interface RedactedText {
  text: string;
  redactions: PiiRedactions;
}

/**
 * Local part in Latin script (accents allowed), so a Hebrew or Arabic prefix glued to an address is not swallowed; at
 * most 64 characters (RFC 5321), which also keeps a long run of letters without `@` linear instead of rescanned from
 * each letter.
 */
const EMAIL =
  /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}._%+-]{0,63}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** 13–19 digits, optionally grouped by single spaces or dashes; not glued to other digits or letters. */
const CARD = /(?<![\p{L}\p{N}])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu;
/** Digits with phone-like separators, optionally behind `+`, `00` or an area code in parentheses. */
const PHONE = /(?<![\p{L}\p{N}#/.,+-])(?:\+|\(\+?)?\d[\d ().-]{5,}\d(?![\p{L}\p{N}]|[.,]\d)/gu;
/** A date, optionally followed by the hour that a `:` cut off (`2024-03-01 10` from `2024-03-01 10:30`). */
const DATE_LIKE = /^(?:\d{4}[-/. ]\d{1,2}[-/. ]\d{1,2}|\d{1,2}[-/. ]\d{1,2}[-/. ](?:\d{4}|\d{2}))(?:[ T]\d{1,2})?$/;
const DOTTED_PHONE = /^\(?\d{3}\)?[.]\d{3}[.]\d{4}$/;
/** Words that make the next number an identifier, not a phone number. */
const IDENTIFIER_CONTEXT =
  /(?:\b(?:order|ticket|invoice|ref|reference|case|tracking|account|acct|booking|reservation|transaction|serial|customer|member|policy|id)\b(?:\s*(?:number|no|nr|n°|id))?|#)[\s.:#-]*$/iu;
/** Words that make a number a phone number even without separators. */
const PHONE_CONTEXT = /(?:phone|tel|mobile|cell|call|whatsapp|sms|text me|reach me|contact)[\s\p{L}:.-]{0,16}$/iu;
const CURRENCY_BEFORE = /[$€£¥₹]\s*$/u;

/**
 * Replaces e-mail addresses, phone numbers and payment card numbers with `[email]`, `[phone]` and `[card]`, so raw
 * values never reach storage. Tuned against false positives on support text: card numbers must pass the Luhn check;
 * phone numbers need a `+`/`00` prefix, an area code in parentheses or separated digit groups (or a word such as
 * "call" right before them) and are refused when they look like dates, IP addresses, versions, amounts or follow
 * an identifier word (`order`, `ticket`, `#`…).
 */
export function redactPii(text: string): RedactedText {
  const redactions: PiiRedactions = { email: 0, phone: 0, card: 0 };
  if (!hasDigitOrAt(text)) {
    return { text, redactions };
  }
  let out = text;
  if (out.indexOf('@') >= 0) {
    out = out.replace(EMAIL, () => {
      redactions.email++;
      return '[email]';
    });
  }
  out = out.replace(CARD, (match) => {
    if (!passesLuhn(match.replace(/[ -]/g, ''))) {
      return match;
    }
    redactions.card++;
    return '[card]';
  });
  out = out.replace(PHONE, (match, offset: number, whole: string) => {
    if (!looksLikePhone(match, whole.slice(Math.max(0, offset - 40), offset))) {
      return match;
    }
    redactions.phone++;
    return '[phone]';
  });
  return { text: out, redactions };
}

/** Bounded redaction: the text to store, its redactions, and how much of the original was read and left out. */
export interface BoundedRedaction extends RedactedText {
  /** Characters (UTF-16 units) of the original that redaction read: at most `MAX_TEXT_WORK_CHARS`. */
  readChars: number;
  /** Characters of the original beyond them, not stored (0 for a text within the limit). */
  omittedChars: number;
}

/** How far back from the limit a cut looks for white space, so that no address or number is cut in two. */
const CUT_LOOKBACK = 1024;

/**
 * PII redaction with bounded work: a text of at most `MAX_TEXT_WORK_CHARS` (the scorer's prefix) is redacted whole; of
 * a longer one only that prefix is read, redacted and stored, followed by a note saying how many characters were
 * left out, so a 4 MB message costs what a 64 Ki one does and no unread (unredacted) text is ever stored. The prefix
 * ends at the last white space within 1,024 characters before the limit (else at the limit, never inside a surrogate
 * pair), so an address or number is never half-redacted. The scorer reads the same prefix, so nothing it scores is
 * lost.
 */
export function redactPiiBounded(text: string): BoundedRedaction {
  if (text.length <= MAX_TEXT_WORK_CHARS) {
    return { ...redactPii(text), readChars: text.length, omittedChars: 0 };
  }
  const prefix = text.slice(0, prefixEnd(text));
  const redacted = redactPii(prefix);
  const omittedChars = text.length - prefix.length;
  return {
    text: `${redacted.text}\n\n[${omittedChars} more characters not stored: PII redaction reads the first ${MAX_TEXT_WORK_CHARS} characters of a message]`,
    redactions: redacted.redactions,
    readChars: prefix.length,
    omittedChars,
  };
}

function prefixEnd(text: string): number {
  for (let i = MAX_TEXT_WORK_CHARS; i > MAX_TEXT_WORK_CHARS - CUT_LOOKBACK; i--) {
    if (isWhiteSpace(text.charCodeAt(i))) {
      return i;
    }
  }
  const last = text.charCodeAt(MAX_TEXT_WORK_CHARS - 1);
  return last >= 0xd800 && last <= 0xdbff ? MAX_TEXT_WORK_CHARS - 1 : MAX_TEXT_WORK_CHARS;
}

function isWhiteSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
}

export function totalRedactions(r: PiiRedactions): number {
  return r.email + r.phone + r.card;
}

function hasDigitOrAt(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x40) {
      return true;
    }
  }
  return false;
}

function looksLikePhone(candidate: string, before: string): boolean {
  const trimmed = candidate.trim();
  const digits = trimmed.replace(/\D/g, '').length;
  if (trimmed.startsWith('+') || trimmed.startsWith('(+')) {
    return digits >= 8 && digits <= 15;
  }
  if (trimmed.startsWith('00') && digits >= 10 && digits <= 17) {
    return true;
  }
  if (digits < 9 || digits > 12 || DATE_LIKE.test(trimmed) || CURRENCY_BEFORE.test(before)) {
    return false;
  }
  const phoneContext = PHONE_CONTEXT.test(before);
  if (!phoneContext && IDENTIFIER_CONTEXT.test(before)) {
    return false;
  }
  if (trimmed.includes('.')) {
    return DOTTED_PHONE.test(trimmed);
  }
  const groups = trimmed.split(/[ ()-]+/).filter((g) => g.length > 0).length;
  return groups >= 2 || phoneContext;
}

/** Luhn checksum over 13–19 digits (ISO/IEC 7812 card numbers). */
export function passesLuhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) {
    return false;
  }
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 0x30;
    if (double) {
      d *= 2;
      if (d > 9) {
        d -= 9;
      }
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
