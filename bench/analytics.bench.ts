/**
 * Analytics API latency at scale: builds a SQLite database of 1,000,000 conversations (see analytics-data.ts for
 * how), serves it with the production build of the API, and plays a bounded concurrent load of scorecard,
 * comparison and gap requests mixed with /api/health over loopback (analytics-load.ts), three times: as deployed
 * (answers cached per data version of the months they read), as deployed while conversations of the current month
 * arrive over REST (analytics-ingest.ts), and with the cache off (ANALYTICS_CACHE_MB=0), where every request is
 * computed from the rollups. Prints one JSON object with p50/p95 per endpoint, cache hits and misses apart, and the ratio of
 * each p95 to the health p95 of the same run (the machine's own noise floor).
 * Run: npm run bench:analytics   (BENCH_CONVERSATIONS=100000 for a quicker run; BENCH_KEEP=1 keeps the database,
 * BENCH_DATABASE=<file> measures a kept one again, BENCH_NO_BUILD=1 uses the API already built in dist/,
 * BENCH_ONLY_UNCACHED_SEQUENTIAL=1 measures only the server CPU per computed request, one at a time, cache off,
 * BENCH_SEQUENTIAL_REQUESTS=<n> requests of each endpoint one at a time instead of 40)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_MONTHS, BENCH_VENDORS } from './analytics-data';
import { BENCH_ADMIN as ADMIN, buildDatabase as buildBenchDatabase, startApi as startBenchApi, stopApi } from './bench-api';
import { IngestReport, LiveIngest } from './analytics-ingest';
import { LatencyStats, LoadClient, PlannedRequest, requestPlan, round, stats, Timing } from './analytics-load';

const TOTAL = Number(process.env['BENCH_CONVERSATIONS'] ?? 1_000_000);
const CONCURRENCY = 8;
const WARM_UP_REQUESTS = 200;
const MEASURE_MS = 30_000;
const TARGET_P95_MS = 50;
const SEQUENTIAL_REQUESTS = Number(process.env['BENCH_SEQUENTIAL_REQUESTS'] ?? 40);
/** Conversations posted per second while the live phase plays (one batch a second). */
const LIVE_CONVERSATIONS_PER_SECOND = 50;

const log = (message: string) => process.stderr.write(`[bench:analytics] ${message}\n`);
const startApi = (file: string, env: Record<string, string> = {}) => startBenchApi(file, env);
const buildDatabase = (file: string) => buildBenchDatabase(file, TOTAL, log);

type Api = Awaited<ReturnType<typeof startApi>>;

/** Signs in as the administrator; work the API starts in the background can make a first attempt fail. */
async function signedIn(api: Api): Promise<{ client: LoadClient; headers: Record<string, string> }> {
  for (let attempt = 1; ; attempt++) {
    const login = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    if (login.ok) {
      const cookies = login.headers.getSetCookie().map((value) => value.split(';')[0] ?? '');
      const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
      const cookie = cookies.join('; ');
      return { client: new LoadClient(api.url, cookie, log), headers: { cookie, 'x-xsrf-token': csrf } };
    }
    const reason = `signing in answered ${login.status}: ${(await login.text()).slice(0, 200)}`;
    if (attempt === 5) {
      throw new Error(reason);
    }
    log(`${reason}; trying again`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/** The first requests of the plan one at a time, so code is compiled and caches of the database warm. */
async function warmUp(client: LoadClient, plan: readonly PlannedRequest[]): Promise<void> {
  for (const request of plan.slice(0, WARM_UP_REQUESTS)) {
    await client.request(request);
  }
}

const byEndpoint = (timings: readonly Timing[], keep: (timing: Timing) => boolean = () => true): Record<string, number[]> => {
  const result: Record<string, number[]> = {};
  for (const timing of timings) {
    if (keep(timing)) {
      (result[timing.endpoint] ??= []).push(timing.ms);
    }
  }
  return result;
};

const judged = (latencies: readonly number[], healthP95: number): LatencyStats & { ratioToHealthP95: number; meetsTarget: boolean } => {
  const measured = stats(latencies);
  return { ...measured, ratioToHealthP95: round(measured.p95Ms / healthP95), meetsTarget: measured.p95Ms < TARGET_P95_MS };
};

/** As deployed: repeated questions are answered from the cache; the first request of each path had to be computed. */
function cachedReport(timings: readonly Timing[]) {
  const all = byEndpoint(timings);
  const health = stats(all['health'] ?? []);
  const endpoints = Object.keys(all)
    .filter((endpoint) => endpoint !== 'health')
    .sort()
    .map((endpoint) => [
      endpoint,
      {
        all: judged(all[endpoint] ?? [], health.p95Ms),
        hits: judged(byEndpoint(timings, (timing) => !timing.first)[endpoint] ?? [], health.p95Ms),
        misses: judged(byEndpoint(timings, (timing) => timing.first)[endpoint] ?? [], health.p95Ms),
      },
    ]);
  return { health, endpoints: Object.fromEntries(endpoints) };
}

/** Cache off: every request computed from the rollups, under load and one at a time. */
function uncachedReport(timings: readonly Timing[], alone: Record<string, { latencies: number[]; cpuMs: number }>) {
  const all = byEndpoint(timings);
  const health = { concurrent: stats(all['health'] ?? []), sequential: stats(alone['health']?.latencies ?? []), serverCpuMsPerRequest: alone['health']?.cpuMs };
  const endpoints = Object.keys(all)
    .filter((endpoint) => endpoint !== 'health')
    .sort()
    .map((endpoint) => [
      endpoint,
      {
        concurrent: judged(all[endpoint] ?? [], health.concurrent.p95Ms),
        sequential: judged(alone[endpoint]?.latencies ?? [], health.sequential.p95Ms),
        serverCpuMsPerRequest: alone[endpoint]?.cpuMs,
      },
    ]);
  return { health, endpoints: Object.fromEntries(endpoints) };
}

/** The quick variant for work on computed answers: the CPU per request with the cache off, nothing else. */
async function sequentialOnly(database: string, plan: readonly PlannedRequest[]): Promise<void> {
  const api = await startApi(database, { ANALYTICS_CACHE_MB: '0' });
  try {
    const { client } = await signedIn(api);
    await warmUp(client, plan);
    const alone = await client.sequential(plan, SEQUENTIAL_REQUESTS, api.process.pid ?? 0);
    const cpu = Object.fromEntries(Object.entries(alone).map(([endpoint, { cpuMs }]) => [endpoint, cpuMs]));
    process.stdout.write(`${JSON.stringify({ benchmark: 'analytics', uncachedServerCpuMsPerRequest: cpu })}\n`);
  } finally {
    await stopApi(api);
  }
}

async function main(): Promise<void> {
  if (process.env['BENCH_NO_BUILD'] !== '1') {
    const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } });
    if (build.status !== 0) {
      throw new Error('building the API failed');
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-analytics-'));
  const file = join(dir, 'rapport.sqlite');
  try {
    const reused = process.env['BENCH_DATABASE'];
    log(reused ? `reusing ${reused}` : `generating ${TOTAL} conversations into ${file}`);
    const built = reused ? { seconds: 0, rollupRows: {} } : await buildDatabase(file);
    const database = reused ?? file;
    const plan = requestPlan();
    const loadBefore = round(loadavg()[0] ?? 0);
    if (process.env['BENCH_ONLY_UNCACHED_SEQUENTIAL'] === '1') {
      await sequentialOnly(database, plan);
      return;
    }

    log('cache on: measuring under concurrent load');
    let api = await startApi(database);
    let cached: Timing[];
    try {
      const { client } = await signedIn(api);
      await warmUp(client, plan);
      cached = await client.concurrent(plan, WARM_UP_REQUESTS, CONCURRENCY, MEASURE_MS);
    } finally {
      await stopApi(api);
    }

    log(`cache on, ${LIVE_CONVERSATIONS_PER_SECOND} conversations a second arriving: measuring under concurrent load`);
    api = await startApi(database);
    let live: Timing[];
    let ingested: IngestReport;
    try {
      const { client, headers } = await signedIn(api);
      await warmUp(client, plan);
      const ingest = new LiveIngest(api.url, headers, LIVE_CONVERSATIONS_PER_SECOND, 1_000);
      ingest.start();
      live = await client.concurrent(plan, WARM_UP_REQUESTS, CONCURRENCY, MEASURE_MS);
      ingested = await ingest.stop();
    } finally {
      await stopApi(api);
    }

    log('cache off: measuring under concurrent load, then one request at a time');
    api = await startApi(database, { ANALYTICS_CACHE_MB: '0' });
    let uncached: Timing[];
    let alone: Record<string, { latencies: number[]; cpuMs: number }>;
    try {
      const { client } = await signedIn(api);
      await warmUp(client, plan);
      uncached = await client.concurrent(plan, WARM_UP_REQUESTS, CONCURRENCY, MEASURE_MS);
      alone = await client.sequential(plan, SEQUENTIAL_REQUESTS, api.process.pid ?? 0);
    } finally {
      await stopApi(api);
    }

    process.stdout.write(
      `${JSON.stringify(
        {
          benchmark: 'analytics',
          node: process.version,
          loadAverage1m: { before: loadBefore, after: round(loadavg()[0] ?? 0) },
          conversations: TOTAL,
          vendors: BENCH_VENDORS.length,
          months: BENCH_MONTHS,
          databaseRows: built.rollupRows,
          buildSeconds: built.seconds,
          concurrency: CONCURRENCY,
          measureSeconds: MEASURE_MS / 1000,
          targetP95Ms: TARGET_P95_MS,
          cached: cachedReport(cached),
          cachedWhileIngesting: { ...cachedReport(live), ingest: ingested },
          uncached: uncachedReport(uncached, alone),
          note:
            'latency measured by the client over loopback (HTTP + JSON); the API is the production build in its own process. cached = as deployed, 8 requests in flight for 30 s of a mixed stream (health included); hits and misses split the same requests by whether the path had been asked before in that process (misses had to be computed). cachedWhileIngesting = the same on a fresh API process while conversations of 2026-11 (a month the plan does not read) are posted over REST and stored, scored and rolled up by that process. uncached = the same stream with ANALYTICS_CACHE_MB=0 (every request computed from the rollups), then one request at a time; ratioToHealthP95 = endpoint p95 / health p95 of the same run; serverCpuMsPerRequest = CPU time of the API process per request (one at a time, cache off), which other processes on the machine do not add to',
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    if (process.env['BENCH_KEEP'] !== '1') {
      rmSync(dir, { recursive: true, force: true });
    } else {
      log(`database kept at ${file}`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
