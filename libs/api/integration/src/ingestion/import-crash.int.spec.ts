import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildConversation, createTestApi, seedVendor, TestApi } from '@rapport/api-testing';
import type { DatabaseConfig } from '@rapport/api-core';
import { ImportRecovery } from '@rapport/api-ingestion';
import { count } from './import-helpers';

jest.setTimeout(300_000);

const CLI = resolve(__dirname, '../../../../../tools/cli.mjs');
const CONVERSATIONS = 8000;
/** Every 1000th line is broken JSON, so the exact count of rejected rows is checked across the crash too. */
const BROKEN_EVERY = 1000;
const BROKEN = CONVERSATIONS / BROKEN_EVERY;
const MESSAGES_PER = 2;

interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function runCli(args: string[], env: NodeJS.ProcessEnv): CliRun {
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolveDone) =>
    child.on('exit', (code, signal) => resolveDone({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** The command line reaches the test's database through DATABASE_URL, as it would reach production. */
function databaseUrl(database: DatabaseConfig): string {
  return database.kind === 'sqlite' ? `sqlite:${database.file}` : `${database.url}${database.url.includes('?') ? '&' : '?'}schema=${database.schema}`;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error('condition not reached in time');
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('import interrupted by kill -9', () => {
  let api: TestApi;
  let dir: string;

  beforeEach(async () => {
    api = await createTestApi();
    // The command line's own resume is under test: the API's recovery sweep must not finish the job first.
    api.app.get(ImportRecovery).onModuleDestroy();
    await seedVendor(api, { slug: 'acme' });
    dir = mkdtempSync(join(tmpdir(), 'rapport-crash-'));
  });
  afterEach(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing committed, and running the same command again completes the import with exact counts and no duplicates', async () => {
    const file = join(dir, 'export.jsonl');
    const lines = Array.from({ length: CONVERSATIONS }, (_, i) => {
      if ((i + 1) % BROKEN_EVERY === 0) {
        return `{"externalId": "broken-${i}",`;
      }
      const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8) + i * 60_000 + minute * 30_000).toISOString();
      return JSON.stringify(
        buildConversation({
          vendor: 'acme',
          externalId: `crash-${i}`,
          messages: [
            { role: 'customer', at: at(0), text: `Hello, question number ${i}` },
            { role: 'agent', at: at(1), text: `Hello, here is answer ${i}`, agentId: `agent-${i % 7}` },
          ],
        }),
      );
    });
    writeFileSync(file, lines.join('\n') + '\n');
    const env = { ...process.env, DATABASE_URL: databaseUrl(api.database), DEMO_DATA: 'false', LOG_LEVEL: 'error' };
    const command = ['import', file, '--format', 'jsonl', '--no-score'];

    const first = runCli(command, env);
    let exited = false;
    void first.done.then(() => (exited = true));
    await until(async () => {
      if (exited) {
        return true;
      }
      const [job] = await api.dataSource.query('SELECT records_committed FROM import_jobs');
      return job !== undefined && Number(job.records_committed) >= 1000;
    }, 240_000);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');

    const [interrupted] = await api.dataSource.query('SELECT id, status, records_committed, created, failed FROM import_jobs');
    expect(interrupted.status).toBe('running');
    expect(Number(interrupted.records_committed)).toBeLessThan(CONVERSATIONS);
    // Everything the job acknowledged is stored, and nothing more.
    expect(await count(api, 'conversations')).toBe(Number(interrupted.created));

    const second = await runCli(command, env).done;
    expect(second.code).toBe(0);
    const resumed = JSON.parse(second.stdout.trim().split('\n').pop() as string);
    expect(resumed).toMatchObject({
      id: interrupted.id,
      resumed: true,
      status: 'completed',
      counts: { received: CONVERSATIONS, created: CONVERSATIONS - BROKEN, updated: 0, unchanged: 0, failed: BROKEN },
      errorCount: BROKEN,
    });
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS - BROKEN);
    expect(await count(api, 'messages')).toBe((CONVERSATIONS - BROKEN) * MESSAGES_PER);
    expect(await count(api, 'import_job_errors')).toBe(BROKEN);

    const third = await runCli(command, env).done;
    const again = JSON.parse(third.stdout.trim().split('\n').pop() as string);
    expect(again).toMatchObject({ resumed: false, counts: { received: CONVERSATIONS, created: 0, updated: 0, unchanged: CONVERSATIONS - BROKEN, failed: BROKEN } });
    expect(again.id).not.toBe(interrupted.id);
    expect(await count(api, 'conversations')).toBe(CONVERSATIONS - BROKEN);
  });
});
