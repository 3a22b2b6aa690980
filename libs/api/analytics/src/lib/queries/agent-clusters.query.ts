import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { clusteredCore, Clustering, MeanSummary, MetricData, proportionAsMeanSummary } from '@rapport/analytics';
import { dialectOf, SqlBuilder } from '@rapport/api-database';
import type { AnalyticsMetric, VendorClusteringDto } from '@rapport/contracts';
import { Selection } from '../filters/selection';
import { meanSummaryOf, measuresFor, metricData, proportionSummaryOf, summaryColumnsOf } from '../metrics/metric-data';
import { HISTOGRAM_COLUMNS, ROLLUP_MEASURES } from '../rollups/rollup-measures';
import { Sums } from '../rollups/rollup-reader';
import { readRows, SelectedColumn } from '../rollups/packed-rows';
import { agentRollupPlan, agentRollupSource, factsSource } from './agent-sums-source';

/** Grouping keys an agent read can add to the agent: vendor, calendar month (of the UTC day) and customer language. */
export type ClusterKey = 'vendor_id' | 'month' | 'language';

/** One group's rollup sums per agent, and the sums of its conversations without an agent. */
export interface AgentSums {
  agents: Map<string, Record<string, number>>;
  unattributed: Record<string, number>;
}

export interface AgentSumsRequest {
  selection: Selection;
  /** Whole months to read (ascending) instead of the selection's day range (scorecards read chosen months). */
  months?: readonly string[];
  groupBy: readonly ClusterKey[];
  metrics: readonly AnalyticsMetric[];
}


function addSums(target: Record<string, number>, source: Sums): void {
  for (const [column, value] of Object.entries(source)) {
    target[column] = (target[column] ?? 0) + (value ?? 0);
  }
}

/** The key of a group in `AgentSumsRequest.groupBy` order, joined by a character no key contains. */
export function clusterGroupKey(...parts: readonly string[]): string {
  return parts.join('\u0000');
}

/**
 * Sums of the conversation facts per group and agent (the agent who wrote most of a conversation's replies): what the
 * cluster-robust intervals need beside the rollups, which hold no agent. Only the columns of mean and proportion
 * metrics are read (quantiles are not clustered).
 */
@Injectable()
export class AgentClustersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(request: AgentSumsRequest): Promise<Map<string, AgentSums>> {
    const histogram = new Set(HISTOGRAM_COLUMNS);
    const wanted = new Set(measuresFor([...request.metrics, 'overall']).filter((column) => !histogram.has(column)));
    const measures = ROLLUP_MEASURES.filter((measure) => wanted.has(measure.name));
    const sql = new SqlBuilder(dialectOf(this.dataSource.manager));
    const plan = agentRollupPlan(request);
    const source = plan ? agentRollupSource(sql, request, plan) : factsSource(sql, request);
    const keys = request.groupBy.map((key): SelectedColumn => ({ expression: source.keys[key], alias: key, kind: 'key' }));
    const rows = await readRows(this.dataSource.manager, {
      table: source.table,
      columns: [
        ...keys,
        { expression: source.agent, alias: 'agent_id', kind: 'key' },
        ...measures.map((m): SelectedColumn => ({ expression: source.measure(m), alias: m.name, kind: 'measure' })),
      ],
      conditions: source.conditions,
      groupBy: [...keys.map((key) => key.expression), source.agentGrouping],
      params: sql.params,
    });
    const width = keys.length;
    const groups = new Map<string, AgentSums>();
    for (const row of rows) {
      const key = clusterGroupKey(...keys.map((_, index) => String(row[index])));
      let group = groups.get(key);
      if (group === undefined) {
        group = { agents: new Map(), unattributed: {} };
        groups.set(key, group);
      }
      const sums: Record<string, number> = {};
      measures.forEach((measure, index) => {
        sums[measure.name] = Number(row[width + 1 + index] ?? 0);
      });
      const agent = row[width];
      if (agent === null || agent === undefined) {
        addSums(group.unattributed, sums);
      } else {
        const existing = group.agents.get(String(agent));
        if (existing) {
          addSums(existing, sums);
        } else {
          group.agents.set(String(agent), sums);
        }
      }
    }
    return groups;
  }
}

/** Several groups' agent sums merged (an agent's conversations in every group added up). */
export function mergeAgentSums(parts: readonly AgentSums[]): AgentSums {
  const merged: AgentSums = { agents: new Map(), unattributed: {} };
  for (const part of parts) {
    addSums(merged.unattributed, part.unattributed);
    for (const [agent, sums] of part.agents) {
      const existing = merged.agents.get(agent) ?? {};
      addSums(existing, sums);
      merged.agents.set(agent, existing);
    }
  }
  return merged;
}

/** A mean or proportion metric's summaries per agent as mean summaries (proportions as 0/1 values). */
export function meanClusteringOf(metric: AnalyticsMetric, agentSums: AgentSums): Clustering<MeanSummary> {
  const columns = summaryColumnsOf(metric);
  const of = (sums: Sums): MeanSummary =>
    columns.kind === 'mean' ? meanSummaryOf(metric, sums) : proportionAsMeanSummary(proportionSummaryOf(metric, sums));
  return { clusters: [...agentSums.agents.values()].map(of), unclustered: of(agentSums.unattributed) };
}

/** The rollup summary of a metric, with its agents where the metric is a mean or a proportion. */
export function clusteredMetricData(metric: AnalyticsMetric, sums: Sums, agentSums: AgentSums | undefined): MetricData {
  const data = metricData(metric, sums);
  if (!agentSums) {
    return data;
  }
  switch (data.kind) {
    case 'mean':
      return {
        ...data,
        clustering: {
          clusters: [...agentSums.agents.values()].map((s) => meanSummaryOf(metric, s)),
          unclustered: meanSummaryOf(metric, agentSums.unattributed),
        },
      };
    case 'proportion':
      return {
        ...data,
        clustering: {
          clusters: [...agentSums.agents.values()].map((s) => proportionSummaryOf(metric, s)),
          unclustered: proportionSummaryOf(metric, agentSums.unattributed),
        },
      };
    case 'quantile':
      return data;
  }
}

/** How a vendor's intervals treat its agents, reported with every answer that has vendor intervals. */
export function vendorClustering(vendorId: string, agentSums: AgentSums | undefined): VendorClusteringDto {
  const agents = agentSums?.agents.size ?? 0;
  const unattributed = agentSums?.unattributed['n'] ?? 0;
  const core = agentSums ? clusteredCore(meanClusteringOf('overall', agentSums)) : null;
  return {
    vendorId,
    agents,
    unattributed,
    method: agents >= 2 ? 'agents-as-clusters' : 'independent',
    designEffect: core?.designEffect ?? null,
    intraAgentCorrelation: core?.intraClusterCorrelation ?? null,
  };
}
