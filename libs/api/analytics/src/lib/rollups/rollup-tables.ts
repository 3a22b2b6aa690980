/**
 * Two rollup tables, both additive sums of `ROLLUP_MEASURES`:
 * - daily: day × vendor × language × channel × queue × site × hour of week (vendor local) — the finest grain,
 *   read for hour-of-week views and for the partial months at the edges of a period;
 * - monthly: month × vendor at five grains, so a read touches as few rows as its filters allow:
 *   `vendor` (no dimension: unfiltered scorecards and comparisons), `detail` (language, channel, queue, site:
 *   any filter), `strata` (language × the case-mix strata channel, queue, hour band: the gap analysis), `full`
 *   (strata × site: the gap analysis narrowed to sites) and `hour` (hour of week only: the coverage heatmap).
 * Dimensions a grain leaves out hold ALL ('*', or -1 for the hour of week), so key columns are never NULL and
 * upserts can match them.
 */
export const FACTS_TABLE = 'conversation_facts';
export const RULE_HITS_TABLE = 'conversation_rule_hits';
export const DAILY_TABLE = 'analytics_daily_rollups';
export const MONTHLY_TABLE = 'analytics_monthly_rollups';
export const ALL = '*';

export const DAILY_KEY = ['day', 'vendor_id', 'language', 'channel', 'queue', 'site', 'hour_of_week'] as const;
/** Stored beside the daily key (it follows from hour_of_week) so reads can group by band. */
export const DAILY_ATTRIBUTES = ['hour_band'] as const;

export const DIMENSIONS = ['language', 'channel', 'queue', 'site', 'hour_band'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const MONTHLY_GRAINS = ['vendor', 'detail', 'strata', 'full', 'hour'] as const;
export type MonthlyGrain = (typeof MONTHLY_GRAINS)[number];

export const GRAIN_DIMENSIONS: Readonly<Record<MonthlyGrain, readonly Dimension[]>> = {
  vendor: [],
  detail: ['language', 'channel', 'queue', 'site'],
  strata: ['language', 'channel', 'queue', 'hour_band'],
  full: ['language', 'channel', 'queue', 'site', 'hour_band'],
  hour: [],
};

/** Grains keyed by hour of week; the others hold ALL_HOURS there. */
export const HOURLY_GRAINS: ReadonlySet<MonthlyGrain> = new Set<MonthlyGrain>(['hour']);
export const ALL_HOURS = -1;

export const MONTHLY_KEY = ['month', 'grain', 'vendor_id', ...DIMENSIONS, 'hour_of_week'] as const;

/** SELECT-list expressions of a grain's key over `conversation_facts`, for rebuilding the monthly table. */
export function monthlyKeySql(grain: MonthlyGrain): string[] {
  return [
    'substr(day, 1, 7)',
    `'${grain}'`,
    'vendor_id',
    ...DIMENSIONS.map((dimension) => (GRAIN_DIMENSIONS[grain].includes(dimension) ? dimension : `'${ALL}'`)),
    HOURLY_GRAINS.has(grain) ? 'hour_of_week' : String(ALL_HOURS),
  ];
}

/** GROUP BY expressions of a grain over `conversation_facts` (its key without the constants). */
export function monthlyGroupingSql(grain: MonthlyGrain): string[] {
  return [
    'substr(day, 1, 7)',
    'vendor_id',
    ...DIMENSIONS.filter((dimension) => GRAIN_DIMENSIONS[grain].includes(dimension)),
    ...(HOURLY_GRAINS.has(grain) ? ['hour_of_week'] : []),
  ];
}
