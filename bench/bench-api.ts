/**
 * Helpers shared by the benchmarks that serve a generated database with the production build of the API.
 */
import { spawn, ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { rebuildRollups } from '../libs/api/analytics/src/lib/rollups/rollup-store';
import { currentScoringFingerprints, insertConversations, insertVendorsAndAgents } from './analytics-data';

export const BENCH_ADMIN = { email: 'bench@rapport.example', password: 'bench-password-long-enough' };

const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startApi(file: string, env: Record<string, string> = {}): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...env,
      DATABASE_URL: `sqlite:${file}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
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

export async function stopApi(api: { process: ChildProcess }): Promise<void> {
  await new Promise<void>((resolve) => {
    api.process.once('exit', () => resolve());
    api.process.kill('SIGTERM');
  });
}

/** A SQLite database of `total` generated conversations (see analytics-data.ts) with rollups, migrated by the API itself. */
export async function buildDatabase(file: string, total: number, log: (message: string) => void): Promise<{ seconds: number; rollupRows: Record<string, number> }> {
  const started = Date.now();
  // First start: migrations create the schema and the first administrator.
  await stopApi(await startApi(file));
  const dataSource = new DataSource({ type: 'sqlite', driver: sqlite3, database: file, enableWAL: true });
  await dataSource.initialize();
  await dataSource.query('PRAGMA synchronous = OFF');
  await dataSource.transaction((manager) => insertVendorsAndAgents(manager));
  const fingerprints = await currentScoringFingerprints(dataSource.manager);
  let reported = 0;
  await insertConversations((work) => dataSource.transaction(work), total, 20261124, fingerprints, (done) => {
    if (done - reported >= 100_000 || done === total) {
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
