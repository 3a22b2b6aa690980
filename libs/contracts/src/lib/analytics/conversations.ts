import { z } from 'zod';
import { AuthorRole, Channel, CsatScale, SCORE_STATUSES, ScoreStatus } from '../vocabulary';
import { pageShape, refinePeriod, selectionShape } from './filters';
import { listOf, vendorToken } from './query-lists';
import type { VendorRef } from './responses';

/** Per-conversation signals the list can be narrowed to (each aggregate's numerator). */
export const CONVERSATION_SIGNALS = [
  'within-sla',
  'missed-sla',
  'after-hours',
  'weekend',
  'language-mismatch',
  'clarification-request',
  'asks-other-agent',
] as const;
export type ConversationSignal = (typeof CONVERSATION_SIGNALS)[number];

export const CSAT_FILTERS = ['any', 'none', 'satisfied', 'unsatisfied'] as const;
export type CsatFilter = (typeof CSAT_FILTERS)[number];

export const CONVERSATION_SORTS = [
  'createdAt',
  '-createdAt',
  'overall',
  '-overall',
  'courtesy',
  '-courtesy',
  'comprehension',
  '-comprehension',
  'responsiveness',
  '-responsiveness',
  'csat',
  '-csat',
  'firstResponse',
  '-firstResponse',
] as const;
export type ConversationSort = (typeof CONVERSATION_SORTS)[number];

const score = z.coerce.number().min(0).max(100).optional();

/** Shortest text search: a single character would match nearly every conversation. */
export const MIN_SEARCH_LENGTH = 2;
export const MAX_SEARCH_LENGTH = 100;
/** Most agents one agent lookup returns: enough to pick from while typing. */
export const MAX_AGENT_OPTIONS = 50;

/**
 * `GET /api/conversations`: the same selection as the aggregates (period, vendors, channels, languages, queues,
 * sites) plus what narrows an aggregate to one cell: score bands, CSAT, a rule that fired, hour of week, agent;
 * and a text search `q` over the conversation's external id and its messages.
 */
export const conversationListQuerySchema = z
  .strictObject({
    ...selectionShape,
    overallMin: score,
    overallMax: score,
    courtesyMin: score,
    courtesyMax: score,
    comprehensionMin: score,
    comprehensionMax: score,
    responsivenessMin: score,
    responsivenessMax: score,
    csat: z.enum(CSAT_FILTERS).default('any'),
    rule: z
      .string()
      .regex(/^[a-z]+\.[a-z0-9-]+$/, 'must be a rule id such as courtesy.curt-reply')
      .optional(),
    signals: listOf(z.enum(CONVERSATION_SIGNALS)).optional(),
    scoreStatus: listOf(z.enum(SCORE_STATUSES)).optional(),
    hourOfWeek: z.coerce.number().int().min(0).max(167).optional(),
    agent: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('The agent who wrote most of the replies (the one the agent ranking credits): id, external id, or display name ignoring case'),
    csatAgent: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe("The agent the conversation's CSAT answer is credited to (the CSAT ranking's agent): id, external id, or display name ignoring case"),
    q: z
      .string()
      .trim()
      .min(MIN_SEARCH_LENGTH, `search at least ${MIN_SEARCH_LENGTH} characters`)
      .max(MAX_SEARCH_LENGTH)
      .optional()
      .describe('Text the conversation external id or any of its messages contains, ignoring case'),
    ...pageShape,
    sort: z.enum(CONVERSATION_SORTS).default('-createdAt'),
  })
  .superRefine((value, context) => {
    refinePeriod(value, context);
    for (const name of ['overall', 'courtesy', 'comprehension', 'responsiveness'] as const) {
      const min = value[`${name}Min`];
      const max = value[`${name}Max`];
      if (min !== undefined && max !== undefined && min > max) {
        context.addIssue({ code: 'custom', path: [`${name}Max`], message: `must not be below ${name}Min` });
      }
    }
  });
export type ConversationListParams = z.infer<typeof conversationListQuerySchema>;

/** `GET /api/conversations/agents`: agents to pick from for the list's agent filter, by external id or name. */
export const agentOptionsQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(MAX_SEARCH_LENGTH)
    .optional()
    .describe('Text the agent external id or display name contains, ignoring case; the agent id matches whole'),
  vendors: listOf(vendorToken).optional().describe('Vendors by slug or id; default: all you may see'),
  limit: z.coerce.number().int().min(1).max(MAX_AGENT_OPTIONS).default(20),
});
export type AgentOptionsParams = z.infer<typeof agentOptionsQuerySchema>;

export interface AgentOptionDto {
  id: string;
  externalId: string;
  displayName: string | null;
  vendor: VendorRef;
}

export interface AgentOptionsDto {
  items: AgentOptionDto[];
}

export interface ConversationScoresDto {
  responsiveness: number | null;
  courtesy: number | null;
  comprehension: number | null;
  overall: number | null;
}

export interface ConversationSummaryDto {
  id: string;
  source: string;
  externalId: string;
  vendor: VendorRef;
  channel: Channel;
  queue: string | null;
  site: string | null;
  /** Customer language (detected, else declared); null when it could not be told. */
  language: string | null;
  createdAt: string;
  scoreStatus: ScoreStatus;
  scores: ConversationScoresDto;
  firstResponseSeconds: number | null;
  /** Survey answer on the 0–100 scale (mean of the answers when several questions were asked); null without one. */
  csat: number | null;
  csatSatisfied: boolean | null;
}

export interface ConversationPageDto {
  page: number;
  pageSize: number;
  total: number;
  sort: ConversationSort;
  items: ConversationSummaryDto[];
}

export interface ConversationMessageDto {
  position: number;
  role: AuthorRole;
  at: string;
  text: string;
  /** Language the scorer detected for this message; null when it could not be told. */
  language: string | null;
  internal: boolean;
  agent: { id: string; externalId: string; displayName: string | null } | null;
}

export interface ConversationSurveyDto {
  questionKey: string;
  score: number;
  scale: CsatScale;
  normalized: number;
  satisfied: boolean;
  comment: string | null;
  answeredAt: string;
  /** The agent the answer is credited to (named by the survey, else the last reply before it); its CSAT counts for them. */
  agent: { id: string; externalId: string; displayName: string | null } | null;
}

export interface ConversationEvidenceDto {
  messageIndex: number;
  start: number;
  end: number;
  rule: string;
  explanation: string;
  /** Courtesy points the item moved its message's score (scorer 2.0.0 and later); absent otherwise. */
  points?: number;
}

export interface ConversationSignalsDto {
  withinSla: boolean | null;
  afterHours: boolean;
  weekend: boolean;
  languageMismatch: boolean | null;
  clarificationRequest: boolean | null;
  asksOtherAgent: boolean | null;
  /**
   * False when the conversation's opening customer message is not in the data (the agent wrote first, or a twcs
   * thread replies to a tweet outside the file): no first response is measured. Null for scores without it.
   */
  openingInData: boolean | null;
  /** 0–167 from Monday 00:00 in the vendor's time zone. */
  hourOfWeek: number;
}

export interface ConversationDetailDto extends ConversationSummaryDto {
  closedAt: string | null;
  tags: string[];
  scorerVersion: string | null;
  signals: ConversationSignalsDto | null;
  messages: ConversationMessageDto[];
  surveys: ConversationSurveyDto[];
  evidence: ConversationEvidenceDto[];
  /**
   * True while the caller holds an unsubmitted review assignment of this conversation: scores, scorer version,
   * signals and evidence are then left out (null, empty) so the review stays blind.
   */
  blind?: boolean;
}
