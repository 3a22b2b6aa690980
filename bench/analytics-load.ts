/**
 * Request stream and latency measurement of the analytics benchmark (analytics.bench.ts): a deterministic mix of
 * dashboard requests, played by a bounded number of concurrent clients or one at a time, timed by the client.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BENCH_VENDORS } from './analytics-data';

const MAX_REQUESTS = 20_000;
const LAST_MONTH = '2026-10';
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

export interface PlannedRequest {
  endpoint: string;
  path: string;
}

/** A deterministic stream of realistic dashboard requests: the last year's months, random filters and vendors. */
export function requestPlan(): PlannedRequest[] {
  let state = 42;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const previous = (month: string, by: number) => {
    const [year, number] = month.split('-').map(Number) as [number, number];
    const total = year * 12 + number - 1 - by;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  };
  const months = Array.from({ length: 12 }, (_, back) => previous(LAST_MONTH, back));
  const slugs = BENCH_VENDORS.map((vendor) => vendor.slug);
  const vendorsOf = (count: number) => [...slugs].sort(() => next() - 0.5).slice(0, count).join(',');
  const plan: PlannedRequest[] = [];
  for (let i = 0; i < MAX_REQUESTS; i++) {
    const month = pick(months);
    const roll = next();
    if (roll < 0.2) {
      plan.push({ endpoint: 'health', path: '/api/health' });
    } else if (roll < 0.35) {
      plan.push({ endpoint: 'scorecard', path: `/api/analytics/scorecard?month=${month}` });
    } else if (roll < 0.45) {
      const filter = next() < 0.5 ? `languages=${pick(['de', 'en', 'fr', 'es'])}` : `channels=${pick(['chat', 'email'])}&queues=${pick(['billing', 'technical'])}`;
      plan.push({ endpoint: 'scorecard-filtered', path: `/api/analytics/scorecard?month=${month}&${filter}` });
    } else if (roll < 0.6) {
      plan.push({ endpoint: 'compare', path: `/api/analytics/compare?month=${month}&vendors=${vendorsOf(2 + Math.floor(next() * 3))}` });
    } else if (roll < 0.7) {
      plan.push({ endpoint: 'compare-quarter-8', path: `/api/analytics/compare?from=${previous(month, 2)}&to=${month}&vendors=${vendorsOf(8)}` });
    } else if (roll < 0.85) {
      plan.push({ endpoint: 'gaps', path: `/api/analytics/gaps?month=${month}` });
    } else {
      plan.push({ endpoint: 'gaps-quarter', path: `/api/analytics/gaps?from=${previous(month, 2)}&to=${month}` });
    }
  }
  return plan;
}

/** One timed request; the body is read in full. */
export interface Timing {
  endpoint: string;
  ms: number;
  /** The first request of its path in this API process: the server cannot have answered it before. */
  first: boolean;
}

export class LoadClient {
  private readonly seen = new Set<string>();
  private errors = 0;

  constructor(
    private readonly url: string,
    private readonly cookie: string,
    private readonly log: (message: string) => void,
  ) {}

  async request({ endpoint, path }: PlannedRequest): Promise<Timing> {
    const first = !this.seen.has(path);
    this.seen.add(path);
    const started = performance.now();
    const response = await fetch(this.url + path, { headers: { cookie: this.cookie } });
    await response.arrayBuffer();
    if (!response.ok) {
      this.errors++;
      if (this.errors <= 3) {
        this.log(`${response.status} for ${path}`);
      }
    }
    return { endpoint, ms: performance.now() - started, first };
  }

  /** Plays the plan from `start` with `concurrency` requests in flight for `durationMs`. */
  async concurrent(plan: readonly PlannedRequest[], start: number, concurrency: number, durationMs: number): Promise<Timing[]> {
    const timings: Timing[] = [];
    let cursor = start;
    const deadline = Date.now() + durationMs;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline && cursor < plan.length) {
          timings.push(await this.request(plan[cursor++] as PlannedRequest));
        }
      }),
    );
    this.assertNoErrors();
    return timings;
  }

  /** Latency and server CPU time per request of each endpoint, one request at a time (no queueing in the server). */
  async sequential(plan: readonly PlannedRequest[], perEndpoint: number, pid: number): Promise<Record<string, { latencies: number[]; cpuMs: number }>> {
    const byEndpoint = new Map<string, PlannedRequest[]>();
    for (const request of plan) {
      byEndpoint.set(request.endpoint, [...(byEndpoint.get(request.endpoint) ?? []), request].slice(0, perEndpoint));
    }
    const result: Record<string, { latencies: number[]; cpuMs: number }> = {};
    for (const [endpoint, requests] of byEndpoint) {
      const before = serverCpuMs(pid);
      const latencies: number[] = [];
      for (const request of requests) {
        latencies.push((await this.request(request)).ms);
      }
      result[endpoint] = { latencies, cpuMs: round((serverCpuMs(pid) - before) / requests.length) };
    }
    this.assertNoErrors();
    return result;
  }

  private assertNoErrors(): void {
    if (this.errors > 0) {
      throw new Error(`${this.errors} requests failed`);
    }
  }
}

/** CPU time the API process has used so far (user + system), from /proc: independent of other processes' load. */
function serverCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted from the state field (3), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

export interface LatencyStats {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export function stats(values: readonly number[]): LatencyStats {
  const sorted = [...values].sort((a, b) => a - b);
  return { requests: sorted.length, p50Ms: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), maxMs: round(sorted[sorted.length - 1] ?? NaN) };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number);
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
