import type { SqlBuilder } from '@rapport/api-database';
import { planPeriod } from '../filters/period-plan';
import { aggregateSql, Measure } from '../rollups/rollup-measures';
import { AGENT_MONTHLY_TABLE, NO_AGENT } from '../rollups/agent-rollup';
import { factsConditions } from '../sql/facts-conditions';
import type { AgentSumsRequest, ClusterKey } from './agent-clusters.query';

/** Where an agent read takes its sums from: the table, its key and agent expressions, its conditions and measures. */
export interface AgentSumsSource {
  table: string;
  keys: Readonly<Record<ClusterKey, string>>;
  /** The agent as read (NULL for conversations without one) and as grouped. */
  agent: string;
  agentGrouping: string;
  conditions: string[];
  measure: (measure: Measure) => string;
}

/**
 * The whole months a request reads when the agent rollup can answer it, else null: it holds month, vendor, language
 * and agent only, so a channel, queue or site filter, or a period that starts or ends inside a month, reads the facts.
 */
export function rollupMonths(request: AgentSumsRequest): readonly string[] | null {
  const { selection } = request;
  if (selection.channels.length + selection.queues.length + selection.sites.length > 0) {
    return null;
  }
  if (request.months) {
    return request.months;
  }
  const plan = planPeriod(selection.from, selection.to);
  return plan.dayRanges.length === 0 ? plan.months : null;
}

/** Each conversation's facts (alias f), summed per group and agent. */
export function factsSource(sql: SqlBuilder, request: AgentSumsRequest): AgentSumsSource {
  return {
    table: 'conversation_facts f',
    keys: { vendor_id: 'f.vendor_id', month: 'substr(f.day, 1, 7)', language: 'f.language' },
    agent: 'f.agent_id',
    agentGrouping: 'f.agent_id',
    conditions: factsConditions(sql, request.selection, 'f', request.months),
    measure: aggregateSql,
  };
}

/**
 * The agent rollup's rows (alias a) of whole months, summed per group and agent. Grouped by the stored agent id,
 * where conversations without an agent sort first as their NULL does in the facts, so agents come in the same order.
 */
export function agentRollupSource(sql: SqlBuilder, request: AgentSumsRequest, months: readonly string[]): AgentSumsSource {
  const { selection } = request;
  return {
    table: `${AGENT_MONTHLY_TABLE} a`,
    keys: { vendor_id: 'a.vendor_id', month: 'a.month', language: 'a.language' },
    agent: `NULLIF(a.agent_id, '${NO_AGENT}')`,
    agentGrouping: 'a.agent_id',
    conditions: [
      months.length > 0 ? `a.month IN (${sql.list(months)})` : '1 = 0',
      ...sql.vendorsIn('a.vendor_id', selection.vendorIds),
      ...sql.inList('a.language', selection.languages),
    ],
    measure: (measure) => `SUM(a.${measure.name})`,
  };
}
