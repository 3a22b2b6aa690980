import { z } from 'zod';
import { CHANNELS } from '../vocabulary';
import { AGENT_METRICS, ANALYTICS_METRICS, GAP_METRICS } from './metrics';
import { listOf, toList, vendorToken } from './query-lists';

/**
 * One query syntax for every analytics endpoint and the conversation list:
 *   ?from=2024-03&to=2024-05            months or days (YYYY-MM-DD), both inclusive; or ?month=2024-05
 *   &vendors=lisboa-contact,manila-desk  slugs or ids; comma-separated or repeated (&vendors=a&vendors=b)
 *   &channels=chat,email&languages=de,fr&queues=billing&sites=Cebu
 *   &minSample=30                        conversations below which a cell is "not enough data"
 * Unknown parameters are refused, so a misspelt filter can never be silently ignored.
 */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const LANGUAGE = /^[a-z]{2,3}$/;

/** Longest period one request may cover. */
export const MAX_PERIOD_MONTHS = 36;
/** Longest run of months one scorecard request returns. */
export const MAX_SCORECARD_MONTHS = 12;
/** Smallest minimum sample a caller may ask for: below it intervals stop meaning much. */
export const MIN_SAMPLE_FLOOR = 10;
export const MIN_COMPARED_VENDOR_COUNT = 2;
export const MAX_COMPARED_VENDOR_COUNT = 8;
export const MAX_PAGE_SIZE = 200;
const COMPARED_VENDORS_MESSAGE = `compare ${MIN_COMPARED_VENDOR_COUNT} to ${MAX_COMPARED_VENDOR_COUNT} vendors`;

export function isMonthString(value: string): boolean {
  return MONTH.test(value);
}

/** A real calendar day as YYYY-MM-DD (no 2024-02-30). */
export function isDayString(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of a period bound: the day itself, or the first day of a month. */
export function firstDayOf(bound: string): string {
  return isMonthString(bound) ? `${bound}-01` : bound;
}

/** Last day of a period bound: the day itself, or the last day of a month. */
export function lastDayOf(bound: string): string {
  if (!isMonthString(bound)) {
    return bound;
  }
  const [year, month] = bound.split('-').map(Number) as [number, number];
  return `${bound}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

function monthIndex(day: string): number {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return year * 12 + month - 1;
}

const periodBound = z.string().refine((value) => isMonthString(value) || isDayString(value), {
  message: 'must be a month (YYYY-MM) or a day (YYYY-MM-DD)',
});
const channel = z.enum(CHANNELS, {
  error: (issue) => `unknown channel '${String(issue.input)}'; expected one of ${CHANNELS.join(', ')}`,
});
const language = z.string().regex(LANGUAGE, 'must be a language code such as de or pt');

export const periodShape = {
  month: z
    .string()
    .regex(MONTH, 'must be a month YYYY-MM')
    .optional()
    .describe('One month, YYYY-MM (instead of from/to); default: the latest complete month with data'),
  from: periodBound.optional().describe('First month (YYYY-MM) or day (YYYY-MM-DD) of the period, inclusive'),
  to: periodBound.optional().describe('Last month (YYYY-MM) or day (YYYY-MM-DD) of the period, inclusive'),
};

/** Case-mix dimensions every aggregate can be narrowed by. */
export const dimensionShape = {
  channels: listOf(channel)
    .optional()
    .describe(`Channels, comma-separated or repeated: ${CHANNELS.join(', ')}`),
  languages: listOf(language).optional().describe('Customer languages, e.g. de,fr'),
  queues: listOf(z.string().max(200)).optional().describe('Queues (topics), comma-separated or repeated'),
  sites: listOf(z.string().max(200)).optional().describe('Vendor sites, comma-separated or repeated'),
};

const minSampleShape = {
  minSample: z.coerce
    .number()
    .int()
    .min(MIN_SAMPLE_FLOOR)
    .max(100_000)
    .optional()
    .describe(
      `Conversations (survey answers for CSAT) below which a cell shows "not enough data"; default 30, at least ${MIN_SAMPLE_FLOOR}`,
    ),
};

export const pageShape = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
};

interface PeriodInput {
  month?: string;
  from?: string;
  to?: string;
}

/**
 * Earliest month a period may name. Every month of a period costs work (rollup reads, scorecard columns), so bounds
 * are kept to the years the product can hold data for: from 2000 to the end of next year.
 */
export const EARLIEST_PERIOD_MONTH = '2000-01';

/** Machine-readable codes of the period errors (the `code` of the 400 answer). */
export const PERIOD_ERROR_CODES = {
  /** A month before EARLIEST_PERIOD_MONTH or after the end of next year. */
  outOfRange: 'period_out_of_range',
  /** More months than the endpoint allows (MAX_PERIOD_MONTHS, MAX_SCORECARD_MONTHS). */
  tooLong: 'period_too_long',
} as const;

/** Latest month a period may name: December of the year after `now`'s (UTC). */
export function latestPeriodMonth(now: Date): string {
  return `${now.getUTCFullYear() + 1}-12`;
}

/** Whether a month (YYYY-MM) lies between EARLIEST_PERIOD_MONTH and latestPeriodMonth(now). */
export function isMonthInPeriodRange(month: string, now: Date): boolean {
  return month >= EARLIEST_PERIOD_MONTH && month <= latestPeriodMonth(now);
}

export function periodRangeMessage(now: Date): string {
  return `must be a month from ${EARLIEST_PERIOD_MONTH} to ${latestPeriodMonth(now)}`;
}

/** Months from the first to the last, both inclusive (bounds as months or days). */
export function monthsCovered(first: string, last: string): number {
  return monthIndex(lastDayOf(last)) - monthIndex(firstDayOf(first)) + 1;
}

export function periodTooLongMessage(maxMonths: number): string {
  return `the period may cover at most ${maxMonths} months`;
}

export interface PeriodIssue {
  path: 'month' | 'from' | 'to';
  message: string;
  /** A code of PERIOD_ERROR_CODES, or undefined for a plain invalid input. */
  code?: string;
}

/**
 * What is wrong with a period, given the time now: each bound inside [EARLIEST_PERIOD_MONTH, latestPeriodMonth(now)],
 * `to` not before `from`, and at most `maxMonths` months when both are given (a missing `to` is checked once the
 * latest month with data is known; a missing `from` means the month of `to`).
 */
export function periodIssues(value: PeriodInput, maxMonths: number, now: Date): PeriodIssue[] {
  if (value.month && (value.from || value.to)) {
    return [{ path: 'month', message: 'give either month or from/to, not both' }];
  }
  const issues: PeriodIssue[] = [];
  for (const path of ['month', 'from', 'to'] as const) {
    const bound = value[path];
    if (bound && (isMonthString(bound) || isDayString(bound))) {
      if (!isMonthInPeriodRange(bound.slice(0, 7), now)) {
        issues.push({
          path,
          code: PERIOD_ERROR_CODES.outOfRange,
          message: periodRangeMessage(now),
        });
      }
    }
  }
  if (issues.length === 0 && value.from && value.to) {
    if (firstDayOf(value.from) > lastDayOf(value.to)) {
      issues.push({
        path: 'to',
        message: `must not be before from (${value.from})`,
      });
    } else if (monthsCovered(value.from, value.to) > maxMonths) {
      issues.push({
        path: 'to',
        code: PERIOD_ERROR_CODES.tooLong,
        message: periodTooLongMessage(maxMonths),
      });
    }
  }
  return issues;
}

function checkPeriod(value: PeriodInput, context: z.RefinementCtx, maxMonths = MAX_PERIOD_MONTHS): void {
  // Validation happens at the edge, on the request: the wall clock is the right "now" for "next year".
  for (const issue of periodIssues(value, maxMonths, new Date())) {
    context.addIssue({
      code: 'custom',
      path: [issue.path],
      message: issue.message,
      ...(issue.code ? { params: { code: issue.code } } : {}),
    });
  }
}

/** Period, vendors and case-mix dimensions: what an aggregate and its drill-down list have in common. */
export const selectionShape = {
  ...periodShape,
  vendors: listOf(vendorToken)
    .optional()
    .describe('Vendors by slug or id, comma-separated or repeated; default: all you may see'),
  ...dimensionShape,
};
const filterShape = { ...selectionShape, ...minSampleShape };

/**
 * False-discovery-rate control across a comparison's or a gap matrix's tests: `bh` Benjamini–Hochberg (default; valid
 * for independent or positively dependent tests), `by` Benjamini–Yekutieli (valid under any dependence, fewer flags).
 */
export const FDR_SETTINGS = ['bh', 'by'] as const;
export type FdrSetting = (typeof FDR_SETTINGS)[number];
const fdrShape = {
  fdr: z
    .enum(FDR_SETTINGS)
    .optional()
    .describe('False discovery rate control: bh (Benjamini–Hochberg, default) or by (Benjamini–Yekutieli)'),
};

/** Filters shared by every aggregate endpoint. */
export const analyticsFilterSchema = z
  .strictObject(filterShape)
  .superRefine((value, context) => checkPeriod(value, context));
export type AnalyticsFilterParams = z.infer<typeof analyticsFilterSchema>;

/** Scorecards are monthly: bounds are months, at most a year of them per request. */
export const scorecardQuerySchema = z.strictObject(filterShape).superRefine((value, context) => {
  for (const key of ['from', 'to'] as const) {
    const bound = value[key];
    if (bound && !isMonthString(bound)) {
      context.addIssue({
        code: 'custom',
        path: [key],
        message: 'scorecards are monthly: use a month YYYY-MM',
      });
    }
  }
  checkPeriod(value, context, MAX_SCORECARD_MONTHS);
});
export type ScorecardParams = z.infer<typeof scorecardQuerySchema>;

export const comparisonQuerySchema = z
  .strictObject({
    ...filterShape,
    ...fdrShape,
    metrics: listOf(z.enum(ANALYTICS_METRICS))
      .optional()
      .describe('Metrics to compare (e.g. csat,effort,resolved,nps,recontact); default every metric. The false-discovery control runs across these'),
    vendors: z.preprocess(
      (value) => toList(value) ?? [],
      z
        .array(vendorToken)
        .min(MIN_COMPARED_VENDOR_COUNT, COMPARED_VENDORS_MESSAGE)
        .max(MAX_COMPARED_VENDOR_COUNT, COMPARED_VENDORS_MESSAGE),
    ),
  })
  .superRefine((value, context) => checkPeriod(value, context));
export type ComparisonParams = z.infer<typeof comparisonQuerySchema>;

export const gapQuerySchema = z
  .strictObject({
    ...filterShape,
    ...fdrShape,
    metrics: listOf(z.enum(GAP_METRICS)).optional(),
  })
  .superRefine((value, context) => checkPeriod(value, context));
export type GapParams = z.infer<typeof gapQuerySchema>;

export const AGENT_SORTS = ['rank', '-rank', 'n', '-n', 'name', '-name'] as const;
export type AgentSort = (typeof AGENT_SORTS)[number];

/** Agents of one vendor; the vendor is a single slug or id. */
export const agentRankingQuerySchema = z
  .strictObject({
    ...periodShape,
    vendor: vendorToken,
    ...dimensionShape,
    ...minSampleShape,
    metric: z.enum(AGENT_METRICS).default('overall'),
    ...pageShape,
    sort: z.enum(AGENT_SORTS).default('rank'),
  })
  .superRefine((value, context) => checkPeriod(value, context));
export type AgentRankingParams = z.infer<typeof agentRankingQuerySchema>;

/** Validates the period part of another schema (the conversation list and reports use the same rules). */
export function refinePeriod(value: PeriodInput, context: z.RefinementCtx, maxMonths = MAX_PERIOD_MONTHS): void {
  checkPeriod(value, context, maxMonths);
}
