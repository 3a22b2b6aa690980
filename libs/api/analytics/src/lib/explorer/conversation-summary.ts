import type { Channel, ConversationSummaryDto, ScoreStatus } from '@rapport/contracts';
import type { HiddenConversations } from './conversation-blinds';

/** Columns of a conversation summary, over `conversations c`, `vendors v` and `conversation_facts f`. */
export const SUMMARY_COLUMNS = `c.id, c.source, c.external_id, c.vendor_id, v.slug AS vendor_slug, v.name AS vendor_name, c.channel, c.queue, c.site,
  c.language, c.created_at, c.score_status, c.responsiveness, c.courtesy, c.comprehension, c.overall, c.first_response_seconds,
  f.csat, f.csat_satisfied`;

/** SUMMARY_COLUMNS with the automatic scores of hidden conversations read as NULL. */
export function summaryColumns(hidden: HiddenConversations): string {
  return `c.id, c.source, c.external_id, c.vendor_id, v.slug AS vendor_slug, v.name AS vendor_name, c.channel, c.queue, c.site,
  c.language, c.created_at, c.score_status, ${hidden.masked('c.responsiveness')} AS responsiveness, ${hidden.masked('c.courtesy')} AS courtesy,
  ${hidden.masked('c.comprehension')} AS comprehension, ${hidden.masked('c.overall')} AS overall, c.first_response_seconds,
  f.csat, f.csat_satisfied`;
}

export interface ConversationRow {
  id: string;
  source: string;
  external_id: string;
  vendor_id: string;
  vendor_slug: string;
  vendor_name: string;
  channel: Channel;
  queue: string | null;
  site: string | null;
  language: string | null;
  created_at: string;
  score_status: ScoreStatus;
  responsiveness: number | null;
  courtesy: number | null;
  comprehension: number | null;
  overall: number | null;
  first_response_seconds: number | null;
  csat: number | null;
  csat_satisfied: number | null;
}

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function toSummary(row: ConversationRow): ConversationSummaryDto {
  return {
    id: row.id,
    source: row.source,
    externalId: row.external_id,
    vendor: { id: row.vendor_id, slug: row.vendor_slug, name: row.vendor_name },
    channel: row.channel,
    queue: row.queue,
    site: row.site,
    language: row.language,
    createdAt: row.created_at,
    scoreStatus: row.score_status,
    scores: {
      responsiveness: numberOrNull(row.responsiveness),
      courtesy: numberOrNull(row.courtesy),
      comprehension: numberOrNull(row.comprehension),
      overall: numberOrNull(row.overall),
    },
    firstResponseSeconds: numberOrNull(row.first_response_seconds),
    csat: numberOrNull(row.csat),
    csatSatisfied: row.csat_satisfied === null || row.csat_satisfied === undefined ? null : Number(row.csat_satisfied) === 1,
  };
}
