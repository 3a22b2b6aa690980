import type { EntityManager } from 'typeorm';
import { selectInChunks } from '@rapport/api-database';
import { AgentShare, buildConversationFacts, FactsSource, SurveyAnswer } from './conversation-facts';
import type { FactsRow, RuleHitRow } from './facts-row';

interface SourceRow {
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

interface SurveyRow {
  conversation_id: string;
  question_key: string;
  score: number | string;
  scale: string;
  answered_at: string;
  agent_id: string | null;
}

interface AgentRow {
  conversation_id: string;
  agent_id: string;
  messages: number | string;
  first_position: number | string;
}

const nullableNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function parseDetails(details: string | null): unknown {
  if (!details) {
    return null;
  }
  try {
    return JSON.parse(details);
  } catch {
    return null;
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
}

/** First-response target in seconds per channel, from the scoring settings; coverage counts it on the wall clock. */
export type FirstResponseTargets = Readonly<Record<string, number>>;

/**
 * Reads what the facts of the given conversations are made of (conversation, score, surveys, agents) and builds them.
 * A conversation whose transcript is missing has no facts: it is in no aggregate (and leaves them if it was).
 */
export async function loadConversationFacts(
  manager: EntityManager,
  ids: readonly string[],
  targets: FirstResponseTargets,
): Promise<{ facts: FactsRow[]; rules: RuleHitRow[] }> {
  const sources = await selectInChunks<SourceRow>(manager, ids, (placeholders, chunk) => ({
    sql: `SELECT c.id, c.vendor_id, c.channel, c.queue, c.site, c.language, c.created_at, c.score_status, c.responsiveness,
                 c.courtesy, c.comprehension, c.overall, c.first_response_seconds, v.time_zone, s.details,
                 CASE WHEN c.customer_key IS NULL THEN 0 ELSE 1 END AS customer_known
            FROM conversations c
            JOIN vendors v ON v.id = c.vendor_id
            LEFT JOIN conversation_scores s ON s.conversation_id = c.id
           WHERE c.id IN (${placeholders}) AND c.score_status <> 'no-transcript'`,
    params: chunk,
  }));
  const surveys = groupBy(
    await selectInChunks<SurveyRow>(manager, ids, (placeholders, chunk) => ({
      sql: `SELECT conversation_id, question_key, score, scale, answered_at, agent_id FROM csat_surveys WHERE conversation_id IN (${placeholders})`,
      params: chunk,
    })),
    (row) => row.conversation_id,
  );
  const agents = groupBy(
    await selectInChunks<AgentRow>(manager, ids, (placeholders, chunk) => ({
      sql: `SELECT conversation_id, agent_id, COUNT(*) AS messages, MIN(position) AS first_position
              FROM messages
             WHERE conversation_id IN (${placeholders}) AND author_role = 'agent' AND agent_id IS NOT NULL
             GROUP BY conversation_id, agent_id`,
      params: chunk,
    })),
    (row) => row.conversation_id,
  );
  const facts: FactsRow[] = [];
  const rules: RuleHitRow[] = [];
  for (const row of sources) {
    const built = buildConversationFacts(
      { ...toSource(row), firstResponseTargetSeconds: targets[row.channel] ?? null },
      (surveys.get(row.id) ?? []).map(
        (survey): SurveyAnswer => ({
          questionKey: survey.question_key,
          score: Number(survey.score),
          scale: survey.scale,
          answeredAt: survey.answered_at,
          agentId: survey.agent_id,
        }),
      ),
      (agents.get(row.id) ?? []).map(
        (agent): AgentShare => ({ agentId: agent.agent_id, messages: Number(agent.messages), firstPosition: Number(agent.first_position) }),
      ),
    );
    facts.push(built.facts);
    rules.push(...built.rules);
  }
  return { facts, rules };
}

function toSource(row: SourceRow): FactsSource {
  return {
    id: row.id,
    vendorId: row.vendor_id,
    channel: row.channel,
    queue: row.queue,
    site: row.site,
    language: row.language,
    createdAt: row.created_at,
    scoreStatus: row.score_status,
    responsiveness: nullableNumber(row.responsiveness),
    courtesy: nullableNumber(row.courtesy),
    comprehension: nullableNumber(row.comprehension),
    overall: nullableNumber(row.overall),
    firstResponseSeconds: nullableNumber(row.first_response_seconds),
    timeZone: row.time_zone,
    customerKnown: Number(row.customer_known) === 1,
    details: parseDetails(row.details),
  };
}
