import { Injectable } from '@nestjs/common';
import {
  Difference,
  metricWithChanges,
  MetricWithChanges,
  monthRange,
  previousMonth,
  rankWithData,
  RankedEntry,
  sameMonthLastYear,
} from '@rapport/analytics';
import {
  ANALYTICS_METRICS,
  AnalyticsMetric,
  firstDayOf,
  lastDayOf,
  METRIC_INFO,
  ScorecardMetricDto,
  ScorecardRowDto,
} from '@rapport/contracts';
import { conversationsLink } from '../filters/drill-down';
import { Selection, VendorInfo } from '../filters/selection';
import { measuresFor } from '../metrics/metric-data';
import { RollupReader, Sums } from '../rollups/rollup-reader';
import {
  AgentClustersQuery,
  AgentSums,
  clusterGroupKey,
  clusteredMetricData,
  vendorClustering,
} from './agent-clusters.query';
import { vendorRef } from './vendor-ref';

const ALL_MEASURES = measuresFor(ANALYTICS_METRICS);

export interface ScorecardInput {
  selection: Selection;
  /** Vendors to show: the ones named, else every vendor in scope with conversations in the months shown. */
  vendors: readonly VendorInfo[];
  onlyWithData: boolean;
  /** Vendors a rank is among: every vendor the caller may see, whichever are shown. */
  rankedAmong: readonly VendorInfo[];
  minSample: number;
}

/**
 * Monthly vendor scorecards from the monthly rollups: every metric with its 95% interval (cluster-robust with agents as
 * clusters for means and proportions, from the facts' sums per agent), its change against the
 * previous month and the same month last year, and a rank among the month's vendors where both have enough data.
 */
@Injectable()
export class ScorecardQuery {
  constructor(
    private readonly rollups: RollupReader,
    private readonly agentClusters: AgentClustersQuery,
  ) {}

  async run(input: ScorecardInput): Promise<{ months: string[]; rows: ScorecardRowDto[] }> {
    const { selection, minSample } = input;
    const months = monthRange(selection.from.slice(0, 7), selection.to.slice(0, 7));
    const wanted = [
      ...new Set(months.flatMap((month) => [month, previousMonth(month), sameMonthLastYear(month)])),
    ].sort();
    const everyone = { ...selection, vendorIds: input.rankedAmong.map((vendor) => vendor.id) };
    const [rows, agentSums] = await Promise.all([
      this.rollups.aggregate({
        selection: everyone,
        months: wanted,
        groupBy: ['vendor_id', 'month'],
        measures: ALL_MEASURES,
      }),
      this.agentClusters.read({
        selection: everyone,
        months: wanted,
        groupBy: ['vendor_id', 'month'],
        metrics: ANALYTICS_METRICS,
      }),
    ]);
    const agentsOf = (vendorId: string, month: string): AgentSums | undefined =>
      agentSums.get(clusterGroupKey(vendorId, month));
    const sums = new Map(rows.map((row) => [`${row.keys['vendor_id']}|${row.keys['month']}`, row.sums]));
    const sumsOf = (vendorId: string, month: string): Sums => sums.get(`${vendorId}|${month}`) ?? {};
    const shown = input.onlyWithData
      ? input.vendors.filter((vendor) => months.some((month) => (sumsOf(vendor.id, month)['n'] ?? 0) > 0))
      : input.vendors;

    const shownIds = new Set(shown.map((vendor) => vendor.id));
    const ranked = [...shown, ...input.rankedAmong.filter((vendor) => !shownIds.has(vendor.id))];
    const result: ScorecardRowDto[] = [];
    for (const month of months) {
      const cards = ranked.map((vendor) => ({
        vendor,
        cards: this.metricsOf(sumsOf, agentsOf, vendor.id, month, minSample),
      }));
      const ranks = new Map<AnalyticsMetric, RankedEntry[]>(
        ANALYTICS_METRICS.map((metric) => [
          metric,
          rankWithData(
            cards.map(({ vendor, cards: metrics }) => ({ id: vendor.id, ...metrics[metric].current })),
            { direction: METRIC_INFO[metric].direction, minSample },
          ),
        ]),
      );
      cards.slice(0, shown.length).forEach(({ vendor, cards: metrics }, index) => {
        const entries = ANALYTICS_METRICS.map((metric): [AnalyticsMetric, ScorecardMetricDto] => {
          const rank = ranks.get(metric)?.[index];
          const { current, vsPreviousMonth, vsSameMonthLastYear } = metrics[metric];
          return [
            metric,
            {
              current,
              vsPreviousMonth: supplied(vsPreviousMonth),
              vsSameMonthLastYear: supplied(vsSameMonthLastYear),
              rank: rank?.rank ?? null,
              rankedAmong: rank?.rankedAmong ?? 0,
            },
          ];
        });
        result.push({
          vendor: vendorRef(vendor),
          month,
          volume: {
            current: sumsOf(vendor.id, month)['n'] ?? 0,
            previousMonth: sumsOf(vendor.id, previousMonth(month))['n'] ?? 0,
            sameMonthLastYear: sumsOf(vendor.id, sameMonthLastYear(month))['n'] ?? 0,
          },
          metrics: Object.fromEntries(entries) as Record<AnalyticsMetric, ScorecardMetricDto>,
          clustering: vendorClustering(vendor.id, agentsOf(vendor.id, month)),
          conversations: conversationsLink(selection, {
            vendorId: vendor.id,
            from: firstDayOf(month),
            to: lastDayOf(month),
          }),
        });
      });
    }
    return { months, rows: result };
  }

  private metricsOf(
    sumsOf: (vendorId: string, month: string) => Sums,
    agentsOf: (vendorId: string, month: string) => AgentSums | undefined,
    vendorId: string,
    month: string,
    minSample: number,
  ): Record<AnalyticsMetric, MetricWithChanges> {
    const [current, previous, lastYear] = [month, previousMonth(month), sameMonthLastYear(month)].map((m) => ({
      sums: sumsOf(vendorId, m),
      agents: agentsOf(vendorId, m),
    }));
    return Object.fromEntries(
      ANALYTICS_METRICS.map((metric) => [
        metric,
        metricWithChanges(
          {
            current: clusteredMetricData(metric, current.sums, current.agents),
            previousMonth: clusteredMetricData(metric, previous.sums, previous.agents),
            sameMonthLastYear: clusteredMetricData(metric, lastYear.sums, lastYear.agents),
          },
          { minSample },
        ),
      ]),
    ) as Record<AnalyticsMetric, MetricWithChanges>;
  }
}

/** Both baselines are always passed to metricWithChanges, so its changes are never null. */
function supplied(difference: Difference | null): Difference {
  if (!difference) {
    throw new Error('a scorecard baseline month was not supplied');
  }
  return difference;
}
