import type {
  ComparisonMetricDto,
  ComparisonResponse,
  StatDifference,
  StatEstimate,
  VendorPairDto,
} from '@rapport/contracts';

/** Comparison answers for specs. */
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

export function pair(
  vendorA: string,
  vendorB: string,
  difference: StatDifference,
  qValue: number | null,
  significant: boolean,
): VendorPairDto {
  return { ...difference, vendorA, vendorB, qValue, significant };
}

export const difference = (value: number, lower: number, upper: number): StatDifference => ({
  status: 'ok',
  difference: value,
  lower,
  upper,
  nA: 160,
  nB: 150,
  pValue: 0.01,
  method: 'welch-satterthwaite',
});
export const NO_DIFFERENCE: StatDifference = {
  status: 'insufficient',
  difference: null,
  lower: null,
  upper: null,
  nA: 160,
  nB: 12,
  pValue: null,
  method: 'welch-satterthwaite',
};

export function comparisonResponse(metrics: ComparisonMetricDto[]): ComparisonResponse {
  return {
    minimumSample: 30,
    filters: {
      from: '2025-03-01',
      to: '2025-05-31',
      vendors: ['v-lis', 'v-man'],
      channels: [],
      languages: [],
      queues: [],
      sites: [],
    },
    metricInfo: {},
    vendors: [
      {
        id: 'v-lis',
        slug: 'lisboa-contact',
        name: 'Lisboa Contact',
        volume: 480,
        conversations: '/api/conversations?from=2025-03-01&to=2025-05-31&vendors=v-lis',
      },
      {
        id: 'v-man',
        slug: 'manila-desk',
        name: 'Manila Desk',
        volume: 450,
        conversations: '/api/conversations?from=2025-03-01&to=2025-05-31&vendors=v-man',
      },
    ],
    metrics,
    tests: metrics.reduce((count, metric) => count + metric.pairs.length, 0),
    multipleComparisons: 'benjamini-hochberg',
    clustering: [
      {
        vendorId: 'v-lis',
        agents: 12,
        unattributed: 0,
        method: 'agents-as-clusters',
        designEffect: 2.25,
        intraAgentCorrelation: 0.1,
      },
      {
        vendorId: 'v-man',
        agents: 0,
        unattributed: 450,
        method: 'independent',
        designEffect: null,
        intraAgentCorrelation: null,
      },
    ],
    channelMix: [
      { vendorId: 'v-lis', channels: [{ channel: 'email', conversations: 400, slaMeasured: 400, withinSla: 0.6 }, { channel: 'chat', conversations: 80, slaMeasured: 80, withinSla: 0.5 }] },
      { vendorId: 'v-man', channels: [{ channel: 'chat', conversations: 450, slaMeasured: 440, withinSla: 0.18 }] },
    ],
    slaTargets: {
      chat: { firstResponseSeconds: 60, replyGapSeconds: 120 },
      email: { firstResponseSeconds: 28_800, replyGapSeconds: 28_800 },
      social: { firstResponseSeconds: 3_600, replyGapSeconds: 3_600 },
      'voice-transcript': { firstResponseSeconds: 30, replyGapSeconds: 60 },
      'phone-notes': { firstResponseSeconds: 14_400, replyGapSeconds: 28_800 },
    },
  };
}

export const RESPONSE = comparisonResponse([
  {
    metric: 'overall',
    direction: 'higher-is-better',
    estimates: [
      { ...ok(80, 78, 82, 480), vendorId: 'v-lis' },
      { ...ok(72, 70, 74, 450), vendorId: 'v-man' },
    ],
    pairs: [pair('v-lis', 'v-man', difference(8, 5, 11), 0.0004, true)],
  },
  {
    metric: 'csat',
    direction: 'higher-is-better',
    estimates: [
      { ...ok(75, 70, 80, 60), vendorId: 'v-lis' },
      { ...thin(12), vendorId: 'v-man' },
    ],
    pairs: [pair('v-lis', 'v-man', NO_DIFFERENCE, null, false)],
  },
  {
    metric: 'languageMismatch',
    direction: 'lower-is-better',
    estimates: [
      { ...ok(0.05, 0.03, 0.08, 480), vendorId: 'v-lis' },
      { ...ok(0.06, 0.04, 0.09, 450), vendorId: 'v-man' },
    ],
    pairs: [pair('v-lis', 'v-man', difference(-0.01, -0.04, 0.02), 0.41, false)],
  },
]);
