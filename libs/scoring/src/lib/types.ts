import { AuthorRole, Channel, Formality } from '@rapport/contracts';
import { Evidence } from './evidence';
import { LanguageStatus } from './message/analyze-message';

/** A message as the scorer sees it: timestamps are epoch milliseconds, so no date parsing happens here. */
export interface ScorableMessage {
  readonly role: AuthorRole;
  readonly at: number;
  readonly text: string;
  readonly agentId?: string;
  /** Internal notes are never shown to the customer and are not scored. */
  readonly internal?: boolean;
}

export interface ScorableConversation {
  readonly id: string;
  readonly channel: Channel;
  /** Declared language (any BCP 47 tag or ISO code); detected from the customer's messages when absent. */
  readonly language?: string;
  readonly createdAt: number;
  readonly closedAt?: number;
  /**
   * The conversation replies to a message that is not in the data (a customer tweet answering an earlier brand
   * tweet outside the file): there is no first response to measure.
   */
  readonly openingMissing?: boolean;
  readonly messages: readonly ScorableMessage[];
}

export const WEEKDAYS = [
  'sun',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours in the vendor's local time, 'HH:MM' 24-hour; '24:00' closes at midnight. */
export interface OpeningInterval {
  readonly from: string;
  readonly to: string;
}

export interface BusinessCalendar {
  /** IANA time zone of the vendor site, e.g. 'Europe/Lisbon'. */
  readonly timeZone: string;
  /** Opening intervals per weekday; a missing or empty day is closed. */
  readonly weeklyHours: Readonly<
    Partial<Record<Weekday, readonly OpeningInterval[]>>
  >;
  /** Local dates 'YYYY-MM-DD' on which the vendor is closed. */
  readonly holidays?: readonly string[];
}

export interface SlaTarget {
  readonly firstResponseSeconds: number;
  readonly replyGapSeconds: number;
  /** Whether targets count wall-clock time or only the vendor's business hours. */
  readonly clock: 'wall' | 'business';
}

export interface ScoreWeights {
  readonly responsiveness: number;
  readonly courtesy: number;
  readonly comprehension: number;
}

export interface ScoringContext {
  readonly calendar: BusinessCalendar;
  readonly sla: Readonly<Record<Channel, SlaTarget>>;
  readonly weights: ScoreWeights;
  /** What the client's customers expect per language, e.g. { de: 'formal', sv: 'informal' }; 'neutral' accepts both. */
  readonly expectedFormality: Readonly<Partial<Record<string, Formality>>>;
  /** When the same customer last contacted about the same issue (epoch ms), for the recontact signal. */
  readonly previousContactAt?: number;
  /** Window for the recontact signal; 72 hours by default. */
  readonly recontactWindowSeconds?: number;
}

export interface ResponsivenessScore {
  /** 0–100 against the channel's SLA; null when the customer never wrote. */
  readonly score: number | null;
  /**
   * False when the opening customer message is not in the data (the agent wrote first, or `openingMissing`): the
   * first response, and the SLA verdict built on it, are then null and left out of every response-time figure.
   */
  readonly openingInData: boolean;
  readonly firstResponseSeconds: number | null;
  readonly firstResponseBusinessSeconds: number | null;
  readonly maxWaitSeconds: number | null;
  readonly meanReplyGapSeconds: number | null;
  readonly meanReplyGapBusinessSeconds: number | null;
  readonly unansweredCustomerMessages: number;
  /** closedAt − createdAt; null while open. */
  readonly resolutionSeconds: number | null;
  readonly resolutionBusinessSeconds: number | null;
  /** Some customer message arrived outside business hours (weekends and holidays included). */
  readonly afterHours: boolean;
  /** Some customer message arrived on a Saturday or Sunday, vendor local time. */
  readonly weekend: boolean;
  readonly afterHoursCustomerMessages: number;
  /** Agent replies sent outside business hours: the coverage the client pays for. */
  readonly afterHoursAgentReplies: number;
  readonly withinSla: boolean | null;
  readonly slaClock: 'wall' | 'business';
}

export interface CourtesyScore {
  /** 0–100; null when the conversation's language has no resources or the agent never wrote. */
  readonly score: number | null;
  readonly agentMessages: number;
  /** Agent messages with any rude signal (rudeness ≥ 0.2). */
  readonly rudeMessages: number;
  readonly meanRudeness: number | null;
  readonly maxRudeness: number | null;
  readonly greeted: boolean;
  readonly closedPolitely: boolean;
  /** Share of agent messages using at least one politeness strategy. */
  readonly politenessRate: number | null;
  readonly agentFormality: Formality | null;
  readonly expectedFormality: Formality;
  readonly registerMismatch: boolean;
  readonly curtReplies: number;
  readonly ignoredQuestions: number;
  readonly customerRudeMessages: number;
}

export interface ComprehensionScore {
  /** 0–100; null when the conversation's language has no resources. */
  readonly score: number | null;
  readonly clarificationRequests: number;
  readonly repeatedQuestions: number;
  readonly asksForOtherAgent: boolean;
  readonly customerLanguageSwitches: number;
  /** Agent messages in another language than the customer's. */
  readonly languageMismatch: number;
  readonly unaddressedAnswers: number;
  readonly machineTranslationArtefacts: number;
  /** Mean LIX of the agent's longer messages; null when they are all too short to judge. */
  readonly agentReadabilityLix: number | null;
  readonly hardToRead: boolean;
  readonly recontactWithin72h: boolean;
}

/** Per-message result: what analytics aggregate per agent and language. */
export interface MessageResult {
  readonly index: number;
  readonly role: AuthorRole;
  readonly lang: string;
  readonly languageStatus: LanguageStatus;
  readonly courtesy: number | null;
  readonly rudeness: number | null;
  readonly formality: Formality | null;
  readonly clarificationRequest: boolean | null;
}

export interface ConversationScore {
  readonly id: string;
  readonly scorer: string;
  readonly scorerVersion: string;
  /** The customer side's language (declared, else detected); 'und' when it cannot be told. */
  readonly language: string;
  readonly detectedLanguage: string;
  readonly languageStatus: 'supported' | 'unsupported';
  readonly responsiveness: ResponsivenessScore;
  readonly courtesy: CourtesyScore;
  readonly comprehension: ComprehensionScore;
  /** Weighted mean of the three scores; null when the language is unsupported. */
  readonly overall: number | null;
  /** Sorted by messageIndex, then start. */
  readonly evidence: readonly Evidence[];
  /** Agent and customer messages (bots, system messages and internal notes are skipped). */
  readonly messages: readonly MessageResult[];
}
