/**
 * How long a monthly report PDF takes: on the demo data (a fresh SQLite file the API fills with its demo at start),
 * and on a generated database of BENCH_CONVERSATIONS conversations (default 1,000,000; 0 skips it; BENCH_DATABASE
 * reuses a kept database of the analytics bench). Each report is asked three times over HTTP with the production
 * build; the first answer includes cold caches. Prints one JSON object; the target is 5 s on the demo data.
 * Run: npm run bench:reports   (BENCH_NO_BUILD=1 uses the API already built in dist/)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_ADMIN, buildDatabase, startApi, stopApi } from './bench-api';

const TOTAL = Number(process.env['BENCH_CONVERSATIONS'] ?? 1_000_000);
const TARGET_SECONDS = 5;
/** The generated months end in 2026-10 (analytics-data.ts). */
const GENERATED_MONTH = '2026-10';

const log = (message: string) => process.stderr.write(`[bench:reports] ${message}\n`);
const round = (value: number) => Math.round(value * 100) / 100;

async function signIn(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
  if (!login.ok) {
    throw new Error(`signing in answered ${login.status}`);
  }
  return login.headers.getSetCookie().map((value) => value.split(';')[0] ?? '').join('; ');
}

async function timed(url: string, path: string, cookie: string): Promise<{ seconds: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url + path, { headers: { cookie } });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}: ${body.toString('utf8').slice(0, 300)}`);
  }
  return { seconds: round((performance.now() - started) / 1000), bytes: body.length };
}

/** Three runs of the monthly report and one vendor's, with the month and vendor the data have. */
async function measure(url: string, cookie: string, month: string | null) {
  const query = month ? `?month=${month}` : '';
  const monthly = [];
  for (let run = 0; run < 3; run += 1) {
    monthly.push(await timed(url, `/api/reports/scorecard.pdf${query}`, cookie));
  }
  const vendors = (await (await fetch(`${url}/api/vendors`, { headers: { cookie } })).json()) as Array<{ slug: string }>;
  const vendor = vendors[0]?.slug;
  const single = vendor ? await timed(url, `/api/reports/vendor-scorecard.pdf?vendor=${vendor}${month ? `&month=${month}` : ''}`, cookie) : null;
  const warm = monthly.slice(1).map((run) => run.seconds);
  return {
    monthlySeconds: monthly.map((run) => run.seconds),
    monthlyBytes: monthly[0]?.bytes ?? 0,
    vendorSeconds: single?.seconds ?? null,
    meetsTarget: Math.max(...warm, monthly[0]?.seconds ?? Infinity) < TARGET_SECONDS,
  };
}

/** Waits until the demo's conversations are in (the API seeds them after it starts listening). */
async function demoReady(url: string, cookie: string): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    const answer = await fetch(`${url}/api/analytics/scorecard`, { headers: { cookie } });
    if (answer.ok && ((await answer.json()) as { rows: unknown[] }).rows.length > 0) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  throw new Error('the demo data did not arrive within 10 minutes');
}

async function main(): Promise<void> {
  if (process.env['BENCH_NO_BUILD'] !== '1') {
    const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } });
    if (build.status !== 0) {
      throw new Error('building the API failed');
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-reports-'));
  const results: Record<string, unknown> = {};
  try {
    log('demo data');
    const demo = await startApi(join(dir, 'demo.sqlite'), { DEMO_DATA: 'true' });
    try {
      const cookie = await signIn(demo.url);
      await demoReady(demo.url, cookie);
      results['demo'] = await measure(demo.url, cookie, null);
    } finally {
      await stopApi(demo);
    }
    if (TOTAL > 0) {
      const reused = process.env['BENCH_DATABASE'];
      const file = reused ?? join(dir, 'rapport.sqlite');
      log(reused ? `reusing ${reused}` : `generating ${TOTAL} conversations into ${file}`);
      if (!reused) {
        await buildDatabase(file, TOTAL, log);
      }
      const api = await startApi(file);
      try {
        results['generated'] = { conversations: TOTAL, month: GENERATED_MONTH, ...(await measure(api.url, await signIn(api.url), GENERATED_MONTH)) };
      } finally {
        await stopApi(api);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ benchmark: 'reports', node: process.version, loadAverage1m: round(loadavg()[0] ?? 0), targetSeconds: TARGET_SECONDS, ...results }, null, 2)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
