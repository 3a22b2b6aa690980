/**
 * A streamed export of 1,000,000 conversations: builds a SQLite database of generated conversations (see
 * analytics-data.ts), serves it with the production build of the API, downloads GET /api/exports/conversations over
 * the whole period as CSV (and as Excel with BENCH_EXPORT_XLSX=1), and samples the API process's resident memory
 * while it streams. Prints one JSON object: rows, bytes, seconds, rows a second, RSS before, peak sampled during the
 * export, and the kernel's high-water mark (VmHWM) for the process, against a 300 MB target.
 * Run: npm run bench:exports   (BENCH_CONVERSATIONS=100000 for a quicker run, BENCH_DATABASE=<file> reuses a kept
 * database of the analytics bench, BENCH_NO_BUILD=1 uses the API already built in dist/)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_MONTHS } from './analytics-data';
import { BENCH_ADMIN, buildDatabase, startApi, stopApi } from './bench-api';

const TOTAL = Number(process.env['BENCH_CONVERSATIONS'] ?? 1_000_000);
const TARGET_RSS_MB = 300;
const SAMPLE_MS = 100;
/** The generated months end in 2026-10 (analytics-data.ts). */
const PERIOD = `from=2024-11&to=2026-10`;

const log = (message: string) => process.stderr.write(`[bench:exports] ${message}\n`);
const round = (value: number) => Math.round(value * 10) / 10;

/** A /proc/<pid>/status field in MB (VmRSS: resident now; VmHWM: the highest it has been). */
function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? round(Number(match[1]) / 1024) : Number.NaN;
}

async function signIn(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
  if (!login.ok) {
    throw new Error(`signing in answered ${login.status}`);
  }
  return login.headers.getSetCookie().map((value) => value.split(';')[0] ?? '').join('; ');
}

/** Downloads one export to nowhere, counting lines and bytes, while sampling the server's RSS. */
async function measure(url: string, cookie: string, pid: number, format: 'csv' | 'xlsx') {
  const rssBefore = statusMb(pid, 'VmRSS');
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, statusMb(pid, 'VmRSS'));
  }, SAMPLE_MS);
  const started = Date.now();
  let bytes = 0;
  let lines = 0;
  try {
    const response = await fetch(`${url}/api/exports/conversations?${PERIOD}&format=${format}`, { headers: { cookie } });
    if (!response.ok || !response.body) {
      throw new Error(`the export answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      if (format === 'csv') {
        for (const byte of chunk) {
          lines += byte === 10 ? 1 : 0;
        }
      }
    }
  } finally {
    clearInterval(sampler);
  }
  const secondsTaken = (Date.now() - started) / 1000;
  const rows = format === 'csv' ? lines - 1 : null;
  return {
    format,
    rows,
    megabytes: round(bytes / 1024 / 1024),
    seconds: round(secondsTaken),
    rowsPerSecond: rows === null ? null : Math.round(rows / secondsTaken),
    rssBeforeMb: rssBefore,
    peakRssDuringMb: round(peak),
    processHighWaterMarkMb: statusMb(pid, 'VmHWM'),
    meetsTarget: peak < TARGET_RSS_MB,
  };
}

async function main(): Promise<void> {
  if (process.env['BENCH_NO_BUILD'] !== '1') {
    const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } });
    if (build.status !== 0) {
      throw new Error('building the API failed');
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-exports-'));
  const file = join(dir, 'rapport.sqlite');
  try {
    const reused = process.env['BENCH_DATABASE'];
    log(reused ? `reusing ${reused}` : `generating ${TOTAL} conversations into ${file}`);
    const built = reused ? { seconds: 0, rollupRows: {} } : await buildDatabase(file, TOTAL, log);
    const loadBefore = round(loadavg()[0] ?? 0);
    const api = await startApi(reused ?? file);
    const results = [];
    try {
      const cookie = await signIn(api.url);
      const pid = api.process.pid ?? 0;
      log('exporting every conversation as CSV');
      results.push(await measure(api.url, cookie, pid, 'csv'));
      if (process.env['BENCH_EXPORT_XLSX'] === '1') {
        log('exporting every conversation as Excel');
        results.push(await measure(api.url, cookie, pid, 'xlsx'));
      }
    } finally {
      await stopApi(api);
    }
    process.stdout.write(
      `${JSON.stringify(
        {
          benchmark: 'exports',
          node: process.version,
          loadAverage1m: { before: loadBefore, after: round(loadavg()[0] ?? 0) },
          conversations: TOTAL,
          months: BENCH_MONTHS,
          databaseRows: built.rollupRows,
          buildSeconds: built.seconds,
          targetRssMb: TARGET_RSS_MB,
          exports: results,
          note: 'GET /api/exports/conversations over the whole period from the production build of the API on SQLite, read by a client over loopback that discards the body. RSS of the API process sampled every 100 ms from /proc (peakRssDuringMb); processHighWaterMarkMb is the kernel high-water mark over the process lifetime (start-up and sign-in included)',
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
