import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { buildConversation, createTestApi, loginAs, postJson, seedVendor, TestApi } from '@rapport/api-testing';
import { ConversationRescorer, ScoringWorker } from '@rapport/api-scoring';
import type { DatabaseConfig } from '@rapport/api-core';
import { SCORER_VERSION } from '@rapport/scoring';

jest.setTimeout(180_000);

const CLI = resolve(__dirname, '../../../../../tools/cli.mjs');

function databaseUrl(database: DatabaseConfig): string {
  return database.kind === 'sqlite' ? `sqlite:${database.file}` : `${database.url}${database.url.includes('?') ? '&' : '?'}schema=${database.schema}`;
}

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stdout })));
}

describe('rescoring when the scorer changes', () => {
  let api: TestApi;

  beforeEach(async () => {
    api = await createTestApi();
    const admin = (await loginAs(api, 'admin')).headers;
    const vendor = (await seedVendor(api)).slug;
    await postJson(api, '/api/conversations/batch', [buildConversation({ vendor }), buildConversation({ vendor }), buildConversation({ vendor })], admin);
    await api.app.get(ScoringWorker).idle();
  });
  afterEach(() => api.close());

  async function versions(): Promise<Array<[string, string | null]>> {
    const rows: Array<{ score_status: string; scorer_version: string | null }> = await api.dataSource.query('SELECT score_status, scorer_version FROM conversations ORDER BY id');
    return rows.map((row) => [row.score_status, row.scorer_version]);
  }

  it('finds conversations scored by another version or whose scoring failed, and scores them again', async () => {
    expect(await versions()).toEqual([
      ['scored', SCORER_VERSION],
      ['scored', SCORER_VERSION],
      ['scored', SCORER_VERSION],
    ]);
    const [first, second] = await api.dataSource.query('SELECT id FROM conversations ORDER BY id');
    await api.dataSource.query(`UPDATE conversations SET scorer_version = '0.9.0' WHERE id = '${first.id}'`);
    await api.dataSource.query(`UPDATE conversations SET score_status = 'failed', courtesy = NULL WHERE id = '${second.id}'`);
    const rescorer = api.app.get(ConversationRescorer);
    expect(await rescorer.count('stale')).toBe(2);
    expect(await rescorer.count('all')).toBe(3);

    const result = await rescorer.rescore({ scope: 'stale' });
    expect(result).toEqual({ rescored: 2, scored: 2, unsupported: 0, failed: 0 });
    expect(await rescorer.count('stale')).toBe(0);
    const [row] = await api.dataSource.query(`SELECT courtesy FROM conversations WHERE id = '${second.id}'`);
    expect(row.courtesy).not.toBeNull();
    const [details] = await api.dataSource.query(`SELECT scorer_version FROM conversation_scores WHERE conversation_id = '${first.id}'`);
    expect(details.scorer_version).toBe(SCORER_VERSION);
  });

  it('scores conversations of an earlier scorer version again in the background, counted and visible, as for a settings change', async () => {
    await api.dataSource.query(`UPDATE conversations SET scorer_version = '1.0.0'`);
    const worker = api.app.get(ScoringWorker);
    // The pass a start-up after an upgrade runs (it looks for outdated conversations once).
    expect(await api.app.get(ConversationRescorer).count('outdated')).toBe(3);
    expect(await worker.rescoreOutdated()).toEqual({ started: true, conversations: 3 });
    expect(await worker.outdatedProgress()).toMatchObject({ running: true, total: 3 });
    await worker.idle();
    expect(await worker.outdatedProgress()).toEqual({ running: false, done: 0, total: 0 });
    expect(await versions()).toEqual([
      ['scored', SCORER_VERSION],
      ['scored', SCORER_VERSION],
      ['scored', SCORER_VERSION],
    ]);
  });

  it('runs from the command line with `rescore` (and `rescore --all`)', async () => {
    await api.dataSource.query(`UPDATE conversations SET scorer_version = '0.9.0'`);
    const env = { ...process.env, DATABASE_URL: databaseUrl(api.database), LOG_LEVEL: 'error' };
    const stale = await cli(['rescore'], env);
    expect(stale.code).toBe(0);
    expect(JSON.parse(stale.stdout)).toEqual({ scorerVersion: SCORER_VERSION, scope: 'stale', rescored: 3, scored: 3, unsupported: 0, failed: 0 });
    expect(await versions()).toEqual([
      ['scored', SCORER_VERSION],
      ['scored', SCORER_VERSION],
      ['scored', SCORER_VERSION],
    ]);
    const all = await cli(['rescore', '--all'], env);
    expect(JSON.parse(all.stdout)).toMatchObject({ scope: 'all', rescored: 3 });
  });
});
