import { type AgentRankDto, type AgentRankingResponse, METRIC_INFO, type MetricUnit } from '@rapport/contracts';
import { type DrillDownLink, toConversationsLink } from '@rapport/dashboard-data-access';
import { type IntervalScale, formatMetricValue, intervalScale } from '@rapport/dashboard-ui';

export interface AgentRow {
  id: string;
  name: string;
  rank: string;
  n: number;
  rawMean: string;
  shrunk: AgentRankDto['shrunk'];
  /** How far the estimate was pulled towards the vendor mean, in words: "strongly (80%)". */
  shrinkage: string;
  conversations: DrillDownLink;
}

export interface AgentTable {
  /** Whether the data can tell these agents apart: only then are they ranked. */
  differences: AgentRankingResponse['agentDifferences'];
  /** What the data say about differences between agents, in words. */
  verdict: string;
  minimumSample: number;
  unit: MetricUnit;
  metricLabel: string;
  vendorMean: string | null;
  rows: AgentRow[];
  scale: IntervalScale | null;
  page: number;
  pages: number;
  total: number;
}

function shrinkageText(factor: number | null): string {
  if (factor === null) {
    return '—';
  }
  // Words follow the printed percentage, so "67%" never reads "moderate" on one row and "strong" on the next.
  const percent = Math.round(factor * 100);
  if (percent >= 67) {
    return `strong (${percent}%)`;
  }
  return percent >= 33 ? `moderate (${percent}%)` : `slight (${percent}%)`;
}

/**
 * An agent ranking page as table rows. The shrunk estimate is what the rank uses: an agent with few conversations
 * is pulled towards the vendor mean, so a lucky handful of conversations cannot top the list.
 */
export function toAgentTable(response: AgentRankingResponse): AgentTable {
  const unit = METRIC_INFO[response.metric].unit;
  const rows = response.items.map((item): AgentRow => ({
    id: item.agent.id,
    name: item.agent.displayName ?? item.agent.externalId,
    rank: item.rank === null ? 'Not ranked' : `${item.rank} of ${item.rankedAmong}`,
    n: item.n,
    rawMean: item.rawMean === null ? '—' : formatMetricValue(item.rawMean, unit),
    shrunk: item.shrunk,
    shrinkage: shrinkageText(item.shrinkageFactor),
    conversations: toConversationsLink(item.conversations),
  }));
  return {
    differences: response.agentDifferences,
    verdict: agentVerdict(response),
    minimumSample: response.minimumSample,
    unit,
    metricLabel: METRIC_INFO[response.metric].label,
    vendorMean: response.vendorMean === null ? null : formatMetricValue(response.vendorMean, unit),
    rows,
    scale: intervalScale(
      rows.flatMap((row) => (row.shrunk.status === 'ok' ? [{ lower: row.shrunk.lower, upper: row.shrunk.upper }] : [])),
      { unit },
    ),
    page: response.page,
    pages: Math.max(1, Math.ceil(response.total / response.pageSize)),
    total: response.total,
  };
}

/** Spread of agents' true values in the metric's own units: √τ², so a variance of 9 points² reads "about 3 points". */
function spreadText(variance: number, unit: MetricUnit): string {
  return formatMetricValue(Math.sqrt(Math.max(0, variance)), unit);
}

/**
 * In words: can the data tell these agents apart? Agents are ranked only when the 95% interval of the between-agent
 * variance leaves out zero; otherwise the page says that no difference is detectable instead of ranking ties.
 */
export function agentVerdict(response: AgentRankingResponse): string {
  const unit = METRIC_INFO[response.metric].unit;
  const label = METRIC_INFO[response.metric].label.toLowerCase();
  const interval = response.betweenVarianceInterval;
  switch (response.agentDifferences) {
    case 'too-few-agents':
      return `Fewer than four agents have conversations in this period, too few to tell whether agents differ in ${label}; nobody is ranked.`;
    case 'indistinguishable':
      return `The data show no detectable difference between these agents in ${label}: their differences are within what chance alone produces${
        interval
          ? ` (agents' true values may differ by anything from nothing to about ${spreadText(interval.upper, unit)})`
          : ''
      }, so nobody is ranked. Each agent's interval is shown for coaching conversations, not as a league table.`;
    case 'distinguishable':
      return `Agents differ in ${label} by more than chance: their true values spread by about ${spreadText(response.betweenVariance ?? 0, unit)}${
        interval ? ` (95% interval ${spreadText(interval.lower, unit)} to ${spreadText(interval.upper, unit)})` : ''
      }. Agents with at least ${response.minimumSample} conversations are ranked; intervals that overlap mean the order between those agents is not clear.`;
  }
}
