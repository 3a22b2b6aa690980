import { Injectable } from '@nestjs/common';
import { compareVendors, FdrProcedure } from '@rapport/analytics';
import {
  ANALYTICS_METRICS,
  AnalyticsMetric,
  ComparisonMetricDto,
  ComparisonResponse,
  CHANNELS,
  METRIC_INFO,
  type Channel,
  type VendorChannelMixDto,
} from '@rapport/contracts';
import { conversationsLink } from '../filters/drill-down';
import { Selection, VendorInfo } from '../filters/selection';
import { measuresFor } from '../metrics/metric-data';
import { AggregateRow, RollupReader } from '../rollups/rollup-reader';
import { AgentClustersQuery, clusterGroupKey, clusteredMetricData, vendorClustering } from './agent-clusters.query';
import { vendorRef } from './vendor-ref';

const ALL_MEASURES = measuresFor(ANALYTICS_METRICS);

function asMetric(name: string): AnalyticsMetric {
  const metric = ANALYTICS_METRICS.find((candidate) => candidate === name);
  if (!metric) {
    throw new Error(`unexpected metric ${name}`);
  }
  return metric;
}

export interface ComparisonInput {
  selection: Selection;
  /** 2–8 vendors, in the order the caller named them. */
  vendors: readonly VendorInfo[];
  minSample: number;
  falseDiscoveryRate: FdrProcedure;
  /** The metrics compared (default every one); q-values are computed across these. */
  metrics?: readonly AnalyticsMetric[];
}

/**
 * Two to eight vendors side by side over one period: each metric's estimate per vendor and every pairwise
 * difference with its 95% interval (cluster-robust with agents as clusters for means and proportions), significance
 * controlled by Benjamini–Hochberg (or Benjamini–Yekutieli, `fdr=by`) across all pairs and metrics.
 */
@Injectable()
export class ComparisonQuery {
  constructor(
    private readonly rollups: RollupReader,
    private readonly agentClusters: AgentClustersQuery,
  ) {}

  async run(
    input: ComparisonInput,
  ): Promise<Pick<ComparisonResponse, 'vendors' | 'metrics' | 'tests' | 'multipleComparisons' | 'clustering' | 'channelMix'>> {
    const { selection, vendors, minSample } = input;
    const [rows, agentSums, byChannel] = await Promise.all([
      this.rollups.aggregate({ selection, groupBy: ['vendor_id'], measures: ALL_MEASURES }),
      this.agentClusters.read({ selection, groupBy: ['vendor_id'], metrics: input.metrics ?? ANALYTICS_METRICS }),
      this.rollups.aggregate({ selection, groupBy: ['vendor_id', 'channel'], measures: SLA_MEASURES }),
    ]);
    const sumsOf = (vendorId: string) => rows.find((row) => row.keys['vendor_id'] === vendorId)?.sums ?? {};
    const comparison = compareVendors(
      (input.metrics ?? ANALYTICS_METRICS).map((metric) => ({
        metric,
        vendors: vendors.map((vendor) => ({
          vendor: vendor.id,
          data: clusteredMetricData(metric, sumsOf(vendor.id), agentSums.get(clusterGroupKey(vendor.id))),
        })),
      })),
      { minSample, falseDiscoveryRate: input.falseDiscoveryRate },
    );
    return {
      vendors: vendors.map((vendor) => ({
        ...vendorRef(vendor),
        volume: sumsOf(vendor.id)['n'] ?? 0,
        conversations: conversationsLink(selection, { vendorId: vendor.id }),
      })),
      metrics: comparison.metrics.map((entry): ComparisonMetricDto => {
        const metric = asMetric(entry.metric);
        return {
          metric,
          direction: METRIC_INFO[metric].direction,
          // Field by field, not by spreading: estimates come in several shapes, and V8 copies such a mix slowly.
          estimates: entry.estimates.map(
            ({ status, n, estimate, lower, upper, method, vendor, agents, designEffect, intraAgentCorrelation }) =>
              (agents === undefined
                ? { status, n, estimate, lower, upper, method, vendorId: vendor }
                : {
                    status,
                    n,
                    estimate,
                    lower,
                    upper,
                    method,
                    vendorId: vendor,
                    agents,
                    designEffect,
                    intraAgentCorrelation,
                  }) as ComparisonMetricDto['estimates'][number],
          ),
          pairs: entry.pairs,
        };
      }),
      tests: comparison.tests,
      multipleComparisons: comparison.multipleComparisons,
      clustering: vendors.map((vendor) => vendorClustering(vendor.id, agentSums.get(clusterGroupKey(vendor.id)))),
      channelMix: channelMix(vendors, byChannel),
    };
  }
}

const SLA_MEASURES = measuresFor(['withinSla']);

/**
 * Each vendor's conversations per channel with the share answered within that channel's target: response-time
 * targets differ by channel, so a vendor answering mostly chat can be faster yet further from its targets.
 */
function channelMix(vendors: readonly VendorInfo[], rows: readonly AggregateRow[]): VendorChannelMixDto[] {
  return vendors.map((vendor) => ({
    vendorId: vendor.id,
    channels: CHANNELS.flatMap((channel: Channel) => {
      const sums = rows.find((row) => row.keys['vendor_id'] === vendor.id && row.keys['channel'] === channel)?.sums;
      const conversations = sums?.['n'] ?? 0;
      if (conversations === 0) {
        return [];
      }
      const measured = sums?.['sla_n'] ?? 0;
      return [{ channel, conversations, slaMeasured: measured, withinSla: measured > 0 ? (sums?.['sla_yes'] ?? 0) / measured : null }];
    }),
  }));
}
