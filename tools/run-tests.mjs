#!/usr/bin/env node
// Runs every check the project has — lint, type-check, unit and integration tests on SQLite and on PostgreSQL,
// production builds, end-to-end tests in Chromium — and ends with one line: "N passed, N failed".
// Each jest or Playwright test counts once; lint, each type-check and the build count once each.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The worker suites (libs/api/integration/src/scaleout) start `npm run worker` processes against the machine's Redis
// (RAPPORT_TEST_REDIS_URL, default redis://127.0.0.1:6379), under a key prefix of their own per test; nothing is started.
const POSTGRES_URL = process.env.RAPPORT_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RESULTS = 'tmp/test-results';
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' };
delete env.DATABASE_URL;

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

/** Every project's tsconfig.app/lib/spec.json below the given folders. */
function projectTsconfigs(roots) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'src') {
        walk(join(dir, entry.name));
      } else if (/^tsconfig\.(app|lib|spec)\.json$/.test(entry.name)) {
        found.push(join(dir, entry.name));
      }
    }
  };
  roots.filter(existsSync).forEach(walk);
  return found.sort();
}

const tally = { passed: 0, failed: 0 };
const failures = [];

function run(title, command, args, extraEnv = {}) {
  const started = Date.now();
  process.stdout.write(`\n=== ${title}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  process.stdout.write(`=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s\n`);
  return result.status === 0;
}

/** Runs `npx` tasks `width` at a time, printing each one's output in one piece, and checks each. */
async function runPooled(tasks, width) {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      const started = Date.now();
      const child = spawn('npx', task.args, { env });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      const status = await new Promise((done) => child.on('close', done));
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`\n=== ${task.title}\n${Buffer.concat(output).toString()}=== ${task.title}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s\n`);
      check(task.title, status === 0);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

function check(title, ok) {
  if (ok) {
    tally.passed++;
  } else {
    tally.failed++;
    failures.push(title);
  }
}

function countJest(title, file, ok) {
  if (!existsSync(file)) {
    check(title, false);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  // A suite that fails to compile has no failed tests but must still fail the run.
  const brokenSuites = report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.every((t) => t.status !== 'failed'));
  for (const suite of brokenSuites) {
    check(`${title}: ${suite.name}`, false);
  }
  if (report.numPendingTests > 0 || report.numTodoTests > 0) {
    check(`${title}: skipped or todo tests are not allowed`, false);
  }
  if (!ok && report.numFailedTests === 0 && brokenSuites.length === 0) {
    check(title, false);
  }
  if (report.numFailedTests > 0) {
    failures.push(`${title}: ${report.numFailedTests} failed`);
  }
}

function countPlaywright(file, ok) {
  if (!existsSync(file)) {
    check('end-to-end', false);
    return;
  }
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats;
  tally.passed += stats.expected + stats.flaky;
  tally.failed += stats.unexpected;
  if (stats.skipped > 0) {
    check('end-to-end: skipped tests are not allowed', false);
  }
  if (stats.unexpected > 0) {
    failures.push(`end-to-end: ${stats.unexpected} failed`);
  } else if (!ok) {
    check('end-to-end', false);
  }
}

check('lint', run('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--parallel=2', '--output-style=static', '--skip-nx-cache']));

// The benchmarks are not a project, but they import the libraries and must keep compiling with them.
// Two type-checks at a time (one per core); each one's output is printed whole when it ends.
await runPooled(
  [...projectTsconfigs(['apps', 'libs', 'e2e']), 'bench/tsconfig.json'].map((tsconfig) => ({
    title: `type-check ${tsconfig}`,
    args: ['tsc', '--noEmit', '-p', tsconfig],
  })),
  2,
);

// The OpenAPI document types every answer from the handlers' declared types; a handler changed without
// regenerating them would describe an answer it no longer sends.
check('OpenAPI answer schemas match the handlers', run('OpenAPI answer schemas match the handlers', 'node', ['tools/openapi/generate-response-schemas.mjs', '--check']));

const jestArgs = ['jest', '--ci', '--maxWorkers=2', '--json'];
// Each pass names its engine: the test harness fails every integration test that finds another one answering.
countJest(
  'unit and integration (SQLite)',
  `${RESULTS}/jest-sqlite.json`,
  run('unit and integration tests on SQLite', 'npx', [...jestArgs, `--outputFile=${RESULTS}/jest-sqlite.json`], { RAPPORT_TEST_DATABASE: 'sqlite' }),
);
countJest(
  'integration (PostgreSQL)',
  `${RESULTS}/jest-postgres.json`,
  run('integration tests on PostgreSQL', 'npx', [...jestArgs, '--testPathPatterns', '\\.int\\.spec\\.ts$', `--outputFile=${RESULTS}/jest-postgres.json`], { DATABASE_URL: POSTGRES_URL, RAPPORT_TEST_DATABASE: 'postgres' }),
);

const built = run('production build', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--output-style=static', '--skip-nx-cache']);
check('production build', built);
if (built) {
  // The build's budget bounds the first download's size; this names what must never be in it.
  check('dashboard first download', run('dashboard first download', 'node', ['tools/dashboard-initial-chunks.mjs']));
  countPlaywright(`${RESULTS}/playwright.json`, run('end-to-end tests in Chromium', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], { PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(RESULTS, 'playwright.json') }));
}

if (failures.length > 0) {
  process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
}
process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed\n`);
process.exit(tally.failed > 0 ? 1 : 0);
