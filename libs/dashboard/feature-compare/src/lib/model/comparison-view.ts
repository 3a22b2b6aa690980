import {
  type AnalyticsMetric,
  type ComparisonResponse,
  METRIC_INFO,
  type MetricDirection,
  type MetricUnit,
  type StatDifference,
  type StatEstimate,
  type VendorRef,
} from '@rapport/contracts';
import { type DrillDownLink, toConversationsLink } from '@rapport/dashboard-data-access';
import { type IntervalScale, intervalScale, clusteringWords, fdrWords } from '@rapport/dashboard-ui';
import { type ChannelMixView, toChannelMixView } from './channel-mix';

export interface ComparedVendor extends VendorRef {
  volume: number;
  conversations: DrillDownLink;
}

export interface PairRow {
  key: string;
  label: string;
  /** Each of the two vendors' conversations, ordered to show where the metric is weakest first. */
  conversations: [PairLink, PairLink];
  difference: StatDifference;
  qValue: number | null;
  significant: boolean;
}

export interface PairLink extends DrillDownLink {
  vendorName: string;
  label: string;
}

/**
 * How a pair's conversation lists are ordered: by the metric's own score, worst first, where the list can sort by
 * it; other metrics open the vendor's conversations unsorted.
 */
const PAIR_SORTS: Partial<Record<AnalyticsMetric, string>> = {
  overall: 'overall',
  courtesy: 'courtesy',
  comprehension: 'comprehension',
  responsiveness: 'responsiveness',
  csat: 'csat',
  firstResponseMedian: '-firstResponse',
  firstResponseP90: '-firstResponse',
};

function pairLink(vendor: ComparedVendor, metric: AnalyticsMetric): PairLink {
  const sort = PAIR_SORTS[metric];
  const extra: Record<string, string> = sort ? { sort } : {};
  return {
    path: vendor.conversations.path,
    queryParams: { ...vendor.conversations.queryParams, ...extra },
    vendorName: vendor.name,
    label: `${vendor.name}'s conversations for ${METRIC_INFO[metric].label}`,
  };
}

export interface MetricComparison {
  metric: AnalyticsMetric;
  label: string;
  unit: MetricUnit;
  direction: MetricDirection;
  definition: string;
  /** One estimate per compared vendor, in vendor order; null if the API left a vendor out. */
  estimates: (StatEstimate | null)[];
  /** Shared axis of the row's estimates. */
  scale: IntervalScale | null;
  pairs: PairRow[];
  /** Shared axis of the row's differences, zero included. */
  pairScale: IntervalScale | null;
}

export interface ComparisonView {
  vendors: ComparedVendor[];
  metrics: MetricComparison[];
  /** Size of the false-discovery family, and how many of its differences came out significant. */
  tests: number;
  significant: number;
  minimumSample: number;
  /** The false-discovery check applied and how the intervals treat agents, in words. */
  fdr: string;
  clustering: string;
  /** Channel mix and response-time targets, which explain responsiveness figures that look contradictory. */
  channelMix: ChannelMixView;
}

/** Rows in reading order: the headline scores first, then service levels, then language signals. */
export const COMPARE_ORDER: readonly AnalyticsMetric[] = [
  'overall',
  'csat',
  'satisfied',
  'responsiveness',
  'courtesy',
  'comprehension',
  'withinSla',
  'firstResponseMedian',
  'firstResponseP90',
  'afterHoursCoverage',
  'weekendCoverage',
  'responseRate',
  'languageMismatch',
  'clarificationRequests',
  'asksOtherAgent',
];

function orderOf(metric: AnalyticsMetric): number {
  const index = COMPARE_ORDER.indexOf(metric);
  return index === -1 ? COMPARE_ORDER.length : index;
}

/** The comparison laid out for the page: a row per metric with every vendor's estimate, then every pair's difference. */
export function toComparisonView(response: ComparisonResponse): ComparisonView {
  const vendors = response.vendors.map((vendor) => ({
    ...vendor,
    conversations: toConversationsLink(vendor.conversations),
  }));
  const byId = new Map(vendors.map((vendor) => [vendor.id, vendor]));
  const metrics = [...response.metrics]
    .sort((a, b) => orderOf(a.metric) - orderOf(b.metric))
    .map((entry): MetricComparison => {
      const info = METRIC_INFO[entry.metric];
      const estimates = vendors.map(
        (vendor) => entry.estimates.find((estimate) => estimate.vendorId === vendor.id) ?? null,
      );
      const pairs = entry.pairs.flatMap((pair): PairRow[] => {
        const first = byId.get(pair.vendorA);
        const second = byId.get(pair.vendorB);
        return first && second
          ? [
              {
                key: `${pair.vendorA}|${pair.vendorB}`,
                conversations: [pairLink(first, entry.metric), pairLink(second, entry.metric)],
                label: `${first.name} − ${second.name}`,
                difference: pair,
                qValue: pair.qValue,
                significant: pair.status === 'ok' && pair.significant,
              },
            ]
          : [];
      });
      return {
        metric: entry.metric,
        label: info.label,
        unit: info.unit,
        direction: entry.direction,
        definition: info.definition,
        estimates,
        scale: intervalScale(
          estimates.flatMap((estimate) =>
            estimate?.status === 'ok' ? [{ lower: estimate.lower, upper: estimate.upper }] : [],
          ),
          { unit: info.unit },
        ),
        pairs,
        pairScale: intervalScale(
          pairs.flatMap((pair) =>
            pair.difference.status === 'ok' ? [{ lower: pair.difference.lower, upper: pair.difference.upper }] : [],
          ),
          { include: [0] },
        ),
      };
    });
  return {
    vendors,
    metrics,
    tests: response.tests,
    significant: metrics.reduce((count, metric) => count + metric.pairs.filter((pair) => pair.significant).length, 0),
    minimumSample: response.minimumSample,
    fdr: fdrWords(response.multipleComparisons),
    clustering: clusteringWords(response.clustering, (id) => byId.get(id)?.name ?? id),
    channelMix: toChannelMixView(response),
  };
}

/**
 * How likely a difference is chance, in words, from its false-discovery-adjusted p-value: under 0.01 "Very unlikely",
 * up to 0.05 (the threshold the flags use) "Unlikely", above "Could be chance".
 */
export function chanceWords(qValue: number | null): string {
  if (qValue === null) {
    return '—';
  }
  return qValue < 0.01 ? 'Very unlikely' : qValue <= 0.05 ? 'Unlikely' : 'Could be chance';
}

/** A q-value as people read it: "q = 0.012", "q < 0.001"; a dash when there is none. */
export function formatQValue(qValue: number | null): string {
  if (qValue === null) {
    return '—';
  }
  return qValue < 0.001 ? 'q < 0.001' : `q = ${qValue.toFixed(3)}`;
}
