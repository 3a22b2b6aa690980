/**
 * Analytics API latency at scale: builds a SQLite database of 1,000,000 conversations (see analytics-data.ts for
 * how), serves it with the production build of the API, and runs a bounded concurrent load of scorecard,
 * comparison and gap requests mixed with /api/health, all over loopback. Prints one JSON object with p50/p95 per
 * endpoint and the ratio of each p95 to the health p95 of the same run (the machine's own noise floor).
 * Run: npm run bench:analytics   (BENCH_CONVERSATIONS=100000 for a quicker run; BENCH_KEEP=1 keeps the database,
 * BENCH_DATABASE=<file> measures a kept one again)
 */
import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { rebuildRollups } from '../libs/api/analytics/src/lib/rollups/rollup-store';
import { BENCH_MONTHS, BENCH_VENDORS, insertConversations, insertVendorsAndAgents } from './analytics-data';

const TOTAL = Number(process.env['BENCH_CONVERSATIONS'] ?? 1_000_000);
const CONCURRENCY = 8;
const WARM_UP_REQUESTS = 200;
const MEASURE_MS = 30_000;
const MAX_REQUESTS = 20_000;
const TARGET_P95_MS = 50;
const LAST_MONTH = '2026-10';
const SEQUENTIAL_REQUESTS = 40;
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
const ADMIN = { email: 'bench@rapport.example', password: 'bench-password-long-enough' };

const log = (message: string) => process.stderr.write(`[bench:analytics] ${message}\n`);
const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startApi(file: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${file}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DASHBOARD_DIR: join(tmpdir(), 'rapport-bench-no-dashboard'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the API exited with ${child.exitCode}`);
    }
    const ok = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (ok) {
      return { url, process: child };
    }
    if (Date.now() > deadline) {
      throw new Error('the API did not start within 3 minutes');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopApi(api: { process: ChildProcess }): Promise<void> {
  await new Promise<void>((resolve) => {
    api.process.once('exit', () => resolve());
    api.process.kill('SIGTERM');
  });
}

async function buildDatabase(file: string): Promise<{ seconds: number; rollupRows: Record<string, number> }> {
  const started = Date.now();
  // First start: migrations create the schema and the first administrator.
  await stopApi(await startApi(file));
  const dataSource = new DataSource({ type: 'sqlite', driver: sqlite3, database: file, enableWAL: true });
  await dataSource.initialize();
  await dataSource.query('PRAGMA synchronous = OFF');
  await dataSource.transaction((manager) => insertVendorsAndAgents(manager));
  let reported = 0;
  await insertConversations((work) => dataSource.transaction(work), TOTAL, 20261124, (done) => {
    if (done - reported >= 100_000 || done === TOTAL) {
      reported = done;
      log(`${done} conversations written (${seconds(started)} s)`);
    }
  });
  await dataSource.transaction((manager) => rebuildRollups(manager));
  log(`rollups rebuilt (${seconds(started)} s)`);
  const rollupRows: Record<string, number> = {};
  for (const table of ['conversations', 'conversation_facts', 'analytics_daily_rollups', 'analytics_monthly_rollups']) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    rollupRows[table] = Number(row.n);
  }
  await dataSource.query('ANALYZE');
  await dataSource.destroy();
  return { seconds: seconds(started), rollupRows };
}

/** A deterministic stream of realistic dashboard requests: the last year's months, random filters and vendors. */
function requestPlan(): Array<{ endpoint: string; path: string }> {
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
  const plan: Array<{ endpoint: string; path: string }> = [];
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

/** CPU time the API process has used so far (user + system), from /proc: independent of other processes' load. */
function serverCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted from the state field (3), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** Latency and server CPU time per request of each endpoint, one request at a time (no queueing in the server). */
async function sequential(url: string, cookie: string, pid: number): Promise<Record<string, { latencies: number[]; cpuMs: number }>> {
  const byEndpoint = new Map<string, string[]>();
  for (const { endpoint, path } of requestPlan()) {
    byEndpoint.set(endpoint, [...(byEndpoint.get(endpoint) ?? []), path].slice(0, SEQUENTIAL_REQUESTS));
  }
  const result: Record<string, { latencies: number[]; cpuMs: number }> = {};
  for (const [endpoint, paths] of byEndpoint) {
    const before = serverCpuMs(pid);
    const latencies: number[] = [];
    for (const path of paths) {
      const started = performance.now();
      await (await fetch(url + path, { headers: { cookie } })).arrayBuffer();
      latencies.push(performance.now() - started);
    }
    result[endpoint] = { latencies, cpuMs: round((serverCpuMs(pid) - before) / paths.length) };
  }
  return result;
}

function stats(values: readonly number[]): { requests: number; p50Ms: number; p95Ms: number; maxMs: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { requests: sorted.length, p50Ms: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), maxMs: round(sorted[sorted.length - 1] ?? NaN) };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number);
}

async function runLoad(url: string, cookie: string): Promise<Record<string, number[]>> {
  const plan = requestPlan();
  const latencies: Record<string, number[]> = {};
  let cursor = 0;
  let errors = 0;
  const request = async (path: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(url + path, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) {
      errors++;
      if (errors <= 3) {
        log(`${response.status} for ${path}`);
      }
    }
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP_REQUESTS; i++) {
    await request((plan[i % plan.length] as { path: string }).path);
  }
  const deadline = Date.now() + MEASURE_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline && cursor < plan.length) {
        const { endpoint, path } = plan[cursor++] as { endpoint: string; path: string };
        (latencies[endpoint] ??= []).push(await request(path));
      }
    }),
  );
  if (errors > 0) {
    throw new Error(`${errors} requests failed`);
  }
  return latencies;
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } });
  if (build.status !== 0) {
    throw new Error('building the API failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-analytics-'));
  const file = join(dir, 'rapport.sqlite');
  try {
    const reused = process.env['BENCH_DATABASE'];
    log(reused ? `reusing ${reused}` : `generating ${TOTAL} conversations into ${file}`);
    const database = reused ? { seconds: 0, rollupRows: {} } : await buildDatabase(file);
    const api = await startApi(reused ?? file);
    try {
      const login = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
      const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
      log('measuring under concurrent load');
      const concurrent = await runLoad(api.url, cookie);
      log('measuring one request at a time');
      const alone = await sequential(api.url, cookie, api.process.pid ?? 0);
      const healthConcurrent = stats(concurrent['health'] ?? []);
      const healthAlone = stats(alone['health']?.latencies ?? []);
      const endpoints = Object.fromEntries(
        Object.keys(concurrent)
          .filter((endpoint) => endpoint !== 'health')
          .sort()
          .map((endpoint) => {
            const underLoad = stats(concurrent[endpoint] ?? []);
            const oneAtATime = stats(alone[endpoint]?.latencies ?? []);
            return [
              endpoint,
              {
                concurrent: { ...underLoad, ratioToHealthP95: round(underLoad.p95Ms / healthConcurrent.p95Ms), meetsTarget: underLoad.p95Ms < TARGET_P95_MS },
                sequential: { ...oneAtATime, ratioToHealthP95: round(oneAtATime.p95Ms / healthAlone.p95Ms), meetsTarget: oneAtATime.p95Ms < TARGET_P95_MS },
                serverCpuMsPerRequest: alone[endpoint]?.cpuMs,
              },
            ];
          }),
      );
      process.stdout.write(
        `${JSON.stringify(
          {
            benchmark: 'analytics',
            node: process.version,
            loadAverage1m: round(loadavg()[0] ?? 0),
            conversations: TOTAL,
            vendors: BENCH_VENDORS.length,
            months: BENCH_MONTHS,
            databaseRows: database.rollupRows,
            buildSeconds: database.seconds,
            concurrency: CONCURRENCY,
            measureSeconds: MEASURE_MS / 1000,
            targetP95Ms: TARGET_P95_MS,
            health: { concurrent: healthConcurrent, sequential: healthAlone, serverCpuMsPerRequest: alone['health']?.cpuMs },
            endpoints,
            note:
              'latency measured by the client over loopback (HTTP + JSON): concurrent = 8 requests in flight for 30 s (a mixed stream, health included), sequential = one request at a time; the API is the production build in its own process; ratioToHealthP95 = endpoint p95 / health p95 of the same phase; serverCpuMsPerRequest = CPU time of the API process per request (sequential phase), which other processes on the machine do not add to',
          },
          null,
          2,
        )}\n`,
      );
    } finally {
      await stopApi(api);
    }
  } finally {
    if (process.env['BENCH_KEEP'] !== '1') {
      rmSync(dir, { recursive: true, force: true });
    } else {
      log(`database kept at ${file}`);
    }
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
