import type { AuthorRole, ConversationEvidenceDto, ConversationMessageDto } from '@rapport/contracts';
import { languageName } from '../stats/language-name';
import { formatDuration } from '../stats/stat-format';
import { type TextSegment, toHighlightSegments } from './highlight-segments';

/** Evidence numbered within its message, so marks in the text and the explanations below can refer to each other. */
export interface NumberedEvidence extends ConversationEvidenceDto {
  /** 1-based, in order of position in the message. */
  number: number;
  /** DOM id of the explanation, unique within the transcript. */
  id: string;
  /** What the rule looked at, as written in the message; empty when the offsets fall outside the text. */
  quote: string;
  tone: EvidenceTone;
}

/** Quality dimension a rule belongs to; each gets its own colour and underline style. */
export type EvidenceTone = 'courtesy' | 'comprehension' | 'responsiveness' | 'other';

export interface TranscriptMessageView {
  position: number;
  role: AuthorRole;
  author: string;
  at: string;
  /** Seconds since the first message of the conversation. */
  elapsedSeconds: number;
  language: string | null;
  internal: boolean;
  segments: TextSegment<NumberedEvidence>[];
  evidence: NumberedEvidence[];
}

const ROLE_NAMES: Record<AuthorRole, string> = { customer: 'Customer', agent: 'Agent', bot: 'Bot', system: 'System' };

/** The words a piece of evidence points at, unless they are outside the text or its explanation already quotes them. */
function quoteOf(text: string, evidence: ConversationEvidenceDto): string {
  const inside = evidence.start >= 0 && evidence.end <= text.length && evidence.start < evidence.end;
  const quote = inside ? text.slice(evidence.start, evidence.end) : '';
  return quote !== '' && !evidence.explanation.includes(quote) ? quote : '';
}

export function evidenceTone(rule: string): EvidenceTone {
  const area = rule.split('.')[0];
  return area === 'courtesy' || area === 'comprehension' || area === 'responsiveness' ? area : 'other';
}

function authorOf(message: ConversationMessageDto): string {
  const name = message.agent?.displayName ?? message.agent?.externalId;
  return name ? `${ROLE_NAMES[message.role]} · ${name}` : ROLE_NAMES[message.role];
}

/**
 * What a transcript shows: each message with its author, elapsed time, detected language and its text split into
 * highlight segments. Evidence is matched to messages by position; evidence naming no message is left out here
 * (the page lists every rule that fired separately).
 */
export function toTranscriptView(messages: readonly ConversationMessageDto[], evidence: readonly ConversationEvidenceDto[]): TranscriptMessageView[] {
  const times = messages.map((message) => Date.parse(message.at)).filter((time) => Number.isFinite(time));
  const first = times.length > 0 ? Math.min(...times) : 0;
  return messages.map((message) => {
    const own = evidence
      .filter((item) => item.messageIndex === message.position)
      .slice()
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const numbered = own.map(
      (item, index): NumberedEvidence => ({
        ...item,
        number: index + 1,
        id: `evidence-${message.position}-${index + 1}`,
        quote: quoteOf(message.text, item),
        tone: evidenceTone(item.rule),
      }),
    );
    const at = Date.parse(message.at);
    return {
      position: message.position,
      role: message.role,
      author: authorOf(message),
      at: message.at,
      elapsedSeconds: Number.isFinite(at) ? Math.max(0, Math.round((at - first) / 1000)) : 0,
      language: message.language,
      internal: message.internal,
      segments: toHighlightSegments(message.text, numbered),
      evidence: numbered,
    };
  });
}

/** Time since the conversation started: "+0 s", "+3 min 5 s", "+2 h 4 min". */
export function formatElapsed(seconds: number): string {
  return `+${formatDuration(Math.max(0, seconds))}`;
}

/** "German (de)"; the bare code when it names no language the runtime knows. */
export function languageLabel(code: string): string {
  const name = languageName(code);
  return name === code ? code : `${name} (${code})`;
}
