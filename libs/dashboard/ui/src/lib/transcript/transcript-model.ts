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
  /** Which way this item moved a score: its points when the scorer gave them, else the rule's direction. */
  direction: EvidenceDirection;
  /** The rule's plain name; the explanation the scorer wrote when the rule is not in the catalogue. */
  name: string;
  /** What the explanation adds to the name ("11m 35s (target 1m)"); empty when it only repeats it. */
  detail: string;
  /** "Raised the score by 2.4 points", "Lowered the score", "Context: moves no score". */
  effectText: string;
}

export type EvidenceDirection = 'raised' | 'lowered' | 'neutral';

/** What the dashboard knows of a rule from the scorer's catalogue. */
export interface RuleNaming {
  name: string;
  effect: 'raises' | 'lowers' | 'either' | 'context';
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

/**
 * The scorer's explanations often open with the rule's name ("Dismissive phrase: “No es nuestro problema”"): shown
 * after the name, only what follows it, so the name is not read twice.
 */
export function explanationDetail(name: string, explanation: string): string {
  const text = explanation.trim();
  if (text.toLowerCase() === name.trim().toLowerCase()) {
    return '';
  }
  if (text.toLowerCase().startsWith(name.trim().toLowerCase())) {
    const rest = text.slice(name.trim().length).replace(/^[\s:—–-]+/, '');
    return rest;
  }
  return text;
}

export function evidenceTone(rule: string): EvidenceTone {
  const area = rule.split('.')[0];
  return area === 'courtesy' || area === 'comprehension' || area === 'responsiveness' ? area : 'other';
}

/** Points first (they say what really happened in this message), the rule's fixed direction otherwise. */
export function evidenceDirection(points: number | undefined, effect: RuleNaming['effect'] | undefined): EvidenceDirection {
  if (points !== undefined) {
    return points > 0 ? 'raised' : points < 0 ? 'lowered' : 'neutral';
  }
  return effect === 'raises' ? 'raised' : effect === 'lowers' ? 'lowered' : 'neutral';
}

function formatPoints(points: number): string {
  return Math.abs(points).toFixed(1).replace(/\.0$/, '');
}

export function evidenceEffectText(direction: EvidenceDirection, points: number | undefined): string {
  const by = points !== undefined && points !== 0 ? ` by ${formatPoints(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}` : '';
  switch (direction) {
    case 'raised':
      return `Raised the score${by}`;
    case 'lowered':
      return `Lowered the score${by}`;
    case 'neutral':
      return points === 0 ? 'Moved the score by less than 0.1 points' : 'Context: moves no score by itself';
  }
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
export function toTranscriptView(
  messages: readonly ConversationMessageDto[],
  evidence: readonly ConversationEvidenceDto[],
  rules: ReadonlyMap<string, RuleNaming> = new Map(),
): TranscriptMessageView[] {
  const times = messages.map((message) => Date.parse(message.at)).filter((time) => Number.isFinite(time));
  const first = times.length > 0 ? Math.min(...times) : 0;
  return messages.map((message) => {
    const own = evidence
      .filter((item) => item.messageIndex === message.position)
      .slice()
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const numbered = own.map((item, index): NumberedEvidence => {
      const rule = rules.get(item.rule);
      const direction = evidenceDirection(item.points, rule?.effect);
      return {
        ...item,
        number: index + 1,
        id: `evidence-${message.position}-${index + 1}`,
        quote: quoteOf(message.text, item),
        tone: evidenceTone(item.rule),
        direction,
        name: rule?.name ?? item.explanation,
        detail: rule ? explanationDetail(rule.name, item.explanation) : '',
        effectText: evidenceEffectText(direction, item.points),
      };
    });
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
