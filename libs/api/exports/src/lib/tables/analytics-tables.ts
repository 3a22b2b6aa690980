import type {
  AgentRankDto,
  ComparisonResponse,
  CoverageResponse,
  CsvValue,
  DriversResponse,
  GapComparisonDto,
  GapsResponse,
  ScorecardResponse,
  StatDifference,
  StatEstimate,
  VendorRef,
} from '@rapport/contracts';

/**
 * The dashboard's aggregate tables as flat rows, one statistic per row with its estimate, 95% interval, n, status
 * and method, so that a spreadsheet can filter and pivot them. Below the minimum sample a statistic's numbers stay
 * empty and its status says `insufficient`: an export never shows a number the page would not.
 */
type Row = CsvValue[];

const ESTIMATE = ['estimate', 'lower', 'upper', 'n', 'status', 'method'];
const estimate = (stat: StatEstimate): Row => [stat.estimate, stat.lower, stat.upper, stat.n, stat.status, stat.method];
const estimateColumns = (prefix: string) => ESTIMATE.map((column) => `${prefix}_${column}`);

const DIFFERENCE = ['difference', 'lower', 'upper', 'p_value', 'status'];
const difference = (stat: StatDifference): Row => [stat.difference, stat.lower, stat.upper, stat.pValue, stat.status];
const differenceColumns = (prefix: string) => DIFFERENCE.map((column) => `${prefix}_${column}`);

const vendorCells = (vendor: VendorRef | undefined, id: string | null): Row => [vendor?.slug ?? id, vendor?.name ?? null];

export const SCORECARD_COLUMNS = [
  'month',
  'vendor_slug',
  'vendor_name',
  'conversations',
  'metric',
  ...ESTIMATE,
  'rank',
  'ranked_among',
  ...differenceColumns('vs_previous_month'),
  ...differenceColumns('vs_same_month_last_year'),
];

export function* scorecardRows(response: ScorecardResponse): Generator<Row> {
  for (const row of response.rows) {
    for (const [metric, value] of Object.entries(row.metrics)) {
      yield [
        row.month,
        row.vendor.slug,
        row.vendor.name,
        row.volume.current,
        metric,
        ...estimate(value.current),
        value.rank,
        value.rankedAmong,
        ...difference(value.vsPreviousMonth),
        ...difference(value.vsSameMonthLastYear),
      ];
    }
  }
}

export const COMPARISON_COLUMNS = [
  'metric',
  'row',
  'vendor_slug',
  'vendor_name',
  'other_vendor_slug',
  'value',
  'lower',
  'upper',
  'n',
  'other_n',
  'p_value',
  'q_value',
  'significant',
  'status',
  'method',
];

/** Each metric's estimate per vendor, then every pairwise difference (vendor − other vendor) with its BH q-value. */
export function* comparisonRows(response: ComparisonResponse): Generator<Row> {
  const vendors = new Map(response.vendors.map((vendor) => [vendor.id, vendor]));
  for (const metric of response.metrics) {
    for (const stat of metric.estimates) {
      const vendor = vendors.get(stat.vendorId);
      yield [metric.metric, 'estimate', ...vendorCells(vendor, stat.vendorId), null, stat.estimate, stat.lower, stat.upper, stat.n, null, null, null, null, stat.status, stat.method];
    }
    for (const pair of metric.pairs) {
      const a = vendors.get(pair.vendorA);
      const b = vendors.get(pair.vendorB);
      yield [metric.metric, 'difference', ...vendorCells(a, pair.vendorA), b?.slug ?? pair.vendorB, pair.difference, pair.lower, pair.upper, pair.nA, pair.nB, pair.pValue, pair.qValue, pair.significant, pair.status, pair.method];
    }
  }
}

/**
 * Each comparison carries what it is adjusted for (`channel+queue+hour band`, fewer after the fallback to coarser
 * strata, `none` when unadjusted) and, without a figure, the reason and the counts behind it, as the page says them.
 */
const GAP_COMPARISON = [
  'difference',
  'lower',
  'upper',
  'q_value',
  'coverage',
  'flagged',
  'status',
  'adjusted_for',
  'no_figure_reason',
  'cell_n',
  'reference_n',
  'minimum_n',
];
const gapComparison = (gap: GapComparisonDto): Row => [
  gap.difference,
  gap.lower,
  gap.upper,
  gap.qValue,
  gap.coverage,
  gap.flagged,
  gap.status,
  gap.adjustedFor.length === 0 ? 'none' : gap.adjustedFor.join('+'),
  gap.shortfall?.reason ?? null,
  gap.shortfall?.cellN ?? gap.nA,
  gap.shortfall?.referenceN ?? gap.nB,
  gap.shortfall?.minimum ?? null,
];

export const GAP_COLUMNS = [
  'metric',
  'vendor_slug',
  'vendor_name',
  'language',
  ...ESTIMATE,
  ...GAP_COMPARISON.map((column) => `vs_other_languages_${column}`),
  ...GAP_COMPARISON.map((column) => `vs_other_vendors_${column}`),
  'flagged',
];

/** The gap matrix: one row per metric × vendor × language with both case-mix adjusted comparisons and the flag. */
export function* gapRows(response: GapsResponse): Generator<Row> {
  const vendors = new Map(response.vendors.map((vendor) => [vendor.id, vendor]));
  for (const metric of response.metrics) {
    for (const cell of metric.cells) {
      yield [
        metric.metric,
        ...vendorCells(vendors.get(cell.vendorId), cell.vendorId),
        cell.language,
        ...estimate(cell.cell),
        ...gapComparison(cell.vsOtherLanguages),
        ...gapComparison(cell.vsOtherVendors),
        cell.flagged,
      ];
    }
  }
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const COVERAGE_COLUMNS = [
  'vendor_slug',
  'vendor_name',
  'time_zone',
  'hour_of_week',
  'day',
  'hour',
  'conversations',
  ...estimateColumns('first_response_median_seconds'),
  ...estimateColumns('within_sla'),
  ...estimateColumns('csat'),
];

/** Hour of week (vendor local time) × vendor: volume, median first response, share within SLA and CSAT. */
export function* coverageRows(response: CoverageResponse): Generator<Row> {
  for (const row of response.rows) {
    for (const hour of row.hours) {
      yield [
        row.vendor.slug,
        row.vendor.name,
        row.timeZone,
        hour.hourOfWeek,
        DAYS[Math.floor(hour.hourOfWeek / 24)],
        hour.hourOfWeek % 24,
        hour.volume,
        ...estimate(hour.firstResponseMedian),
        ...estimate(hour.withinSla),
        ...estimate(hour.csat),
      ];
    }
  }
}

export const DRIVER_COLUMNS = [
  'vendor_slug',
  'vendor_name',
  'language',
  'surveyed_conversations',
  'group_status',
  'r_squared',
  'row',
  'name',
  ...estimateColumns('correlation'),
  ...estimateColumns('coefficient'),
  'conversations_with_rule',
  ...differenceColumns('csat_effect'),
  'q_value',
  'significant',
];

/** Per group (all, vendor, vendor × language): each dimension's correlation and coefficient, then each rule's effect. */
export function* driverRows(response: DriversResponse, vendors: ReadonlyMap<string, VendorRef>): Generator<Row> {
  const none = (count: number): Row => new Array<CsvValue>(count).fill(null);
  for (const group of response.groups) {
    const head: Row = [
      ...(group.vendorId === null ? ['all', null] : vendorCells(vendors.get(group.vendorId), group.vendorId)),
      group.language ?? 'all',
      group.n,
      group.status,
      group.rSquared,
    ];
    yield [...head, 'overall', 'overall', ...estimate(group.overallCorrelation), ...none(6 + 1 + 5 + 2)];
    for (const dimension of group.dimensions) {
      yield [...head, 'dimension', dimension.name, ...estimate(dimension.correlation), ...estimate(dimension.coefficient), ...none(1 + 5 + 2)];
    }
    for (const rule of group.rules) {
      yield [...head, 'rule', rule.rule, ...none(12), rule.withRule, ...difference(rule.effect), rule.qValue, rule.significant];
    }
  }
}

export const AGENT_COLUMNS = [
  'vendor_slug',
  'vendor_name',
  'metric',
  'agent_external_id',
  'agent_name',
  'n',
  'raw_mean',
  ...estimateColumns('shrunk'),
  'shrinkage_factor',
  'rank',
  'ranked_among',
];

export function agentRow(vendor: VendorRef, metric: string, agent: AgentRankDto): Row {
  return [
    vendor.slug,
    vendor.name,
    metric,
    agent.agent.externalId,
    agent.agent.displayName,
    agent.n,
    agent.rawMean,
    ...estimate(agent.shrunk),
    agent.shrinkageFactor,
    agent.rank,
    agent.rankedAmong,
  ];
}
