import {
  CHANNELS,
  CONVERSATION_SIGNALS,
  CONVERSATION_SORTS,
  CSAT_FILTERS,
  MAX_SEARCH_LENGTH,
  MIN_SEARCH_LENGTH,
  SCORE_STATUSES,
  isDayString,
  isMonthString,
} from '@rapport/contracts';
import type { ConversationsQuery } from '@rapport/dashboard-data-access';

/** Score dimensions the list can be banded on; each is `<name>Min` / `<name>Max` in the URL and the API. */
export const SCORE_DIMENSIONS = ['overall', 'courtesy', 'comprehension', 'responsiveness'] as const;
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];

/** Bands a score filter offers: [min, max] inclusive, as the API reads them. */
export const SCORE_BANDS: ReadonlyArray<{ id: string; label: string; min: number; max: number }> = [
  { id: 'poor', label: 'Below 40', min: 0, max: 39.99 },
  { id: 'fair', label: '40 to 59', min: 40, max: 59.99 },
  { id: 'good', label: '60 to 79', min: 60, max: 79.99 },
  { id: 'great', label: '80 and above', min: 80, max: 100 },
];

export const DEFAULT_PAGE_SIZE = 50;

const LIST_PARAMS = ['vendors', 'channels', 'languages', 'queues', 'sites', 'signals', 'scoreStatus'] as const;
const LANGUAGE = /^[a-z]{2,3}$/;
const RULE = /^[a-z]+\.[a-z0-9-]+$/;
const MAX_AGENT_LENGTH = 200;

/** Free-text parameters and what the API accepts of them. */
const TEXT_PARAMS: Record<'rule' | 'agent' | 'csatAgent' | 'q', (value: string) => boolean> = {
  rule: (value) => RULE.test(value),
  agent: (value) => value.length <= MAX_AGENT_LENGTH,
  csatAgent: (value) => value.length <= MAX_AGENT_LENGTH,
  q: (value) => value.length >= MIN_SEARCH_LENGTH && value.length <= MAX_SEARCH_LENGTH,
};

const validators: Record<(typeof LIST_PARAMS)[number], (value: string) => boolean> = {
  vendors: () => true,
  channels: (value) => (CHANNELS as readonly string[]).includes(value),
  languages: (value) => LANGUAGE.test(value),
  queues: () => true,
  sites: () => true,
  signals: (value) => (CONVERSATION_SIGNALS as readonly string[]).includes(value),
  scoreStatus: (value) => (SCORE_STATUSES as readonly string[]).includes(value),
};

function list(param: string | undefined, valid: (value: string) => boolean): string[] {
  return [...new Set((param ?? '').split(',').map((value) => value.trim()))].filter((value) => value !== '' && valid(value));
}

function number(param: string | undefined, min: number, max: number): number | undefined {
  if (param === undefined || param.trim() === '') {
    return undefined;
  }
  const value = Number(param);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

const isBound = (value: string | undefined): value is string => value !== undefined && (isMonthString(value) || isDayString(value));

/**
 * The list query from the page URL. The URL speaks the API's language (so every aggregate's drill-down link
 * opens here unchanged); values the API would refuse are dropped instead of failing the whole page.
 */
export function parseConversationFilters(params: Readonly<Record<string, string | undefined>>): ConversationsQuery {
  const query: ConversationsQuery = {};
  if (params['month'] && isMonthString(params['month'])) {
    query.month = params['month'];
  } else {
    if (isBound(params['from'])) {
      query.from = params['from'];
    }
    if (isBound(params['to'])) {
      query.to = params['to'];
    }
  }
  for (const name of LIST_PARAMS) {
    const values = list(params[name], validators[name]);
    if (values.length > 0) {
      query[name] = values;
    }
  }
  for (const [name, valid] of Object.entries(TEXT_PARAMS)) {
    const value = params[name]?.trim();
    if (value && valid(value)) {
      query[name] = value;
    }
  }
  for (const dimension of SCORE_DIMENSIONS) {
    const min = number(params[`${dimension}Min`], 0, 100);
    const max = number(params[`${dimension}Max`], 0, 100);
    if (min !== undefined && (max === undefined || min <= max)) {
      query[`${dimension}Min`] = min;
    }
    if (max !== undefined && (min === undefined || min <= max)) {
      query[`${dimension}Max`] = max;
    }
  }
  const hour = number(params['hourOfWeek'], 0, 167);
  if (hour !== undefined && Number.isInteger(hour)) {
    query['hourOfWeek'] = hour;
  }
  if (params['csat'] && (CSAT_FILTERS as readonly string[]).includes(params['csat']) && params['csat'] !== 'any') {
    query.csat = params['csat'];
  }
  if (params['sort'] && (CONVERSATION_SORTS as readonly string[]).includes(params['sort']) && params['sort'] !== '-createdAt') {
    query.sort = params['sort'];
  }
  const page = number(params['page'], 1, 100_000);
  if (page !== undefined && Number.isInteger(page) && page > 1) {
    query.page = page;
  }
  query.pageSize = DEFAULT_PAGE_SIZE;
  return query;
}

/**
 * The query with vendors named by id (as drill-down links from the aggregates name them) written as the slugs the
 * vendor control offers, so the control shows what is filtered on; unknown vendors are kept as they are.
 */
export function withVendorSlugs(query: ConversationsQuery, vendors: ReadonlyArray<{ id: string; slug: string }>): ConversationsQuery {
  if (!query.vendors || query.vendors.length === 0) {
    return query;
  }
  const slugs = new Map(vendors.map((vendor) => [vendor.id, vendor.slug]));
  return { ...query, vendors: [...new Set(query.vendors.map((token) => slugs.get(token) ?? token))] };
}

/** The band a dimension's min/max select, or null when they match no band exactly. */
export function bandOf(query: ConversationsQuery, dimension: ScoreDimension): string | null {
  const min = query[`${dimension}Min`];
  const max = query[`${dimension}Max`];
  if (min === undefined && max === undefined) {
    return null;
  }
  return SCORE_BANDS.find((band) => band.min === min && band.max === max)?.id ?? 'custom';
}

/** URL parameters that set a dimension to a band (or clear it). */
export function bandParams(dimension: ScoreDimension, bandId: string | null): Record<string, string | null> {
  const band = SCORE_BANDS.find((item) => item.id === bandId);
  return { [`${dimension}Min`]: band ? String(band.min) : null, [`${dimension}Max`]: band ? String(band.max) : null, page: null };
}

/** "Showing 51–100 of 1,234"; zero results say so. */
export function pageRange(page: number, pageSize: number, total: number): { first: number; last: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  return { first, last: Math.min(total, page * pageSize), pages };
}
