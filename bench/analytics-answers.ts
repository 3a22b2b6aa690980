/**
 * Saves the computed answers (cache off) of the API built in ./dist to many dashboard questions on a kept benchmark
 * database, so that two builds can be compared byte for byte: the benchmark's request plan (its first distinct
 * paths of every endpoint) and filters that take every way through the reads (languages, channels and queues, sites,
 * days inside months, several months, chosen metrics).
 * Run from the working tree whose build is measured:
 *   BENCH_DATABASE=<kept file> BENCH_ANSWERS_OUT=<file.json> node <tree>/tools/cli.mjs --entry bench/analytics-answers.ts
 * then compare two saved files with BENCH_ANSWERS_COMPARE=<a.json>,<b.json> (no API is started).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BENCH_VENDORS } from './analytics-data';
import { BENCH_ADMIN, startApi, stopApi } from './bench-api';
import { requestPlan } from './analytics-load';

const PER_ENDPOINT = Number(process.env['BENCH_ANSWERS_PER_ENDPOINT'] ?? 12);

function questions(): string[] {
  const seen = new Map<string, number>();
  const paths = new Set<string>();
  for (const { endpoint, path } of requestPlan()) {
    if (endpoint !== 'health' && (seen.get(endpoint) ?? 0) < PER_ENDPOINT && !paths.has(path)) {
      paths.add(path);
      seen.set(endpoint, (seen.get(endpoint) ?? 0) + 1);
    }
  }
  const [a, b, c] = BENCH_VENDORS.map((vendor) => vendor.slug);
  const pair = `vendors=${a},${b}`;
  for (const path of [
    `/api/analytics/compare?month=2026-09&${pair},${c}&languages=en`,
    `/api/analytics/compare?from=2026-04&to=2026-09&${pair}&languages=es,en`,
    `/api/analytics/compare?month=2026-09&${pair}&channels=chat`,
    `/api/analytics/compare?month=2026-09&${pair}&queues=billing`,
    `/api/analytics/compare?month=2026-09&${pair}&sites=Lisbon,Bogota`,
    `/api/analytics/compare?from=2026-08-10&to=2026-09-20&${pair}`,
    `/api/analytics/compare?month=2026-09&${pair}&metrics=csat,overall,languageMismatch&fdr=by`,
    `/api/analytics/gaps?month=2026-09&languages=en,es`,
    `/api/analytics/gaps?month=2026-09&channels=email`,
    `/api/analytics/gaps?month=2026-09&sites=Manila`,
    `/api/analytics/gaps?from=2026-09-05&to=2026-10-25`,
    `/api/analytics/gaps?from=2026-01&to=2026-10&metrics=csat,courtesy`,
    `/api/analytics/gaps?month=2026-09&vendors=${a},${b}`,
    `/api/analytics/scorecard?from=2026-05&to=2026-10`,
    `/api/analytics/scorecard?month=2026-09&languages=de`,
    `/api/analytics/scorecard?month=2026-09&sites=Cebu`,
    `/api/analytics/scorecard?month=2026-09&vendors=${a}`,
  ]) {
    paths.add(path);
  }
  return [...paths];
}

async function save(database: string, out: string): Promise<void> {
  const api = await startApi(database, { ANALYTICS_CACHE_MB: '0' });
  try {
    const login = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
    if (!login.ok) {
      throw new Error(`signing in answered ${login.status}`);
    }
    const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0] ?? '').join('; ');
    const answers: Record<string, string> = {};
    for (const path of questions()) {
      const response = await fetch(api.url + path, { headers: { cookie } });
      answers[path] = `${response.status} ${await response.text()}`;
    }
    writeFileSync(out, JSON.stringify(answers));
    process.stdout.write(`${JSON.stringify({ saved: Object.keys(answers).length, out })}\n`);
  } finally {
    await stopApi(api);
  }
}

function compare(files: readonly string[]): void {
  const [a, b] = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) as [Record<string, string>, Record<string, string>];
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const different = paths.filter((path) => a[path] !== b[path]);
  const failed = paths.filter((path) => !(a[path] ?? '').startsWith('200 '));
  process.stdout.write(`${JSON.stringify({ compared: paths.length, identical: paths.length - different.length, different, notOk: failed }, null, 2)}\n`);
  if (different.length > 0 || failed.length > 0) {
    process.exitCode = 1;
  }
}

const toCompare = process.env['BENCH_ANSWERS_COMPARE'];
if (toCompare) {
  compare(toCompare.split(','));
} else {
  const database = process.env['BENCH_DATABASE'];
  const out = process.env['BENCH_ANSWERS_OUT'];
  if (!database || !out) {
    throw new Error('BENCH_DATABASE and BENCH_ANSWERS_OUT are required');
  }
  save(database, out).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
