import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { morrisShrinkage, rankWithData } from '@rapport/analytics';
import { dialectOf, SqlBuilder, whereClause } from '@rapport/api-database';
import { AgentMetric, AgentRankDto, AgentRankingResponse, AgentSort, METRIC_INFO } from '@rapport/contracts';
import { conversationsLink } from '../filters/drill-down';
import { Selection } from '../filters/selection';
import { factsConditions } from '../sql/facts-conditions';

/** The facts column each agent metric averages; proportions are 0/1 columns, so their mean is the rate. */
const AGENT_METRIC_COLUMNS: Readonly<Record<AgentMetric, string>> = {
  overall: 'overall',
  courtesy: 'courtesy',
  comprehension: 'comprehension',
  responsiveness: 'responsiveness',
  csat: 'csat',
  satisfied: 'csat_satisfied',
  withinSla: 'within_sla',
  languageMismatch: 'language_mismatch',
};

/** CSAT belongs to the agent the survey credits (the last reply before the answer, or the one it names). */
const CSAT_METRICS: ReadonlySet<AgentMetric> = new Set<AgentMetric>(['csat', 'satisfied']);

export interface AgentRankingInput {
  selection: Selection;
  vendorId: string;
  metric: AgentMetric;
  minSample: number;
  sort: AgentSort;
  page: number;
  pageSize: number;
}

interface AgentRow {
  agent_id: string;
  external_id: string;
  display_name: string | null;
  n: number | string;
  sum: number | string | null;
  sum_sq: number | string | null;
}

type AgentPage = Pick<
  AgentRankingResponse,
  | 'vendorMean'
  | 'withinVariance'
  | 'betweenVariance'
  | 'betweenVarianceInterval'
  | 'agentDifferences'
  | 'total'
  | 'items'
>;

/**
 * Agents of one vendor ranked on a metric after empirical-Bayes shrinkage towards the vendor mean (REML between-agent
 * variance, Morris-corrected intervals), so an agent with a handful of lucky or unlucky conversations does not top or
 * bottom the list; agents below the minimum sample are listed without a rank. When the data cannot tell the agents
 * apart (the interval of the between-agent variance reaches 0) nobody is ranked and the answer says so. Each
 * conversation counts for the agent who wrote most of its replies, except on CSAT, which counts for the agent its
 * survey answer is credited to.
 */
@Injectable()
export class AgentRankingQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(input: AgentRankingInput): Promise<AgentPage> {
    const column = `f.${AGENT_METRIC_COLUMNS[input.metric]}`;
    const csat = CSAT_METRICS.has(input.metric);
    const agentColumn = csat ? 'f.csat_agent_id' : 'f.agent_id';
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const conditions = [
      `f.vendor_id = ${sql.param(input.vendorId)}`,
      `${column} IS NOT NULL`,
      ...factsConditions(sql, input.selection),
    ];
    const rows: AgentRow[] = await this.dataSource.query(
      `SELECT ${agentColumn} AS agent_id, a.external_id, a.display_name, COUNT(*) AS n, SUM(${column}) AS sum, SUM(${column} * ${column}) AS sum_sq
         FROM conversation_facts f JOIN agents a ON a.id = ${agentColumn}
         ${whereClause(conditions)}
         GROUP BY ${agentColumn}, a.external_id, a.display_name`,
      sql.params,
    );
    const shrinkage = morrisShrinkage(
      rows.map((row) => ({
        id: row.agent_id,
        summary: { n: Number(row.n), sum: Number(row.sum ?? 0), sumSq: Number(row.sum_sq ?? 0) },
      })),
      { minSample: input.minSample },
    );
    const agentDifferences =
      shrinkage.agentsDistinguishable === null
        ? 'too-few-agents'
        : shrinkage.agentsDistinguishable
          ? 'distinguishable'
          : 'indistinguishable';
    // Agents the data cannot tell apart are not ranked: their order would be noise.
    const ranks = rankWithData(
      shrinkage.agents.map((agent) => ({
        id: agent.id,
        n: agent.n,
        estimate: agentDifferences === 'distinguishable' ? agent.estimate : null,
        status: agent.status,
      })),
      { direction: METRIC_INFO[input.metric].direction, minSample: input.minSample },
    );
    const items = rows.map((row, index): AgentRankDto => {
      const { id, rawMean, shrinkageFactor, status, n, estimate, lower, upper, method } = shrinkage.agents[index];
      return {
        agent: { id, externalId: row.external_id, displayName: row.display_name },
        n,
        rawMean,
        shrunk: { status, n, estimate, lower, upper, method } as AgentRankDto['shrunk'],
        shrinkageFactor,
        rank: ranks[index].rank,
        rankedAmong: ranks[index].rankedAmong,
        conversations: conversationsLink(input.selection, { vendorId: input.vendorId, ...(csat ? { csatAgent: id } : { agent: id }) }),
      };
    });
    items.sort(comparator(input.sort));
    const start = (input.page - 1) * input.pageSize;
    return {
      vendorMean: shrinkage.vendorMean,
      withinVariance: shrinkage.withinVariance,
      betweenVariance: shrinkage.betweenVariance?.estimate ?? null,
      betweenVarianceInterval: shrinkage.betweenVariance
        ? { lower: shrinkage.betweenVariance.lower, upper: shrinkage.betweenVariance.upper }
        : null,
      agentDifferences,
      total: items.length,
      items: items.slice(start, start + input.pageSize),
    };
  }
}

const byName = (a: AgentRankDto, b: AgentRankDto) =>
  (a.agent.displayName ?? a.agent.externalId).localeCompare(b.agent.displayName ?? b.agent.externalId) ||
  a.agent.id.localeCompare(b.agent.id);

/** Ranked agents first (unranked ones last, most conversations first), ties broken by name. */
function comparator(sort: AgentSort): (a: AgentRankDto, b: AgentRankDto) => number {
  const byRank = (a: AgentRankDto, b: AgentRankDto) =>
    (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.n - a.n || byName(a, b);
  switch (sort) {
    case 'rank':
      return byRank;
    case '-rank':
      return (a, b) => ((a.rank === null) !== (b.rank === null) ? (a.rank === null ? 1 : -1) : -byRank(a, b));
    case 'n':
      return (a, b) => a.n - b.n || byName(a, b);
    case '-n':
      return (a, b) => b.n - a.n || byName(a, b);
    case 'name':
      return byName;
    case '-name':
      return (a, b) => -byName(a, b);
  }
}
