import type { EntityManager } from 'typeorm';
import { selectInChunks } from '@rapport/api-database';

/** A stored conversation with its score details and its vendor's time zone, as the analytics facts are built from. */
export interface FactSourceRow {
  id: string;
  vendor_id: string;
  channel: string;
  queue: string | null;
  site: string | null;
  language: string | null;
  created_at: string;
  score_status: string;
  responsiveness: number | null;
  courtesy: number | null;
  comprehension: number | null;
  overall: number | null;
  first_response_seconds: number | null;
  time_zone: string;
  customer_known: number | boolean | string;
  details: string | null;
}

/** A survey answer of a conversation, as stored. */
export interface FactSurveyRow {
  conversation_id: string;
  question_key: string;
  score: number | string;
  scale: string;
  answered_at: string;
  agent_id: string | null;
}

/** How many messages an agent wrote in a conversation, and the position of the first. */
export interface FactAgentShareRow {
  conversation_id: string;
  agent_id: string;
  messages: number | string;
  first_position: number | string;
}

export interface FactSources {
  /** Conversations with a transcript; those without have no facts. */
  conversations: FactSourceRow[];
  surveys: FactSurveyRow[];
  agentShares: FactAgentShareRow[];
}

/**
 * What the analytics facts of the given conversations are made of, in three statements per chunk of ids. Joins the
 * vendor's time zone in the same statement: the facts' local hours need it for every conversation.
 */
export async function readFactSources(manager: EntityManager, ids: readonly string[]): Promise<FactSources> {
  const conversations = await selectInChunks<FactSourceRow>(manager, ids, (placeholders, chunk) => ({
    sql: `SELECT c.id, c.vendor_id, c.channel, c.queue, c.site, c.language, c.created_at, c.score_status, c.responsiveness,
                 c.courtesy, c.comprehension, c.overall, c.first_response_seconds, v.time_zone, s.details,
                 CASE WHEN c.customer_key IS NULL THEN 0 ELSE 1 END AS customer_known
            FROM conversations c
            JOIN vendors v ON v.id = c.vendor_id
            LEFT JOIN conversation_scores s ON s.conversation_id = c.id
           WHERE c.id IN (${placeholders}) AND c.score_status <> 'no-transcript'`,
    params: chunk,
  }));
  const surveys = await selectInChunks<FactSurveyRow>(manager, ids, (placeholders, chunk) => ({
    sql: `SELECT conversation_id, question_key, score, scale, answered_at, agent_id FROM csat_surveys WHERE conversation_id IN (${placeholders})`,
    params: chunk,
  }));
  const agentShares = await selectInChunks<FactAgentShareRow>(manager, ids, (placeholders, chunk) => ({
    sql: `SELECT conversation_id, agent_id, COUNT(*) AS messages, MIN(position) AS first_position
            FROM messages
           WHERE conversation_id IN (${placeholders}) AND author_role = 'agent' AND agent_id IS NOT NULL
           GROUP BY conversation_id, agent_id`,
    params: chunk,
  }));
  return { conversations, surveys, agentShares };
}
