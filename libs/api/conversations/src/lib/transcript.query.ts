import type { EntityManager } from 'typeorm';
import type { AuthorRole, CsatScale } from '@rapport/contracts';
import { dialectOf } from '@rapport/api-database';

/** A stored message with the agent who wrote it, as the conversation detail shows it. */
export interface TranscriptMessageRow {
  position: number;
  author_role: AuthorRole;
  sent_at: string;
  text: string;
  language: string | null;
  is_internal: boolean | number;
  agent_id: string | null;
  agent_external_id: string | null;
  agent_display_name: string | null;
}

/** A stored survey answer with the agent it is credited to. */
export interface TranscriptSurveyRow {
  question_key: string;
  score: number;
  scale: CsatScale;
  normalized: number;
  satisfied: boolean | number;
  comment: string | null;
  answered_at: string;
  agent_id: string | null;
  agent_external_id: string | null;
  agent_display_name: string | null;
}

/**
 * One conversation's messages (in order) and survey answers, each with its agent's ids and name joined in the same
 * statement (the agents table belongs to the vendors library; a lookup per agent would cost a query per name).
 */
export async function readTranscript(
  manager: EntityManager,
  conversationId: string,
): Promise<{ messages: TranscriptMessageRow[]; surveys: TranscriptSurveyRow[] }> {
  const param = dialectOf(manager).param(0);
  const messages: TranscriptMessageRow[] = await manager.query(
    `SELECT m.position, m.author_role, m.sent_at, m.text, m.language, m.is_internal, m.agent_id,
            a.external_id AS agent_external_id, a.display_name AS agent_display_name
       FROM messages m LEFT JOIN agents a ON a.id = m.agent_id
      WHERE m.conversation_id = ${param} ORDER BY m.position`,
    [conversationId],
  );
  const surveys: TranscriptSurveyRow[] = await manager.query(
    `SELECT s.question_key, s.score, s.scale, s.normalized, s.satisfied, s.comment, s.answered_at, s.agent_id,
            a.external_id AS agent_external_id, a.display_name AS agent_display_name
       FROM csat_surveys s LEFT JOIN agents a ON a.id = s.agent_id
      WHERE s.conversation_id = ${param} ORDER BY s.answered_at, s.question_key`,
    [conversationId],
  );
  return { messages, surveys };
}
