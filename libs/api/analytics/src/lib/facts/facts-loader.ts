import type { EntityManager } from 'typeorm';
import { FactSourceRow, readFactSources } from '@rapport/api-conversations';
import { AgentShare, buildConversationFacts, FactsSource, SurveyAnswer } from './conversation-facts';
import type { FactsRow, RuleHitRow } from './facts-row';

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
 * Reads what the facts of the given conversations are made of (through the conversations library) and builds them.
 * A conversation whose transcript is missing has no facts: it is in no aggregate (and leaves them if it was).
 */
export async function loadConversationFacts(
  manager: EntityManager,
  ids: readonly string[],
  targets: FirstResponseTargets,
): Promise<{ facts: FactsRow[]; rules: RuleHitRow[] }> {
  const sources = await readFactSources(manager, ids);
  const surveys = groupBy(sources.surveys, (row) => row.conversation_id);
  const agents = groupBy(sources.agentShares, (row) => row.conversation_id);
  const facts: FactsRow[] = [];
  const rules: RuleHitRow[] = [];
  for (const row of sources.conversations) {
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

function toSource(row: FactSourceRow): FactsSource {
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
