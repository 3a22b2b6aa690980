import type { EntityManager } from 'typeorm';
import { dialectOf, selectInChunks } from '@rapport/api-database';
import type { AgentReply } from './agent-credit';
import { updateFromValues } from './bulk-update';

export interface SurveyLinkUpdate {
  id: string;
  conversationId: string | null;
  /** The vendor of the conversation the answer rates (a waiting answer with none known takes its conversation's). */
  vendorId: string;
  agentId: string | null;
}

/** Customer-visible agent replies of each conversation, in order: what survey credit is computed from. */
export async function loadAgentReplies(
  manager: EntityManager,
  conversationIds: readonly string[],
): Promise<Map<string, AgentReply[]>> {
  const dialect = dialectOf(manager);
  const rows = await selectInChunks<{ conversation_id: string; agent_id: string; sent_at: string }>(
    manager,
    conversationIds,
    (placeholders, chunk) => ({
      sql: `SELECT conversation_id, agent_id, sent_at FROM messages
           WHERE conversation_id IN (${placeholders}) AND author_role = 'agent' AND is_internal = ${dialect.param(chunk.length)}
             AND agent_id IS NOT NULL
           ORDER BY conversation_id, position`,
      params: [...chunk, dialect.bool(false)],
    }),
  );
  const replies = new Map<string, AgentReply[]>();
  for (const row of rows) {
    let list = replies.get(row.conversation_id);
    if (!list) {
      list = [];
      replies.set(row.conversation_id, list);
    }
    list.push({ agentId: row.agent_id, at: row.sent_at });
  }
  return replies;
}

/** Sets conversation, its vendor and credited agent of many surveys in a few statements. */
export async function updateSurveyLinks(manager: EntityManager, links: readonly SurveyLinkUpdate[]): Promise<void> {
  await updateFromValues(
    manager,
    {
      table: 'csat_surveys',
      key: { name: 'id' },
      set: [{ name: 'conversation_id' }, { name: 'conversation_vendor_id' }, { name: 'agent_id' }],
    },
    links.map((link) => [link.id, link.conversationId, link.vendorId, link.agentId]),
  );
}
