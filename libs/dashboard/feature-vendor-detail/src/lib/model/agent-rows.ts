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
