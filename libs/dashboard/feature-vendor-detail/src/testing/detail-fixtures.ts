import {
  ANALYTICS_METRICS,
  type AgentRankingResponse,
  type CoverageResponse,
  type DriversResponse,
  type GapComparisonDto,
  type GapsResponse,
  type RuleEffectDto,
  type ScorecardResponse,
  type ScorecardRowDto,
  type StatDifference,
  type StatEstimate,
} from '@rapport/contracts';

/** Analytics answers about one vendor (Lisboa Contact, id v-lis) for the vendor detail specs. */
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
export const diff = (value: number, lower: number, upper: number): StatDifference => ({
  status: 'ok',
  difference: value,
  lower,
  upper,
  nA: 80,
  nB: 300,
  pValue: 0.01,
  method: 'welch-satterthwaite',
});
const NONE: StatDifference = {
  status: 'insufficient',
  difference: null,
  lower: null,
  upper: null,
  nA: 0,
  nB: 0,
  pValue: null,
  method: 'welch-satterthwaite',
};
const BASE = {
  minimumSample: 30,
  metricInfo: {},
  filters: {
    from: '2025-03-01',
    to: '2025-05-31',
    vendors: ['v-lis'],
    channels: [],
    languages: [],
    queues: [],
    sites: [],
  },
};
const LISBOA = { id: 'v-lis', slug: 'lisboa-contact', name: 'Lisboa Contact' };

function scorecardRow(month: string, overall: StatEstimate): ScorecardRowDto {
  const metrics = Object.fromEntries(
    ANALYTICS_METRICS.map((metric) => [
      metric,
      {
        current: metric === 'overall' ? overall : ok(70, 66, 74, 100),
        vsPreviousMonth: NONE,
        vsSameMonthLastYear: NONE,
        rank: null,
        rankedAmong: 0,
      },
    ]),
  ) as ScorecardRowDto['metrics'];
  return {
    vendor: LISBOA,
    month,
    volume: { current: 100, previousMonth: 0, sameMonthLastYear: 0 },
    metrics,
    clustering: {
      vendorId: 'v-lis',
      agents: 12,
      unattributed: 0,
      method: 'agents-as-clusters',
      designEffect: 1.5,
      intraAgentCorrelation: 0.05,
    },
    conversations: '/api/conversations?vendors=v-lis',
  };
}

export const TREND: ScorecardResponse = {
  ...BASE,
  months: ['2025-04', '2025-05'],
  rows: [scorecardRow('2025-04', thin(20)), scorecardRow('2025-05', ok(81.23, 78, 84, 160))],
  rankMethod: 'competition-rank',
  weights: { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 },
};

function comparison(
  kind: GapComparisonDto['comparison'],
  difference: StatDifference,
  flagged: boolean,
): GapComparisonDto {
  return {
    ...difference,
    comparison: kind,
    coverage: 1,
    strataUsed: 4,
    missingStrata: 0,
    intervalExcludesZero: flagged,
    qValue: flagged ? 0.01 : 0.5,
    flagged,
  } as GapComparisonDto;
}

export const GAPS: GapsResponse = {
  ...BASE,
  vendors: [LISBOA],
  languages: ['de', 'pt'],
  strata: ['channel'],
  flagged: [],
  multipleComparisons: 'benjamini-hochberg',
  clustering: [
    {
      vendorId: 'v-lis',
      agents: 12,
      unattributed: 0,
      method: 'agents-as-clusters',
      designEffect: 1.5,
      intraAgentCorrelation: 0.05,
    },
  ],
  metrics: [
    {
      metric: 'overall',
      direction: 'higher-is-better',
      tests: 4,
      cells: [
        {
          vendorId: 'v-lis',
          language: 'de',
          cell: ok(70, 66, 74, 80),
          vsOtherLanguages: comparison('same-vendor-other-languages', diff(-9, -13, -5), true),
          vsOtherVendors: comparison('other-vendors-same-language', diff(-1, -4, 2), false),
          flagged: true,
          conversations: '/api/conversations?from=2025-03-01&to=2025-05-31&vendors=v-lis&languages=de',
        },
        {
          vendorId: 'v-lis',
          language: 'pt',
          cell: ok(82, 80, 84, 300),
          vsOtherLanguages: comparison('same-vendor-other-languages', diff(9, 5, 13), false),
          vsOtherVendors: comparison('other-vendors-same-language', NONE, false),
          flagged: false,
          conversations: '/api/conversations?from=2025-03-01&to=2025-05-31&vendors=v-lis&languages=pt',
        },
        {
          vendorId: 'v-other',
          language: 'pt',
          cell: ok(60, 58, 62, 300),
          vsOtherLanguages: comparison('same-vendor-other-languages', NONE, false),
          vsOtherVendors: comparison('other-vendors-same-language', NONE, false),
          flagged: false,
          conversations: '/api/conversations?vendors=v-other',
        },
      ],
    },
  ],
};

export const COVERAGE: CoverageResponse = {
  ...BASE,
  rows: [
    {
      vendor: LISBOA,
      timeZone: 'Europe/Lisbon',
      businessHours: { sun: [], mon: [{ from: '00:00', to: '01:00' }], tue: [], wed: [], thu: [], fri: [], sat: [] },
      conversations: '/api/conversations?from=2025-03-01&to=2025-05-31&vendors=v-lis',
      hours: [
        {
          hourOfWeek: 9,
          volume: 40,
          firstResponseMedian: ok(120, 90, 150, 40),
          withinSla: ok(0.9, 0.8, 0.95, 40),
          withinSlaCounts: { n: 40, within: 36 },
          csat: thin(10),
        },
        { hourOfWeek: 10, volume: 20, firstResponseMedian: thin(20), withinSla: ok(0.5, 0.3, 0.7, 30), withinSlaCounts: { n: 30, within: 15 }, csat: thin(5) },
        { hourOfWeek: 167, volume: 2, firstResponseMedian: thin(2), withinSla: thin(2), withinSlaCounts: { n: 2, within: 1 }, csat: thin(1) },
      ],
    },
  ],
};

const rule = (id: string, value: number, significant: boolean): RuleEffectDto => ({
  rule: id,
  withRule: 40,
  effect: diff(value, value - 5, value + 5),
  qValue: significant ? 0.01 : 0.4,
  significant,
});

export const DRIVERS: DriversResponse = {
  ...BASE,
  groups: [
    {
      vendorId: 'v-lis',
      language: null,
      n: 200,
      status: 'ok',
      rSquared: 0.3,
      dimensions: [
        { name: 'responsiveness', correlation: ok(0.42, 0.3, 0.53, 200), coefficient: ok(0.3, 0.2, 0.4, 200) },
        { name: 'courtesy', correlation: ok(-0.05, -0.2, 0.1, 200), coefficient: thin(200) },
      ],
      overallCorrelation: ok(0.5, 0.4, 0.6, 200),
      clustering: { agents: 12, designEffect: 1.4, intraAgentCorrelation: 0.1 },
      rules: [
        rule('courtesy.curt-reply', -12, true),
        rule('responsiveness.slow-first-reply', -4, false),
        rule('courtesy.greeting', 3, false),
      ],
    },
    {
      vendorId: 'v-lis',
      language: 'de',
      n: 20,
      status: 'insufficient',
      rSquared: null,
      dimensions: [],
      overallCorrelation: thin(20),
      clustering: { agents: 3, designEffect: null, intraAgentCorrelation: null },
      rules: [],
    },
  ],
};

export const AGENTS: AgentRankingResponse = {
  ...BASE,
  vendor: LISBOA,
  metric: 'overall',
  direction: 'higher-is-better',
  vendorMean: 75,
  withinVariance: 100,
  betweenVariance: 9,
  betweenVarianceInterval: { lower: 4, upper: 25 },
  agentDifferences: 'distinguishable',
  sort: 'rank',
  page: 1,
  pageSize: 20,
  total: 45,
  items: [
    {
      agent: { id: 'a1', externalId: 'ana', displayName: 'Ana Sousa' },
      n: 120,
      rawMean: 84,
      shrunk: ok(82, 79, 85, 120),
      shrinkageFactor: 0.2,
      rank: 1,
      rankedAmong: 40,
      conversations: '/api/conversations?vendors=v-lis&agent=a1',
    },
    {
      agent: { id: 'a2', externalId: 'bruno', displayName: null },
      n: 3,
      rawMean: 100,
      shrunk: thin(3),
      shrinkageFactor: 0.9,
      rank: null,
      rankedAmong: 40,
      conversations: '/api/conversations?vendors=v-lis&agent=a2',
    },
  ],
};
