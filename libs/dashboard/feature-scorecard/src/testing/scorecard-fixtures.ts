import {
  ANALYTICS_METRICS,
  METRIC_INFO,
  type ScorecardMetricDto,
  type ScorecardResponse,
  type ScorecardRowDto,
  type StatDifference,
  type StatEstimate,
  type VendorRef,
} from '@rapport/contracts';

/** Scorecard answers for specs: every metric filled, the ones a test cares about set explicitly. */
export const ok = (estimate: number, lower: number, upper: number, n: number): StatEstimate => ({
  status: 'ok',
  estimate,
  lower,
  upper,
  n,
  method: 'student-t',
});
export const thin = (n: number): StatEstimate => ({
  status: 'insufficient',
  estimate: null,
  lower: null,
  upper: null,
  n,
  method: 'student-t',
});
export const change = (difference: number, lower: number, upper: number): StatDifference => ({
  status: 'ok',
  difference,
  lower,
  upper,
  nA: 100,
  nB: 100,
  pValue: 0.04,
  method: 'welch-satterthwaite',
});
const NO_CHANGE: StatDifference = {
  status: 'insufficient',
  difference: null,
  lower: null,
  upper: null,
  nA: 0,
  nB: 0,
  pValue: null,
  method: 'welch-satterthwaite',
};

export const LISBOA: VendorRef = { id: 'v-lis', slug: 'lisboa-contact', name: 'Lisboa Contact' };
export const MANILA: VendorRef = { id: 'v-man', slug: 'manila-desk', name: 'Manila Desk' };
export const NORDIC: VendorRef = { id: 'v-nor', slug: 'nordic-care', name: 'Nordic Care' };

export interface RowSpec {
  vendor: VendorRef;
  month: string;
  volume?: number;
  previousVolume?: number;
  rank?: number | null;
  rankedAmong?: number;
  metrics?: Partial<Record<(typeof ANALYTICS_METRICS)[number], StatEstimate>>;
  overallChange?: StatDifference;
}

export function scorecardRow(spec: RowSpec): ScorecardRowDto {
  const metrics = Object.fromEntries(
    ANALYTICS_METRICS.map((metric): [string, ScorecardMetricDto] => [
      metric,
      {
        // A proportion (within SLA, resolved, recontact) lies between 0 and 1; the other metrics default to about 70.
        current: spec.metrics?.[metric] ?? (METRIC_INFO[metric].unit === 'proportion' ? ok(0.7, 0.65, 0.75, spec.volume ?? 100) : ok(70, 65, 75, spec.volume ?? 100)),
        vsPreviousMonth: metric === 'overall' ? (spec.overallChange ?? NO_CHANGE) : NO_CHANGE,
        vsSameMonthLastYear: NO_CHANGE,
        rank: metric === 'overall' ? (spec.rank ?? null) : null,
        rankedAmong: spec.rankedAmong ?? 0,
      },
    ]),
  ) as ScorecardRowDto['metrics'];
  return {
    vendor: spec.vendor,
    month: spec.month,
    volume: { current: spec.volume ?? 100, previousMonth: spec.previousVolume ?? 0, sameMonthLastYear: 0 },
    metrics,
    clustering: {
      vendorId: spec.vendor.id,
      agents: 12,
      unattributed: 0,
      method: 'agents-as-clusters',
      designEffect: 2.25,
      intraAgentCorrelation: 0.1,
    },
    conversations: `/api/conversations?from=${spec.month}-01&to=${spec.month}-28&vendors=${spec.vendor.id}`,
  };
}

export function scorecardResponse(months: string[], rows: ScorecardRowDto[]): ScorecardResponse {
  return {
    minimumSample: 30,
    filters: {
      from: `${months[0]}-01`,
      to: `${months[months.length - 1]}-28`,
      vendors: [],
      channels: [],
      languages: [],
      queues: [],
      sites: [],
    },
    metricInfo: {},
    months,
    rows,
    rankMethod: 'competition-rank',
    weights: { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 },
  };
}
