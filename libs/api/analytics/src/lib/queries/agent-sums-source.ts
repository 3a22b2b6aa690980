import type { SqlBuilder } from '@rapport/api-database';
import { planPeriod } from '../filters/period-plan';
import { aggregateSql, Measure } from '../rollups/rollup-measures';
import { AGENT_MONTHLY_TABLE, NO_AGENT } from '../rollups/agent-rollup';
import { ALL } from '../rollups/rollup-tables';
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

/** What an agent read takes from the agent rollup: whole months, and which of its language rows. */
export interface AgentRollupPlan {
  months: readonly string[];
  /** The rows of these customer languages (none named: of every language), or the rows over every language. */
  languages: readonly string[] | typeof ALL_LANGUAGES;
}

const ALL_LANGUAGES = 'all';

/**
 * The agent rollup answers a read when each group's agent sums are one of its rows: whole months (no channel, queue or
 * site filter, which it does not hold), one month per group, and one language per group (grouped by language, none
 * named, or one named). Then every agent's sums are the very sums the facts would give (one GROUP BY over the same
 * conversations), so answers stay the same to the last bit; adding several rows up in another order would not always.
 * Otherwise (null) the facts answer.
 */
export function agentRollupPlan(request: AgentSumsRequest): AgentRollupPlan | null {
  const { selection, groupBy } = request;
  if (selection.channels.length + selection.queues.length + selection.sites.length > 0) {
    return null;
  }
  let months = request.months;
  if (!months) {
    const plan = planPeriod(selection.from, selection.to);
    if (plan.dayRanges.length > 0) {
      return null;
    }
    months = plan.months;
  }
  if (months.length > 1 && !groupBy.includes('month')) {
    return null;
  }
  if (groupBy.includes('language') || selection.languages.length === 1) {
    return { months, languages: selection.languages };
  }
  return selection.languages.length === 0 ? { months, languages: ALL_LANGUAGES } : null;
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
 * The agent rollup's rows (alias a) of a plan, one per group and agent. Grouped by the stored agent id,
 * where conversations without an agent sort first as their NULL does in the facts, so agents come in the same order.
 */
export function agentRollupSource(sql: SqlBuilder, request: AgentSumsRequest, plan: AgentRollupPlan): AgentSumsSource {
  const { months, languages } = plan;
  return {
    table: `${AGENT_MONTHLY_TABLE} a`,
    keys: { vendor_id: 'a.vendor_id', month: 'a.month', language: 'a.language' },
    agent: `NULLIF(a.agent_id, '${NO_AGENT}')`,
    agentGrouping: 'a.agent_id',
    conditions: [
      months.length > 0 ? `a.month IN (${sql.list(months)})` : '1 = 0',
      ...sql.vendorsIn('a.vendor_id', request.selection.vendorIds),
      ...(languages === ALL_LANGUAGES ? [`a.language = ${sql.param(ALL)}`] : [`a.language <> ${sql.param(ALL)}`, ...sql.inList('a.language', languages)]),
    ],
    measure: (measure) => `SUM(a.${measure.name})`,
  };
}
