import { setTimeout as sleep } from 'node:timers/promises';
import { ConnectorAuthError, ConnectorResponseError } from './help-desk-connector';

/** Longest wait a `Retry-After` may impose before the sync gives up on this run (the schedule tries again later). */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;
const DEFAULT_RETRY_AFTER_MS = 60_000;
const SERVER_ERROR_RETRIES = 3;

/**
 * How long to wait as a `Retry-After` header says: seconds (`"1"`) or an HTTP date, relative to `nowMs`. Missing or
 * unreadable: a minute, as help desks document for their rate limits.
 */
export function retryAfterMs(header: string | null, nowMs: number): number {
  if (header === null || header.trim() === '') {
    return DEFAULT_RETRY_AFTER_MS;
  }
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) {
    return Math.max(0, Math.round(seconds * 1000));
  }
  const at = Date.parse(header);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, at - nowMs);
}

/**
 * Before the next request: when the answer said no calls remain in this window (`ratelimit-remaining: 0` or Zendesk's
 * `x-rate-limit-remaining: 0`), wait until the window resets (`ratelimit-reset`, seconds) instead of earning a 429.
 */
export function pauseBeforeNextMs(headers: Headers): number {
  const remaining = headers.get('ratelimit-remaining') ?? headers.get('x-rate-limit-remaining');
  if (remaining === null || Number(remaining) > 0) {
    return 0;
  }
  const reset = Number(headers.get('ratelimit-reset') ?? '');
  return Number.isFinite(reset) && reset > 0 ? Math.min(reset * 1000, MAX_RETRY_AFTER_MS) : 0;
}

export interface FetchJsonOptions {
  headers: Record<string, string>;
  signal?: AbortSignal;
  /** What the help desk is called in error messages. */
  service: string;
}

/**
 * GETs a JSON document, waiting as `429 Retry-After` says and retrying server errors a few times; 401/403 become a
 * `ConnectorAuthError` (no retry helps), other refusals a `ConnectorResponseError` naming the status.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, { headers: { accept: 'application/json', ...options.headers }, signal: options.signal });
    if (response.status === 429 || (response.status >= 500 && attempt < SERVER_ERROR_RETRIES)) {
      await response.body?.cancel();
      const wait = response.status === 429 ? retryAfterMs(response.headers.get('retry-after'), Date.now()) : 1000 * 2 ** attempt;
      if (wait > MAX_RETRY_AFTER_MS) {
        throw new ConnectorResponseError(`${options.service} asked us to wait ${Math.round(wait / 1000)} s (rate limit); the next sync continues`);
      }
      await sleep(wait, undefined, { signal: options.signal });
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new ConnectorAuthError(
        `${options.service} refused the credentials (HTTP ${response.status}): check the e-mail and API token in Settings; the sync will continue from where it stopped`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ConnectorResponseError(`${options.service} answered HTTP ${response.status} for ${new URL(url).pathname}`);
    }
    const pause = pauseBeforeNextMs(response.headers);
    const body: unknown = await response.json().catch(() => {
      throw new ConnectorResponseError(`${options.service} answered ${new URL(url).pathname} with something other than JSON`);
    });
    if (pause > 0) {
      await sleep(pause, undefined, { signal: options.signal });
    }
    return body;
  }
}
